/// A role as the workshop reworded it: what it said before and after, and why ("Sortera
/// rollerna", a participant's objection). The workshop's roles start as the catalog's; each
/// change is kept, so the room can see what it changed and the catalog's text stays one look away.
public struct RoleRevision: Codable, Equatable, Sendable {
    public var journey: JourneyID
    public var role: String
    /// Nil when the workshop added the role.
    public var before: WorkshopRole?
    /// Nil when the workshop retired the role.
    public var after: WorkshopRole?
    public var reason: String
    /// ISO date of the change.
    public var date: String
    /// The verification answer or suggestion the change responds to, as it read then
    /// ("BUP (AB): Nej – UPH styr inte vidare"); absent when it answers none.
    public var respondsTo: String?

    public init(journey: JourneyID, role: String, before: WorkshopRole?, after: WorkshopRole?, reason: String, date: String,
                respondsTo: String? = nil) {
        self.journey = journey
        self.role = role
        self.before = before
        self.after = after
        self.reason = reason
        self.date = date
        self.respondsTo = respondsTo
    }

    /// The reason, with what it responds to when it responds to something.
    public func explained(_ language: Language) -> String {
        guard let respondsTo else { return reason }
        return reason + (language == .sv ? " (svarar på: " : " (responds to: ") + respondsTo + ")"
    }

    /// How merges and messages name it.
    public var label: String { "\(journey.rawValue)/\(role)/\(date)/\(reason)" }
}

extension Workshop {
    /// The revisions of one role of a journey, oldest first.
    public func revisions(of key: RoleKey) -> [RoleRevision] {
        revisions.filter { $0.journey == key.journey && $0.role == key.role }
    }
}
