import RollkartaModel

/// View 5: per subject who has answered and, once revealed, the tally; below, the selected
/// subject's answers and comments. Marks are words and glyphs, never colour alone.
enum VerificationScreen: AppScreen {
    static let id = ScreenID.verification
    static let key = Key.character("5")
    static let keyHelp = Localized(sv: "Vy: verifiering – deltagarnas svar per roll och vad som ska diskuteras",
                                   en: "View: verification – the participants' answers per role and what to discuss")
    static func title(_ language: Language) -> String { UIText.of(language).viewVerification }

    static let bindings: [Binding] = NavigationKeys.list + [
        Binding([.character("v")], .revealVotes,
                Localized(sv: "Visa eller dölj rösterna och kommentarerna (dolda från början)",
                          en: "Show or hide the votes and comments (hidden at first)"),
                short: Localized(sv: "röster", en: "votes")),
        Binding([.character("d")], .toggleToDiscuss,
                Localized(sv: "Bara det som ska diskuteras, mest oenighet först (igen: alla)",
                          en: "Only what to discuss, most disagreement first (again: all)"),
                short: Localized(sv: "att diskutera", en: "to discuss"),
                unavailable: { $0.screens.verification.isRevealed ? nil : VerificationText.of($0.language).revealFirst }),
        Binding([.character("t")], .recordTally,
                Localized(sv: "För in en handuppräckning i rummet (ja, nej, vill lyfta vidare)",
                          en: "Record a show of hands in the room (yes, no, let's discuss)"),
                short: Localized(sv: "handuppräckning", en: "show of hands"), unavailable: Unavailable.whenReadOnly),
        Binding([.character("f")], .toggleSuggestions,
                Localized(sv: "Deltagarnas förslag om vad som saknas (igen: svaren)",
                          en: "The participants' suggestions of what is missing (again: the answers)"),
                short: Localized(sv: "förslag", en: "suggestions")),
        Binding([.character("a")], .draftRole,
                Localized(sv: "Gör det valda förslaget till ett utkast till roll", en: "Make the selected suggestion a draft role"),
                unavailable: VerificationScreen.noSuggestionSelected),
        Binding([.character("i")], .draftStep,
                Localized(sv: "Gör det valda förslaget till ett nytt steg", en: "Make the selected suggestion a new step"),
                unavailable: VerificationScreen.noSuggestionSelected),
    ]

    /// `a` and `i` act on a suggestion in the list of suggestions.
    @Sendable static func noSuggestionSelected(_ state: AppState) -> String? {
        if let reason = Unavailable.whenReadOnly(state) { return reason }
        guard state.screens.verification.showsSuggestions else { return VerificationText.of(state.language).showSuggestionsFirst }
        return selectedSuggestion(state) == nil ? VerificationText.of(state.language).noSuggestions : nil
    }

    static func selectedSuggestion(_ state: AppState) -> Suggestion? {
        let list = state.workshop.suggestions
        return list.indices.contains(state.screens.verification.suggestions.selected) ? list[state.screens.verification.suggestions.selected] : nil
    }

    static func rows(_ state: AppState) -> [VerificationResult] {
        let results = state.verificationResults
        return state.screens.verification.onlyToDiscuss ? results.toDiscuss : results.all
    }

    static func selected(_ state: AppState) -> VerificationResult? {
        let rows = rows(state)
        return rows.indices.contains(state.screens.verification.list.selected) ? rows[state.screens.verification.list.selected] : nil
    }

    static func update(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .revealVotes:
            state.screens.verification.isRevealed.toggle()
        case .toggleToDiscuss:
            state.screens.verification.onlyToDiscuss.toggle()
            state.screens.verification.list = ListState()
        case .recordTally:
            state.form = TallyForm.make(state)
        case .toggleSuggestions:
            state.screens.verification.showsSuggestions.toggle()
        case .draftRole:
            state.form = RoleForm.makeNew(state, draft: selectedSuggestion(state))
        case .draftStep:
            state.form = StepForm.makeNew(state, draft: selectedSuggestion(state))
        default:
            if state.screens.verification.showsSuggestions {
                _ = state.screens.verification.suggestions.move(action, count: state.workshop.suggestions.count,
                                                            page: layout(state).list.height)
            } else {
                _ = state.screens.verification.list.move(action, count: rows(state).count, page: layout(state).list.height)
            }
        }
        keepInView(&state)
        return []
    }

    static func keepInView(_ state: inout AppState) {
        let suggestions = state.workshop.suggestions.count
        state.screens.verification.suggestions.clamp(count: suggestions)
        state.screens.verification.suggestions.scrollIntoView(count: suggestions, visibleRows: layout(state).list.height)
        let count = rows(state).count
        state.screens.verification.list.clamp(count: count)
        state.screens.verification.list.scrollIntoView(count: count, visibleRows: layout(state).list.height)
    }

    /// Summary line, column headings, the list, a blank, the selected subject's detail.
    static func layout(_ state: AppState) -> (list: Rect, detail: Rect) {
        let body = AppFrame(state).body
        let detailHeight = min(10, max(4, body.height / 3))
        let parts = body.rows([.length(2), .length(max(1, body.height - 2 - detailHeight - 1)), .fill, .length(detailHeight)])
        return (parts[1], parts[3])
    }
}
