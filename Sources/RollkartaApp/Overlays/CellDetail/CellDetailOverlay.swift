import RollkartaModel

/// Enter on the map: everything about the selected cell in a box over the map, scrollable.
enum CellDetailOverlay: AppOverlay {
    static let context = KeyContext.detail

    static let bindings: [Binding] = NavigationKeys.text + [
        Binding([.escape, .character("q"), .enter], .close, Localized(sv: "Stäng", en: "Close"),
                short: Localized(sv: "stäng", en: "close")),
        Binding([.character("?"), .function(1)], .help, Localized(sv: "Hjälp: tangenterna på kartan", en: "Help: the map's keys"),
                short: Localized(sv: "hjälp", en: "help")),
    ]

    static func update(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .close:
            state.overlay = nil
        case .help:
            state.overlay = .help
            state.overlayText = TextViewState()
        default:
            TextOverlay.scroll(action, &state) { lines($0, width: $1) }
        }
        return []
    }

    static func render(_ state: AppState, into buffer: inout CellBuffer) {
        TextOverlay.draw(state, title: MapText.of(state.language).detailTitle, closeKeys: bindings,
                         lines: { lines($0, width: $1) }, into: &buffer)
    }
}
