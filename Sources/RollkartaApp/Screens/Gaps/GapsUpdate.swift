import RollkartaModel

extension GapsScreen {
    static func update(_ action: Action, _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        switch action {
        case .edit:
            if let gap = GapsRows.selected(state) { state.form = GapForm.edit(state, gap) }
        case .filterGaps:
            state.form = GapFilterForm.make(state)
        case .sortNext:
            // The columns drawn at this width, in their order: never a column the screen does not show.
            let columns = visibleColumns(width: tableArea(state).width).map(\.0)
            let current = columns.firstIndex(of: state.screens.gaps.sort) ?? -1
            state.screens.gaps.sort = columns[(current + 1) % columns.count]
            state.screens.gaps.ascending = true
        case .sortReverse:
            state.screens.gaps.ascending.toggle()
        case .delete:
            guard let gap = GapsRows.selected(state) else { return [] }
            effects = Edit.apply(&state, .gap(gap.id, nil), message: ListText.of(state.language).gapDeleted(TextWidth.truncate(gap.description.replacingNewlines(), to: 40)))
        default:
            _ = state.screens.gaps.list.move(action, count: GapsRows.rows(state).count, page: tableArea(state).height)
        }
        keepInView(&state)
        return effects
    }

    static func keepInView(_ state: inout AppState) {
        let count = GapsRows.rows(state).count
        state.screens.gaps.list.clamp(count: count)
        state.screens.gaps.list.scrollIntoView(count: count, visibleRows: tableArea(state).height)
    }

    /// The rows of gaps: below the summary line and the column headings.
    static func tableArea(_ state: AppState) -> Rect {
        AppFrame(state).body.rows([.length(2), .fill])[1]
    }
}
