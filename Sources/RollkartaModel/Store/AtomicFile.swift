import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and replacing files without ever leaving a half-written one behind.
///
/// Foundation's `.atomic` write is not enough here (seen with strace and kill -9 loops):
/// it does not fsync the folder, drops the file's mode on Linux and replaces a symlink
/// instead of its target. So: temporary file in the same folder, fsync, keep the previous
/// version as FILE.bak, rename over the target, fsync the folder.
public enum AtomicFile {
    /// Files larger than this are refused on reading rather than exhausting memory.
    public static let maxReadSize = 256 * 1024 * 1024

    /// The steps of a save, in order, from the temporary file's creation to the folder's fsync:
    /// a test is told of each, to kill the process inside the window where a save is under way.
    public enum SaveStep: String, CaseIterable, Sendable {
        case temporaryCreated, temporaryWritten, backupMade, renamed
    }

    /// Points where a test can make a save fail, to show the old file survives, or learn how
    /// far a save has got.
    public struct FaultInjection: Sendable {
        public var afterTemporaryWritten: (@Sendable () throws -> Void)?
        public var write: (@Sendable (_ attempted: Int) -> Int?)?
        public var reached: (@Sendable (SaveStep) -> Void)?

        public init(afterTemporaryWritten: (@Sendable () throws -> Void)? = nil,
                    write: (@Sendable (_ attempted: Int) -> Int?)? = nil,
                    reached: (@Sendable (SaveStep) -> Void)? = nil) {
            self.reached = reached
            self.afterTemporaryWritten = afterTemporaryWritten
            self.write = write
        }

        public static let none = FaultInjection()
    }

    public struct WriteError: Error, Equatable, Sendable {
        public var path: String
        public var step: String
        public var errno: Int32
        /// The target was there before: it is left as it was. When it was not, nothing was written
        /// and there is no "previous version" to speak of.
        public var targetExisted: Bool

        public init(path: String, step: String, errno: Int32, targetExisted: Bool = true) {
            self.path = path
            self.step = step
            self.errno = errno
            self.targetExisted = targetExisted
        }

        public func message(_ language: Language) -> String {
            let reason = String(cString: strerror(errno))
            // The reason first: in a one-line status bar a long path must not push it out of sight.
            switch (language, targetExisted) {
            case (.sv, true): return "kunde inte spara: \(reason) (\(step)); den tidigare versionen är orörd: \(path)"
            case (.en, true): return "could not save: \(reason) (\(step)); the previous version is untouched: \(path)"
            case (.sv, false): return "kunde inte spara: \(reason) (\(step)); inget skrevs: \(path)"
            case (.en, false): return "could not save: \(reason) (\(step)); nothing was written: \(path)"
            }
        }
    }

