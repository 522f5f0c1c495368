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
///
/// Saves coalesce: a save asked for while another is still waiting its turn takes that one's
/// place with the newer state, so the queue never holds a backlog of older versions. However
/// fast the keys come, the disk is at most the save being written behind, and a kill loses at
/// most what one save takes. A save of the version already being written is not asked twice.
public final class BackgroundFileWork<Files: WorkshopFiles>: BackgroundWork, @unchecked Sendable {
    /// One effect waiting its turn; a waiting save's state is replaced by newer ones.
    private final class Job: @unchecked Sendable {  // its state is touched only under `lock`
        let effect: Effect
        var state: AppState

        init(_ effect: Effect, _ state: AppState) {
            self.effect = effect
            self.state = state
        }
    }

    private var runtime: WorkshopRuntime<Files>
    private let queue = DispatchQueue(label: "rollkarta.file-work")
    private let running = DispatchGroup()
    private let lock = NSLock()
    private var finished: [Event] = []
    /// The save queued last that has not started: the one a newer save replaces.
    private var waitingSave: Job?
    /// The version (`AppState.changeCount`) of the save being written now, if one is, and of
    /// the last one written (forgotten when other work, which may change the file, runs).
    private var writingVersion: Int?
    private var writtenVersion: Int?
    /// Effects queued that have not started, and whether one is running.
    private var waiting = 0
    private var busy = false

    public init(_ runtime: WorkshopRuntime<Files>) {
        self.runtime = runtime
    }

    /// Takes the lock before the program starts; why the file is read-only, if it is.
    public func lockFile() -> ReadOnlyReason? {
        queue.sync { runtime.lock() }
    }

    /// Queues the effect and returns at once; its events arrive through `takeEvents`.
    public func perform(_ effect: Effect, _ state: AppState) -> [Event] {
        lock.lock()
        if effect == .followFile, waiting > 0 || busy {
            lock.unlock()  // the file is looked at again at the next quiet moment
            return []
        }
        if effect == .save {
            if let queued = waitingSave {
                queued.state = state  // the older state it held is never written
                lock.unlock()
                return []
            }
            if waiting == 0, writingVersion == state.changeCount || writtenVersion == state.changeCount {
                lock.unlock()  // this very version is being (or was just) written, and nothing after it
                return []
            }
        }
        let job = Job(effect, state)
        // Only a save directly behind another may replace it: nothing overtakes other work.
        waitingSave = effect == .save ? job : nil
        waiting += 1
        lock.unlock()
        running.enter()
        queue.async { [self] in
            lock.lock()
            if waitingSave === job { waitingSave = nil }
            waiting -= 1
            busy = true
            let state = job.state
            let isSave = effect == .save
            writingVersion = isSave ? state.changeCount : nil
            writtenVersion = nil
            lock.unlock()
            let events = runtime.perform(effect, state)
            lock.lock()
            writingVersion = nil
            busy = false
            if isSave, events == [.saved(.written, version: state.changeCount)] { writtenVersion = state.changeCount }
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
