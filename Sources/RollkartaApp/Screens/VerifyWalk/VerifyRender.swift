import RollkartaModel

/// Draws the verification walk: what is asked about, the participant's answer, and the
/// three answer keys, always on screen.
public enum VerifyScreen {
    public static let minimumWidth = 60
    public static let minimumHeight = 18

    public static func render(_ state: VerifyState) -> CellBuffer {
        var buffer = CellBuffer(width: state.width, height: state.height)
        let language = state.language
        guard state.width >= minimumWidth, state.height >= minimumHeight else {
            let lines = TextWidth.wrap(VerifyText.of(language).tooSmall(state.width, state.height),
                                       width: max(1, state.width))
            for (offset, line) in lines.enumerated() { buffer.put(line, x: 0, y: offset, style: .heading) }
            return buffer
        }
        drawHeader(state, into: &buffer)
        drawProgress(state, into: &buffer)
        let bottom = state.height - 5
        if let subject = state.subject {
            // The question and what each answer means, in full, just above the answer.
            let asked = askedLines(subject, state)
            let top = bottom - 1 - asked.count
            let page = textPage(state)
            let lines = SubjectText.lines(subject, in: state.workshop, maps: state.maps, language, width: state.width - 2)
            let first = min(state.scroll, max(0, lines.count - page.shown))
            for (offset, line) in lines.dropFirst(first).prefix(page.shown).enumerated() {
                buffer.put(line.text, x: 1 + line.indent, y: 3 + offset, style: line.style, limit: state.width - 1 - line.indent)
            }
            // A page longer than the screen says so, and how to see the rest: nothing is cut off unseen.
            if page.total > page.shown {
                let hidden = UIText.of(language).morePage(first, page.total - page.shown - first, Keymap.keyName(.pageDown, in: .verify),
                                                          Keymap.keyName(.pageUp, in: .verify))
                buffer.put(TextWidth.truncate(hidden, to: state.width - 2), x: 1, y: 3 + page.shown, style: .heading)
            }
            for (offset, (line, style)) in asked.enumerated() { buffer.put(line, x: 1, y: top + offset, style: style) }
            drawAnswer(state, subject, y: bottom, into: &buffer)
        } else if state.isOnSuggestions {
            drawSuggestions(state, bottom: bottom, into: &buffer)
        }
        // The suggestions page is answered in words, not with the three answers.
        if !state.isOnSuggestions { drawAnswerKeys(state, y: state.height - 2, into: &buffer) }
        drawStatus(state, y: state.height - 1, into: &buffer)
        return buffer
    }

    /// The question about the subject and what each answer means, two lines each at most.
    private static func askedLines(_ subject: VerificationSubject, _ state: VerifyState) -> [(String, Style)] {
        let language = state.language
        return TextWidth.wrap(WalkText.of(language).question(subject.kind), width: state.width - 2).prefix(2)
            .map { ($0, Style.heading) }
            + TextWidth.wrap(VerifyText.of(language).meanings(subject.kind), width: state.width - 2).prefix(2).map { ($0, Style.dim) }
    }

    /// How many lines of the subject's text there are, and how many the screen shows at once
    /// (one line less than the room when they do not all fit: that line says what is hidden).
    static func textPage(_ state: VerifyState) -> (total: Int, shown: Int) {
        guard let subject = state.subject, state.width >= minimumWidth, state.height >= minimumHeight else { return (0, 0) }
        let room = max(0, state.height - 5 - 1 - askedLines(subject, state).count - 3)
        let total = SubjectText.lines(subject, in: state.workshop, maps: state.maps, state.language, width: state.width - 2).count
        return (total, total > room ? max(1, room - 1) : total)
    }

    private static func drawHeader(_ state: VerifyState, into buffer: inout CellBuffer) {
        let language = state.language
        let who = state.file.shownName
            + (state.file.onBehalf ? " · " + VerifyText.of(language).onBehalf : "")
        let saved = (state.isDirty ? FileText.of(language).unsaved : FileText.of(language).saved)
        HeaderBar.draw(left: " \(UIText.of(language).appName) · \(VerifyText.of(language).title) · \(state.workshop.title)",
                       right: " \(who) · [\(saved)] ", keep: .start, in: Rect(x: 0, y: 0, width: state.width, height: 1),
                       into: &buffer)
    }

