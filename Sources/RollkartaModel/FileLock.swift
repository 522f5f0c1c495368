import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// "One writer": a lock file beside the workshop (FILE.lock), created with O_EXCL and holding
/// pid, host and time, so a second Rollkarta can say who has the file open and since when.
/// A lock whose process is gone (same host, no such pid) is stale and may be taken over.
public enum FileLock {
    public struct Holder: Codable, Equatable, Sendable {
        public var pid: Int32
        public var host: String
        public var since: String

        public init(pid: Int32, host: String, since: String) {
            self.pid = pid
            self.host = host
            self.since = since
        }

        var isThisProcess: Bool { pid == getpid() && host == FileLock.hostName() }
    }

    public enum Outcome: Equatable, Sendable {
        case acquired
        case heldElsewhere(Holder, isStale: Bool)
        /// No lock could be made (a read-only folder, say); the file opens without one.
        case unavailable(reason: String)
    }

    public static func path(for file: String) -> String { file + ".lock" }

    public static func acquire(_ file: String, takeOver: Bool = false) -> Outcome {
        let lockPath = path(for: file)
        if takeOver { unlink(lockPath) }
        let descriptor = open(lockPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor >= 0 {
            let holder = Holder(pid: getpid(), host: hostName(), since: timestamp())
            let data = (try? JSONEncoder().encode(holder)) ?? Data()
            _ = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            fsync(descriptor)
            close(descriptor)
            return .acquired
        }
        guard errno == EEXIST else { return .unavailable(reason: String(cString: strerror(errno))) }
        guard let data = FileManager.default.contents(atPath: lockPath),
              let holder = try? JSONDecoder().decode(Holder.self, from: data) else {
            // A lock file we cannot read: someone else's, or half-written by a crash. Say so.
            return .heldElsewhere(Holder(pid: 0, host: "?", since: "?"), isStale: false)
        }
        return .heldElsewhere(holder, isStale: isStale(holder))
    }

    /// Removes the lock if it is this process's own.
    public static func release(_ file: String) {
        guard let holder = holder(file), holder.isThisProcess else { return }
        unlink(path(for: file))
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
        return kill(holder.pid, 0) != 0 && errno == ESRCH
    }

    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count)
        return String(cString: buffer)
    }

    private static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: Date())
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
