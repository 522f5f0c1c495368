import Tagged

/// One workshop file: what the facilitator records live and the participants verify.
/// A new field needs a line in `init(from:)` at the end of this file too (decoding is written
/// out there so that the loader can decode the handovers on another core).
/// It holds its own editable copy of the journeys, steps and roles it uses, so that a
/// workshop that renames or re-sorts a role never depends on the catalog changing later.
public struct Workshop: Codable, Equatable, Sendable {
    public static let formatMarker = "rollkarta-workshop"
    /// The newest schema this build reads and writes. A file with a higher number is refused.
    /// 2: a gap's action plan is a list of activities and its causes a list (schema 1 files
    /// load and are written in the new shape).
    public static let schemaVersion = 2

    public var format: String
    public var schemaVersion: Int
    public var id: String
    public var title: String
    /// ISO date, YYYY-MM-DD.
    public var date: String
    public var kind: WorkshopKind
    public var catalogVersion: String
    public var journeys: [WorkshopJourney]
    public var actors: [Actor]
    public var participants: [Participant]
    public var assignments: [Assignment]
    public var gaps: [Gap]
    public var handovers: [Handover]
    public var roleNotes: [RoleNote]
    public var answers: [VerificationAnswer]
    /// Show-of-hands counts the facilitator recorded in the room; absent in older files.
    @EmptyWhenAbsent public var tallies: [Tally]
    /// What a merge of two facilitators' copies left for a person to decide; absent in older files.
    @EmptyWhenAbsent public var conflicts: [MergeConflict]
    /// The roles as the workshop reworded them, with why; absent in older files.
    @EmptyWhenAbsent public var revisions: [RoleRevision]
    /// The positions that hold each role at each organisation; absent in older files.
    @EmptyWhenAbsent public var positions: [RolePosition]
    /// What participants said is missing (a role, a step, an actor); absent in older files.
    @EmptyWhenAbsent public var suggestions: [Suggestion]
    /// Workshop 1: what each organisation says of itself and what the others expect of it;
    /// absent in older files and empty in a workshop that maps roles only.
    @EmptyWhenAbsent public var expectations: [ExpectationItem]
    /// Workshop 1: each organisation's uppdrag in its own words.
    @EmptyWhenAbsent public var missions: [OrganisationMission]
    /// Other names of the organisations, as surveys and participants write them; absent in older files.
    @EmptyWhenAbsent public var aliases: [OrganisationAlias]
    /// The start page's texts where this workshop words them differently from the catalog.
    public var frame: WorkshopFrame?
    /// The sessions (the main one and catch-ups) and who attended; absent in older files.
    @EmptyWhenAbsent public var sessions: [Session]
    /// What participants said (quotes, observations) and the next steps; absent in older files.
    @EmptyWhenAbsent public var insights: [Insight]
    /// Set in a catch-up session's copy: which workshop it belongs to.
    public var catchUpOf: CatchUpReference?
    /// The catch-up copies folded into this workshop; absent in older files.
    @EmptyWhenAbsent public var foldIns: [FoldIn]
    /// The agenda as this workshop set it; empty: the default for its kind.
    @EmptyWhenAbsent public var agenda: [AgendaItem]
    /// The ids of gaps, handovers, activities and steps ("child/waiting") that were removed:
    /// never given to a new one, so an answer, a workbook row or a history that names one
    /// never comes to mean another. Kept sorted; absent in older files.
    @EmptyWhenAbsent public var retired: [String]

    public init(id: String, title: String, date: String, kind: WorkshopKind, catalogVersion: String,
                journeys: [WorkshopJourney]) {
        self.format = Workshop.formatMarker
        self.schemaVersion = Workshop.schemaVersion
        self.id = id
        self.title = title
        self.date = date
        self.kind = kind
        self.catalogVersion = catalogVersion
        self.journeys = journeys
        self.actors = []
        self.participants = []
        self.assignments = []
        self.gaps = []
        self.handovers = []
        self.roleNotes = []
        self.answers = []
        self.tallies = []
        self.conflicts = []
        self.revisions = []
        self.positions = []
        self.suggestions = []
        self.expectations = []
        self.missions = []
        self.aliases = []
        self.sessions = []
        self.insights = []
        self.foldIns = []
        self.agenda = []
        self.retired = []
    }

    public func journey(_ id: JourneyID) -> WorkshopJourney? {
        journeys.first { $0.id == id }
    }

    public func actor(_ id: Actor.ID) -> Actor? {
        actors.first { $0.id == id }
    }

    public func assignment(journey: JourneyID, step: String, role: String) -> Assignment? {
        assignments.first { $0.journey == journey && $0.step == step && $0.role == role }
    }
}

public struct WorkshopJourney: Codable, Equatable, Sendable {
    public var id: JourneyID
    public var name: Localized
    public var steps: [JourneyStep]
    public var roles: [WorkshopRole]

    public init(id: JourneyID, name: Localized, steps: [JourneyStep], roles: [WorkshopRole]) {
        self.id = id
        self.name = name
        self.steps = steps
        self.roles = roles
    }

    public func role(_ id: String) -> WorkshopRole? {
        roles.first { $0.id == id }
    }

    public func step(_ id: String) -> JourneyStep? {
        steps.first { $0.id == id }
    }
}

