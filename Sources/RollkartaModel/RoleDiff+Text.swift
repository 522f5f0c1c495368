extension RoleDiff {
    /// The changes in words, per journey that has any: what was added, retired, reworded, with
    /// before → after and the workshop's reasons (for `roles --diff` and the reports).
    public func text(_ workshop: Workshop, _ language: Language) -> [(journey: String, lines: [String])] {
        journeys.filter { !$0.entries.isEmpty }.map { journeyID, entries in
            (workshop.journey(journeyID)?.name[language] ?? journeyID.rawValue,
             entries.flatMap { Self.describe($0, language) })
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
        case .tier: return sv ? "nivå" : "tier"
        }
    }
}
