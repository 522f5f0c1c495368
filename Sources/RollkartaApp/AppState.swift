import Foundation
import RollkartaModel

/// The one state value of the interactive front end. Only `update` changes it.
public struct AppState: Sendable {
    /// The screens, by their stable id (`ScreenID` lists them, in the order of their tabs).
    public typealias View = ScreenID

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
    /// The map shows every step of the journey at once (`w`), in narrow columns.
    public var wholeJourney = false

    /// The view a workshop opens on: workshop 1's own (7, Förväntanskartläggning) for a file of
    /// that kind, the map for the others.
    public static func openingView(for workshop: Workshop) -> View {
        workshop.kind == .expectationMapping ? .expectations : .map
    }
    public var overlay: Overlay?
    /// How far the open overlay (help, cell detail) is scrolled.
    public var overlayText = TextViewState()
    public var journey: JourneyID
    /// The map's selected cell and scroll position per journey (the role walk shows the selected role).
    public var positions: [JourneyID: MapPosition] = [:]
    public var search = SearchState()
    /// A one-off message for the status bar, cleared by the next key.
    public var message: String?
    public var isDirty = false
    /// The last save did not reach the file (failed, changed outside, lock lost). Quitting asks
    /// twice only then: edits whose save is merely still running are saved before the app ends,
    /// and saying "not saved (see the error above)" without an error was wrong.
    public var saveFailed = false
    /// Counts the changes made, so a save that finishes can tell whether it wrote the newest.
    public internal(set) var changeCount = 0
    /// `changeCount` when the file (or a copy) last held every change: what is past it is unsaved.
    public internal(set) var savedChangeCount = 0
    /// The changes that live only in memory now.
    public var unsavedChanges: Int { isDirty ? max(1, changeCount - savedChangeCount) : 0 }
    /// The facilitator quit anyway (a second `q`): the edits that were not saved then are lost,
    /// said on the way out, and the program ends with a failure status.
    public internal(set) var isQuittingAnyway = false
    public internal(set) var changesLost = 0
    /// The form being filled in, over everything else.
    public var form: FormState?
    /// Set when another Rollkarta holds the file: nothing is changed or saved. Also when no lock
    /// can be written (a read-only folder): then edits are kept in memory and saved as a copy.
    public var readOnly: ReadOnlyReason?
    /// Set when the file changed on disk since it was read: saving waits for the facilitator's choice.
    public var diskConflict = false
    /// `q` with unsaved edits asks first; a second `q` quits anyway.
    public var quitGuard = QuitGuard()
    /// T asked whether to take over another machine's lock: the next key answers (j takes over).
    public var askingTakeOver = false
    /// The window is closing or the process was asked to stop: what cannot be saved to the
    /// file goes beside it.
    public var isClosing = false
    /// What the shell should be told once the terminal is restored (a copy saved, a warning
    /// that was answered on the way out, a save that failed).
    public var closingNotes: [String] = []
    /// Each screen's own state (selection, scroll, filters), one property per screen, named as
    /// the screen is in `ScreenID`.
    public var screens = ScreenStates()
    /// The edits that undo the changes made (for `u`), and that redo the undone ones (Ctrl-R).
    public var undoStack: [WorkshopEdit] = []
    public var redoStack: [WorkshopEdit] = []
    /// Today's date as files hold it, for the revisions the room records. A clock the tests can
    /// set, as the verification walk's `now`: update reads no clock of its own.
    public var today: @Sendable () -> String = { CalendarDay.string() }
    /// The time now, for the agenda's timer; a clock the tests can set.
    public var now: @Sendable () -> Date = { Date() }
    public var timer = AgendaTimer()

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

    /// Which key bindings apply now: the form's, the overlay's, or the screen's.
    public var keyContext: KeyContext {
        if form != nil { return .form }
        if let overlay { return overlay.overlay.context }
        return view.screen.context
    }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    public var currentJourney: WorkshopJourney? { workshop.journey(journey) }
}

/// The state each screen keeps while the app runs: where its list is scrolled, what it selects,
/// how it is filtered. Lives with the screens (`state.screens.gaps`), never beside the document.
public struct ScreenStates: Sendable {
    public var gaps = GapsState()
    /// The handover list's selection and scroll (the handovers themselves are `workshop.handovers`).
    public var handovers = ListState()
    public var verification = VerificationState()
    public var summary = TextViewState()
    public var roleWalk = RoleWalkState()
    public var conflicts = ListState()
    public var expectations = ExpectationsState()
    public var followUp = FollowUpState()
    public var start = TextViewState()

    public init() {}
}

/// Why a workshop is open read-only: another Rollkarta holds it (or held it), its lock names
/// nobody, or no lock can be written at all (a read-only folder, a full disk).
public struct ReadOnlyReason: Equatable, Sendable {
    public var pid: Int32
    public var host: String
    public var since: String
    /// The holder's process is gone: the lock may be taken over.
    public var isStale: Bool
    /// The lock file names nobody (empty, unreadable): said instead of a holder.
    public var problem: FileLock.Problem?

    /// The lock was written on another machine (a shared folder, a laptop that crashed): whether
    /// anyone works there cannot be seen from here, so it is taken over only after a question.
    public var otherHost = false

    public init(pid: Int32, host: String, since: String, isStale: Bool, problem: FileLock.Problem? = nil, otherHost: Bool = false) {
        self.problem = problem
        self.pid = pid
        self.host = host
        self.since = since
        self.isStale = isStale
        self.otherHost = otherHost
    }

    /// Another Rollkarta's lock, as seen from `thisHost`.
    public init(_ holder: FileLock.Holder, isStale: Bool, thisHost: String) {
        self.init(pid: holder.pid, host: holder.host, since: holder.since, isStale: isStale,
                  otherHost: !isStale && holder.host != thisHost)
    }

    /// The lock may be taken over: at once when stale or naming nobody, after a question when
    /// it is another machine's.
    public var canBeTakenOver: Bool { isStale || otherHost }

    /// When the lock was written, as people read it (local time, to the minute).
    public var sinceShown: String {
        guard let date = ISO8601DateFormatter().date(from: since) else { return since }
        return Self.shown.string(from: date)
    }

    /// Made once: the banner asks for it on every frame drawn.
    nonisolated(unsafe) private static let shown: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter
    }()

    /// No lock can be made or written beside the file (a read-only folder, a full disk): nobody
    /// else holds it, so there is nothing to take over.
    public static func cannotWrite(_ problem: FileLock.Problem) -> ReadOnlyReason {
        ReadOnlyReason(pid: 0, host: "", since: "", isStale: false, problem: problem)
    }

    /// The folder (or the lock in it) cannot be written. Nobody else edits the file, so edits
    /// are made here and kept in memory; each is still tried on the file (a disk freed takes
    /// them), and `W` saves them as a copy elsewhere.
    public var isUnwritableFolder: Bool {
        switch problem {
        case .folderNotWritable, .lockNotWritable: return true
        case .empty, .unreadable, nil: return false
        }
    }

    /// Another Rollkarta holds, or may hold, the file: nothing may change here.
    public var refusesEdits: Bool { !isUnwritableFolder }
}