/// A functional role as this workshop words and sorts it.
public struct WorkshopRole: Codable, Equatable, Sendable {
    public var id: String
    public var tier: RoleTier
    public var variantOf: String?
    public var title: Localized
    /// The short name the map shows; absent in files made before there were labels.
    public var label: Localized?
    public var description: Localized
    public var examples: LocalizedList

    public init(id: String, tier: RoleTier, variantOf: String? = nil, title: Localized, label: Localized? = nil,
                description: Localized, examples: LocalizedList) {
        self.id = id
        self.tier = tier
        self.variantOf = variantOf
        self.title = title
        self.label = label
        self.description = description
        self.examples = examples
    }
}

/// An organisation or kind of actor taking part in the journey, for example "BUP".
public struct Actor: Codable, Equatable, Sendable {
    public typealias ID = Tagged<Actor, String>

    public var id: ID
    public var name: String
    public var abbreviation: String
    /// The catalog's actor kind this actor is an instance of, when there is one.
    public var kind: String?
    public var principal: Principal

    public init(id: ID, name: String, abbreviation: String, kind: String? = nil, principal: Principal) {
        self.id = id
        self.name = name
        self.abbreviation = abbreviation
        self.kind = kind
        self.principal = principal
    }
}

/// A participant, recorded by organisation; name and initials are personal data and optional.
public struct Participant: Codable, Equatable, Sendable {
    public typealias ID = Tagged<Participant, String>

    public var id: ID
    public var organisation: String
    public var initials: String?
    public var name: String?
    /// The code of the page or walk the participant answered in, when they gave no initials:
    /// what tells two colleagues of one organisation apart.
    public var token: String?

    public init(id: ID, organisation: String, initials: String? = nil, name: String? = nil, token: String? = nil) {
        self.id = id
        self.organisation = organisation
        self.initials = initials
        self.name = name
        self.token = token
    }

    /// "BUP (AB)", or "BUP (7k3q)" without initials.
    public var shownName: String { Self.shownName(organisation, initials: initials, token: token) }

    static func shownName(_ organisation: String, initials: String?, token: String?) -> String {
        let who = hasInitials(initials) ? initials : token
        return organisation + (who.map { " (\($0))" } ?? "")
    }

    /// Initials given, not only spaces.
    public static func hasInitials(_ initials: String?) -> Bool {
        !(initials ?? "").trimmingCharacters(in: .whitespaces).isEmpty
    }
}

/// Who holds a role at a step of a journey: one cell of the journey map.
public struct Assignment: Codable, Equatable, Sendable {
    public var journey: JourneyID
    public var step: String
    public var role: String
    public var actors: [Actor.ID]
    public var status: AssignmentStatus

    public init(journey: JourneyID, step: String, role: String, actors: [Actor.ID], status: AssignmentStatus) {
        self.journey = journey
        self.step = step
        self.role = role
        self.actors = actors
        self.status = status
    }
}

extension Workshop {
    /// As synthesised, except that an older schema version is read as the current one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        // An older schema is read into this one and written as it; a newer one is kept, for the
        // loader to refuse.
        schemaVersion = max(try container.decode(Int.self, forKey: .schemaVersion), Workshop.schemaVersion)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        date = try container.decode(String.self, forKey: .date)
        kind = try container.decode(WorkshopKind.self, forKey: .kind)
        catalogVersion = try container.decode(String.self, forKey: .catalogVersion)
        journeys = try container.decode([WorkshopJourney].self, forKey: .journeys)
        actors = try container.decode([Actor].self, forKey: .actors)
        participants = try container.decode([Participant].self, forKey: .participants)
        assignments = try container.decode([Assignment].self, forKey: .assignments)
        gaps = try container.decode([Gap].self, forKey: .gaps)
        handovers = try container.decode([Handover].self, forKey: .handovers)
        roleNotes = try container.decode([RoleNote].self, forKey: .roleNotes)
        answers = try container.decode([VerificationAnswer].self, forKey: .answers)
        _tallies = try container.decode(EmptyWhenAbsent<Tally>.self, forKey: .tallies)
        _conflicts = try container.decode(EmptyWhenAbsent<MergeConflict>.self, forKey: .conflicts)
        _revisions = try container.decode(EmptyWhenAbsent<RoleRevision>.self, forKey: .revisions)
        _positions = try container.decode(EmptyWhenAbsent<RolePosition>.self, forKey: .positions)
        _suggestions = try container.decode(EmptyWhenAbsent<Suggestion>.self, forKey: .suggestions)
        _expectations = try container.decode(EmptyWhenAbsent<ExpectationItem>.self, forKey: .expectations)
        _missions = try container.decode(EmptyWhenAbsent<OrganisationMission>.self, forKey: .missions)
        _aliases = try container.decode(EmptyWhenAbsent<OrganisationAlias>.self, forKey: .aliases)
        frame = try container.decodeIfPresent(WorkshopFrame.self, forKey: .frame)
        _sessions = try container.decode(EmptyWhenAbsent<Session>.self, forKey: .sessions)
        _insights = try container.decode(EmptyWhenAbsent<Insight>.self, forKey: .insights)
        catchUpOf = try container.decodeIfPresent(CatchUpReference.self, forKey: .catchUpOf)
        _foldIns = try container.decode(EmptyWhenAbsent<FoldIn>.self, forKey: .foldIns)
        _agenda = try container.decode(EmptyWhenAbsent<AgendaItem>.self, forKey: .agenda)
        _retired = try container.decode(EmptyWhenAbsent<String>.self, forKey: .retired)
    }
}
