import RollkartaModel

/// Every key binding, by where it applies. Dispatch, the `?` help, the status bar, the key
/// names in messages and README's key table all come from here.
public enum Keymap {
    public static func bindings(in context: KeyContext) -> [Binding] {
        switch context {
        case .global: return GlobalKeys.bindings
        case .screen(let id): return id.screen.bindings
        case .help: return HelpOverlay.bindings
        case .detail: return CellDetailOverlay.bindings
        case .form: return FormKeys.bindings(with: FormKeys.ownKeys)
        case .verify: return VerifyKeys.bindings
        }
    }

    /// Every binding of every context.
    public static var bindings: [Binding] { KeyContext.allCases.flatMap(bindings(in:)) }

    /// The binding a key stands for in a context; a screen's own keys come before the shared ones.
    static func binding(for key: Key, in context: KeyContext) -> Binding? {
        lookup(key, in: context)?.binding
    }

    /// The bindings of a context as they are now: an open form has the keys every form has and
    /// its own (only the gap form has F3-F6).
    static func bindings(in context: KeyContext, _ state: AppState) -> [Binding] {
        if context == .form, let form = state.form { return FormKeys.bindings(with: form.purpose.bindings) }
        return bindings(in: context)
    }

    /// The binding a key stands for in a context and who owns it: the context itself, or
    /// `.global` for a shared key a screen does not bind itself. The one lookup of a key press.
    static func lookup(_ key: Key, in context: KeyContext, _ state: AppState? = nil) -> (binding: Binding, owner: KeyContext)? {
        let own = state.map { bindings(in: context, $0) } ?? bindings(in: context)
        if let own = own.first(where: { $0.keys.contains(key) }) { return (own, context) }
        if context.sharesGlobalKeys, let shared = GlobalKeys.bindings.first(where: { $0.keys.contains(key) }) {
            return (shared, .global)
        }
        // Ctrl-Home is Home where nothing binds it (a list's first row), never a key of its own there.
        return key.plain.flatMap { lookup($0, in: context, state) }
    }

    /// The bindings that apply now, the screen's own first: for the status bar and the help.
    static func active(in state: AppState) -> [Binding] {
        let context = state.keyContext
        let own = bindings(in: context, state)
        guard context.sharesGlobalKeys else { return own }
        return own + GlobalKeys.bindings.filter { global in !own.contains { !Set($0.keys).isDisjoint(with: global.keys) } }
    }

    /// The name of the first key bound to an action, for a message that says which key to press.
    static func keyName(_ action: Action, in context: KeyContext = .global) -> String {
        let binding = bindings(in: context).first { $0.action == action }
            ?? GlobalKeys.bindings.first { $0.action == action }
        return binding?.keys.first?.name ?? "?"
    }
}

extension KeyContext {
    /// Screens take the shared keys (views, undo, help ...) too; overlays and forms only their own.
    var sharesGlobalKeys: Bool {
        switch self {
        case .screen: return true
        case .global, .help, .detail, .form, .verify: return false
        }
    }
}

/// A key's name for a message, taken from its binding, so that a message never names a key that
/// does something else: one of the keys every screen shares, or a screen's own.
func key(_ action: Action, _ screen: ScreenID? = nil) -> String { Keymap.keyName(action, in: screen.map(KeyContext.screen) ?? .global) }

/// A key's name in another context (the participant's walk).
func key(_ action: Action, in context: KeyContext) -> String { Keymap.keyName(action, in: context) }
