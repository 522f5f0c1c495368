import CNcursesw
import RollkartaApp

/// Turns a style into curses attributes and a colour pair, as the app's theme says. Without
/// colour (monochrome, NO_COLOR) every style still maps to bold / reverse / underline / dim,
/// and the glyphs carry the meaning anyway.
struct Palette {
    private var entries: [Style: (attr_t, Int16)] = [:]

    init(theme: AppState.Theme, color: Bool) {
        for (index, style) in Style.allCases.enumerated() {
            let pair = Int16(index + 1)
            let look = theme.look(style)
            if color, Int32(pair) < rk_color_pairs() {
                init_pair(pair, look.foreground.rawValue, look.background.rawValue)
                var attributes = rk_a_normal()
                if look.bold { attributes |= rk_a_bold() }
                if look.reverse { attributes |= rk_a_reverse() }
                if look.underline { attributes |= rk_a_underline() }
                entries[style] = (attributes, pair)
            } else {
                entries[style] = (Self.monochrome(style), 0)
            }
        }
    }

    /// Makes the theme's plain style the window's background, so that what ncurses clears or
    /// exposes (the ends of rows, a resized window) is painted too, never the terminal's own.
    func paintBackground() {
        let (_, pair) = attributes(for: .normal)
        if pair > 0 { _ = rk_set_background(pair) }
    }

    func attributes(for style: Style) -> (attr_t, Int16) {
        entries[style] ?? (rk_a_normal(), 0)
    }

    private static func monochrome(_ style: Style) -> attr_t {
        switch style {
        case .normal, .overlay, .holds, .partly, .unclear, .handover, .handoverMark: return rk_a_normal()
        case .header, .statusBar, .selected, .match, .banner: return rk_a_reverse()
        case .heading, .key, .gap, .gapMark, .failingMark: return rk_a_bold()
        case .failing: return rk_a_bold() | rk_a_underline()
        case .dim: return rk_a_dim()
        }
    }
}
