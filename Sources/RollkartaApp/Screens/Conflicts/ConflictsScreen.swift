import RollkartaModel

/// View K: what a git merge left to decide, one row per conflict; below, the selected one's
/// two values in full. Which side the file holds is said in words.
enum ConflictsScreen: AppScreen {
    static let id = ScreenID.conflicts
    static let key = Key.character("K")
    static let keyHelp = Localized(sv: "Konflikter från en sammanslagning i git: visa och lös dem",
                                   en: "Conflicts from a git merge: show and settle them")
    static func title(_ language: Language) -> String { UIText.of(language).viewConflicts }
    static func unavailable(_ state: AppState) -> String? {
        state.workshop.conflicts.isEmpty ? ConflictsText.of(state.language).noConflicts : nil
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
                                     message: ConflictsText.of(state.language).conflictSettled(conflict.id))
            if state.workshop.conflicts.isEmpty {
                state.view = .map
                state.message = ConflictsText.of(state.language).allConflictsSettled
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
        buffer.put(ConflictsText.of(language).conflictHint, x: area.x, y: area.y, style: .dim, limit: area.width)
        guard !conflicts.isEmpty else {
            buffer.put(ConflictsText.of(language).noConflicts, x: area.x, y: area.y + 2, limit: area.width)
            return
        }
        let (list, detail) = layout(state)
        ListView.draw(state.screens.conflicts, count: conflicts.count, in: list, into: &buffer) { index, y, selected, buffer in
            let conflict = conflicts[index]
            let what = conflict.field ?? ConflictsText.of(language).conflictWhole
            let text = "! \(conflict.id)  \(conflict.collection.name) \(conflict.key) · \(what)"
            buffer.put(TextWidth.truncate(text, to: area.width), x: area.x, y: y, style: selected ? .selected : .gap)
        }
        guard conflicts.indices.contains(state.screens.conflicts.selected) else { return }
        let conflict = conflicts[state.screens.conflicts.selected]
        var lines = WrappedLines(width: area.width - 2)
        lines.append(StyledLine(text: String(repeating: "─", count: area.width), style: .dim))
        let kept = conflict.kept == .ours ? conflict.ours : conflict.theirs
        lines.add(ConflictsText.of(language).conflictHolds(conflict.kept) + ": "
            + (kept ?? ConflictsText.of(language).conflictDeleted), .heading)
        lines.add(ConflictsText.of(language).conflictOther(conflict.otherSide) + ": "
            + (conflict.other ?? ConflictsText.of(language).conflictDeleted), .normal)
        TextView.draw(lines.lines, scroll: 0, in: detail, into: &buffer)
    }
}
