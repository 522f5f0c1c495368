import Foundation
import RollkartaModel

/// Performs the facilitator app's effects and says what became of each as an event. It gets
/// each effect as a `WorkshopJob` (the workshop, its version, the language) and never sees
/// the app's state. It keeps what belongs to the file, not to the app: the path being
/// written, the lock, and the file's fingerprint when last read or written.
public struct WorkshopRuntime<Files: WorkshopFiles>: FileWorker {
    public private(set) var path: String
    private let files: Files
    private var fingerprint: FileFingerprint?
    private var holdsLock = false
    /// The version of the file a read-only window could not read, so it is said once.
    private var unreadable: FileFingerprint?
    /// Why no lock could be made beside the file (a read-only folder, a full disk), if none could.
    private var cannotLock: FileLock.Problem?
    /// Where a copy goes when it cannot go beside the file (its folder cannot be written).
    private let elsewhere: String?

    public init(path: String, files: Files, elsewhere: String? = nil) {
        self.path = path
        self.files = files
        self.elsewhere = elsewhere
        fingerprint = files.fingerprint(path)
    }

    /// Takes the lock; the reason to open read-only when another Rollkarta holds the file, or
    /// when no lock can be written beside it (a read-only folder, a full disk): said at opening,
    /// not first at the first save.
    public mutating func lock() -> ReadOnlyReason? {
        switch files.lock(path, takeOver: false) {
        case .acquired:
            holdsLock = true
            cannotLock = nil
            return nil
        case .heldElsewhere(let holder, let isStale):
            return ReadOnlyReason(holder, isStale: isStale, thisHost: files.hostName)
        case .damaged(let problem):
            return ReadOnlyReason(pid: 0, host: "?", since: "?", isStale: true, problem: problem)
        case .unavailable(let problem):
            cannotLock = problem
            return .cannotWrite(problem)
        }
    }

    public static func wrote(_ version: Int, in messages: [Event]) -> Bool {
        messages == [.saved(.written, version: version)]
    }

    public mutating func perform(_ job: WorkshopJob) -> [Event] {
        let language = job.language
        switch job.effect {
        case .save:
            return [.saved(save(job, checkingDisk: true), version: job.version)]
        case .overwrite:
            return [.saved(save(job, checkingDisk: false), version: job.version)]
        case .reloadFromDisk:
            do throws(FileFailure) {
                let fromDisk = try files.load(path, language: language)
                fingerprint = files.fingerprint(path)
                return [.reloaded(.success(fromDisk))]
            } catch {
                return [.reloaded(.failure(DisplayText.sanitized(error.message)))]
            }
        case .saveCopy:
            // Beside the file; where its folder cannot be written, elsewhere.
            var copy = Self.copyPath(for: path)
            do throws(FileFailure) {
                try files.create(job.workshop, at: copy, language: language)
            } catch {
                guard let elsewhere else { return [.copySaved(.failure(error.message))] }
                copy = Self.copyPath(for: elsewhere + "/" + (path as NSString).lastPathComponent)
                do throws(FileFailure) {
                    try files.create(job.workshop, at: copy, language: language)
                } catch let second {
                    return [.copySaved(.failure(error.message + " · " + second.message))]
                }
            }
            release()
            cannotLock = nil
            path = copy
            fingerprint = files.fingerprint(copy)
            holdsLock = files.lock(copy, takeOver: false) == .acquired
            return [.copySaved(.success(copy))]
        case .takeOverLock:
            guard files.lock(path, takeOver: true) == .acquired else {
                return [.lockTaken(.failure(FileText.of(language).cannotTakeOver))]
            }
            holdsLock = true
            fingerprint = files.fingerprint(path)
            // The previous holder may have saved before it died: go on from the file as it is.
            let fromDisk = (try? files.load(path, language: language)) ?? job.workshop
            return [.lockTaken(.success(fromDisk))]
        case .exportReports:
            do throws(FileFailure) {
                let written = try files.writeReports(job.workshop, beside: path, language: language)
                let folder = (path as NSString).deletingLastPathComponent
                return [.exported(.success(ExportedReports(folder: folder.isEmpty ? "." : folder, files: written)))]
            } catch {
                return [.exported(.failure(error.message))]
            }
        case .followFile:
            return follow(job)
        case .quit:
            return []
        }
    }

    /// A read-only window: reads the file again when it changed on disk, and takes the lock
    /// once the Rollkarta that held it has let go (closed the file); says only what is new.
    private mutating func follow(_ job: WorkshopJob) -> [Event] {
        var news = FileNews()
        if !holdsLock {
            switch files.lock(path, takeOver: false) {
            case .acquired:
                holdsLock = true
                news.lockTaken = true
            case .heldElsewhere(let holder, let isStale):
                let reason = ReadOnlyReason(holder, isStale: isStale, thisHost: files.hostName)
                if reason != job.readOnly { news.holder = reason }
            case .damaged(let problem):
                let reason = ReadOnlyReason(pid: 0, host: "?", since: "?", isStale: true, problem: problem)
                if reason != job.readOnly { news.holder = reason }
            case .unavailable(let problem):
                cannotLock = problem
                let reason = ReadOnlyReason.cannotWrite(problem)
                if reason != job.readOnly { news.holder = reason }
            }
        }
        let now = files.fingerprint(path)
        if now != fingerprint, now != unreadable {
            do throws(FileFailure) {
                news.workshop = try files.load(path, language: job.language)
                fingerprint = now  // as it was before the read: a change meanwhile is read next time
                unreadable = nil
            } catch {
                unreadable = now
                news.unreadable = DisplayText.sanitized(error.message)
            }
        }
        return news == FileNews() ? [] : [.followed(news)]
    }

    /// Lets go of the lock when the program ends.
    public mutating func release() {
        if holdsLock { files.unlock(path) }
        holdsLock = false
    }

    /// Saves atomically unless the file changed on disk since it was read, or another
    /// Rollkarta has taken the lock over.
    private mutating func save(_ job: WorkshopJob, checkingDisk: Bool) -> SaveOutcome {
        // No lock could be made at opening (a full disk, a read-only folder): try again, the
        // disk may have been freed; the save itself is tried either way and says what is wrong.
        if !holdsLock, cannotLock != nil {
            switch files.lock(path, takeOver: false) {
            case .acquired:
                holdsLock = true
                cannotLock = nil
            case .heldElsewhere(let holder, _):
                return .lockLost(ReadOnlyReason(holder, isStale: false, thisHost: files.hostName))  // another Rollkarta opened it meanwhile: it writes, not we
            case .damaged, .unavailable:
                break
            }
        }
        if holdsLock, let holder = files.otherLockHolder(path) {
            holdsLock = false
            return .lockLost(ReadOnlyReason(holder, isStale: false, thisHost: files.hostName))
        }
        if checkingDisk, let expected = fingerprint, files.fingerprint(path) != expected {
            return .changedOutside
        }
        do throws(FileFailure) {
            try files.save(job.workshop, to: path, language: job.language)
        } catch {
            return .failed(error.message)
        }
        fingerprint = files.fingerprint(path)
        return .written
    }

    /// "ws.rollkarta.json" -> "ws.kopia-20261122-211500.rollkarta.json"
    static func copyPath(for path: String, now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stamp = formatter.string(from: now)
        for suffix in [".rollkarta.json", ".json"] where path.hasSuffix(suffix) {
            return String(path.dropLast(suffix.count)) + ".kopia-\(stamp)" + suffix
        }
        return path + ".kopia-\(stamp)"
    }
}
