import RollkartaModel

/// View K: what a git merge left to decide, one row per conflict; below, the selected one's
/// two values in full. Which side the file holds is said in words.
enum ConflictsView {
    static func draw(_ state: AppState, into buffer: inout CellBuffer) {
        let area = bodyArea(state)
        let language = state.language
        let conflicts = state.workshop.conflicts
        buffer.put(UIText.conflictHint.text(language), x: area.x, y: area.y, style: .dim, limit: area.width)
        guard !conflicts.isEmpty else {
            buffer.put(UIText.noConflicts.text(language), x: area.x, y: area.y + 2, limit: area.width)
            return
        }
        let detailHeight = min(12, max(5, area.height / 2))
        let listHeight = max(1, area.height - 2 - detailHeight)
        let top = state.conflictRow >= listHeight ? state.conflictRow - listHeight + 1 : 0
        for (offset, conflict) in conflicts.dropFirst(top).prefix(listHeight).enumerated() {
            let y = area.y + 2 + offset
            let selected = top + offset == state.conflictRow
            if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: .selected) }
            let what = conflict.field ?? UIText.conflictWhole.text(language)
            let text = "! \(conflict.id)  \(conflict.collection) \(conflict.key) · \(what)"
            buffer.put(TextWidth.truncate(text, to: area.width), x: area.x, y: y, style: selected ? .selected : .gap)
        }
        guard conflicts.indices.contains(state.conflictRow) else { return }
        let conflict = conflicts[state.conflictRow]
        var lines = WrappedLines(width: area.width - 2)
        lines.append(StyledLine(text: String(repeating: "─", count: area.width), style: .dim))
        let kept = conflict.kept == .ours ? conflict.ours : conflict.theirs
        lines.add(UIText.conflictHolds(conflict.kept).text(language) + ": "
            + (kept ?? UIText.conflictDeleted.text(language)), .heading)
        lines.add(UIText.conflictOther(conflict.otherSide).text(language) + ": "
            + (conflict.other ?? UIText.conflictDeleted.text(language)), .normal)
        for (offset, line) in lines.lines.prefix(detailHeight).enumerated() {
            buffer.put(line.text, x: area.x, y: area.maxY - detailHeight + offset, style: line.style, limit: area.width)
        }
    }
}
