import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// "One writer": a lock file beside the workshop (FILE.lock), created with O_EXCL and holding
/// pid, host and time, so a second Rollkarta can say who has the file open and since when.
/// A lock of this host is stale, and may be taken over, when its process is gone, when the
/// process that has its pid now is not Rollkarta or started later than the lock's (the pid
/// reused), or when it was written before this machine last started. A lock written on another
/// host cannot be checked from here: it is taken over only when the person says so.
public enum FileLock {
    public struct Holder: Codable, Equatable, Sendable {
        public var pid: Int32
        public var host: String
        public var since: String
        /// The boot the lock was written in (Linux's boot id); absent in locks written before.
        public var boot: String?
        /// When its process started, in clock ticks since boot; absent in locks written before.
        public var started: UInt64?

        public init(pid: Int32, host: String, since: String, boot: String? = nil, started: UInt64? = nil) {
            self.pid = pid
            self.host = host
            self.since = since
            self.boot = boot
            self.started = started
        }

        public var isThisProcess: Bool { pid == getpid() && host == FileLock.hostName() }

        /// Written on this machine: whether its process runs can be looked at.
        public var isOnThisHost: Bool { host == FileLock.hostName() }
    }

    /// What is wrong with a lock file, or with making one.
    public enum Problem: Equatable, Sendable {
        /// The lock file holds nothing (its write failed, on a full disk say): nobody can be named.
        case empty
        /// The lock file holds something that is not a lock.
        case unreadable
        /// No file can be made in the folder (read-only file system, no permission).
        case folderNotWritable(reason: String)
        /// The lock file could be made but not written (a full disk); it was removed again.
        case lockNotWritable(reason: String)
    }

    public enum Outcome: Equatable, Sendable {
        case acquired
        case heldElsewhere(Holder, isStale: Bool)
        /// A lock file names nobody (empty or not a lock): it is treated as stale and may be taken over.
        case damaged(Problem)
        /// No lock could be made (a read-only folder, a full disk); the file opens read-only.
        case unavailable(Problem)
    }

    public static func path(for file: String) -> String { file + ".lock" }

    /// The lock file this process made, by device and inode: on quitting it is removed even when
    /// its content cannot be read back.
    nonisolated(unsafe) private static var made: [String: (device: UInt64, inode: UInt64)] = [:]
    private static let madeGuard = NSLock()

    public static func acquire(_ file: String, takeOver: Bool = false) -> Outcome {
        let lockPath = path(for: file)
        if takeOver { unlink(lockPath) }
        let descriptor = open(lockPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor >= 0 {
            let holder = Holder(pid: getpid(), host: hostName(), since: timestamp(), boot: Machine.bootID(),
                                started: Machine.startTime(of: getpid()))
            let data = (try? JSONEncoder().encode(holder)) ?? Data()
            var failure: Int32 = 0
            data.withUnsafeBytes { buffer in
                var written = 0
                while written < buffer.count {
                    let count = Platform.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                    if count < 0 { if errno == EINTR { continue }; failure = errno; return }
                    if count == 0 { failure = ENOSPC; return }
                    written += count
                }
            }
            if failure == 0, fsync(descriptor) != 0 { failure = errno }
            var info = stat()
            let known = fstat(descriptor, &info) == 0
            if close(descriptor) != 0, failure == 0 { failure = errno }
            guard failure == 0 else {
                // A lock that names nobody must not stay behind to lock the workshop for good.
                unlink(lockPath)
                return .unavailable(.lockNotWritable(reason: String(cString: strerror(failure))))
            }
            if known {
                madeGuard.lock()
                made[lockPath] = (UInt64(info.st_dev), UInt64(info.st_ino))
                madeGuard.unlock()
            }
            // Holding the lock, nobody else saves this file: temporary files of a killed save go.
            AtomicFile.removeLeftovers(of: file)
            return .acquired
        }
        guard errno == EEXIST else { return .unavailable(.folderNotWritable(reason: String(cString: strerror(errno)))) }
        var data = FileManager.default.contents(atPath: lockPath)
        if data?.isEmpty == true {
            // Another Rollkarta may be between creating its lock and writing it: look again.
            usleep(100_000)
            data = FileManager.default.contents(atPath: lockPath)
        }
        guard let data else { return .damaged(.unreadable) }
        if data.isEmpty { return .damaged(.empty) }
        guard let holder = try? JSONDecoder().decode(Holder.self, from: data) else { return .damaged(.unreadable) }
        return .heldElsewhere(holder, isStale: isStale(holder))
    }

    /// Removes the lock if it is this process's own: it names this process, or it is the very
    /// file this process made (even if what it holds cannot be read back).
    public static func release(_ file: String) {
        let lockPath = path(for: file)
        madeGuard.lock()
        let mine = made.removeValue(forKey: lockPath)
        madeGuard.unlock()
        if let holder = holder(file) {
            if holder.isThisProcess { unlink(lockPath) }
            return
        }
        var info = stat()
        if let mine, stat(lockPath, &info) == 0, UInt64(info.st_dev) == mine.device, UInt64(info.st_ino) == mine.inode {
            unlink(lockPath)
        }
    }

    /// Who holds the lock when it is no longer this process (another Rollkarta took it over,
    /// believing ours stale); nil while it is ours, when there is none, or when it cannot be
    /// read (our own, half written on a full disk, must not stop the saving).
    public static func otherHolder(_ file: String) -> Holder? {
        guard let holder = holder(file), !holder.isThisProcess else { return nil }
        return holder
    }

    private static func holder(_ file: String) -> Holder? {
        guard let data = FileManager.default.contents(atPath: path(for: file)) else { return nil }
        return try? JSONDecoder().decode(Holder.self, from: data)
    }

    static func isStale(_ holder: Holder) -> Bool {
        guard holder.host == hostName(), holder.pid > 0 else { return false }
        if kill(holder.pid, 0) != 0 && errno == ESRCH { return true }
        // The pid is taken. By the Rollkarta that wrote the lock only if this is the same boot,
        // the process started when that one did, and it is Rollkarta at all.
        if let boot = holder.boot, let now = Machine.bootID() {
            if boot != now { return true }
        } else if let since = ISO8601DateFormatter().date(from: holder.since), let booted = Machine.bootTime(), since < booted {
            return true
        }
        if let started = holder.started, let now = Machine.startTime(of: holder.pid), started != now { return true }
        return Machine.isRollkarta(holder.pid) == false
    }

    /// This machine's name, as locks record it.
    public static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count)
        return String(cString: buffer)
    }

    private static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: Date())
    }
}

