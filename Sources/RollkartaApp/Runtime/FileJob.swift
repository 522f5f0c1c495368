import RollkartaModel

/// One piece of file work as data: everything the worker needs is in it, taken from the
/// program's state when the work was asked for. Workers never see a program's state.
public protocol FileJob: Sendable {
    /// The version a save writes (its program's change count when asked); nil for other work.
    /// A save waiting its turn is replaced by a newer one.
    var savedVersion: Int? { get }
    /// Work worth doing only at a quiet moment (looking at the file again): skipped while
    /// other work waits or runs.
    var isOnlyWhenQuiet: Bool { get }
}

/// Does file work off the input loop (`BackgroundFileWork` runs it on its queue) and says
/// what became of each job as its program's messages.
public protocol FileWorker {
    associatedtype Job: FileJob
    associatedtype Message: Sendable
    mutating func perform(_ job: Job) -> [Message]
    /// Whether `messages` say that the save of `version` was written.
    static func wrote(_ version: Int, in messages: [Message]) -> Bool
}

/// What the runtime needs to do one effect of the facilitator's app.
public struct WorkshopJob: FileJob {
    public var effect: Effect
    public var workshop: Workshop
    /// `AppState.changeCount` when it was asked for: the version a save writes.
    public var version: Int
    public var language: Language
    /// Why the window is read-only now, so that following the file says only what is new.
    public var readOnly: ReadOnlyReason?

    public init(_ effect: Effect, workshop: Workshop, version: Int, language: Language, readOnly: ReadOnlyReason? = nil) {
        self.effect = effect
        self.workshop = workshop
        self.version = version
        self.language = language
        self.readOnly = readOnly
    }

    public var savedVersion: Int? { effect == .save ? version : nil }
    public var isOnlyWhenQuiet: Bool { effect == .followFile }
}

extension AppState {
    /// The job for one of the app's effects: what the runtime needs from the state, nothing more.
    public func job(_ effect: Effect) -> WorkshopJob {
        WorkshopJob(effect, workshop: workshop, version: changeCount, language: language, readOnly: readOnly)
    }
}
