import Foundation
import RollkartaModel

/// Work the program loop hands off and hears back from as events: what became of it is
/// taken at every turn of the loop, and waited for before the program ends.
public protocol BackgroundWork {
    /// The events of work finished since the last call.
    func takeEvents() -> [Event]
    /// Blocks until all work handed off so far is finished, or the timeout (seconds) passes;
    /// true when it is all finished.
    @discardableResult
    func waitUntilIdle(timeout: Double?) -> Bool
}

/// Runs the facilitator app's file effects off the input loop, one after another in the order
/// they were asked for, so typing never waits for the disk: each is queued with the state as it
/// was when asked, and what became of it comes back as an event. The runtime (the path, the
/// lock, the fingerprint) is touched only on the queue.
public final class BackgroundFileWork<Files: WorkshopFiles>: BackgroundWork, @unchecked Sendable {
    private var runtime: WorkshopRuntime<Files>
    private let queue = DispatchQueue(label: "rollkarta.file-work")
    private let running = DispatchGroup()
    private let lock = NSLock()
    private var finished: [Event] = []

    public init(_ runtime: WorkshopRuntime<Files>) {
        self.runtime = runtime
    }

    /// Takes the lock before the program starts; why the file is read-only, if it is.
    public func lockFile() -> ReadOnlyReason? {
        queue.sync { runtime.lock() }
    }

    /// Queues the effect and returns at once; its events arrive through `takeEvents`.
    public func perform(_ effect: Effect, _ state: AppState) -> [Event] {
        running.enter()
        queue.async { [self] in
            let events = runtime.perform(effect, state)
            lock.lock()
            finished += events
            lock.unlock()
            running.leave()
        }
        return []
    }

    public func takeEvents() -> [Event] {
        lock.lock()
        defer { lock.unlock() }
        let events = finished
        finished = []
        return events
    }

    @discardableResult
    public func waitUntilIdle(timeout: Double?) -> Bool {
        guard let timeout else {
            running.wait()
            return true
        }
        return running.wait(timeout: .now() + timeout) == .success
    }

    /// Lets go of the lock, after the last of the work.
    public func release() {
        queue.sync { runtime.release() }
    }
}
