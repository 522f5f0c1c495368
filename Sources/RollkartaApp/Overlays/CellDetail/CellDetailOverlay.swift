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
            let area = Box.inside(Box.overlay(width: state.width, height: state.height))
            _ = state.overlayText.move(action, lineCount: lines(state, width: area.width).count, visibleLines: area.height)
        }
        return []
    }

    static func render(_ state: AppState, into buffer: inout CellBuffer) {
        let box = Box.overlay(width: state.width, height: state.height)
        let area = Box.inside(box)
        Box.draw(box, title: MapText.detailTitle.text(state.language), note: closeNote(bindings, state.language), into: &buffer)
        if TextView.draw(lines(state, width: area.width), scroll: state.overlayText.scroll, in: area, normal: .overlay,
                         into: &buffer) {
            Box.drawMoreBelow(box, into: &buffer)
        }
    }

    /// "Esc, q eller Enter stänger": the close keys, named from the bindings.
    static func closeNote(_ bindings: [Binding], _ language: Language) -> String {
        let keys = bindings.first { $0.action == .close }?.keys.map(\.name) ?? []
        return UIText.closesWith(keys).text(language)
    }
}
