import RollkartaModel

extension VerificationScreen {
    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        let view = state.screens.verification
        let workshop = state.workshop
        let rows = rows(state)
        let results = state.verificationResults
        let stale = results.all.map(\.staleCount).reduce(0, +)
        var summary = VerificationText.of(language).verificationSummary(results.participantsAnswering, workshop.participants.count, stale)
        summary += " · " + (view.isRevealed ? VerificationText.of(language).votesShown : VerificationText.of(language).votesHidden)
        if view.onlyToDiscuss { summary += " · " + VerificationText.of(language).onlyToDiscuss }
        if !workshop.suggestions.isEmpty {
            summary += " · " + VerificationText.of(language).suggestionCount(workshop.suggestions.count, Keymap.keyName(.toggleSuggestions, in: .screen(.verification)))
        }
        buffer.put(summary, x: area.x, y: area.y, style: .dim, limit: area.width)
        if view.showsSuggestions {
            drawSuggestions(state, in: area, into: &buffer)
            return
        }
        guard !rows.isEmpty else {
            buffer.put(VerificationText.of(language).nothingToDiscuss, x: area.x, y: area.y + 2, limit: area.width)
            return
        }
        let (listArea, detail) = layout(state)
        let voteWidth = 7, answeredWidth = 8, staleWidth = 16
        let nameWidth = max(10, area.width - 9 - 3 * voteWidth - answeredWidth - staleWidth)
        var x = area.x
        for (title, width) in [(ListText.of(language).journeyLabel, 9), (VerificationText.of(language).verificationSubject, nameWidth),
                               (VerificationText.of(language).answeredColumn, answeredWidth),
                               (Vote.yes.label(language), voteWidth), (Vote.no.label(language), voteWidth),
                               (VerificationText.of(language).discussShort, voteWidth), (VerificationText.of(language).staleColumn, staleWidth)] {
            buffer.put(title, x: x, y: area.y + 1, style: .heading, limit: width - 1)
            x += width
        }
        ListView.draw(view.list, count: rows.count, in: listArea, into: &buffer) { index, y, selected, buffer in
            let result = rows[index]
            let mark = view.isRevealed && result.objections > 0 ? "! " : result.staleCount > 0 ? "~ " : "  "
            let journey: String
            if case .role(let id, _) = result.subject { journey = UIText.of(language).journeyShort(id) } else {
                journey = result.subject.kind.label(language)
            }
            // Hidden votes take the three vote columns with one word, not three blanks that read as zeros.
            let votes = view.isRevealed ? [(String(result.yes), voteWidth), (String(result.no), voteWidth),
                                           (String(result.discuss), voteWidth)]
                                        : [("░░ " + VerificationText.of(language).hidden, 3 * voteWidth)]
            let cells = [
                (mark + journey, 9),
                (SubjectText.name(result.subject, in: workshop, language), nameWidth),
                ("\(result.answeredCount)/\(workshop.participants.count)", answeredWidth),
            ] + votes + [
                (result.staleCount > 0 ? VerificationText.of(language).staleCount(result.staleCount) : "", staleWidth),
            ]
            var x = area.x
            for (text, width) in cells {
                let style: Style = selected ? .selected : (text.hasPrefix("! ") ? .gap : .normal)
                buffer.put(TextWidth.truncate(text, to: width - 1), x: x, y: y, style: style, limit: width - 1)
                x += width
            }
        }
        if let result = selected(state) {
            let lines = detailLines(result, state, width: detail.width, maxLines: detail.height)
            for (offset, line) in lines.prefix(detail.height).enumerated() {
                buffer.put(line.text, x: detail.x + line.indent, y: detail.y + offset, style: line.style,
                           limit: detail.width - line.indent)
            }
        }
    }

    /// "Ja 4 · Nej 1 · Vill lyfta vidare 2"
    static func votes(yes: Int, no: Int, discuss: Int, _ language: Language) -> String {
        [(Vote.yes, yes), (.no, no), (.discuss, discuss)].map { "\($0.0.label(language)) \($0.1)" }.joined(separator: " · ")
    }

    private static func detailLines(_ result: VerificationResult, _ state: AppState, width: Int,
                                    maxLines: Int) -> [StyledLine] {
        let language = state.language
        let workshop = state.workshop
        var lines = WrappedLines(width: width, maxLines: maxLines)
        lines.append(StyledLine(text: String(repeating: "─", count: width), style: .dim))
        lines.add(SubjectText.name(result.subject, in: workshop, language), .heading)
        let answeredIDs = Set((result.answers + result.staleAnswers).map(\.participant))
        // With a hundred organisations the lists would fill the panel: each stops at a line's worth.
        func names(answered: Bool) -> String {
            var shown: [String] = []
            var length = 0
            for participant in workshop.participants where answeredIDs.contains(participant.id) == answered {
                guard length < width else { return shown.joined(separator: ", ") + ", …" }
                let name = organisationName(participant)
                shown.append(name)
                length += name.count + 2
            }
            return shown.isEmpty ? "–" : shown.joined(separator: ", ")
        }
        lines.add(VerificationText.of(language).haveAnswered + ": " + names(answered: true) + " · "
            + VerificationText.of(language).notYetAnswered + ": " + names(answered: false), .dim)
        guard state.screens.verification.isRevealed else {
            lines.add(VerificationText.of(language).revealHint, .dim)
            return lines.lines
        }
        if let tally = result.tally {
            lines.add(VerificationText.of(language).showOfHands + ": " + votes(yes: tally.yes, no: tally.no, discuss: tally.discuss, language)
                + (tally.note.isEmpty ? "" : " – " + tally.note.replacingNewlines())
                + (result.isTallyStale ? " [" + VerificationText.of(language).staleWord + "]" : ""))
        }
        let byID = Dictionary(workshop.participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (answer, isStale) in result.answers.map({ ($0, false) }) + result.staleAnswers.map({ ($0, true) }) {
            guard !lines.isFull else { break }
            let who = byID[answer.participant].map(organisationName) ?? answer.participant.rawValue
            var text = "\(answer.vote.label(language)) · \(who)"
            if answer.onBehalf { text += " (" + VerificationText.of(language).viaFacilitator + ")" }
            if isStale { text += " [" + VerificationText.of(language).staleWord + "]" }
            if !answer.comment.isEmpty { text += ": " + answer.comment.replacingNewlines() }
            lines.add(text, isStale ? .dim : .normal, indent: 2)
        }
        return lines.lines
    }

    private static func organisationName(_ participant: Participant) -> String {
        participant.shownName
    }

    /// What participants said is missing, with who said it; `a` / `i` make one a draft role or step.
    private static func drawSuggestions(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        let suggestions = state.workshop.suggestions
        buffer.put(VerificationText.of(language).suggestionsHeading, x: area.x, y: area.y + 1, style: .heading, limit: area.width)
        guard !suggestions.isEmpty else {
            buffer.put(VerificationText.of(language).noSuggestions, x: area.x, y: area.y + 2, style: .dim, limit: area.width)
            return
        }
        let (listArea, _) = layout(state)
        let whoWidth = 18
        ListView.draw(state.screens.verification.suggestions, count: suggestions.count, in: listArea, into: &buffer) { index, y, selected, buffer in
            let suggestion = suggestions[index]
            let who = state.workshop.participants.first { $0.id == suggestion.participant }?.shownName ?? ""
            let style: Style = selected ? .selected : .normal
            buffer.put(TextWidth.truncate(who, to: whoWidth - 1).padding(whoWidth), x: area.x, y: y, style: style, limit: whoWidth)
            buffer.put(TextWidth.truncate(suggestion.text.replacingNewlines(), to: area.width - whoWidth), x: area.x + whoWidth, y: y,
                       style: style, limit: area.width - whoWidth)
        }
    }
}
