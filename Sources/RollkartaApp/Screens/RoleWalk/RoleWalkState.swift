/// What the role walk keeps while the app runs (the role it shows is the map's selected cell).
public struct RoleWalkState: Sendable, Equatable {
    /// The walk shows the role's wording before the workshop changed it.
    public var showsPreviousWording = false

    public init() {}
}
