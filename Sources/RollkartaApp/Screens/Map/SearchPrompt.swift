import RollkartaModel

/// Keys while the `/` search is typed, and stepping through its hits with n / N.
enum SearchPrompt {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape:
            state.search = SearchState()
        case .enter:
            state.search.isEditing = false
            if state.view == .expectations { ExpectationsScreen.find(state.search.query, after: nil, &state) } else { runSearch(&state) }
        default:
            _ = state.search.field.handle(key)
        }
        return []
    }

    private static func runSearch(_ state: inout AppState) {
        let query = state.search.query
        let hits = Search.hits(for: query, in: state.workshop)
        state.search.hits = hits
        guard !hits.isEmpty else {
            state.search.current = nil
            state.message = MapText.searchNoHits(query).text(state.language)
            return
        }
        // Start from the selection, as a pager does.
        let journeys = state.workshop.journeys.map(\.id)
        let here = (journeys.firstIndex(of: state.journey) ?? 0, state.position.row, state.position.column)
        let start = hits.firstIndex { hit in
            (journeys.firstIndex(of: hit.journey) ?? 0, hit.row, hit.column ?? here.2) >= here
        } ?? 0
        select(hit: start, &state)
    }

    static func stepThroughHits(_ state: inout AppState, by step: Int) {
        let count = state.search.hits.count
        guard count > 0 else { return }
        let next = ((state.search.current ?? -step) + step + count) % count
        select(hit: next, &state)
    }

    private static func select(hit index: Int, _ state: inout AppState) {
        let hit = state.search.hits[index]
        state.search.current = index
        state.journey = hit.journey
        var position = state.position
        position.row = hit.row
        if let column = hit.column { position.column = column }
        state.position = position
        state.message = MapText.searchHits(current: index + 1, total: state.search.hits.count).text(state.language)
        MapScreen.keepInView(&state)
    }
}
