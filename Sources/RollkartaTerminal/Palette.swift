import CNcursesw
import RollkartaApp

/// Turns a style into curses attributes and a colour pair. Without colour (monochrome,
/// NO_COLOR) every style still maps to bold / reverse / underline / dim, and the glyphs
/// carry the meaning anyway.
struct Palette {
    private var entries: [Style: (attr_t, Int16)] = [:]

    init(theme: AppState.Theme, color: Bool) {
        for (index, style) in Style.allCases.enumerated() {
            let pair = Int16(index + 1)
            let (foreground, background, attributes) = Self.look(style, theme: theme)
            if color, Int32(pair) < rk_color_pairs() {
                init_pair(pair, foreground, background)
                entries[style] = (attributes, pair)
            } else {
                entries[style] = (Self.monochrome(style), 0)
            }
        }
    }

    func attributes(for style: Style) -> (attr_t, Int16) {
        entries[style] ?? (rk_a_normal(), 0)
    }

    private static func monochrome(_ style: Style) -> attr_t {
        switch style {
        case .normal, .overlay, .holds, .partly, .unclear, .handover: return rk_a_normal()
        case .header, .statusBar, .selected, .match: return rk_a_reverse()
        case .heading, .key, .gap, .failing: return rk_a_bold()
        case .dim: return rk_a_dim()
        }
    }

    /// Foreground, background (-1: the terminal's default) and attributes per style.
    private static func look(_ style: Style, theme: AppState.Theme) -> (Int16, Int16, attr_t) {
        let projector = theme == .projector
        let bold = rk_a_bold()
        let none = rk_a_normal()
        let defaultColor: Int16 = projector ? Int16(COLOR_BLACK) : -1
        let paper: Int16 = projector ? Int16(COLOR_WHITE) : -1
        switch style {
        case .normal: return (defaultColor, paper, none)
        case .header: return (Int16(COLOR_WHITE), Int16(COLOR_BLUE), bold)
        case .statusBar: return (Int16(COLOR_BLACK), Int16(COLOR_CYAN), none)
        case .selected: return (Int16(COLOR_BLACK), Int16(COLOR_YELLOW), bold)
        case .dim: return (projector ? Int16(COLOR_BLACK) : Int16(COLOR_BLUE), paper, none)
        case .heading: return (projector ? Int16(COLOR_BLUE) : defaultColor, paper, bold)
        case .holds: return (Int16(COLOR_GREEN), paper, bold)
        case .partly: return (projector ? Int16(COLOR_BLUE) : Int16(COLOR_YELLOW), paper, bold)
        case .unclear: return (Int16(COLOR_MAGENTA), paper, bold)
        case .gap: return (Int16(COLOR_RED), paper, bold)
        case .handover: return (Int16(COLOR_CYAN), paper, bold)
        case .failing: return (Int16(COLOR_WHITE), Int16(COLOR_RED), bold)
        case .match: return (Int16(COLOR_BLACK), Int16(COLOR_GREEN), bold)
        case .overlay: return (defaultColor, paper, none)
        case .key: return (Int16(COLOR_BLACK), Int16(COLOR_CYAN), bold)
        }
    }
}
