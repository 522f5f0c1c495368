import Tagged

/// One activity of a gap's action plan, with seed 000's columns ("Åtgärd/aktivitet, Ansvarig,
/// Tidplan, Målsättning, Mått"), its level ("Generella aktiviteter" / "Aktiviteter enhetsnivå"),
/// its status and the history of that status, and the Lippitt-Knoster conditions for change.
public struct Activity: Codable, Equatable, Sendable {
    public typealias ID = Tagged<Activity, String>

    /// The gap's id and a number: `gap-0003-a2`. Stable, so that a spreadsheet sent to the
    /// responsible managers comes back matched row by row.
    public var id: ID
    public var action: String
    public var level: ActivityLevel
    public var responsible: String
    /// As typed ("Hösten 2026", "2026 Q3", "10/5"); `TimelineRange` reads dates from it.
    public var timeline: String
    /// Målsättning.
    public var goal: String
    /// Mått.
    public var measure: String
    public var status: PlanStatus
    public var history: [StatusChange]
    public var conditions: ChangeConditions
    /// The spreadsheet row a manager added it in, without an id: how `import-plan` knows the
    /// row again when the same workbook comes back. Nil for activities made in Rollkarta (and
    /// in files written before it existed).
    public var origin: SheetOrigin?

    public init(id: ID, action: String = "", level: ActivityLevel = .general, responsible: String = "", timeline: String = "",
                goal: String = "", measure: String = "", status: PlanStatus = .notStarted, history: [StatusChange] = [],
                conditions: ChangeConditions = ChangeConditions(), origin: SheetOrigin? = nil) {
        self.id = id
        self.action = action
        self.level = level
        self.responsible = responsible
        self.timeline = timeline
        self.goal = goal
        self.measure = measure
        self.status = status
        self.history = history
        self.conditions = conditions
        self.origin = origin
    }

    /// Everything but the id empty: what a form left blank is no activity.
    public var isBlank: Bool {
        [action, responsible, timeline, goal, measure].allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// The status changed, and when and why kept in the history.
    public mutating func setStatus(_ new: PlanStatus, on date: String, note: String = "") {
        guard new != status else { return }
        history.append(StatusChange(date: date, from: status, to: new, note: note))
        status = new
    }

    /// The text of a field, as the activity's form and the spreadsheet name them.
    public subscript(field: ActivityField) -> String {
        get {
            switch field {
            case .action: return action
            case .responsible: return responsible
            case .timeline: return timeline
            case .goal: return goal
            case .measure: return measure
            case .level: return level.rawValue
            }
        }
        set {
            switch field {
            case .action: action = newValue
            case .responsible: responsible = newValue
            case .timeline: timeline = newValue
            case .goal: goal = newValue
            case .measure: measure = newValue
            case .level: level = ActivityLevel(rawValue: newValue) ?? level
            }
        }
    }

    /// A field changed, and when kept in the history beside the status changes.
    public mutating func setText(_ field: ActivityField, _ new: String, on date: String, note: String = "") {
        let old = self[field]
        guard new != old else { return }
        history.append(StatusChange(date: date, field: field, before: old, after: new, status: status, note: note))
        self[field] = new
    }
}

/// Where a manager typed an activity into the plan's spreadsheet: the file's name, the row
/// and the action as first imported.
public struct SheetOrigin: Codable, Equatable, Sendable {
    public var file: String
    public var row: Int
    public var action: String

    public init(file: String, row: Int, action: String) {
        self.file = file
        self.row = row
        self.action = action
    }
}

/// The fields of an activity whose changes the history keeps, besides its status.
public enum ActivityField: String, StrictEnum {
    case action, responsible, timeline, goal, measure, level
}

public enum ActivityLevel: String, StrictEnum {
    case general
    case unit
}

/// A status change of an activity, for the follow-up meetings months after the workshop; or,
/// with `field`, a change of one of its texts (responsible, timeline, målsättning, mått, …):
/// `before` and `after` are then the texts and `from`/`to` the status it had, unchanged.
/// Files written before field changes were kept have no `field`, `before` or `after`.
public struct StatusChange: Codable, Equatable, Sendable {
    /// ISO date.
    public var date: String
    public var from: PlanStatus
    public var to: PlanStatus
    public var note: String
    public var field: ActivityField?
    public var before: String?
    public var after: String?

    public init(date: String, from: PlanStatus, to: PlanStatus, note: String = "") {
        self.date = date
        self.from = from
        self.to = to
        self.note = note
    }

    public init(date: String, field: ActivityField, before: String, after: String, status: PlanStatus, note: String = "") {
        self.init(date: date, from: status, to: status, note: note)
        self.field = field
        self.before = before
        self.after = after
    }
}

/// "Förutsättning för förändring (Lippitt-Knoster): Vision Kompetens Motivation Resurser Plan =
/// Förändring": which of the five are in place for an activity; all five are needed.
public struct ChangeConditions: Codable, Equatable, Sendable {
    public var inPlace: [GapCause]

    public init(inPlace: [GapCause] = []) {
        self.inPlace = inPlace
    }

    /// The factors not in place, in the model's order.
    public var missing: [GapCause] { GapCause.allCases.filter { !inPlace.contains($0) } }
}

extension GapCause {
    /// What the Lippitt-Knoster model predicts when this factor is missing.
    public func predicted(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .vision: return sv ? "förvirring" : "confusion"
        case .competence: return sv ? "oro" : "anxiety"
        case .motivation: return sv ? "motstånd" : "resistance"
        case .resources: return sv ? "frustration" : "frustration"
        case .plan: return sv ? "falska starter" : "false starts"
        }
    }
}

extension Gap {
    /// The id the gap's next activity gets: `gap-0003-a4` after a1 to a3.
    public var nextActivityID: Activity.ID { nextActivityID(avoiding: []) }

    /// One more than the highest number its activities have or `retired` names (a removed one's).
    public func nextActivityID(avoiding retired: [String]) -> Activity.ID {
        let prefix = id.rawValue + "-a"
        let highest = (activities.map(\.id.rawValue) + retired).compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }.max() ?? 0
        return Activity.ID(rawValue: prefix + String(highest + 1))
    }

    /// The plan's status in one word for a list: done when every activity is, otherwise the
    /// first activity's that is not done; nil without activities.
    public var planStatus: PlanStatus? {
        guard !activities.isEmpty else { return nil }
        return activities.first { $0.status != .done }?.status ?? .done
    }
}
