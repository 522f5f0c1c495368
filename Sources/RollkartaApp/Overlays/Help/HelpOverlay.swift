import RollkartaModel

/// `?` or F1: the keys of the screen beneath and the ones every screen shares, made from the
/// bindings, so it lists exactly the keys that work there.
enum HelpOverlay: AppOverlay {
    static let context = KeyContext.help

    static let bindings: [Binding] = NavigationKeys.text + [
        Binding([.escape, .character("q"), .character("?"), .function(1)], .close, Localized(sv: "Stäng hjälpen", en: "Close the help"),
                short: Localized(sv: "stäng", en: "close")),
    ]

    static func update(_ action: Action, _ state: inout AppState) -> [Effect] {
        if action == .close {
            state.overlay = nil
        } else {
            TextOverlay.scroll(action, &state) { lines($0, width: $1) }
        }
        return []
    }

    static func render(_ state: AppState, into buffer: inout CellBuffer) {
        TextOverlay.draw(state, title: UIText.of(state.language).helpTitle, closeKeys: bindings,
                         lines: { lines($0, width: $1) }, into: &buffer)
    }

    /// The screen's own keys under its name, then the shared ones, then the legend of marks.
    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        let language = state.language
        let screen = state.view.screen
        let own = screen.bindings
        let shared = GlobalKeys.bindings.filter { global in !own.contains { !Set($0.keys).isDisjoint(with: global.keys) } }
        let keyWidth = (own + shared).map { TextWidth.of($0.keyLabel) }.max() ?? 0
        var lines: [StyledLine] = []
        func section(_ title: String, _ bindings: [Binding]) {
            lines.append(StyledLine(text: title, style: .heading))
            let indent = String(repeating: " ", count: keyWidth + 2)
            for binding in bindings {
                let description = TextWidth.wrap(binding.description[language], width: max(1, width - keyWidth - 2))
                for (index, line) in description.enumerated() {
                    lines.append(StyledLine(text: (index == 0 ? binding.keyLabel.padding(keyWidth + 2) : indent) + line))
                }
            }
        }
        section(UIText.of(language).screenName(state.view), own)
        lines.append(StyledLine(text: ""))
        section(UIText.of(language).everyScreen, shared)
        lines.append(StyledLine(text: ""))
        for line in TextWidth.wrap(MapText.of(language).legend, width: width) {
            lines.append(StyledLine(text: line, style: .dim))
        }
        return lines
    }
}