    /// The last page: "Saknas en roll, ett steg eller en aktör?", what was written so far, and
    /// the line being typed.
    private static func drawSuggestions(_ state: VerifyState, bottom: Int, into buffer: inout CellBuffer) {
        let language = state.language
        var lines = WrappedLines(width: state.width - 2)
        lines.add(WalkText.of(language).missingQuestion, .heading)
        lines.add(VerifyText.of(language).missingExplained, .dim)
        lines.append(StyledLine(text: ""))
        for suggestion in state.file.suggestions { lines.add("• " + suggestion.text.replacingNewlines(), .normal, indent: 2) }
        if state.file.suggestions.isEmpty { lines.add(VerifyText.of(language).noSuggestions, .dim, indent: 2) }
        for (offset, line) in lines.lines.suffix(max(0, bottom - 1)).enumerated() {
            buffer.put(line.text, x: 1 + line.indent, y: 3 + offset, style: line.style, limit: state.width - 1 - line.indent)
        }
        if let field = state.comment {
            let prompt = VerifyText.of(language).suggestionPrompt
            buffer.fill(Rect(x: 0, y: bottom + 2, width: state.width, height: 1), style: .overlay)
            let used = buffer.put(prompt, x: 1, y: bottom + 2, style: .heading)
            buffer.put(LineEditorView.visibleText(field, width: state.width - 2 - used), x: 1 + used, y: bottom + 2, style: .overlay)
        }
    }

    /// "Roll 7/15 · besvarade 5/15  [#####.....]": a bar of glyphs, readable without colour.
    private static func drawProgress(_ state: VerifyState, into buffer: inout CellBuffer) {
        let language = state.language
        let label = state.subject.map { $0.kind.label(language) } ?? VerifyText.of(language).suggestionsLabel
        let text = label + " "
            + VerifyText.of(language).progress(min(state.index + 1, state.subjects.count), state.subjects.count, state.answeredCount)
        let used = buffer.put(text, x: 1, y: 1, style: .dim)
        let barWidth = min(30, state.width - used - 6)
        guard barWidth > 4 else { return }
        let filled = state.subjects.isEmpty ? 0 : state.answeredCount * barWidth / state.subjects.count
        buffer.put("[" + String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled) + "]",
                   x: used + 3, y: 1, style: .dim)
    }

    private static func drawAnswer(_ state: VerifyState, _ subject: VerificationSubject, y: Int,
                                   into buffer: inout CellBuffer) {
        let language = state.language
        let text: String
        let style: Style
        if let answer = state.currentAnswer(subject) {
            text = VerifyText.of(language).yourAnswer(answer.vote, answer.comment)
            style = .heading
        } else if let outdated = state.outdatedAnswer(subject) {
            text = VerifyText.of(language).changedSince(outdated.vote)
            style = .failing
        } else {
            text = VerifyText.of(language).notAnswered
            style = .dim
        }
        for (offset, line) in TextWidth.wrap(text, width: state.width - 2).prefix(2).enumerated() {
            buffer.put(line, x: 1, y: y + offset, style: style)
        }
        if let comment = state.comment {
            let prompt = VerifyText.of(language).commentPrompt
            buffer.fill(Rect(x: 0, y: y + 2, width: state.width, height: 1), style: .overlay)
            let used = buffer.put(prompt, x: 1, y: y + 2, style: .heading)
            buffer.put(LineEditorView.visibleText(comment, width: state.width - 2 - used), x: 1 + used, y: y + 2,
                       style: .overlay)
        }
    }

    /// The three answers with their keys; the chosen one in brackets (and highlighted).
    private static func drawAnswerKeys(_ state: VerifyState, y: Int, into buffer: inout CellBuffer) {
        let chosen = state.subject.flatMap { state.currentAnswer($0)?.vote }
        var x = 1
        for (action, vote) in [(Action.voteYes, Vote.yes), (.voteNo, .no), (.voteDiscuss, .discuss)] {
            let label = "\(Keymap.keyName(action, in: .verify)) \(vote.label(state.language))"
            let isChosen = chosen == vote
            x += buffer.put(isChosen ? "[\(label)]" : " \(label) ", x: x, y: y, style: isChosen ? .selected : .key) + 2
        }
    }

    /// The answer keys have their own line; the status bar names the rest, from the bindings.
    private static func drawStatus(_ state: VerifyState, y: Int, into buffer: inout CellBuffer) {
        let hints = VerifyKeys.bindings.filter { ![.voteYes, .voteNo, .voteDiscuss].contains($0.action) }
        let prompt = state.comment == nil ? nil
            : state.isOnSuggestions ? VerifyText.of(state.language).suggestionTypingHint : VerifyText.of(state.language).commentHint
        StatusBar.draw(prompt: prompt, message: state.message,
                       hints: hints, state.language, in: Rect(x: 0, y: y, width: state.width, height: 1), into: &buffer)
    }
}
