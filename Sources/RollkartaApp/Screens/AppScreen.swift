/// A screen of the facilitator's app, as tig's views are: a small table of operations the
/// route calls. Each lives in a folder of its own (its state, keys, update and render).
protocol AppScreen {
    static var context: KeyContext { get }
    /// Its own keys; the keys every screen shares are `GlobalKeys.bindings`.
    static var bindings: [Binding] { get }
    /// Carries out one of its own bindings' actions.
    static func update(_ action: Action, _ state: inout AppState) -> [Effect]
    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer)
    /// After a resize: keep the selection in view.
    static func keepInView(_ state: inout AppState)
}

extension AppScreen {
    static func keepInView(_ state: inout AppState) {}
}

extension AppState.View {
    var screen: any AppScreen.Type {
        switch self {
        case .map: return MapScreen.self
        case .roles: return RoleWalkScreen.self
        case .gaps: return GapsScreen.self
        case .handovers: return HandoversScreen.self
        case .verification: return VerificationScreen.self
        case .summary: return SummaryScreen.self
        case .conflicts: return ConflictsScreen.self
        case .expectations: return ExpectationsScreen.self
        case .followUp: return FollowUpScreen.self
        case .start: return StartScreen.self
        }
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
