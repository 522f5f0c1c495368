import RollkartaModel

/// `rollkarta roles --diff` in words: per journey what was added, retired, reworded, with
/// before and after and the workshop's reasons.
enum RoleDiffText {
    static func lines(_ diff: RoleDiff, _ workshop: Workshop, baseline: String) -> [String] {
        let language = commandLanguage
        var lines = [say("Roller och steg som workshopen ändrat, mot \(baseline):",
                         "Roles and steps the workshop changed, against \(baseline):")]
        guard !diff.isEmpty else { return lines + [say("inga ändringar", "no changes")] }
        for (journeyID, entries) in diff.journeys where !entries.isEmpty {
            lines.append("")
            lines.append(workshop.journey(journeyID)?.name[language] ?? journeyID.rawValue)
            for entry in entries { lines += describe(entry, language) }
        }
        return lines
    }

    private static func describe(_ entry: RoleDiff.Entry, _ language: Language) -> [String] {
        switch entry {
        case .roleAdded(let role):
            return ["  " + say("Roll \(role.id) tillagd: ", "Role \(role.id) added: ") + role.title[language]]
        case .roleRetired(let role):
            return ["  " + say("Roll \(role.id) borttagen: ", "Role \(role.id) retired: ") + role.title[language]]
        case .roleChanged(let id, let changes, let reasons):
            var lines = ["  " + say("Roll \(id) ändrad", "Role \(id) changed")]
            for change in changes {
                lines.append("    \(name(change.field)): \"\(change.before)\" → \"\(change.after)\"")
            }
            for reason in reasons { lines.append("    " + say("skäl: ", "reason: ") + reason) }
            return lines
        case .stepAdded(let step):
            return ["  " + say("Steg tillagt: ", "Step added: ") + step.title[language]]
        case .stepRetired(let step):
            return ["  " + say("Steg borttaget: ", "Step retired: ") + step.title[language]]
        case .stepRenamed(_, let before, let after):
            return ["  " + say("Steg omdöpt: ", "Step renamed: ") + "\"\(before[language])\" → \"\(after[language])\""]
        }
    }

    private static func name(_ field: RoleDiff.Field) -> String {
        switch field {
        case .title: return say("titel", "title")
        case .label: return say("kort namn", "short name")
        case .description: return say("beskrivning", "description")
        case .examples: return say("exempel", "examples")
        case .tier: return say("nivå", "tier")
        }
    }
}
