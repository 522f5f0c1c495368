import RollkartaModel

/// Keys while the `/` search is typed (Enter runs the screen's own search), and stepping
/// through the map's hits with n / N.
enum SearchPrompt {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape:
            state.search = SearchState()
        case .enter:
            state.search.isEditing = false
            state.view.screen.search(state.search.query, &state)
        default:
            _ = state.search.field.handle(key)
        }
        return []
    }

    /// The map's search: every cell, gap and handover whose text has the query.
    static func runSearch(_ query: String, _ state: inout AppState) {
        let hits = Search.hits(for: query, in: state.workshop)
        state.search.hits = hits
        guard !hits.isEmpty else {
            state.search.current = nil
            state.message = MapText.of(state.language).searchNoHits(query)
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
        state.message = MapText.of(state.language).searchHits(index + 1, state.search.hits.count)
        MapScreen.keepInView(&state)
    }
}
