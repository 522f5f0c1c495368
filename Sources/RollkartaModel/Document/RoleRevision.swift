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

    /// Every id a role of the journey has ever had: those it has and those of its revisions
    /// (a retired role's too). A new role never gets one of them, or the history of the room's
    /// decisions would read as if the old role had been reworded.
    public func roleIDsEverUsed(in journey: JourneyID) -> Set<String> {
        Set((self.journey(journey)?.roles.map(\.id) ?? []) + revisions.filter { $0.journey == journey }.map(\.role))
    }

    /// The revision that retired the role with this id, when it is retired (the latest, if an
    /// id was retired more than once by files of before this rule).
    public func retirement(of key: RoleKey) -> RoleRevision? {
        guard self.journey(key.journey)?.role(key.role) == nil else { return nil }
        return revisions(of: key).last { $0.after == nil }
    }
}
