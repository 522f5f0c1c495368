import RollkartaModel

/// View 7, workshop 1 ("Förväntanskartläggning"): the organisations with their counts; Enter
/// opens one as a projector page, its own description beside the others' perception for one
/// area at a time; `r` the results. Items go in with one key and a line, as the room speaks.
enum ExpectationsScreen: AppScreen {
    static let id = ScreenID.expectations
    static let key = Key.character("7")
    static let keyHelp = Localized(sv: "Vy: förväntningar (workshop 1): uppdrag, målgrupp och insatser per organisation",
                                   en: "View: expectations (workshop 1): mission, target group and services per organisation")
    static func title(_ language: Language) -> String { ExpectationsText.of(language).viewTitle }
    static func search(_ query: String, _ state: inout AppState) { find(query, after: nil, &state) }
    /// Workshop 1's screen, in a workshop of that kind or one that has expectation items.
    static func unavailable(_ state: AppState) -> String? {
        state.workshop.kind == .expectationMapping || !state.workshop.expectations.isEmpty
            ? nil : ExpectationsText.of(state.language).notInThisWorkshop
    }

    static let bindings: [Binding] = NavigationKeys.list + [
        Binding([.left, .character("h")], .moveLeft, Localized(sv: "Egen beskrivning", en: "Own description")),
        Binding([.right, .character("l")], .moveRight, Localized(sv: "Andras uppfattning", en: "Others' perception")),
        Binding([.enter], .openDetail,
                Localized(sv: "Öppna organisationens sida; på sidan: svar och kommentar till punkten",
                          en: "Open the organisation's page; on the page: the item's answer and comment"),
                short: Localized(sv: "öppna/kommentar", en: "open/comment")),
        Binding([.tab], .switchArea, Localized(sv: "Byt område: målgrupp / insatser", en: "Switch area: target group / services"),
                short: Localized(sv: "område", en: "area"), unavailable: onPage),
        Binding([.character("a")], .addItem,
                Localized(sv: "Ny punkt i kolumnen; i listan: en ny organisation", en: "New item in the column; in the list: a new organisation"),
                short: Localized(sv: "ny", en: "new"), unavailable: whenReadOnly),
        Binding([.character("e")], .edit, Localized(sv: "Ändra punkten: text, ålder/not, vem som förväntar sig den",
                                                    en: "Edit the item: text, age/note, who expects it"),
                unavailable: itemSelected),
        Binding([.character("d")], .delete, Localized(sv: "Ta bort punkten (kan ångras)", en: "Delete the item (can be undone)"),
                unavailable: itemSelected),
        Binding([.character("f")], .moveItemArea, Localized(sv: "Flytta punkten till det andra området", en: "Move the item to the other area"),
                unavailable: itemSelected),
        // Answers by letter: the digits switch views here as everywhere (J Ja, N Nej, L Vill lyfta vidare).
        Binding([.character("J")], .voteYes, Localized(sv: "Svara Ja", en: "Answer Yes"), unavailable: itemSelected),
        Binding([.character("N")], .voteNo, Localized(sv: "Svara Nej", en: "Answer No"), unavailable: itemSelected),
        Binding([.character("L")], .voteDiscuss, Localized(sv: "Svara Vill lyfta vidare", en: "Answer Let's discuss"),
                unavailable: itemSelected),
        Binding([.character("M")], .mergeItem,
                Localized(sv: "Slå ihop med en annan punkt (samma förväntan från flera)", en: "Merge with another item (the same expectation from several)"),
                unavailable: itemSelected),
        Binding([.character("S")], .splitItem, Localized(sv: "Dela upp en hopslagen punkt igen", en: "Split a merged item again"),
                unavailable: itemSelected),
        Binding([.character("g")], .markGap,
                Localized(sv: "Gör punkten till ett glapp (uppgift saknas / otydligt ansvar)", en: "Make the item a gap (task missing / unclear responsibility)"),
                short: Localized(sv: "glapp", en: "gap"), unavailable: itemSelected),
        Binding([.character("o")], .noteFromItem,
                Localized(sv: "Lägg punkten till en rolls största hinder", en: "Add the item to a role's biggest obstacles"),
                unavailable: itemSelected),
        Binding([.character("m")], .editMission, Localized(sv: "Organisationens uppdrag", en: "The organisation's mission"),
                unavailable: { whenReadOnly($0) ?? onPage($0) }),
        Binding([.character("r")], .showResults,
                Localized(sv: "Resultat: förväntningar utanför uppdraget, på andra aktörer, att lyfta vidare",
                          en: "Results: expectations outside the mission, on other actors, to raise further"),
                short: Localized(sv: "resultat", en: "results")),
        Binding([.character("/")], .search, Localized(sv: "Sök bland punkterna, svaren och uppdragen", en: "Search the items, answers and missions"),
                short: Localized(sv: "sök", en: "search")),
        Binding([.character("n")], .nextMatch, Localized(sv: "Nästa träff", en: "Next match")),
        Binding([.escape], .close, Localized(sv: "Tillbaka (sidan → organisationerna → kartan)", en: "Back (page → organisations → map)")),
    ]

