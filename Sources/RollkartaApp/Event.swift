import RollkartaModel

/// A key as the app core sees it, whatever terminal it came from.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    /// Ctrl plus a letter, given in lower case.
    case control(Character)
    /// Ctrl plus an arrow or Home/End: a word left or right, the start or end of the whole text
    /// (in a list or a text, Ctrl-Home and Ctrl-End are Home and End).
    case controlLeft, controlRight, controlHome, controlEnd

    /// The key a list or a screen takes this one for when it has no binding of its own.
    var plain: Key? {
        switch self {
        case .controlHome: return .home
        case .controlEnd: return .end
        default: return nil
        }
    }
}

/// What the terminal tells any program: a key, a new size, the window going away, a quiet
/// moment. Each program's own message type has these cases (an enum case satisfies each
/// requirement) beside the messages of its own work, and carries nothing for another program.
public protocol TerminalMessage: Equatable, Sendable {
    static func key(_ key: Key) -> Self
    static func resize(width: Int, height: Int) -> Self
    static func closing(_ reason: ClosingReason) -> Self
    static var tick: Self { get }
}

/// Everything that can happen to the facilitator's app: what the person does, what the
/// terminal does, and what became of the work the runtime did for it (each effect reports
/// back as an event). The participant's walk has its own (`WalkMessage`).
public enum Event: TerminalMessage {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The window is going away (hangup) or the process was asked to stop: keep what is being
    /// typed, save, then quit.
    case closing(ClosingReason)
    /// What became of `.save` or `.overwrite`, and which version of the workshop it wrote
    /// (`AppState.changeCount` when the save was asked for): saves run in the background, and
    /// only the newest one written makes the workshop saved.
    case saved(SaveOutcome, version: Int)
    /// What became of `.reloadFromDisk`: the workshop as the file holds it now.
    case reloaded(EffectResult<Workshop>)
    /// What became of `.saveCopy`: the path of the copy, which is now the file being edited.
    case copySaved(EffectResult<String>)
    /// What became of `.takeOverLock`: the workshop as the previous holder left it.
    case lockTaken(EffectResult<Workshop>)
    /// What became of `.exportReports`: the folder and the files written.
    case exported(EffectResult<ExportedReports>)
    /// Nothing happened for a while (no key within the terminal's wait): a read-only window
    /// looks at its file then.
    case tick
    /// What became of `.followFile`: what is new about the file and its lock.
    case followed(FileNews)
}

/// What a read-only window learns when it looks at its file again.
public struct FileNews: Equatable, Sendable {
    /// The file as it is now, when it changed on disk since it was last read.
    public var workshop: Workshop?
    /// Why the changed file could not be read (what was shown stays).
    public var unreadable: String?
    /// The lock was free (the other Rollkarta has closed the file) and is ours now.
    public var lockTaken = false
    /// Who holds the lock now, when that is news (a holder whose process is gone is stale).
    public var holder: ReadOnlyReason?

    public init(workshop: Workshop? = nil, unreadable: String? = nil, lockTaken: Bool = false, holder: ReadOnlyReason? = nil) {
        self.workshop = workshop
        self.unreadable = unreadable
        self.lockTaken = lockTaken
        self.holder = holder
    }
}

public enum ClosingReason: Equatable, Sendable {
    case hangup
    case terminate
}

/// What a save found: written, or why not. The edits stay in memory whenever it was not.
public enum SaveOutcome: Equatable, Sendable {
    case written
    /// Someone changed the file since it was read: the facilitator chooses what to do.
    case changedOutside
    /// Another Rollkarta took the lock over (it thought ours stale): we may no longer write.
    case lockLost(ReadOnlyReason)
    /// The system refused (full disk, no permission): its message, in the user's language.
    case failed(String)
}

/// The result of an effect, with the failure as a message for the status bar.
public enum EffectResult<Value: Equatable & Sendable>: Equatable, Sendable {
    case success(Value)
    case failure(String)
}

public struct ExportedReports: Equatable, Sendable {
    public var folder: String
    public var files: [String]

    public init(folder: String, files: [String]) {
        self.folder = folder
        self.files = files
    }
}

/// Work the runtime does for the app after an update; the update itself never does I/O.
/// Each comes back as an event saying what became of it.
public enum Effect: Equatable, Sendable {
    case quit
    /// Save the workshop (after every completed change).
    case save
    /// Write the reports (Markdown, HTML, CSV, Graphviz) beside the workshop file.
    case exportReports
    /// Take over a stale lock and leave read-only mode.
    case takeOverLock
    /// The file changed on disk: read it in (your version stays one undo away), save yours
    /// as a copy beside it, or overwrite it with yours.
    case reloadFromDisk
    case saveCopy
    case overwrite
    /// Read-only: read the file again if it changed on disk, and take the lock if it is free.
    case followFile
}
