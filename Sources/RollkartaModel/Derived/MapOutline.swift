/// The journey map as a linear outline in plain text, for screen-reader users and logs:
/// journey, step, role, actors and marks, one role per line.
public enum MapOutline {
    public static func text(_ workshop: Workshop, language: Language, journeys: [JourneyID]? = nil) -> String {
        let sv = language == .sv
        var lines: [String] = [DisplayText.sanitized(workshop.title) + " (\(workshop.date))"]
        for journey in workshop.journeys where journeys?.contains(journey.id) ?? true {
            let model = MapModel(workshop: workshop, journey: journey)
            lines.append("")
            lines.append((sv ? "Resa: " : "Journey: ") + DisplayText.sanitized(journey.name[language]))
            for (column, step) in model.steps.enumerated() {
                lines.append("  " + (sv ? "Steg " : "Step ") + "\(column + 1): " + DisplayText.sanitized(step.title[language]))
                for (row, role) in model.roles.enumerated() {
                    let info = model.cell(row: row, column: column)
                    let actors = (info.assignment?.actors ?? []).map { id in
                        workshop.actor(id).map { "\($0.abbreviation) (\($0.name))" } ?? id
                    }
                    var parts = [actors.isEmpty ? (sv ? "ingen" : "no one")
                                                : actors.joined(separator: ", ") + " – " + (info.assignment?.status.label(language) ?? "")]
                    for gap in info.gaps {
                        parts.append((sv ? "GLAPP " : "GAP ") + "\(gap.id) [\(gap.priority.label(language))]: \(gap.description)")
                    }
                    for handover in info.outgoing {
                        parts.append((sv ? "LÄMNAR ÖVER " : "HANDS OVER ") + "\(handover.id) → \(handover.to.role)"
                            + " (\(handover.to.journey.rawValue)/\(handover.to.step)): \(handover.status.label(language))")
                    }
                    for handover in info.incoming {
                        parts.append((sv ? "TAR EMOT " : "RECEIVES ") + "\(handover.id) ← \(handover.from.role)"
                            + " (\(handover.from.journey.rawValue)/\(handover.from.step)): \(handover.status.label(language))")
                    }
                    let mark = CellMarks.status(info) + CellMarks.gap(info) + CellMarks.handover(info)
                    lines.append("    \(mark) \(role.id) \(role.title[language]): " + parts.joined(separator: "; "))
                }
            }
        }
        return lines.map { DisplayText.sanitized($0) }.joined(separator: "\n") + "\n"
    }
}
