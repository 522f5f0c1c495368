import RollkartaModel

/// The Expectations view (workshop 1): the organisations, one organisation's page, or the results.
public struct ExpectationsState: Equatable, Sendable {
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

extension ExpectationsState {
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
        let view = state.screens.expectations
        guard let organisation = view.organisation else { return [] }
        return items(state, of: organisation, view.area, view.side)
    }

    private struct ColumnKey: Hashable {
        var organisation: Actor.ID
        var area: ExpectationArea
        var side: ExpectationSide
    }

    /// An organisation's items for one area and side, picked out once per version of the
    /// workshop: the page is drawn on every key, and picking them each time grew with all the
    /// items (6.5 ms a key at 100k).
    static func items(_ state: AppState, of organisation: Actor.ID, _ area: ExpectationArea,
                      _ side: ExpectationSide) -> [ExpectationItem] {
        state.derive(ColumnKey(organisation: organisation, area: area, side: side)) {
            state.workshop.expectations(of: organisation, area, side)
        }
    }

    static func selectedItem(_ state: AppState) -> ExpectationItem? {
        switch state.screens.expectations.page {
        case .organisation:
            let items = column(state)
            return items.indices.contains(state.screens.expectations.items.selected) ? items[state.screens.expectations.items.selected] : nil
        case .results:
            let rows = resultRows(state)
            return rows.indices.contains(state.screens.expectations.results.selected) ? rows[state.screens.expectations.results.selected].item : nil
        case .organisations:
            return nil
        }
    }

    /// What the organisations list shows for each organisation, counted once per version of the
    /// workshop (counting per row per frame grew with the items: 3.4 ms a key at 10k).
    struct OrganisationCounts: Equatable {
        var items = 0
        var answered = 0
        var no = 0
        var discuss = 0
    }

    private struct CountsKey: Hashable {}

    static func organisationCounts(_ state: AppState) -> [Actor.ID: OrganisationCounts] {
        state.derive(CountsKey()) {
            var counts: [Actor.ID: OrganisationCounts] = [:]
            for item in state.workshop.expectations {
                var count = counts[item.organisation, default: OrganisationCounts()]
                count.items += 1
                if item.side == .perception ? item.answer != nil : !item.responses.isEmpty { count.answered += 1 }
                if item.answer?.vote == .no || !item.responders(.no).isEmpty { count.no += 1 }
                if item.answer?.vote == .discuss || !item.responders(.discuss).isEmpty { count.discuss += 1 }
                counts[item.organisation] = count
            }
            return counts
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
        rows.append(ExpectationResultRow(heading: ExpectationsText.of(language).outsideMission))
        for group in results.outsideMission {
            rows.append(ExpectationResultRow(heading: "  " + ExpectationsText.of(language).expectedOf(name(group.organisation))))
            rows += group.items.map { ExpectationResultRow(item: $0) }
        }
        rows.append(ExpectationResultRow(heading: ExpectationsText.of(language).onOthers))
        for group in results.onOthers {
            rows.append(ExpectationResultRow(heading: "  " + ExpectationsText.of(language).expectedBy(name(group.organisation))))
            rows += group.items.map { ExpectationResultRow(item: $0) }
        }
        rows.append(ExpectationResultRow(heading: ExpectationsText.of(language).toDiscuss))
        rows += results.toDiscuss.map { ExpectationResultRow(item: $0) }
        return rows
    }
}
