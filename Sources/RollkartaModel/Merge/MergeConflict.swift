/// The same thing changed differently by two facilitators, found when their copies were
/// merged (`rollkarta merge-driver`). The file holds one side's value, so it stays valid JSON
/// and loads; the conflict keeps the other side's, until the facilitator chooses.
public struct MergeConflict: Codable, Equatable, Sendable {
    public enum Side: String, StrictEnum {
        case ours, theirs
    }

    /// The list an entity in conflict is in; in the file by its name ("gaps",
    /// "journeys/child/roles", or "workshop" for the file's own fields).
    public enum Collection: Hashable, Sendable {
        case workshop, journeys, actors, participants, assignments, gaps, handovers, roleNotes, answers, tallies, revisions
        case positions, suggestions, expectations, missions, aliases, sessions, insights
        case steps(JourneyID)
        case roles(JourneyID)
        /// One gap's action-plan activities, merged by activity id.
        case activities(Gap.ID)

        public var name: String {
            switch self {
            case .workshop: return "workshop"
            case .journeys: return "journeys"
            case .actors: return "actors"
            case .participants: return "participants"
            case .assignments: return "assignments"
            case .gaps: return "gaps"
            case .handovers: return "handovers"
            case .roleNotes: return "roleNotes"
            case .answers: return "answers"
            case .tallies: return "tallies"
            case .revisions: return "revisions"
            case .positions: return "positions"
            case .suggestions: return "suggestions"
            case .expectations: return "expectations"
            case .missions: return "missions"
            case .aliases: return "aliases"
            case .sessions: return "sessions"
            case .insights: return "insights"
            case .steps(let journey): return "journeys/\(journey.rawValue)/steps"
            case .roles(let journey): return "journeys/\(journey.rawValue)/roles"
            case .activities(let gap): return "gaps/\(gap.rawValue)/activities"
            }
        }

        public init?(name: String) {
            let simple: [Collection] = [.workshop, .journeys, .actors, .participants, .assignments, .gaps, .handovers,
                                        .roleNotes, .answers, .tallies, .revisions, .positions, .suggestions,
                                        .expectations, .missions, .aliases, .sessions, .insights]
            if let found = simple.first(where: { $0.name == name }) {
                self = found
                return
            }
            let parts = name.split(separator: "/").map(String.init)
            if parts.count == 3, parts[0] == "gaps", parts[2] == "activities", !parts[1].isEmpty {
                self = .activities(Gap.ID(rawValue: parts[1]))
                return
            }
            guard parts.count == 3, parts[0] == "journeys", let journey = JourneyID(rawValue: parts[1]) else { return nil }
            switch parts[2] {
            case "steps": self = .steps(journey)
            case "roles": self = .roles(journey)
            default: return nil
            }
        }
    }

    public var id: String
    public var collection: Collection
    /// The entity's key in that list ("gap-0002", "child/concern/3"); empty for "workshop".
    public var key: String
    /// The field both changed; nil when the entity as a whole is in question (deleted on one
    /// side, changed or still used on the other).
    public var field: String?
    /// Each side's value as JSON text; nil where that side deleted the entity.
    public var ours: String?
    public var theirs: String?
    /// Whose value the file holds now.
    public var kept: Side

    public init(id: String, collection: Collection, key: String, field: String?, ours: String?, theirs: String?, kept: Side) {
        self.id = id
        self.collection = collection
        self.key = key
        self.field = field
        self.ours = ours
        self.theirs = theirs
        self.kept = kept
    }

    /// The value the file does not hold: what choosing "the other side" puts in.
    public var other: String? { kept == .ours ? theirs : ours }
    public var otherSide: Side { kept == .ours ? .theirs : .ours }
}

extension MergeConflict.Collection: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let collection = Self(name: name) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown collection \(name)")
        }
        self = collection
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
