import RollkartaModel

/// The one state value of the interactive front end. Only `update` changes it.
public struct AppState: Sendable {
    public enum View: Sendable, Equatable, CaseIterable {
        case map
        case roles
        case gaps
        case handovers
        case verification
        case summary
        /// What a git merge left to decide; reachable while there is any.
        case conflicts
    }

    public enum Overlay: Sendable, Equatable {
        case help
        case detail
    }

    public enum Theme: String, Sendable, CaseIterable {
        case standard
        case projector
    }

    /// The selected cell and the scroll position of one journey's map.
    public struct MapPosition: Sendable, Equatable {
        public var row = 0
        public var column = 0
        public var firstRow = 0
        public var firstColumn = 0
    }

    public var workshop: Workshop {
        didSet { derived = DerivedViews() }
    }
    /// Maps and results derived from `workshop`, kept until it changes.
    private(set) var derived = DerivedViews()
    public var filePath: String
    public var language: Language
    public var theme: Theme
    public var width: Int
    public var height: Int

    public var view: View = .map
    public var overlay: Overlay?
    /// Lines scrolled in the open overlay or the summary.
    public var overlayScroll = 0
    public var summaryScroll = 0
    public var journey: JourneyID
    public var positions: [JourneyID: MapPosition] = [:]
    public var search = SearchState()
    /// A one-off message for the status bar, cleared by the next key.
    public var message: String?
    public var isDirty = false
    /// The form being filled in, over everything else.
    public var form: FormState?
    /// Set when another Rollkarta holds the file: nothing is changed or saved.
    public var readOnly: ReadOnlyReason?
    /// Set when the file changed on disk since it was read: saving waits for the facilitator's choice.
    public var diskConflict = false
    /// `q` was pressed once with unsaved edits; a second `q` quits anyway.
    public var isConfirmingQuit = false
    /// The window is closing or the process was asked to stop: what cannot be saved to the
    /// file goes beside it.
    public var isClosing = false
    /// What the shell should be told once the terminal is restored (a copy saved, a warning
    /// that was answered on the way out, a save that failed).
    public var closingNotes: [String] = []
    public var gapsView = GapsViewState()
    /// The selected row of the Handovers view.
    public var handoverRow = 0
    public var verificationView = VerificationViewState()
    /// The selected row of the Conflicts view.
    public var conflictRow = 0
    /// Earlier versions of the workshop for `u`, and undone ones for Ctrl-R.
    public var undoStack: [Workshop] = []
    public var redoStack: [Workshop] = []

    public init(workshop: Workshop, filePath: String, language: Language = .sv, theme: Theme = .standard,
                width: Int = 80, height: Int = 24) {
        self.workshop = workshop
        self.filePath = filePath
        self.language = language
        self.theme = theme
        self.width = width
        self.height = height
        self.journey = workshop.journeys.first?.id ?? .child
    }

    public var position: MapPosition {
        get { positions[journey] ?? MapPosition() }
        set { positions[journey] = newValue }
    }

    /// The smallest terminal the map is drawn in; below it a message says so.
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    /// Which key bindings apply now.
    public var keyContext: KeyContext {
        if form != nil { return .form }
        if overlay != nil { return .overlay }
        switch view {
        case .map: return .map
        case .roles: return .roles
        case .gaps: return .gaps
        case .handovers: return .handovers
        case .verification: return .verification
        case .summary: return .summary
        case .conflicts: return .conflicts
        }
    }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    public var currentJourney: WorkshopJourney? { workshop.journey(journey) }
}

/// The `/` search: the query being typed or confirmed, and where it matched.
public struct SearchState: Sendable, Equatable {
    public var isEditing = false
    public var query = ""
    public var hits: [SearchHit] = []
    public var current: Int?
}

/// A place on a map where the search text occurs. A hit on a role as a whole has no step.
public struct SearchHit: Sendable, Equatable {
    public var journey: JourneyID
    public var row: Int
    public var column: Int?
}

/// Why a workshop is open read-only.
public struct ReadOnlyReason: Equatable, Sendable {
    public var pid: Int32
    public var host: String
    public var since: String
    /// The holder's process is gone: the lock may be taken over.
    public var isStale: Bool

    public init(pid: Int32, host: String, since: String, isStale: Bool) {
        self.pid = pid
        self.host = host
        self.since = since
        self.isStale = isStale
    }
}