    /// Reads a whole regular file. Refuses folders, FIFOs and devices without blocking on them.
    public static func read(_ path: String) throws(LoadError) -> Data {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw LoadError(file: path, problems: [Problem(file: path, kind: .cannotOpen(reason: errnoText()))])
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw LoadError(file: path, problems: [Problem(file: path, kind: .cannotOpen(reason: errnoText()))])
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw LoadError(file: path, problems: [Problem(file: path, kind: .notARegularFile)])
        }
        let size = Int(info.st_size)
        guard size <= maxReadSize else {
            throw LoadError(file: path, problems: [Problem(file: path, kind: .tooLarge(bytes: size, limit: maxReadSize))])
        }
        var data = Data(count: size)
        var filled = 0
        let failed = data.withUnsafeMutableBytes { buffer -> Bool in
            while filled < size {
                let count = Platform.read(descriptor, buffer.baseAddress! + filled, size - filled)
                if count < 0 { if errno == EINTR { continue }; return true }
                if count == 0 { break }  // the file shrank while we read it
                filled += count
            }
            return false
        }
        if failed {
            throw LoadError(file: path, problems: [Problem(file: path, kind: .cannotOpen(reason: errnoText()))])
        }
        return data.prefix(filled)
    }

    /// Replaces the file at `path` with `data`, keeping the old content as `path.bak`.
    /// If anything fails, the file at `path` is exactly what it was before.
    public static func write(_ data: Data, to path: String, keepBackup: Bool = true,
                             faults: FaultInjection = .none) throws(WriteError) {
        let target = resolvedTarget(path)
        let folder = (target as NSString).deletingLastPathComponent.isEmpty
            ? "." : (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var existing = stat()
        let exists = stat(target, &existing) == 0
        let mode = exists ? mode_t(existing.st_mode & 0o7777) : 0o644

        let temporary = "\(folder)/.\(name).\(getpid()).tmp"
        unlink(temporary)  // a leftover from a process with our pid that died mid-save
        try writeAndSync(data, to: temporary, mode: mode, displayPath: path, targetExists: exists, faults: faults)
        faults.reached?(.temporaryWritten)
        do {
            if let inject = faults.afterTemporaryWritten { try inject() }
        } catch {
            unlink(temporary)
            throw WriteError(path: path, step: "injected", errno: EIO, targetExisted: exists)
        }
        if exists && keepBackup { makeBackup(of: target, folder: folder, name: name) }
        faults.reached?(.backupMade)
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteError(path: path, step: "rename", errno: code, targetExisted: exists)
        }
        faults.reached?(.renamed)
        syncFolder(folder)
    }

    /// Removes the temporary files a killed save of `path` left behind (".NAME.PID.tmp",
    /// ".NAME.PID.new.tmp", ".NAME.bak.PID.tmp"), only those whose process is gone.
    /// Called while holding the file's lock, so no other Rollkarta is saving it.
    @discardableResult
    public static func removeLeftovers(of path: String) -> [String] {
        let target = resolvedTarget(path)
        let folderPart = (target as NSString).deletingLastPathComponent
        let folder = folderPart.isEmpty ? "." : folderPart
        let name = (target as NSString).lastPathComponent
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for entry in entries where entry.hasPrefix(".\(name).") && entry.hasSuffix(".tmp") {
            var middle = entry.dropFirst(name.count + 2).dropLast(4)
            if middle.hasPrefix("bak.") { middle = middle.dropFirst(4) }
            if middle.hasSuffix(".new") { middle = middle.dropLast(4) }
            guard let pid = Int32(middle), pid > 0, pid != getpid() else { continue }
            guard kill(pid, 0) != 0, errno == ESRCH else { continue }
            if unlink("\(folder)/\(entry)") == 0 { removed.append(entry) }
        }
        return removed
    }

    /// Creates a file that must not exist yet, atomically and exclusively: the content is
    /// written and synced under a temporary name, then hard-linked into place, which fails
    /// (EEXIST) rather than replace a file someone created meanwhile.
    public static func createNew(_ data: Data, at path: String) throws(WriteError) {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let temporary = "\(folder)/.\((path as NSString).lastPathComponent).\(getpid()).new.tmp"
        unlink(temporary)
        try writeAndSync(data, to: temporary, mode: 0o644, displayPath: path, targetExists: false, faults: .none)
        defer { unlink(temporary) }
        if link(temporary, path) != 0 {
            let code = errno
            guard code != EEXIST else { throw WriteError(path: path, step: "create", errno: EEXIST) }
            // No hard links on this file system: an exclusive create still never replaces a file.
            try writeAndSync(data, to: path, mode: 0o644, displayPath: path, targetExists: false, faults: .none)
        }
        syncFolder(folder)
    }

    private static func writeAndSync(_ data: Data, to temporary: String, mode: mode_t, displayPath: String,
                                     targetExists: Bool, faults: FaultInjection) throws(WriteError) {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw WriteError(path: displayPath, step: "create", errno: errno, targetExisted: targetExists)
        }
        faults.reached?(.temporaryCreated)
        var failure: WriteError?
        fchmod(descriptor, mode)  // the umask may have narrowed it
        data.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let wanted = buffer.count - written
                let count = faults.write?(wanted) ?? Platform.write(descriptor, buffer.baseAddress! + written, wanted)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = WriteError(path: displayPath, step: "write", errno: errno, targetExisted: targetExists)
                    return
                }
                written += count
            }
        }
        if failure == nil, fsync(descriptor) != 0 {
            failure = WriteError(path: displayPath, step: "fsync", errno: errno, targetExisted: targetExists)
        }
        if close(descriptor) != 0, failure == nil {
            failure = WriteError(path: displayPath, step: "close", errno: errno, targetExisted: targetExists)
        }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// A hard link keeps the old content under FILE.bak at no cost; where links are not
    /// possible, a copy. A failed backup never stops the save itself.
    private static func makeBackup(of target: String, folder: String, name: String) {
        let backup = target + ".bak"
        let temporary = "\(folder)/.\(name).bak.\(getpid()).tmp"
        unlink(temporary)
        if link(target, temporary) == 0 {
            if rename(temporary, backup) != 0 { unlink(temporary) }
            return
        }
        if let data = try? read(target) {
            try? write(data, to: backup, keepBackup: false)
        }
    }

    /// Saving through a symlink writes its target and leaves the link in place.
    private static func resolvedTarget(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}
