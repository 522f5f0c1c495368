import Foundation
@testable import RollkartaApp
import RollkartaModel

/// Workshop files in memory, for running the app's effects in tests by key sequences; what
/// a real disk does to a facilitator can be injected: a full disk, someone else changing the
/// file, another Rollkarta taking the lock over.
final class InMemoryFiles: WorkshopFiles, @unchecked Sendable {
    var workshops: [String: Workshop] = [:]
    /// Bumped on every write, so a fingerprint changes as a file's would.
    private var versions: [String: Int] = [:]
    var lockHolders: [String: FileLock.Holder] = [:]
    /// The other holders' processes are gone (their locks are stale).
    var holdersGone = false
    /// The next saves fail with this message (a full disk) while it is set.
    var failingSaves: String?
    var reportsWritten: [String] = []
    /// While set, every save waits for it (a disk that takes its time); the titles saved, in order.
    var gate: DispatchSemaphore?
    var savedTitles: [String] = []
    /// Folders that cannot be written (a read-only mount), and why: no lock, save or copy there.
    var unwritableFolders: [String: String] = [:]
    static let me = FileLock.Holder(pid: 1, host: "här", since: "08:00")

    init(_ workshop: Workshop, at path: String) {
        workshops[path] = workshop
        versions[path] = 1
    }

    /// Someone edits the file outside Rollkarta.
    func changeOutside(_ path: String, _ change: (inout Workshop) -> Void) {
        var workshop = workshops[path]!
        change(&workshop)
        workshops[path] = workshop
        versions[path, default: 0] += 1
    }

    func load(_ path: String, language: Language) throws(FileFailure) -> Workshop {
        guard let workshop = workshops[path] else { throw FileFailure("\(path): finns inte") }
        return workshop
    }

    func save(_ workshop: Workshop, to path: String, language: Language) throws(FileFailure) {
        if let gate, gate.wait(timeout: .now() + 10) == .timedOut { throw FileFailure("the test never opened the gate") }
        gate?.signal()  // once open, it stays open
        if let failingSaves { throw FileFailure(failingSaves) }
        if let why = unwritableFolders[Self.folder(of: path)] { throw FileFailure("\(path): \(why)") }
        savedTitles.append(workshop.title)
        workshops[path] = workshop
        versions[path, default: 0] += 1
    }

    func create(_ workshop: Workshop, at path: String, language: Language) throws(FileFailure) {
        guard workshops[path] == nil else { throw FileFailure("\(path) finns redan") }
        try save(workshop, to: path, language: language)
    }

    func fingerprint(_ path: String) -> FileFingerprint? {
        versions[path].map { FileFingerprint(size: 0, modified: $0, modifiedNanoseconds: 0, hash: UInt64($0)) }
    }

    static func folder(of path: String) -> String { (path as NSString).deletingLastPathComponent }

    func lock(_ path: String, takeOver: Bool) -> FileLock.Outcome {
        if let why = unwritableFolders[Self.folder(of: path)] { return .unavailable(.folderNotWritable(reason: why)) }
        if let holder = lockHolders[path], holder != Self.me, !takeOver { return .heldElsewhere(holder, isStale: holdersGone) }
        lockHolders[path] = Self.me
        return .acquired
    }

    var hostName: String { Self.me.host }

    func otherLockHolder(_ path: String) -> FileLock.Holder? {
        lockHolders[path].flatMap { $0 == Self.me ? nil : $0 }
    }

    func unlock(_ path: String) {
        if lockHolders[path] == Self.me { lockHolders[path] = nil }
    }

    func writeReports(_ workshop: Workshop, beside path: String, language: Language) throws(FileFailure) -> [String] {
        reportsWritten = ["ws.md", "ws.html"]
        return reportsWritten
    }
}
