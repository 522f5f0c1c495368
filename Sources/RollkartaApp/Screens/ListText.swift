import RollkartaModel

/// The Gaps and Handovers views' texts.
enum ListText: Sendable {
    case journeyLabel, noGaps, noHandovers, gapCount(shown: Int, total: Int), sortedBy(String), filterActive
    case deleted(String), gapsColumn(GapsState.Column)

    func text(_ language: Language) -> String {
        let sv = language == .sv
        // Keys are named from their bindings, so a message never names a key that does something else.
        func key(_ action: Action, _ screen: ScreenID? = nil) -> String { Keymap.keyName(action, in: screen.map(KeyContext.screen) ?? .global) }
        switch self {
        case .journeyLabel: return sv ? "Resa" : "Journey"
        case .noGaps: return sv ? "Inga glapp (tryck \(key(.markGap, .map)) på kartan för att markera ett)"
                          : "No gaps (press \(key(.markGap, .map)) on the map to mark one)"
        case .noHandovers: return sv ? "Inga överlämningar (tryck \(key(.newHandover, .map)) på kartan)"
                          : "No handovers (press \(key(.newHandover, .map)) on the map)"
        case .gapCount(let shown, let total): return sv ? "\(shown) av \(total) glapp" : "\(shown) of \(total) gaps"
        case .sortedBy(let column): return sv ? "sorterat på \(column)" : "sorted by \(column)"
        case .filterActive: return (sv ? "filter på" : "filtered") + " (\(key(.filterGaps, .gaps)))"
        case .deleted(let id): return sv ? "\(id) borttaget – \(key(.undo)) ångrar" : "\(id) deleted – \(key(.undo)) undoes"
        case .gapsColumn(let column): return column.title(language)
        }
    }
}
