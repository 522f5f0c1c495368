import RollkartaModel

/// The Expectations view (workshop 1): the organisations, one organisation's page, or the results.
public struct ExpectationsViewState: Equatable, Sendable {
    public enum Page: Equatable, Sendable {
        case organisations
        case organisation(Actor.ID)
        case results
    }

    public var page: Page = .organisations
    public var organisations = ListState()
    /// On an organisation's page: the area shown, the column in focus and its selected item.
    public var area: ExpectationArea = .targetGroup
    public var side: ExpectationSide = .own
    public var items = ListState()
    public var results = ListState()
}

extension ExpectationsViewState {
    /// The organisation whose page is open.
    var organisation: Actor.ID? {
        if case .organisation(let id) = page { return id }
        return nil
    }
}

/// One line of the results page: a heading, or an item under it.
struct ExpectationResultRow: Equatable {
    var heading: String?
    var item: ExpectationItem?
}

extension ExpectationsScreen {
    /// The items of the column in focus on the open page.
    static func column(_ state: AppState) -> [ExpectationItem] {
        let view = state.expectationsView
        guard let organisation = view.organisation else { return [] }
        return state.workshop.expectations(of: organisation, view.area, view.side)
    }

    static func selectedItem(_ state: AppState) -> ExpectationItem? {
        switch state.expectationsView.page {
        case .organisation:
            let items = column(state)
            return items.indices.contains(state.expectationsView.items.selected) ? items[state.expectationsView.items.selected] : nil
        case .results:
            let rows = resultRows(state)
            return rows.indices.contains(state.expectationsView.results.selected) ? rows[state.expectationsView.results.selected].item : nil
        case .organisations:
            return nil
        }
    }

    /// "Förväntningar utanför uppdraget" by organisation, "Förväntningar på andra aktörer" by
    /// who expects, and the queue to raise further; headings between.
    static func resultRows(_ state: AppState) -> [ExpectationResultRow] {
        state.derive(["expectation-results", state.language] as [AnyHashable]) { computeResultRows(state) }
    }

    private static func computeResultRows(_ state: AppState) -> [ExpectationResultRow] {
        let language = state.language
        let workshop = state.workshop
        let results = ExpectationResults(workshop)
        func name(_ id: Actor.ID) -> String { workshop.actor(id)?.abbreviation ?? id.rawValue }
        var rows: [ExpectationResultRow] = []
        rows.append(ExpectationResultRow(heading: ExpectationsText.outsideMission.text(language)))
        for group in results.outsideMission {
            rows.append(ExpectationResultRow(heading: "  " + ExpectationsText.expectedOf(name(group.organisation)).text(language)))
            rows += group.items.map { ExpectationResultRow(item: $0) }
        }
        rows.append(ExpectationResultRow(heading: ExpectationsText.onOthers.text(language)))
        for group in results.onOthers {
            rows.append(ExpectationResultRow(heading: "  " + ExpectationsText.expectedBy(name(group.organisation)).text(language)))
            rows += group.items.map { ExpectationResultRow(item: $0) }
        }
        rows.append(ExpectationResultRow(heading: ExpectationsText.toDiscuss.text(language)))
        rows += results.toDiscuss.map { ExpectationResultRow(item: $0) }
        return rows
    }
}
