import Foundation
import RollkartaModel

/// Work the program loop hands off and hears back from as its messages: what became of it is
/// taken at every turn of the loop, and waited for before the program ends.
public protocol BackgroundWork<Message> {
    associatedtype Message
    /// The messages of work finished since the last call.
    func takeEvents() -> [Message]
    /// Blocks until all work handed off so far is finished, or the timeout (seconds) passes;
    /// true when it is all finished.
    @discardableResult
    func waitUntilIdle(timeout: Double?) -> Bool
}

/// Runs a program's file work off the input loop, one job after another in the order they
/// were asked for, so typing never waits for the disk: each job carries what it needs (taken
/// from the state when asked), and what became of it comes back as a message. The worker
/// (for the facilitator's app the runtime with its path, lock and fingerprint; for the
/// participant's walk the answer file's) is touched only on the queue.
///
/// Saves coalesce: a save asked for while another is still waiting its turn takes that one's
/// place with the newer data, so the queue never holds a backlog of older versions. However
/// fast the keys come, the disk is at most the save being written behind, and a kill loses at
/// most what one save takes. A save of the version already being written is not asked twice.
public final class BackgroundFileWork<Worker: FileWorker>: BackgroundWork, @unchecked Sendable {
    /// One job waiting its turn; a waiting save's job is replaced by newer ones.
    private final class Queued: @unchecked Sendable {  // its job is touched only under `lock`
        var job: Worker.Job

        init(_ job: Worker.Job) {
            self.job = job
        }
    }

    private var worker: Worker
    private let queue = DispatchQueue(label: "rollkarta.file-work")
    private let running = DispatchGroup()
    private let lock = NSLock()
    private var finished: [Worker.Message] = []
    /// The save queued last that has not started: the one a newer save replaces.
    private var waitingSave: Queued?
    /// The version of the save being written now, if one is, and of the last one written
    /// (forgotten when other work, which may change the file, runs).
    private var writingVersion: Int?
    private var writtenVersion: Int?
    /// Jobs queued that have not started, and whether one is running.
    private var waiting = 0
    private var busy = false

    public init(_ worker: Worker) {
        self.worker = worker
    }

    /// Queues the job and returns at once; its messages arrive through `takeEvents`.
    public func perform(_ job: Worker.Job) -> [Worker.Message] {
        lock.lock()
        if job.isOnlyWhenQuiet, waiting > 0 || busy {
            lock.unlock()  // the file is looked at again at the next quiet moment
            return []
        }
        if let version = job.savedVersion {
            if let queued = waitingSave {
                queued.job = job  // the older data it held is never written
                lock.unlock()
                return []
            }
            if waiting == 0, writingVersion == version || writtenVersion == version {
                lock.unlock()  // this very version is being (or was just) written, and nothing after it
                return []
            }
        }
        let queued = Queued(job)
        // Only a save directly behind another may replace it: nothing overtakes other work.
        waitingSave = job.savedVersion != nil ? queued : nil
        waiting += 1
        lock.unlock()
        running.enter()
        queue.async { [self] in
            lock.lock()
            if waitingSave === queued { waitingSave = nil }
            waiting -= 1
            busy = true
            let job = queued.job
            writingVersion = job.savedVersion
            writtenVersion = nil
            lock.unlock()
            let messages = worker.perform(job)
            lock.lock()
            writingVersion = nil
            busy = false
            if let version = job.savedVersion, Worker.wrote(version, in: messages) { writtenVersion = version }
            finished += messages
            lock.unlock()
            running.leave()
        }
        return []
    }

    public func takeEvents() -> [Worker.Message] {
        lock.lock()
        defer { lock.unlock() }
        let messages = finished
        finished = []
        return messages
    }

    @discardableResult
    public func waitUntilIdle(timeout: Double?) -> Bool {
        guard let timeout else {
            running.wait()
            return true
        }
        return running.wait(timeout: .now() + timeout) == .success
    }

    /// Runs `body` with the worker on its queue, after the work queued before it.
    public func withWorker<Result>(_ body: (inout Worker) -> Result) -> Result {
        queue.sync { body(&worker) }
    }
}

extension BackgroundFileWork {
    /// Takes the lock before the program starts; why the file is read-only, if it is.
    public func lockFile<Files>() -> ReadOnlyReason? where Worker == WorkshopRuntime<Files> {
        withWorker { $0.lock() }
    }

    /// Lets go of the lock, after the last of the work.
    public func release<Files>() where Worker == WorkshopRuntime<Files> {
        withWorker { $0.release() }
    }
}
