// What each value of the file's vocabularies is called in the interface languages.
// Status words double as the non-colour mark of a status, so keep them short.

public protocol Labelled {
    func label(_ language: Language) -> String
}

extension JourneyID: Labelled {
    public func label(_ language: Language) -> String {
        switch self {
        case .child: return language == .sv ? "Barn och unga" : "Children and young people"
        case .adult: return language == .sv ? "Vuxna" : "Adults"
        }
    }
}

extension RoleTier: Labelled {
    public func label(_ language: Language) -> String {
        switch self {
        case .primary: return language == .sv ? "primär" : "primary"
        case .secondary: return language == .sv ? "sekundär" : "secondary"
        }
    }

    /// The seed's own definitions ("Sortera rollerna"), in the journey's wording.
    public func definition(for journey: JourneyID, _ language: Language) -> String {
        let sv = language == .sv
        let who = journey == .child ? (sv ? "enskilt barns" : "an individual child's") : (sv ? "enskild persons" : "an individual person's")
        switch self {
        case .primary:
            return sv ? "Primär roll: direkt påverkan på \(who) ärende, kontinuerlig interaktion, ansvar i ärendeflödet"
                      : "Primary role: direct impact on \(who) case, continuous interaction, responsibility in the case flow"
        case .secondary:
            return sv ? "Sekundär roll: indirekt påverkan på \(who) ärende" : "Secondary role: indirect impact on \(who) case"
        }
    }
}

extension Principal: Labelled {
    public func label(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .region: return "region"
        case .municipality: return sv ? "kommun" : "municipality"
        case .private: return sv ? "privat" : "private"
        case .civilSociety: return sv ? "ideell sektor" : "non-profit sector"
        case .school: return sv ? "skolhuvudman (kommun eller enskild)" : "school principal (municipal or independent)"
        }
    }
}

extension WorkshopKind: Labelled {
    public func label(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .expectationMapping: return sv ? "förväntanskartläggning" : "expectation mapping"
        case .roleValidation: return sv ? "validering av roller" : "role validation"
        case .other: return sv ? "annan" : "other"
        }
    }
}

extension AssignmentStatus: Labelled {
    public func label(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .holds: return sv ? "har rollen" : "holds"
        case .partly: return sv ? "delvis" : "partly"
        case .unclear: return sv ? "oklart" : "unclear"
        }
    }
}

extension GapKind: Labelled {
    public func label(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .roleMissing: return sv ? "roll saknas" : "role missing"
        case .taskMissing: return sv ? "uppgift saknas" : "task missing"
        case .unclearResponsibility: return sv ? "otydligt ansvar" : "unclear responsibility"
        case .contested: return sv ? "oenighet om ansvar" : "disputed responsibility"
        case .capacity: return sv ? "kapacitetsbrist" : "lack of capacity"
        }
    }
}

extension GapCause: Labelled {
    public func label(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .vision: return "vision"
        case .competence: return sv ? "kompetens" : "competence"
        case .motivation: return "motivation"
        case .resources: return sv ? "resurser" : "resources"
        case .plan: return sv ? "plan" : "plan"
        }
    }
}

extension Priority: Labelled {
    public func label(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .high: return sv ? "hög" : "high"
        case .medium: return sv ? "medel" : "medium"
        case .low: return sv ? "låg" : "low"
        }
    }
}

extension PlanStatus: Labelled {
    public func label(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .notStarted: return sv ? "ej påbörjad" : "not started"
        case .ongoing: return sv ? "pågår" : "ongoing"
        case .done: return sv ? "klar" : "done"
        case .recurring: return sv ? "återkommande" : "recurring"
        case .monitoring: return sv ? "bevakar" : "monitoring"
        case .waiting: return sv ? "avvaktar" : "on hold"
        }
    }

    /// A status as a spreadsheet may hold it: its Swedish or English label, its stored value,
    /// or the seed's own spelling ("Avvakta"), in any case.
    public init?(spreadsheetText text: String) {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        let aliases: [String: PlanStatus] = ["avvakta": .waiting, "bevaka": .monitoring, "ej startad": .notStarted,
                                             "pågående": .ongoing, "klart": .done]
        if let found = PlanStatus.allCases.first(where: { status in
            [status.rawValue, status.label(.sv), status.label(.en)].contains { $0.lowercased() == wanted }
        }) ?? aliases[wanted] {
            self = found
        } else {
            return nil
        }
    }
}

extension ActivityLevel: Labelled {
    public func label(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .general: return sv ? "generell" : "general"
        case .unit: return sv ? "enhetsnivå" : "unit level"
        }
    }
}

extension HandoverStatus: Labelled {
    public func label(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .works: return sv ? "fungerar" : "works"
        case .partly: return sv ? "delvis" : "partly"
        case .fails: return sv ? "brister" : "fails"
        case .missing: return sv ? "saknas" : "missing"
        }
    }
}

extension HandoverStatus {
    /// A handover that fails or is missing: what a list marks as failing and a picture draws red.
    public var isFailing: Bool { self == .fails || self == .missing }

    /// Its glyph in a list: ✓ works, ~ partly, ✗ fails or missing.
    public var mark: String { isFailing ? "✗" : self == .partly ? "~" : "✓" }
}

extension HandoverFlag: Labelled {
    public func label(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .bouncesBack: return sv ? "remiss studsar" : "referral bounces back"
        case .silentTransfer: return sv ? "smygöverföring" : "silent transfer"
        case .patientWaits: return sv ? "patienten väntar utan ansvarig" : "patient waits with no one responsible"
        }
    }
}

extension Vote: Labelled {
    public func label(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .yes: return sv ? "Ja" : "Yes"
        case .no: return sv ? "Nej" : "No"
        case .discuss: return sv ? "Vill lyfta vidare" : "Let's discuss"
        }
    }
}

/// "Glapp", "Överlämning": what one verified subject of the kind is called, in the walk, on
/// its web page and in the reports.
extension VerificationSubject.Kind: Labelled {
    public func label(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .roles: return sv ? "Roll" : "Role"
        case .gaps: return sv ? "Glapp" : "Gap"
        case .handovers: return sv ? "Överlämning" : "Handover"
        case .expectations: return sv ? "Förväntningar" : "Expectations"
        }
    }
}
