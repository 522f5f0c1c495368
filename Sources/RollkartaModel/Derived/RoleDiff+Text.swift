extension RoleDiff {
    /// The changes in words, per journey that has any: what was added, retired, reworded, with
    /// before → after and the workshop's reasons, then the positions each organisation gave per
    /// role (for `roles --diff` and the reports).
    public func text(_ workshop: Workshop, _ language: Language) -> [(journey: String, lines: [String])] {
        journeys.compactMap { journeyID, entries in
            let lines = entries.flatMap { Self.describe($0, language) + Self.reasons($0, workshop, journeyID, language) }
                + Self.positions(workshop, journeyID, language)
            return lines.isEmpty ? nil : (workshop.journey(journeyID)?.name[language] ?? journeyID.rawValue, lines)
        }
    }

    /// Why a role was added or retired, from the workshop's revisions (a change carries its own).
    private static func reasons(_ entry: Entry, _ workshop: Workshop, _ journey: JourneyID, _ language: Language) -> [String] {
        let role: String
        switch entry {
        case .roleAdded(let added): role = added.id
        case .roleRetired(let retired): role = retired.id
        default: return []
        }
        return workshop.revisions(of: RoleKey(journey: journey, role: role)).map {
            "  " + (language == .sv ? "skäl: " : "reason: ") + $0.explained(language)
        }
    }

    /// "Befattningar för roll 5: …" and under it "BUP: psykolog, läkare", in role order.
    private static func positions(_ workshop: Workshop, _ journeyID: JourneyID, _ language: Language) -> [String] {
        guard let journey = workshop.journey(journeyID) else { return [] }
        return journey.roles.flatMap { role -> [String] in
            let positions = workshop.positions(of: RoleKey(journey: journeyID, role: role.id))
            guard !positions.isEmpty else { return [] }
            let heading = (language == .sv ? "Befattningar för roll " : "Positions for role ") + "\(role.id): \(role.title[language])"
            return [heading] + positions.map { "  \($0.actor.abbreviation): \($0.positions)" }
        }
    }

    private static func describe(_ entry: Entry, _ language: Language) -> [String] {
        let sv = language == .sv
        switch entry {
        case .roleAdded(let role):
            return [(sv ? "Roll \(role.id) tillagd: " : "Role \(role.id) added: ") + role.title[language]]
        case .roleRetired(let role):
            return [(sv ? "Roll \(role.id) borttagen: " : "Role \(role.id) retired: ") + role.title[language]]
        case .roleChanged(let id, let changes, let reasons):
            return [sv ? "Roll \(id) ändrad" : "Role \(id) changed"]
                + changes.map { "  \(name($0.field, sv)): \"\($0.before)\" → \"\($0.after)\"" }
                + reasons.map { "  " + (sv ? "skäl: " : "reason: ") + $0 }
        case .stepAdded(let step):
            return [(sv ? "Steg tillagt: " : "Step added: ") + step.title[language]]
        case .stepRetired(let step):
            return [(sv ? "Steg borttaget: " : "Step retired: ") + step.title[language]]
        case .stepRenamed(_, let before, let after):
            return [(sv ? "Steg omdöpt: " : "Step renamed: ") + "\"\(before[language])\" → \"\(after[language])\""]
        }
    }

    private static func name(_ field: Field, _ sv: Bool) -> String {
        switch field {
        case .title: return sv ? "titel" : "title"
        case .label: return sv ? "kort namn" : "short name"
        case .description: return sv ? "beskrivning" : "description"
        case .examples: return sv ? "exempel" : "examples"
        case .tier: return Glossary.level.word(sv ? .sv : .en)
        }
    }
}
