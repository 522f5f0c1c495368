import Tagged

/// A place where a role or task is missing, unclear or contested.
public struct Gap: Equatable, Sendable {
    public typealias ID = Tagged<Gap, String>

    public var id: ID
    public var journey: JourneyID
    /// The step and role of the cell the gap sits in; either may be absent for a gap
    /// that spans a whole step or a whole role.
    public var step: String?
    public var role: String?
    /// A gap between actors names them here; empty for a gap in a cell.
    public var actors: [Actor.ID]
    public var description: String
    public var kind: GapKind
    /// The room's diagnosis: which Lippitt-Knoster conditions are missing (none, one or several).
    public var causes: [GapCause]
    public var priority: Priority
    public var effectGoals: [String]
    /// The action plan: what is done about the gap, activity by activity.
    public var activities: [Activity]
    /// The workshop-1 item the gap was made from ("Förväntningar utanför uppdraget"), if any.
    public var expectation: ExpectationItem.ID?

    public init(id: ID, journey: JourneyID, step: String?, role: String?, actors: [Actor.ID] = [],
                description: String, kind: GapKind, causes: [GapCause] = [], priority: Priority,
                effectGoals: [String] = [], activities: [Activity] = [], expectation: ExpectationItem.ID? = nil) {
        self.id = id
        self.journey = journey
        self.step = step
        self.role = role
        self.actors = actors
        self.description = description
        self.kind = kind
        self.causes = causes
        self.priority = priority
        self.effectGoals = effectGoals
        self.activities = activities
        self.expectation = expectation
    }
}

/// Files of schema 1 held one plan per gap (`plan`) and one cause (`cause`): they read as one
/// activity and a list of causes, and are written in the new shape.
extension Gap: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, journey, step, role, actors, description, kind, causes, priority, effectGoals, activities, expectation
        case plan, cause  // schema 1
    }

    /// Schema 1's plan.
    private struct LegacyPlan: Decodable {
        var action: String
        var responsible: String
        var timeline: String
        var goal: String
        var measure: String
        var status: PlanStatus
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        journey = try container.decode(JourneyID.self, forKey: .journey)
        step = try container.decodeIfPresent(String.self, forKey: .step)
        role = try container.decodeIfPresent(String.self, forKey: .role)
        actors = try container.decode([Actor.ID].self, forKey: .actors)
        description = try container.decode(String.self, forKey: .description)
        kind = try container.decode(GapKind.self, forKey: .kind)
        priority = try container.decode(Priority.self, forKey: .priority)
        effectGoals = try container.decode([String].self, forKey: .effectGoals)
        expectation = try container.decodeIfPresent(ExpectationItem.ID.self, forKey: .expectation)
        if container.contains(.activities) || !container.contains(.plan) {
            activities = try container.decode([Activity].self, forKey: .activities)
            causes = try container.decode([GapCause].self, forKey: .causes)
        } else {
            let plan = try container.decode(LegacyPlan.self, forKey: .plan)
            let activity = Activity(id: Activity.ID(rawValue: id.rawValue + "-a1"), action: plan.action, responsible: plan.responsible,
                                    timeline: plan.timeline, goal: plan.goal, measure: plan.measure, status: plan.status)
            activities = activity.isBlank && plan.status == .notStarted ? [] : [activity]
            causes = try container.decodeIfPresent(GapCause.self, forKey: .cause).map { [$0] } ?? []
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(journey, forKey: .journey)
        try container.encodeIfPresent(step, forKey: .step)
        try container.encodeIfPresent(role, forKey: .role)
        try container.encode(actors, forKey: .actors)
        try container.encode(description, forKey: .description)
        try container.encode(kind, forKey: .kind)
        try container.encode(causes, forKey: .causes)
        try container.encode(priority, forKey: .priority)
        try container.encode(effectGoals, forKey: .effectGoals)
        try container.encode(activities, forKey: .activities)
        try container.encodeIfPresent(expectation, forKey: .expectation)
    }
}
