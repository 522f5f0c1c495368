import RollkartaModel

/// View K: what a git merge left to decide, one row per conflict; below, the selected one's
/// two values in full. Which side the file holds is said in words.
enum ConflictsScreen: AppScreen {
    static let id = ScreenID.conflicts
    static let key = Key.character("K")
    static let keyHelp = Localized(sv: "Konflikter från en sammanslagning i git: visa och lös dem",
                                   en: "Conflicts from a git merge: show and settle them")
    static func title(_ language: Language) -> String { UIText.viewConflicts.text(language) }
    static func unavailable(_ state: AppState) -> String? {
        state.workshop.conflicts.isEmpty ? ConflictsText.noConflicts.text(state.language) : nil
    }
    static func enter(_ state: inout AppState) { state.screens.conflicts = ListState() }

    static let bindings: [Binding] = NavigationKeys.list + [
        Binding([.enter], .keepConflictValue, Localized(sv: "Behåll det som står i filen nu", en: "Keep what the file holds now"),
                short: Localized(sv: "behåll", en: "keep"), unavailable: Unavailable.whenReadOnly),
        Binding([.character("t")], .takeOtherConflictValue, Localized(sv: "Ta den andra sidans värde", en: "Take the other side's value"),
                short: Localized(sv: "ta den andra", en: "take other"), unavailable: Unavailable.whenReadOnly),
    ]

    static func update(_ action: Action, _ state: inout AppState) -> [Effect] {
        let conflicts = state.workshop.conflicts
        switch action {
        case .keepConflictValue, .takeOtherConflictValue:
            guard conflicts.indices.contains(state.screens.conflicts.selected) else { return [] }
            let conflict = conflicts[state.screens.conflicts.selected]
            let side = action == .keepConflictValue ? conflict.kept : conflict.otherSide
            let effects = Edit.apply(&state, .settleConflict(conflict.id, taking: side),
                                     message: ConflictsText.conflictSettled(conflict.id).text(state.language))
            if state.workshop.conflicts.isEmpty {
                state.view = .map
                state.message = ConflictsText.allConflictsSettled.text(state.language)
            }
            keepInView(&state)
            return effects
        default:
            _ = state.screens.conflicts.move(action, count: conflicts.count, page: layout(state).list.height)
            keepInView(&state)
            return []
        }
    }

    static func keepInView(_ state: inout AppState) {
        state.screens.conflicts.clamp(count: state.workshop.conflicts.count)
        state.screens.conflicts.scrollIntoView(count: state.workshop.conflicts.count, visibleRows: layout(state).list.height)
    }

    /// The hint, a blank, the list, the selected conflict's two values.
    static func layout(_ state: AppState) -> (list: Rect, detail: Rect) {
        let body = AppFrame(state).body
        let detailHeight = min(12, max(5, body.height / 2))
        let parts = body.rows([.length(2), .fill, .length(detailHeight)])
        return (parts[1], parts[2])
    }

    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        let conflicts = state.workshop.conflicts
        buffer.put(ConflictsText.conflictHint.text(language), x: area.x, y: area.y, style: .dim, limit: area.width)
        guard !conflicts.isEmpty else {
            buffer.put(ConflictsText.noConflicts.text(language), x: area.x, y: area.y + 2, limit: area.width)
            return
        }
        let (list, detail) = layout(state)
        ListView.draw(state.screens.conflicts, count: conflicts.count, in: list, into: &buffer) { index, y, selected, buffer in
            let conflict = conflicts[index]
            let what = conflict.field ?? ConflictsText.conflictWhole.text(language)
            let text = "! \(conflict.id)  \(conflict.collection.name) \(conflict.key) · \(what)"
            buffer.put(TextWidth.truncate(text, to: area.width), x: area.x, y: y, style: selected ? .selected : .gap)
        }
        guard conflicts.indices.contains(state.screens.conflicts.selected) else { return }
        let conflict = conflicts[state.screens.conflicts.selected]
        var lines = WrappedLines(width: area.width - 2)
        lines.append(StyledLine(text: String(repeating: "─", count: area.width), style: .dim))
        let kept = conflict.kept == .ours ? conflict.ours : conflict.theirs
        lines.add(ConflictsText.conflictHolds(conflict.kept).text(language) + ": "
            + (kept ?? ConflictsText.conflictDeleted.text(language)), .heading)
        lines.add(ConflictsText.conflictOther(conflict.otherSide).text(language) + ": "
            + (conflict.other ?? ConflictsText.conflictDeleted.text(language)), .normal)
        TextView.draw(lines.lines, scroll: 0, in: detail, into: &buffer)
    }
}
