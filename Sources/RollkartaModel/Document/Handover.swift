import Tagged

/// One side of a handover: a role at a step, optionally a particular actor.
public struct HandoverEnd: Codable, Equatable, Sendable {
    public var journey: JourneyID
    public var step: String
    public var role: String
    public var actor: Actor.ID?

    public init(journey: JourneyID, step: String, role: String, actor: Actor.ID? = nil) {
        self.journey = journey
        self.step = step
        self.role = role
        self.actor = actor
    }
}

public struct Handover: Codable, Equatable, Sendable {
    public typealias ID = Tagged<Handover, String>

    public var id: ID
    public var from: HandoverEnd
    public var to: HandoverEnd
    public var what: String
    public var status: HandoverStatus
    public var flags: [HandoverFlag]
    public var note: String

    public init(id: ID, from: HandoverEnd, to: HandoverEnd, what: String, status: HandoverStatus,
                flags: [HandoverFlag] = [], note: String = "") {
        self.id = id
        self.from = from
        self.to = to
        self.what = what
        self.status = status
        self.flags = flags
        self.note = note
    }

    /// The move from the child journey to the adult one (at 18) is a known weak point.
    public var crossesJourneys: Bool { from.journey != to.journey }
}
