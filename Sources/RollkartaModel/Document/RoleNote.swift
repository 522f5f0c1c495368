/// The three workshop questions about a role, per journey.
public struct RoleNote: Codable, Equatable, Sendable {
    public var journey: JourneyID
    public var role: String
    public var needs: String
    public var obstacles: String
    public var entersWhere: String
    public var whoTakesOver: String

    public init(journey: JourneyID, role: String, needs: String = "", obstacles: String = "",
                entersWhere: String = "", whoTakesOver: String = "") {
        self.journey = journey
        self.role = role
        self.needs = needs
        self.obstacles = obstacles
        self.entersWhere = entersWhere
        self.whoTakesOver = whoTakesOver
    }
}
