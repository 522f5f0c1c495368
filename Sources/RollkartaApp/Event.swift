/// A key as the app core sees it, whatever terminal it came from.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    /// Ctrl plus a letter, given in lower case.
    case control(Character)
}

/// Everything that can happen to the app.
public enum Event: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
}

/// Work the runtime does for the app after an update; the update itself never does I/O.
public enum Effect: Equatable, Sendable {
    case quit
    /// Save the workshop (after every completed change); the runtime clears isDirty on success.
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
}