    @Sendable static func whenReadOnly(_ state: AppState) -> String? { Unavailable.whenReadOnly(state) }

    @Sendable static func onPage(_ state: AppState) -> String? {
        state.screens.expectations.organisation == nil ? ExpectationsText.of(state.language).openFirst : nil
    }

    @Sendable static func itemSelected(_ state: AppState) -> String? {
        if let reason = Unavailable.whenReadOnly(state) { return reason }
        return selectedItem(state) == nil ? ExpectationsText.of(state.language).noItem : nil
    }

    static func update(_ action: Action, _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        let language = state.language
        switch action {
        case .close:
            switch state.screens.expectations.page {
            case .organisations: state.view = .map
            default: state.screens.expectations.page = .organisations
            }
        case .openDetail:
            if state.screens.expectations.page == .organisations {
                let actors = state.workshop.actors
                guard actors.indices.contains(state.screens.expectations.organisations.selected) else { break }
                state.screens.expectations.page = .organisation(actors[state.screens.expectations.organisations.selected].id)
                state.screens.expectations.items = ListState()
            } else if let item = selectedItem(state), state.readOnly?.refusesEdits != true {
                state.form = ExpectationForms.response(state, item, vote: nil)
            }
        case .moveLeft, .moveRight:
            state.screens.expectations.side = action == .moveLeft ? .own : .perception
            state.screens.expectations.items = ListState()
        case .switchArea:
            state.screens.expectations.area = state.screens.expectations.area == .targetGroup ? .services : .targetGroup
            state.screens.expectations.items = ListState()
        case .showResults:
            state.screens.expectations.page = .results
            state.screens.expectations.results = ListState(selected: firstItemRow(resultRows(state), from: 0, step: 1) ?? 0)
        case .search:
            state.search = SearchState()
            state.search.isEditing = true
        case .nextMatch:
            find(state.search.query, after: selectedItem(state)?.id, &state)
        case .addItem:
            state.form = state.screens.expectations.page == .organisations ? ExpectationForms.organisation(state)
                : ExpectationForms.item(state, nil)
        case .edit: state.form = selectedItem(state).flatMap { ExpectationForms.item(state, $0) }
        case .editMission: state.form = ExpectationForms.mission(state)
        case .mergeItem:
            state.form = selectedItem(state).flatMap { ExpectationForms.merge(state, $0) }
            if state.form == nil { state.message = ExpectationsText.of(language).nothingToMergeWith }
        case .markGap: state.form = selectedItem(state).flatMap { ExpectationForms.gap(state, $0) }
        case .noteFromItem: state.form = selectedItem(state).flatMap { ExpectationForms.obstacle(state, $0) }
        case .delete:
            guard let item = selectedItem(state) else { break }
            effects = Edit.apply(&state, .expectation(item.id, nil), message: ExpectationsText.of(language).deleted)
        case .moveItemArea:
            guard var item = selectedItem(state) else { break }
            item.area = item.area == .targetGroup ? .services : .targetGroup
            effects = Edit.apply(&state, .expectation(item.id, item), message: ExpectationsText.of(language).moved(item.area.label(language)))
        case .splitItem:
            guard let item = selectedItem(state), let index = state.workshop.expectations.firstIndex(where: { $0.id == item.id }) else { break }
            guard let (kept, split) = item.splittingLast() else {
                state.message = ExpectationsText.of(language).notMerged
                break
            }
            effects = Edit.apply(&state, .batch([.expectation(item.id, kept), .expectation(split.id, split, at: index + 1)]),
                                 message: ExpectationsText.of(language).split(split.text))
        case .voteYes, .voteNo, .voteDiscuss:
            guard let item = selectedItem(state) else { break }
            let vote: Vote = action == .voteYes ? .yes : action == .voteNo ? .no : .discuss
            if item.side == .perception {
                var answered = item
                answered.answer = ExpectationAnswer(vote: vote, comment: item.answer?.comment ?? "")
                let meaning = item.side.meaning(vote, area: item.area, language)
                effects = Edit.apply(&state, .expectation(item.id, answered), message: ExpectationsText.of(language).answeredWith(meaning))
            } else {
                state.form = ExpectationForms.response(state, item, vote: vote)
            }
        default:
            move(action, &state)
        }
        keepInView(&state)
        return effects
    }

