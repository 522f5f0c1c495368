import RollkartaModel

/// The file work the runtime does for the facilitator's app: the real one on disk (in the
/// command-line target, beside the reports), an in-memory one in the tests, where full
/// disks, outside changes and lost locks can be injected.
public protocol WorkshopFiles {
    func load(_ path: String, language: Language) throws(FileFailure) -> Workshop
    /// Replaces the file atomically; the previous version stays intact on failure.
    func save(_ workshop: Workshop, to path: String, language: Language) throws(FileFailure)
    /// Writes a new file; never replaces one that exists.
    func create(_ workshop: Workshop, at path: String, language: Language) throws(FileFailure)
    /// What the file looks like now, to tell whether someone else changed it.
    func fingerprint(_ path: String) -> FileFingerprint?
    func lock(_ path: String, takeOver: Bool) -> FileLock.Outcome
    /// Who holds the lock now when it is no longer this process; nil while it is ours.
    func otherLockHolder(_ path: String) -> FileLock.Holder?
    func unlock(_ path: String)
    /// Writes every report beside the workshop; the names of the files written.
    func writeReports(_ workshop: Workshop, beside path: String, language: Language) throws(FileFailure) -> [String]
    /// This machine's name, as its locks record it: a lock of another host cannot be checked here.
    var hostName: String { get }
}

extension WorkshopFiles {
    public var hostName: String { FileLock.hostName() }
}

/// Why file work failed, in the user's language, ready for the status bar.
public struct FileFailure: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
