/// What a terminal front end gives the program: input, and a place to show a buffer.
/// The ncurses backend implements it; tests can implement it in memory.
public protocol TerminalBackend {
    /// Waits briefly for input; `.idle` when nothing came, so signals are noticed promptly.
    mutating func nextInput() -> TerminalInput
    mutating func draw(_ buffer: CellBuffer)
    /// True when more input is already waiting (a paste, keys typed ahead): drawing waits
    /// until it is all taken, so a long paste costs one redraw, not one per character.
    mutating func hasPendingInput() -> Bool
}

public enum TerminalInput: Equatable, Sendable {
    case event(Event)
    case idle
    /// The terminal went away (window closed, ssh dropped).
    case hangup
    /// SIGINT or SIGTERM.
    case terminate
}

public enum ProgramEnd: Equatable, Sendable {
    case quit
    case hangup
    case terminated
}

/// The Bubble Tea loop: draw, wait for input, update, perform effects; until quit.
public enum Program {
    public static func run<Backend: TerminalBackend>(_ state: inout AppState, backend: inout Backend,
                                                     perform: (Effect, inout AppState) -> Void) -> ProgramEnd {
        var needsDraw = true
        while true {
            if needsDraw && !backend.hasPendingInput() {
                backend.draw(Screen.render(state))
                needsDraw = false
            }
            switch backend.nextInput() {
            case .idle:
                continue
            case .hangup:
                return .hangup
            case .terminate:
                return .terminated
            case .event(let event):
                for effect in update(&state, event) {
                    if effect == .quit { return .quit }
                    perform(effect, &state)
                }
                needsDraw = true
            }
        }
    }
}
