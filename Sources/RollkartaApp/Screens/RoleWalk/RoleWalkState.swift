import RollkartaModel

/// What the role walk keeps while the app runs (the role it shows is the map's selected cell).
public struct RoleWalkState: Sendable, Equatable {
    /// The walk shows the role's wording before the workshop changed it.
    public var showsPreviousWording = false
    /// How far the role's page is scrolled (PgDn), and which role that is: another role starts
    /// at its top.
    public var scroll = 0
    public var scrolledRole: RoleKey?

    public init() {}
}
