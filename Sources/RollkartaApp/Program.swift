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
    case key(Key)
    case resize(width: Int, height: Int)
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

/// What the loop runs: one state value that takes events and draws itself. The facilitator's
/// map (`AppState`) and the participant's verification walk (`VerifyState`) are both models.
public protocol ProgramModel {
    /// Its own messages: the terminal's (`TerminalMessage`) and what became of its effects.
    associatedtype Message: TerminalMessage
    associatedtype Effect: Equatable
    /// The effect that ends the loop.
    static var quitEffect: Effect { get }
    mutating func handle(_ message: Message) -> [Effect]
    func render() -> CellBuffer
    /// Something on screen moves with the clock (the agenda's timer): redraw while idle.
    var isAnimating: Bool { get }
}

extension ProgramModel {
    public var isAnimating: Bool { false }
}

extension AppState: ProgramModel {
    public static var quitEffect: RollkartaApp.Effect { .quit }
    public mutating func handle(_ message: Event) -> [RollkartaApp.Effect] { update(&self, message) }
    public var isAnimating: Bool { timer.isRunning }
    public func render() -> CellBuffer { Screen.render(self) }
}

/// The Bubble Tea loop: draw, wait for input, update, perform effects and hand their results
/// back as events; until quit. Closing the window or a signal is an event too, which the
/// model answers (keep what is typed, save, quit) before the loop ends. Work done in the
/// background (the saves) reports back at every turn; the loop ends only once it is all done.
public enum Program {
    /// How long the loop waits for background work before drawing: well under one frame
    /// (16 ms at 60 Hz), so a key is drawn in time even while a slow save runs.
    static let frameTime = 0.010

    public static func run<Model: ProgramModel, Backend: TerminalBackend>(
        _ model: inout Model, backend: inout Backend, background: (any BackgroundWork<Model.Message>)? = nil,
        perform: (Model.Effect, Model) -> [Model.Message]
    ) -> ProgramEnd {
        var needsDraw = true
        while true {
            if needsDraw && !backend.hasPendingInput() {
                backend.draw(model.render())
                needsDraw = false
            }
            let end: ProgramEnd?
            switch backend.nextInput() {
            case .idle:
                end = nil
                _ = dispatch(.tick, to: &model, perform: perform)  // what it asks for reports back below
                if model.isAnimating { needsDraw = true }
            case .hangup:
                _ = dispatch(.closing(.hangup), to: &model, perform: perform)
                end = .hangup
            case .terminate:
                _ = dispatch(.closing(.terminate), to: &model, perform: perform)
                end = .terminated
            case .key(let key):
                end = dispatch(.key(key), to: &model, perform: perform) ? .quit : nil
                needsDraw = true
                // A small save is done within a frame: wait that long, so the screen drawn next
                // already says it is saved; a large one goes on while the keys are drawn.
                background?.waitUntilIdle(timeout: frameTime)
            case .resize(let width, let height):
                end = dispatch(.resize(width: width, height: height), to: &model, perform: perform) ? .quit : nil
                needsDraw = true
            }
            if let end {
                finish(&model, background: background, perform: perform)
                return end
            }
            for event in background?.takeEvents() ?? [] {
                _ = dispatch(event, to: &model, perform: perform)
                needsDraw = true
            }
        }
    }

    /// Waits for the background work and answers what became of it (a save that found the file
    /// changed asks for a copy, which is waited for in turn), until nothing is left.
    private static func finish<Model: ProgramModel>(_ model: inout Model, background: (any BackgroundWork<Model.Message>)?,
                                                    perform: (Model.Effect, Model) -> [Model.Message]) {
        guard let background else { return }
        while true {
            background.waitUntilIdle(timeout: nil)
            let events = background.takeEvents()
            if events.isEmpty { return }
            for event in events { _ = dispatch(event, to: &model, perform: perform) }
        }
    }

    /// Hands an event to the model and performs what it asks for, feeding each result back in
    /// order, until nothing is left. True when the model asked to quit; the effects asked for
    /// before the quit (the last save) are performed first.
    public static func dispatch<Model: ProgramModel>(
        _ event: Model.Message, to model: inout Model, perform: (Model.Effect, Model) -> [Model.Message]
    ) -> Bool {
        var queue = [event]
        var quits = false
        while !queue.isEmpty {
            for effect in model.handle(queue.removeFirst()) {
                if effect == Model.quitEffect { quits = true } else { queue += perform(effect, model) }
            }
        }
        return quits
    }
}
