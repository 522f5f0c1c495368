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
        let model = state.mapModel(journey)
        let row = state.position.row
        guard model.roles.indices.contains(row) else { return [] }
        let language = state.language
        let role = model.roles[row]
        var lines = WrappedLines(width: width)
        lines.add("\(journey.name[language]) · \(UIText.role.text(language)) \(row + 1)/\(model.roles.count) · "
            + role.tier.label(language), .dim)
        lines.add("\(role.id)  \(role.title[language])", .heading)
        SubjectText.addDescription(of: role, language, to: &lines)
        lines.append(StyledLine(text: ""))
        lines.add(UIText.whoHoldsIt.text(language), .heading)
        // Two columns of steps where the screen is wide enough, so the questions fit below.
        let holders = SubjectText.holders(model, row: row, workshop: state.workshop, language)
        let columnWidth = (width - 2) / 2
        if columnWidth >= 36 {
            let half = (holders.count + 1) / 2
            for index in 0..<half {
                let left = TextWidth.truncate(holders[index], to: columnWidth - 1).padding(columnWidth)
                let right = index + half < holders.count ? holders[index + half] : ""
                lines.append(StyledLine(text: left + TextWidth.truncate(right, to: columnWidth), style: .normal, indent: 2))
            }
        } else {
            for holder in holders { lines.add(holder, .normal, indent: 2) }
        }
        lines.append(StyledLine(text: ""))
        let note = state.workshop.roleNotes.first { $0.journey == journey.id && $0.role == role.id }
        for (label, text) in [(UIText.roleNeeds, note?.needs), (.roleObstacles, note?.obstacles),
                              (.roleEnters, note?.entersWhere), (.roleTakesOver, note?.whoTakesOver)] {
            let answer = text.flatMap { $0.isEmpty ? nil : $0 } ?? "–"
            lines.add(label.text(language) + ": " + answer.replacingNewlines(), answer == "–" ? .dim : .normal)
        }
        return lines.lines
    }
}