/// What this machine says about itself and its processes (Linux's /proc); nil where it says nothing.
enum Machine {
    /// This boot's id: another after every start of the machine.
    static func bootID() -> String? {
        let text = try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8)
        let id = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return id.isEmpty ? nil : id
    }

    /// When the machine last started.
    static func bootTime() -> Date? {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("btime ") {
            if let seconds = TimeInterval(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) {
                return Date(timeIntervalSince1970: seconds)
            }
        }
        return nil
    }

    /// When a process started, in clock ticks after boot (field 22 of /proc/PID/stat).
    static func startTime(of pid: Int32) -> UInt64? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        // After the command name in parentheses (which may hold spaces): field 3 on.
        let fields = text[text.index(after: close)...].split(separator: " ")
        return fields.count > 19 ? UInt64(fields[19]) : nil
    }

    /// Whether the process is a Rollkarta: its program's name (argv[0], or the kernel's name for
    /// it) says so, or it runs this very program. nil when the machine does not say.
    static func isRollkarta(_ pid: Int32) -> Bool? {
        let command = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))) ?? Data()
        let first = String(decoding: command.prefix { $0 != 0 }, as: UTF8.self)
        let name = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? ""
        if first.isEmpty && name.isEmpty { return nil }
        if (first as NSString).lastPathComponent.lowercased().contains("rollkarta") || name.lowercased().contains("rollkarta") {
            return true
        }
        let program = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")
        let mine = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        return program != nil && program == mine
    }
}

/// What a file looked like when it was read or written: size, modification time and a hash
/// of its content. If it differs before a save, someone else changed the file.
public struct FileFingerprint: Equatable, Sendable {
    public var size: Int
    public var modified: Int
    public var modifiedNanoseconds: Int
    public var hash: UInt64

    public init(size: Int, modified: Int, modifiedNanoseconds: Int, hash: UInt64) {
        self.size = size
        self.modified = modified
        self.modifiedNanoseconds = modifiedNanoseconds
        self.hash = hash
    }

    public static func of(_ path: String) -> FileFingerprint? {
        var info = stat()
        guard stat(path, &info) == 0, let data = FileManager.default.contents(atPath: path) else { return nil }
        let modified = Platform.modificationTime(info)
        // Hashed through its raw bytes, eight at a time: a byte at a time was most of a save's
        // outside-change check on a large file.
        let hash = data.withUnsafeBytes { ContentHash.quick($0) }
        return FileFingerprint(size: Int(info.st_size), modified: modified.seconds,
                               modifiedNanoseconds: modified.nanoseconds, hash: hash)
    }
}
