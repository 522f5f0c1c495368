import RollkartaModel

/// The participant's walk's one piece of file work: its answers as they were when the save
/// was asked for, and where they go.
public struct AnswerSave: FileJob {
    public var file: ParticipantFile
    public var path: String
    /// `VerifyState.changeCount` when it was asked for.
    public var version: Int
    public var language: Language

    public init(file: ParticipantFile, path: String, version: Int, language: Language) {
        self.file = file
        self.path = path
        self.version = version
        self.language = language
    }

    public var savedVersion: Int? { version }
    public var isOnlyWhenQuiet: Bool { false }
}

/// Writes the participant's answer file for the walk, off the input loop (through
/// `BackgroundFileWork`, as the app's saves), and says what became of each save.
public struct AnswerRuntime: FileWorker {
    /// Writes the file atomically; in tests, a disk that fills up.
    private let write: (ParticipantFile, String) throws(AtomicFile.WriteError) -> Void

    public init(write: @escaping (ParticipantFile, String) throws(AtomicFile.WriteError) -> Void = { file, path throws(AtomicFile.WriteError) in
        try ParticipantStore.save(file, to: path)
    }) {
        self.write = write
    }

    public mutating func perform(_ job: AnswerSave) -> [WalkMessage] {
        do throws(AtomicFile.WriteError) {
            try write(job.file, job.path)
            return [.saved(.written, version: job.version)]
        } catch {
            return [.saved(.failed(error.message(job.language)), version: job.version)]
        }
    }

    public static func wrote(_ version: Int, in messages: [WalkMessage]) -> Bool {
        messages == [.saved(.written, version: version)]
    }
}
