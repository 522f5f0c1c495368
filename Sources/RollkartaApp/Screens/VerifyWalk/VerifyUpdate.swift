import RollkartaModel

/// The walk's only place of change: a key in, the new state and the effects out.
public func updateVerify(_ state: inout VerifyState, _ message: WalkMessage) -> [VerifyEffect] {
    switch message {
    case .resize(let width, let height):
        state.width = max(0, width)
        state.height = max(0, height)
        return []
    case .key(let key):
        state.message = nil
        let action = Keymap.binding(for: key, in: .verify)?.action
        if action != .back || state.comment != nil { state.quitGuard.disarm() }
        if state.comment != nil { return editComment(&state, key) }
        guard let action else { return [] }
        switch action {
        case .voteYes where state.isOnSuggestions, .voteNo where state.isOnSuggestions,
             .voteDiscuss where state.isOnSuggestions:
            state.message = VerifyText.of(state.language).suggestionHint
        case .voteYes: return vote(.yes, &state)
        case .voteNo: return vote(.no, &state)
        case .voteDiscuss: return vote(.discuss, &state)
        case .writeComment where state.isOnSuggestions:
            state.comment = TextField("")
            state.commentMovesOn = false
        case .writeComment:
            guard let subject = state.subject, let answer = state.currentAnswer(subject) else {
                state.message = VerifyText.of(state.language).answerFirst
                return []
            }
            state.comment = TextField(answer.comment)
            state.commentMovesOn = false
        case .nextSubject:
            state.index = min(state.subjects.count, state.index + 1)  // past the last: the suggestions
        case .previousSubject:
            state.index = max(0, state.index - 1)
        case .pageDown:
            let page = VerifyScreen.textPage(state)
            if page.total > page.shown { state.scroll = min(state.scroll + max(1, page.shown - 1), page.total - page.shown) }
        case .pageUp:
            state.scroll = max(0, state.scroll - max(1, VerifyScreen.textPage(state).shown - 1))
        case .nextUnanswered:
            if let next = state.firstUnanswered(after: state.index) { state.index = next }
            else {
                state.index = state.subjects.count
                state.message = VerifyText.of(state.language).allAnswered(state.filePath)
            }
        case .back:
            guard state.quitGuard.allowsQuit(unsaved: state.isDirty && state.saveFailed) else {
                state.message = VerifyText.of(state.language).unsavedQuit
                return []
            }
            return leaving(state)
        default:
            break
        }
        return []
    case .saved(let outcome, let version):
        state.saveFailed = outcome != .written
        if outcome == .written {
            state.markSaved(version: version)
        } else if case .failed(let reason) = outcome, !state.quitGuard.isAsking {  // the quit question stays on screen
            state.message = FileText.of(state.language).saveFailed(reason)
        }
        return []
    case .closing:
        // What is being typed when the window closes is kept, as Enter keeps it.
        if let field = state.comment { _ = keepTyped(field, &state) }
        return leaving(state)
    case .tick:
        return []
    }
}

/// Quitting: what the last save could not write is tried once more first.
private func leaving(_ state: VerifyState) -> [VerifyEffect] {
    state.isDirty ? [.save, .quit] : [.quit]
}

/// Records the vote and saves. Yes moves on at once; No and Let's discuss first ask why.
private func vote(_ vote: Vote, _ state: inout VerifyState) -> [VerifyEffect] {
    guard let subject = state.subject, let seen = state.hashes[subject] else { return [] }
    let comment = state.answer(for: subject)?.comment ?? ""
    state.record(.init(subject: subject, vote: vote, comment: comment, seen: seen, answeredAt: state.now()))
    state.markChanged()
    if vote == .yes {
        moveOn(&state)
    } else {
        state.comment = TextField(comment)
        state.commentMovesOn = true
    }
    return [.save]
}

/// Keeps what is being typed: on the last page a suggestion is added, elsewhere the comment is
/// recorded with its answer. Enter and F2 do it, and so does the window closing.
private func keepTyped(_ field: TextField, _ state: inout VerifyState) -> [VerifyEffect] {
    state.comment = nil
    if state.isOnSuggestions {
        let text = field.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return [] }
        state.addSuggestion(text)
        state.markChanged()
        state.message = VerifyText.of(state.language).suggestionSaved
        return [.save]
    }
    guard let subject = state.subject, var answer = state.answer(for: subject), answer.comment != field.text else { return [] }
    answer.comment = field.text
    answer.answeredAt = state.now()
    state.record(answer)
    state.markChanged()
    return [.save]
}

private func editComment(_ state: inout VerifyState, _ key: Key) -> [VerifyEffect] {
    guard var field = state.comment else { return [] }
    switch key {
    case .enter, .function(2):
        let effects = keepTyped(field, &state)
        if !state.isOnSuggestions, state.commentMovesOn { moveOn(&state) }
        return effects
    case .escape:
        state.comment = nil
        if state.commentMovesOn { moveOn(&state) }
        return []
    default:
        _ = field.handle(key)
        state.comment = field
        return []
    }
}

/// After an answer: the next unanswered subject, or, when all are answered, the page that asks
/// what is missing, and say so.
private func moveOn(_ state: inout VerifyState) {
    if let next = state.firstUnanswered(after: state.index) {
        state.index = next
    } else {
        state.index = state.subjects.count
        state.message = VerifyText.of(state.language).allAnswered(state.filePath)
    }
}
