import RollkartaModel

/// View 6: the workshop's figures (coverage, gaps, handovers, verification), scrollable.
enum SummaryScreen: AppScreen {
    static let id = ScreenID.summary
    static let key = Key.character("6")
    static let keyHelp = Localized(sv: "Vy: sammanfattning och kontroller",
                                   en: "View: summary and checks")
    static func title(_ language: Language) -> String { UIText.of(language).viewSummary }
    static func enter(_ state: inout AppState) { state.screens.summary = TextViewState() }
    static let bindings: [Binding] = NavigationKeys.text

    static func update(_ action: Action, _ state: inout AppState) -> [Effect] {
        _ = state.screens.summary.move(action, lineCount: lines(state).count, visibleLines: area(state).height)
        return []
    }

    /// The body, a further column in from each side.
    static func area(_ state: AppState) -> Rect { AppFrame(state).body.inset(columns: 1) }

    private struct LinesKey: Hashable {
        var language: Language
        var width: Int
    }

    /// The summary's lines, made once per version of the workshop, language and width.
    static func lines(_ state: AppState) -> [StyledLine] {
        let width = max(1, area(state).width)
        return state.derive(LinesKey(language: state.language, width: width)) { compute(state, width: width) }
    }

    private static func compute(_ state: AppState, width: Int) -> [StyledLine] {
        let text = SummaryReport.text(state.workshop, language: state.language)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { TextWidth.wrap(String($0), width: width) }
        return text.enumerated().map { StyledLine(text: $1, style: $0 == 0 ? .heading : .normal) }
    }

    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        TextView.draw(lines(state), scroll: state.screens.summary.scroll, in: area.inset(columns: 1), into: &buffer)
    }
}
