/// The positions (befattningar) that hold a role at one organisation, as the seed asks every
/// organisation to decide: "Vilka befattningar/personer som motsvarar rollerna hos er".
/// For example BUP: "psykolog, läkare" for role 5. Typed as the organisation says it.
public struct RolePosition: Codable, Equatable, Sendable {
    public var journey: JourneyID
    public var role: String
    public var actor: Actor.ID
    public var positions: String

    public init(journey: JourneyID, role: String, actor: Actor.ID, positions: String) {
        self.journey = journey
        self.role = role
        self.actor = actor
        self.positions = positions
    }

    public var key: PositionKey { PositionKey(journey: journey, role: role, actor: actor) }
}

/// A role of a journey at one organisation: the key of its positions.
public struct PositionKey: Hashable, Sendable {
    public var journey: JourneyID
    public var role: String
    public var actor: Actor.ID

    public init(journey: JourneyID, role: String, actor: Actor.ID) {
        self.journey = journey
        self.role = role
        self.actor = actor
    }

    public var roleKey: RoleKey { RoleKey(journey: journey, role: role) }

    /// "child/5/actor-bup"
    public var label: String { "\(journey.rawValue)/\(role)/\(actor.rawValue)" }
}

extension Workshop {
    /// The positions recorded for a role, one line per organisation, in the actors' order.
    public func positions(of key: RoleKey) -> [(actor: Actor, positions: String)] {
        let recorded = positions.filter { $0.journey == key.journey && $0.role == key.role }
        return actors.compactMap { actor in
            recorded.first { $0.actor == actor.id }.map { (actor, $0.positions) }
        }
    }
}