    /// The first item after `after` (in organisation, area, side order, round) whose text, note,
    /// answer or responses hold the query; its page opened with it selected.
    static func find(_ query: String, after: ExpectationItem.ID?, _ state: inout AppState) {
        let needle = query.lowercased()
        guard !needle.isEmpty else { return }
        let workshop = state.workshop
        let ordered = workshop.actors.flatMap { actor in
            ExpectationArea.allCases.flatMap { area in ExpectationSide.allCases.flatMap { workshop.expectations(of: actor.id, area, $0) } }
        }
        let hits = ordered.filter { item in
            ([item.text, item.note, item.answer?.comment ?? ""] + item.responses.map(\.comment)).contains { $0.lowercased().contains(needle) }
        }
        guard !hits.isEmpty else {
            state.message = MapText.of(state.language).searchNoHits(query)
            return
        }
        let start = after.flatMap { id in ordered.firstIndex { $0.id == id } } ?? -1
        let next = hits.first { hit in (ordered.firstIndex { $0.id == hit.id } ?? 0) > start } ?? hits[0]
        state.screens.expectations.page = .organisation(next.organisation)
        state.screens.expectations.area = next.area
        state.screens.expectations.side = next.side
        state.screens.expectations.items.selected = workshop.expectations(of: next.organisation, next.area, next.side)
            .firstIndex { $0.id == next.id } ?? 0
        let position = (hits.firstIndex { $0.id == next.id } ?? 0) + 1
        state.message = MapText.of(state.language).searchHits(position, hits.count)
        keepInView(&state)
    }

    private static func move(_ action: Action, _ state: inout AppState) {
        let page = layoutRows(state)
        switch state.screens.expectations.page {
        case .organisations:
            _ = state.screens.expectations.organisations.move(action, count: state.workshop.actors.count, page: page)
        case .organisation:
            _ = state.screens.expectations.items.move(action, count: column(state).count, page: page)
        case .results:
            let rows = resultRows(state)
            var list = state.screens.expectations.results
            let from = list.selected
            guard list.move(action, count: rows.count, page: page) else { return }
            // Headings are skipped: on to the next item in the direction moved.
            let step = list.selected >= from ? 1 : -1
            list.selected = firstItemRow(rows, from: list.selected, step: step) ?? firstItemRow(rows, from: list.selected, step: -step) ?? from
            state.screens.expectations.results = list
        }
    }

    static func firstItemRow(_ rows: [ExpectationResultRow], from start: Int, step: Int) -> Int? {
        ListState.nearest(from: start, step: step, count: rows.count) { rows[$0].item != nil }
    }

    static func keepInView(_ state: inout AppState) {
        let rows = layoutRows(state)
        state.screens.expectations.organisations.clamp(count: state.workshop.actors.count)
        state.screens.expectations.organisations.scrollIntoView(count: state.workshop.actors.count, visibleRows: rows)
        let items = column(state).count
        state.screens.expectations.items.clamp(count: items)
        state.screens.expectations.items.scrollIntoView(count: items, visibleRows: rows)
        let results = resultRows(state).count
        state.screens.expectations.results.clamp(count: results)
        state.screens.expectations.results.scrollIntoView(count: results, visibleRows: rows)
    }

    /// The rows a list on this screen is drawn in.
    static func layoutRows(_ state: AppState) -> Int {
        max(1, layout(state).list.height)
    }
}
