import RollkartaModel

extension ExpectationsScreen {
    /// Where each page draws: a head (title, mission, column headings), the list, and below
    /// the selected item in full with what the answers mean.
    static func layout(_ state: AppState) -> (head: Rect, list: Rect, detail: Rect) {
        let body = AppFrame(state).body
        let head = state.screens.expectations.page == .organisations ? 2 : 4
        let detail = state.screens.expectations.page == .organisations ? 0 : min(6, max(3, body.height / 3))
        let parts = body.rows([.length(head), .fill, .length(detail)])
        return (parts[0], parts[1], parts[2])
    }

    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        switch state.screens.expectations.page {
        case .organisations: renderOrganisations(state, into: &buffer)
        case .organisation(let id): renderPage(state, organisation: id, into: &buffer)
        case .results: renderResults(state, into: &buffer)
        }
    }

    private static func name(_ id: Actor.ID, _ workshop: Workshop) -> String {
        workshop.actor(id)?.abbreviation ?? id.rawValue
    }

    /// One line per organisation: items, answered, No, to discuss.
    private static func renderOrganisations(_ state: AppState, into buffer: inout CellBuffer) {
        let language = state.language
        let (head, list, _) = layout(state)
        let workshop = state.workshop
        buffer.put(ExpectationsText.of(language).organisationsHeading(workshop.kind == .expectationMapping),
                   x: head.x, y: head.y, style: .dim, limit: head.width)
        guard !workshop.actors.isEmpty else {
            buffer.put(ExpectationsText.of(language).noOrganisations, x: head.x, y: head.y + 1, limit: head.width)
            return
        }
        let t = ExpectationsText.of(language)
        let columns = [(t.organisation, max(16, list.width - 44)), (t.items, 11), (t.answered, 11), (t.no, 11), (t.discussCount, 11)]
        var x = head.x
        for (title, width) in columns {
            buffer.put(title, x: x, y: head.y + 1, style: .heading, limit: width - 1)
            x += width
        }
        let counts = organisationCounts(state)
        ListView.draw(state.screens.expectations.organisations, count: workshop.actors.count, in: list, into: &buffer) { index, y, selected, buffer in
            let actor = workshop.actors[index]
            let count = counts[actor.id] ?? OrganisationCounts()
            let cells = ["\(actor.abbreviation) · \(actor.name)", "\(count.items)", "\(count.answered)/\(count.items)",
                         count.no == 0 ? "–" : "✗ \(count.no)", count.discuss == 0 ? "–" : "? \(count.discuss)"]
            var x = list.x
            for (text, (_, width)) in zip(cells, columns) {
                buffer.put(TextWidth.truncate(text, to: width - 1), x: x, y: y, style: selected ? .selected : .normal, limit: width - 1)
                x += width
            }
        }
    }

    /// The projector page: own description and others' perception side by side for one area.
    private static func renderPage(_ state: AppState, organisation: Actor.ID, into buffer: inout CellBuffer) {
        let language = state.language
        let view = state.screens.expectations
        let workshop = state.workshop
        let (head, list, detail) = layout(state)
        let actor = workshop.actor(organisation)
        let other: ExpectationArea = view.area == .targetGroup ? .services : .targetGroup
        buffer.put("\(actor?.name ?? organisation.rawValue) · \(view.area.label(language))", x: head.x, y: head.y, style: .heading,
                   limit: head.width)
        buffer.put(ExpectationsText.of(language).otherArea(other.label(language), Keymap.keyName(.switchArea, in: .screen(.expectations))),
                   x: head.x, y: head.y + 1, style: .dim, limit: head.width)
        let mission = workshop.mission(of: organisation)
        let missionLine = ExpectationsText.of(language).mission(mission.isEmpty ? nil : mission.replacingNewlines(), Keymap.keyName(.editMission, in: .screen(.expectations)))
        buffer.put(TextWidth.truncate(missionLine, to: head.width), x: head.x, y: head.y + 2, style: mission.isEmpty ? .dim : .normal,
                   limit: head.width)
        let half = list.width / 2
        for (side, x) in [(ExpectationSide.own, head.x), (.perception, head.x + half)] {
            let count = items(state, of: organisation, view.area, side).count
            let focused = side == view.side
            buffer.put((focused ? "▶ " : "  ") + "\(side.label(language)) (\(count))", x: x, y: head.y + 3,
                       style: focused ? .selected : .heading, limit: half - 1)
        }
        for side in ExpectationSide.allCases {
            let sideItems = ExpectationsScreen.items(state, of: organisation, view.area, side)
            let area = Rect(x: side == .own ? list.x : list.x + half, y: list.y, width: half - 1, height: list.height)
            let focused = side == view.side
            let listState = focused ? view.items : ListState()
            if sideItems.isEmpty {
                buffer.put(ExpectationsText.of(language).emptyColumn(Keymap.keyName(.addItem, in: .screen(.expectations))),
                           x: area.x + 2, y: area.y, style: .dim, limit: area.width - 2)
            }
            ListView.draw(listState, count: sideItems.count, in: area, into: &buffer) { index, y, selected, buffer in
                let text = "\(mark(sideItems[index])) \(line(sideItems[index], workshop, language))"
                buffer.put(TextWidth.truncate(text, to: area.width), x: area.x, y: y, style: focused && selected ? .selected : .normal,
                           limit: area.width)
            }
        }
        drawDetail(state, in: detail, into: &buffer)
    }

    /// A glyph for the answer, so that status never rests on colour: ✓ yes, ✗ no, ? discuss, · none.
    static func mark(_ item: ExpectationItem) -> String {
        let vote = item.side == .perception ? item.answer?.vote
            : item.responses.contains { $0.vote == .no } ? .no : item.responses.contains { $0.vote == .discuss } ? .discuss
            : item.responses.isEmpty ? nil : .yes
        switch vote {
        case .yes?: return "✓"
        case .no?: return "✗"
        case .discuss?: return "?"
        case nil: return "·"
        }
    }

    /// The item in one line: its text, note, who expects it (×2 when recurring).
    static func line(_ item: ExpectationItem, _ workshop: Workshop, _ language: Language) -> String {
        var text = item.text.replacingNewlines()
        if !item.note.isEmpty { text += " (\(item.note.replacingNewlines()))" }
        if !item.sources.isEmpty {
            text += " – " + item.sources.map { name($0, workshop) }.joined(separator: ", ")
            if item.sources.count > 1 { text += " ×\(item.sources.count)" }
        }
        return text
    }

    /// The selected item in full: its text, who said what, and what the answers mean here.
    private static func drawDetail(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        guard area.height > 0 else { return }
        let language = state.language
        var lines = WrappedLines(width: area.width)
        if let item = selectedItem(state) {
            let owner = name(item.organisation, state.workshop)
            lines.add("\(owner) · \(item.area.label(language)) · \(item.side.label(language)): " + line(item, state.workshop, language), .heading)
            if let answer = item.answer {
                lines.add("\(owner): " + item.side.meaning(answer.vote, area: item.area, language)
                    + (answer.comment.isEmpty ? "" : " – \"\(answer.comment.replacingNewlines())\""), answer.vote == .no ? .failing : .normal)
            }
            for response in item.responses {
                lines.add("\(name(response.organisation, state.workshop)): " + item.side.meaning(response.vote, area: item.area, language)
                    + (response.comment.isEmpty ? "" : " – \"\(response.comment.replacingNewlines())\""), response.vote == .no ? .failing : .normal)
            }
            if let gap = state.workshop.gaps.first(where: { $0.expectation == item.id }) {
                lines.add(ExpectationsText.of(language).hasGap(gap.id.rawValue), .dim)
            }
        }
        let side = selectedItem(state)?.side ?? state.screens.expectations.side
        let area0 = selectedItem(state)?.area ?? state.screens.expectations.area
        let meanings = [Vote.yes, .no, .discuss].map { "\(Keymap.keyName(voteAction($0), in: .screen(.expectations))) = \(side.meaning($0, area: area0, language))" }
        let shown = lines.lines.prefix(max(0, area.height - 2))
        for (offset, styled) in shown.enumerated() {
            buffer.put(styled.text, x: area.x + styled.indent, y: area.y + offset, style: styled.style, limit: area.width - styled.indent)
        }
        let legend = TextWidth.wrap(meanings.joined(separator: " · "), width: area.width).prefix(2)
        for (offset, text) in legend.enumerated() {
            buffer.put(text, x: area.x, y: area.maxY - legend.count + offset, style: .dim, limit: area.width)
        }
    }

    private static func voteAction(_ vote: Vote) -> Action {
        switch vote {
        case .yes: return .voteYes
        case .no: return .voteNo
        case .discuss: return .voteDiscuss
        }
    }

    /// "Förväntningar utanför uppdraget", "… på andra aktörer", "Att lyfta vidare".
    private static func renderResults(_ state: AppState, into buffer: inout CellBuffer) {
        let language = state.language
        let (head, list, detail) = layout(state)
        let rows = resultRows(state)
        buffer.put(ExpectationsText.of(language).resultsTitle, x: head.x, y: head.y, style: .heading, limit: head.width)
        buffer.put(ExpectationsText.of(language).resultsHint(Keymap.keyName(.markGap, in: .screen(.expectations)), Keymap.keyName(.noteFromItem, in: .screen(.expectations))),
                   x: head.x, y: head.y + 1, style: .dim, limit: head.width)
        ListView.draw(state.screens.expectations.results, count: rows.count, in: list, into: &buffer) { index, y, selected, buffer in
            let row = rows[index]
            if let heading = row.heading {
                buffer.put(heading, x: list.x, y: y, style: .heading, limit: list.width)
            } else if let item = row.item {
                let text = "    \(mark(item)) \(name(item.organisation, state.workshop)) · \(item.area.label(language)): "
                    + line(item, state.workshop, language)
                buffer.put(TextWidth.truncate(text, to: list.width), x: list.x, y: y, style: selected ? .selected : .normal, limit: list.width)
            }
        }
        drawDetail(state, in: detail, into: &buffer)
    }
}
