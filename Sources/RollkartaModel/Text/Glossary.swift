/// A word of the domain, in Swedish and English, with the forms the texts need: singular and
/// plural, the definite forms Swedish uses ("glappet", "rollerna"), and its gender, which
/// decides the participle ("en överlämning: borttagen", "ett glapp: borttaget").
public struct Term: Equatable, Sendable {
    /// Swedish "en" or "ett".
    public enum Gender: Equatable, Sendable {
        case common, neuter
    }

    public let sv: String
    public let svPlural: String
    public let svDefinite: String
    public let svDefinitePlural: String
    public let gender: Gender
    public let en: String
    public let enPlural: String

    public init(sv: String, plural svPlural: String, definite svDefinite: String, definitePlural svDefinitePlural: String,
                _ gender: Gender, en: String, enPlural: String) {
        self.sv = sv
        self.svPlural = svPlural
        self.svDefinite = svDefinite
        self.svDefinitePlural = svDefinitePlural
        self.gender = gender
        self.en = en
        self.enPlural = enPlural
    }

    /// The word for one or for `count` of them ("1 glapp", "3 överlämningar").
    public func word(_ language: Language, count: Int = 1) -> String {
        switch language {
        case .sv: count == 1 ? sv : svPlural
        case .en: count == 1 ? en : enPlural
        }
    }

    /// "3 överlämningar", "1 gap".
    public func counted(_ count: Int, _ language: Language) -> String { "\(count) \(word(language, count: count))" }

    /// The definite form: "glappet" / "the gap".
    public func definite(_ language: Language, count: Int = 1) -> String {
        switch language {
        case .sv: count == 1 ? svDefinite : svDefinitePlural
        case .en: "the " + word(.en, count: count)
        }
    }

    /// A heading or the start of a sentence: "Glapp", "Överlämningar".
    public func heading(_ language: Language, count: Int = 1) -> String { Self.capitalized(word(language, count: count)) }

    /// The Swedish participle in the word's gender: `agreeing("borttagen", "borttaget")`.
    public func agreeing(_ common: String, _ neuter: String) -> String { gender == .common ? common : neuter }

    static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}

/// The domain's words, each once: every module takes them from here, so that a word means one
/// thing in every screen, report and command, and one Swedish word has one English word
/// ("Nivå" is "Level" everywhere). The seeds' own words where they have them.
public enum Glossary {
    public static let role = Term(sv: "roll", plural: "roller", definite: "rollen", definitePlural: "rollerna", .common,
                                  en: "role", enPlural: "roles")
    public static let step = Term(sv: "steg", plural: "steg", definite: "steget", definitePlural: "stegen", .neuter,
                                  en: "step", enPlural: "steps")
    public static let journey = Term(sv: "resa", plural: "resor", definite: "resan", definitePlural: "resorna", .common,
                                     en: "journey", enPlural: "journeys")
    public static let gap = Term(sv: "glapp", plural: "glapp", definite: "glappet", definitePlural: "glappen", .neuter,
                                 en: "gap", enPlural: "gaps")
    public static let handover = Term(sv: "överlämning", plural: "överlämningar", definite: "överlämningen",
                                      definitePlural: "överlämningarna", .common, en: "handover", enPlural: "handovers")
    public static let actor = Term(sv: "aktör", plural: "aktörer", definite: "aktören", definitePlural: "aktörerna", .common,
                                   en: "actor", enPlural: "actors")
    public static let organisation = Term(sv: "organisation", plural: "organisationer", definite: "organisationen",
                                          definitePlural: "organisationerna", .common, en: "organisation", enPlural: "organisations")
    public static let responsible = Term(sv: "ansvarig", plural: "ansvariga", definite: "den ansvarige", definitePlural: "de ansvariga",
                                         .common, en: "responsible", enPlural: "responsible")
    public static let action = Term(sv: "åtgärd", plural: "åtgärder", definite: "åtgärden", definitePlural: "åtgärderna", .common,
                                    en: "action", enPlural: "actions")
    public static let activity = Term(sv: "aktivitet", plural: "aktiviteter", definite: "aktiviteten",
                                      definitePlural: "aktiviteterna", .common, en: "activity", enPlural: "activities")
    /// An activity's level (generell / enhetsnivå) and a role's (primär / sekundär) alike.
    public static let level = Term(sv: "nivå", plural: "nivåer", definite: "nivån", definitePlural: "nivåerna", .common,
                                   en: "level", enPlural: "levels")
    public static let status = Term(sv: "status", plural: "statusar", definite: "statusen", definitePlural: "statusarna", .common,
                                    en: "status", enPlural: "statuses")
    public static let timeline = Term(sv: "tidplan", plural: "tidplaner", definite: "tidplanen", definitePlural: "tidplanerna",
                                      .common, en: "timeline", enPlural: "timelines")
    public static let objective = Term(sv: "målsättning", plural: "målsättningar", definite: "målsättningen",
                                       definitePlural: "målsättningarna", .common, en: "objective", enPlural: "objectives")
    public static let measure = Term(sv: "mått", plural: "mått", definite: "måttet", definitePlural: "måtten", .neuter,
                                     en: "measure", enPlural: "measures")
    public static let participant = Term(sv: "deltagare", plural: "deltagare", definite: "deltagaren", definitePlural: "deltagarna",
                                         .common, en: "participant", enPlural: "participants")
    public static let answer = Term(sv: "svar", plural: "svar", definite: "svaret", definitePlural: "svaren", .neuter,
                                    en: "answer", enPlural: "answers")
    public static let suggestion = Term(sv: "förslag", plural: "förslag", definite: "förslaget", definitePlural: "förslagen", .neuter,
                                        en: "suggestion", enPlural: "suggestions")
    public static let insight = Term(sv: "insikt", plural: "insikter", definite: "insikten", definitePlural: "insikterna", .common,
                                     en: "insight", enPlural: "insights")
    public static let quote = Term(sv: "citat", plural: "citat", definite: "citatet", definitePlural: "citaten", .neuter,
                                   en: "quote", enPlural: "quotes")
    public static let mission = Term(sv: "uppdrag", plural: "uppdrag", definite: "uppdraget", definitePlural: "uppdragen", .neuter,
                                     en: "mission", enPlural: "missions")
    public static let targetGroup = Term(sv: "målgrupp", plural: "målgrupper", definite: "målgruppen", definitePlural: "målgrupperna",
                                         .common, en: "target group", enPlural: "target groups")
    public static let expectation = Term(sv: "förväntan", plural: "förväntningar", definite: "förväntan",
                                         definitePlural: "förväntningarna", .common, en: "expectation", enPlural: "expectations")

    /// Every term, for the review file and the test that no module spells one itself.
    public static let all: [(name: String, term: Term)] = [
        ("role", role), ("step", step), ("journey", journey), ("gap", gap), ("handover", handover), ("actor", actor),
        ("organisation", organisation), ("responsible", responsible), ("action", action), ("activity", activity),
        ("level", level), ("status", status), ("timeline", timeline), ("objective", objective), ("measure", measure),
        ("participant", participant), ("answer", answer), ("suggestion", suggestion), ("insight", insight), ("quote", quote),
        ("mission", mission), ("targetGroup", targetGroup), ("expectation", expectation),
    ]
}
