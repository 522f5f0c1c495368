/// The colours of the 16-colour terminal palette the themes use (the first eight, so they
/// work with 8 colours too), and the terminal's own default.
public enum TerminalColor: Int16, CaseIterable, Sendable {
    case terminalDefault = -1
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a style looks in a theme: colours and the attributes that set it apart.
public struct Look: Equatable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold = false
    public var reverse = false
    public var underline = false
}

extension AppState.Theme {
    /// Every colour pair is chosen by measured contrast (WCAG), at least 4.5:1 for text and
    /// 3:1 for glyph marks under the xterm, Linux console, GNOME (Tango) and Windows Terminal
    /// (Campbell) palettes: a test measures each. Where the standard theme keeps the terminal's
    /// own background, text keeps the terminal's own foreground (its contrast is the user's
    /// choice), set apart by bold or reverse. The projector theme paints every cell: paper and ink.
    public func look(_ style: Style) -> Look {
        switch self {
        case .standard: return Self.standardLook(style)
        case .projector: return Self.projectorLook(style)
        }
    }

    private static func standardLook(_ style: Style) -> Look {
        let own = TerminalColor.terminalDefault
        switch style {
        case .normal, .dim, .overlay, .handover: return Look(foreground: own, background: own)
        case .heading, .gap: return Look(foreground: own, background: own, bold: true)
        case .selected, .banner: return Look(foreground: own, background: own, bold: true, reverse: true)
        // Bold and underlined, never reversed: a failing row stays apart from the selected one.
        case .failing: return Look(foreground: own, background: own, bold: true, underline: true)
        case .header: return Look(foreground: .black, background: .cyan, bold: true)
        case .statusBar: return Look(foreground: .black, background: .white)
        case .key: return Look(foreground: .black, background: .cyan, bold: true)
        case .match: return Look(foreground: .black, background: .green, bold: true)
        case .holds, .partly, .unclear, .gapMark, .handoverMark, .failingMark: return markLook(style)
        }
    }

    private static func projectorLook(_ style: Style) -> Look {
        switch style {
        case .normal, .dim, .overlay, .handover: return Look(foreground: .black, background: .white)
        case .heading, .gap: return Look(foreground: .black, background: .white, bold: true)
        case .selected, .banner, .key: return Look(foreground: .white, background: .black, bold: true)
        case .failing: return Look(foreground: .black, background: .white, bold: true, underline: true)
        case .header: return Look(foreground: .black, background: .cyan, bold: true)
        case .statusBar: return Look(foreground: .black, background: .cyan)
        case .match: return Look(foreground: .black, background: .green, bold: true)
        case .holds, .partly, .unclear, .gapMark, .handoverMark, .failingMark: return markLook(style)
        }
    }

    /// The map's marks are small badges of their own colour in both themes, readable on any
    /// background around them.
    private static func markLook(_ style: Style) -> Look {
        switch style {
        case .holds: return Look(foreground: .black, background: .green, bold: true)
        case .partly: return Look(foreground: .black, background: .yellow, bold: true)
        case .unclear: return Look(foreground: .yellow, background: .black, bold: true)
        case .gapMark: return Look(foreground: .red, background: .white, bold: true)
        case .handoverMark: return Look(foreground: .black, background: .cyan, bold: true)
        default: return Look(foreground: .white, background: .red, bold: true)
        }
    }
}
