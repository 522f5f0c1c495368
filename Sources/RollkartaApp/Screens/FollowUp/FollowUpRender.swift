import RollkartaModel

extension FollowUpScreen {
    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        let (head, list, detail) = layout(state)
        let followUp = followUp(state)
        let rows = rows(state)
        var summary = FollowUpText.of(language).summary(followUp.total, followUp.overdue, state.today())
            + " · " + FollowUpText.of(language).grouping(state.screens.followUp.grouping)
        if state.screens.followUp.filter.isActive { summary += " · " + ListText.of(language).filterActive }
        buffer.put(summary, x: head.x, y: head.y, style: .dim, limit: head.width)
        guard !rows.isEmpty else {
            buffer.put(FollowUpText.of(language).nothing, x: head.x, y: head.y + 1, limit: head.width)
            return
        }
        ListView.draw(state.screens.followUp.list, count: rows.count, in: list, into: &buffer) { index, y, selected, buffer in
            let row = rows[index]
            if let heading = row.heading {
                buffer.put(heading, x: list.x, y: y, style: .heading, limit: list.width)
                return
            }
            guard let item = row.item else { return }
            let activity = item.activity
            // Overdue in a glyph and a word, never colour alone.
            let mark = item.isOverdue ? "⚠ " + FollowUpText.of(language).overdue + " " : "  "
            // The selected row carries a cursor glyph as well as its style.
            let text = (selected ? "▶ " : "  ") + "\(mark)\(activity.status.label(language)) · \(activity.action.replacingNewlines()) · "
                + [state.screens.followUp.grouping == .responsible ? activity.timeline : activity.responsible, activity.id.rawValue]
                    .filter { !$0.isEmpty }.joined(separator: " · ")
            let style: Style = selected ? .selected : item.isOverdue ? .failing : .normal
            buffer.put(TextWidth.truncate(text, to: list.width), x: list.x, y: y, style: style, limit: list.width)
        }
        guard let item = selected(state) else { return }
        var lines = WrappedLines(width: detail.width)
        let activity = item.activity
        lines.add("\(item.gap.id) · \(item.gap.description.replacingNewlines())", .heading)
        lines.add([activity.responsible, activity.timeline, activity.level.label(language)].filter { !$0.isEmpty }.joined(separator: " · "), .normal)
        if !activity.goal.isEmpty { lines.add(FormText.of(language).fieldGoal + ": " + activity.goal.replacingNewlines(), .normal) }
        if !activity.measure.isEmpty { lines.add(FormText.of(language).fieldMeasure + ": " + activity.measure.replacingNewlines(), .normal) }
        for change in activity.history.suffix(3).reversed() {
            let what = change.field.map { field in
                // A level is kept by its value in the file and shown by its name.
                func shown(_ text: String?) -> String {
                    field == .level ? text.flatMap(ActivityLevel.init(rawValue:))?.label(language) ?? text ?? "" : text ?? ""
                }
                return "\(PlanColumn(rawValue: field.rawValue)?.heading(language) ?? field.rawValue): \(shown(change.before)) → \(shown(change.after))"
            } ?? "\(change.from.label(language)) → \(change.to.label(language))"
            lines.add("\(change.date): " + what.replacingNewlines()
                + (change.note.isEmpty ? "" : " – " + change.note.replacingNewlines()), .dim)
        }
        for (offset, line) in lines.lines.prefix(detail.height).enumerated() {
            buffer.put(line.text, x: detail.x + line.indent, y: detail.y + offset, style: line.style, limit: detail.width - line.indent)
        }
    }
}
