import RollkartaModel

/// The role walk (view 2): the role selected on the map, one at a time, with the three
/// workshop questions typed live.
enum RoleWalk {
    static func noteForm(_ state: AppState) -> FormState? {
        guard let cell = CellForms.selectedCell(state) else { return nil }
        let language = state.language
        let note = state.workshop.roleNotes.first { $0.journey == cell.journey.id && $0.role == cell.role.id }
            ?? RoleNote(journey: cell.journey.id, role: cell.role.id)
        let fields: [FormField] = [
            .text("needs", UIText.roleNeeds.text(language), note.needs, multiline: true),
            .text("obstacles", UIText.roleObstacles.text(language), note.obstacles, multiline: true),
            .text("entersWhere", UIText.roleEnters.text(language), note.entersWhere, multiline: true),
            .text("whoTakesOver", UIText.roleTakesOver.text(language), note.whoTakesOver, multiline: true),
        ]
        return FormState(purpose: .roleNote(journey: cell.journey.id, role: cell.role.id),
                         title: "\(UIText.role.text(language)) \(cell.role.id) · \(cell.role.title[language])",
                         fields: fields)
    }

    static func applyNote(_ form: FormState, journey: JourneyID, role: String, to workshop: inout Workshop) {
        let note = RoleNote(journey: journey, role: role, needs: form["needs"]?.text ?? "",
                            obstacles: form["obstacles"]?.text ?? "", entersWhere: form["entersWhere"]?.text ?? "",
                            whoTakesOver: form["whoTakesOver"]?.text ?? "")
        let isEmpty = [note.needs, note.obstacles, note.entersWhere, note.whoTakesOver].allSatisfy(\.isEmpty)
        if let index = workshop.roleNotes.firstIndex(where: { $0.journey == journey && $0.role == role }) {
            if isEmpty { workshop.roleNotes.remove(at: index) } else { workshop.roleNotes[index] = note }
        } else if !isEmpty {
            workshop.roleNotes.append(note)
        }
    }

    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        guard let journey = state.currentJourney else { return [] }
        let model = MapModel(workshop: state.workshop, journey: journey)
        let row = state.position.row
        guard model.roles.indices.contains(row) else { return [] }
        let language = state.language
        let role = model.roles[row]
        var lines: [StyledLine] = []
        func add(_ text: String, _ style: Style = .normal, indent: Int = 0) {
            for line in TextWidth.wrap(text, width: max(1, width - indent)) {
                lines.append(StyledLine(text: line, style: style, indent: indent))
            }
        }
        add("\(journey.name[language]) · \(UIText.role.text(language)) \(row + 1)/\(model.roles.count) · "
            + role.tier.label(language), .dim)
        lines.append(StyledLine(text: ""))
        add("\(role.id)  \(role.title[language])", .heading)
        lines.append(StyledLine(text: ""))
        add(role.description[language], .normal, indent: 2)
        if !role.examples[language].isEmpty {
            lines.append(StyledLine(text: ""))
            add("\(UIText.examples.text(language)): " + role.examples[language].joined(separator: ", "), .normal, indent: 2)
        }
        lines.append(StyledLine(text: ""))
        add(UIText.whoHoldsIt.text(language), .heading)
        for (column, step) in model.steps.enumerated() {
            let info = model.cell(row: row, column: column)
            let actors = (info.assignment?.actors ?? []).map { state.workshop.actor($0)?.abbreviation ?? $0 }
            let holders = actors.isEmpty ? "–" : actors.joined(separator: ", ")
                + " (\(info.assignment?.status.label(language) ?? ""))"
            let marks = CellMarks.status(info) + CellMarks.gap(info) + CellMarks.handover(info)
            add("\(marks) \(column + 1). \(step.title[language]): \(holders)", .normal, indent: 2)
        }
        let note = state.workshop.roleNotes.first { $0.journey == journey.id && $0.role == role.id }
        for (label, text) in [(UIText.roleNeeds, note?.needs), (.roleObstacles, note?.obstacles),
                              (.roleEnters, note?.entersWhere), (.roleTakesOver, note?.whoTakesOver)] {
            lines.append(StyledLine(text: ""))
            add(label.text(language) + ":", .heading)
            add(text.flatMap { $0.isEmpty ? nil : $0 } ?? "–", .normal, indent: 2)
        }
        return lines
    }
}
