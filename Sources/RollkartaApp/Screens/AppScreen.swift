import RollkartaModel

/// A screen of the facilitator's app, as tig's views are: a small table of operations the
/// route calls. Each lives in a folder of its own (its state, keys, update and render) and is
/// registered once, by its id in `ScreenID` and its line in `ScreenID.screen` below: the key
/// that shows it, its tab, its help line, its key context and whether it can be shown now are
/// all read from here.
protocol AppScreen {
    static var id: ScreenID { get }
    /// The key that shows it (a number; K for the conflicts) and what the help says of that key.
    static var key: Key { get }
    static var keyHelp: Localized { get }
    /// Its name, as the tabs and the help show it.
    static func title(_ language: Language) -> String
    /// Why it cannot be shown now, said when its key is pressed; nil when it can (its tab is
    /// hidden while it cannot).
    static func unavailable(_ state: AppState) -> String?
    /// Showing it: where it starts (the summary at its top).
    static func enter(_ state: inout AppState)
    /// Its own keys; the keys every screen shares are `GlobalKeys.bindings`.
    static var bindings: [Binding] { get }
    /// Carries out one of its own bindings' actions.
    static func update(_ action: Action, _ state: inout AppState) -> [Effect]
    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer)
    /// After a resize: keep the selection in view.
    static func keepInView(_ state: inout AppState)
    /// The `/` search typed on it, run (the screens that offer `/` bind `.search`).
    static func search(_ query: String, _ state: inout AppState)
}

extension AppScreen {
    static var context: KeyContext { .screen(id) }
    static func unavailable(_ state: AppState) -> String? { nil }
    static func enter(_ state: inout AppState) {}
    static func keepInView(_ state: inout AppState) {}
    static func search(_ query: String, _ state: inout AppState) {}
}

extension ScreenID {
    /// The one list of the facilitator's screens.
    var screen: any AppScreen.Type {
        switch self {
        case .start: return StartScreen.self
        case .map: return MapScreen.self
        case .roles: return RoleWalkScreen.self
        case .gaps: return GapsScreen.self
        case .handovers: return HandoversScreen.self
        case .verification: return VerificationScreen.self
        case .summary: return SummaryScreen.self
        case .expectations: return ExpectationsScreen.self
        case .followUp: return FollowUpScreen.self
        case .conflicts: return ConflictsScreen.self
        }
    }

    /// The screen's name, as the tabs and the help show it.
    func title(_ language: Language) -> String { screen.title(language) }

    /// The binding that shows it, made from what the screen says of itself.
    var showBinding: Binding {
        let screen = self.screen
        return Binding([screen.key], .show(self), screen.keyHelp, unavailable: { screen.unavailable($0) })
    }
}

/// An overlay over the screen (the help, the cell's detail): its keys, update and render.
protocol AppOverlay {
    static var context: KeyContext { get }
    static var bindings: [Binding] { get }
    static func update(_ action: Action, _ state: inout AppState) -> [Effect]
    static func render(_ state: AppState, into buffer: inout CellBuffer)
}

extension AppState.Overlay {
    var overlay: any AppOverlay.Type {
        switch self {
        case .help: return HelpOverlay.self
        case .detail: return CellDetailOverlay.self
        }
    }
}
