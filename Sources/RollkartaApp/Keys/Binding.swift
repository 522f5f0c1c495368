import RollkartaModel

/// One key binding. The same table drives dispatch, the `?` help, the status bar and the
/// key names in messages, so they can never disagree.
public struct Binding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var description: Localized
    /// The status bar's short word; nil keeps the binding out of the status bar.
    public var short: Localized?
    /// Why pressing the key does nothing now (no conflicts to show, no stale lock to take
    /// over): said in the status bar instead. Nil, or nil returned, when it is available.
    public var unavailable: (@Sendable (AppState) -> String?)?

    public init(_ keys: [Key], _ action: Action, _ description: Localized, short: Localized? = nil,
                unavailable: (@Sendable (AppState) -> String?)? = nil) {
        self.keys = keys
        self.action = action
        self.description = description
        self.short = short
        self.unavailable = unavailable
    }

    /// How the keys are written in help, the status bar and README: made from the keys.
    public var keyLabel: String { keys.map(\.name).joined(separator: " ") }
}

extension Key {
    /// The key's name as people write it ("↑", "PgDn", "Ctrl-R", "F2").
    public var name: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .function(let number): return "F\(number)"
        case .control(let character): return "Ctrl-" + String(character).uppercased()
        case .controlLeft: return "Ctrl-←"
        case .controlRight: return "Ctrl-→"
        case .controlHome: return "Ctrl-Home"
        case .controlEnd: return "Ctrl-End"
        }
    }
}
