import RollkartaModel

/// The `/` search: the query being typed or confirmed, and where it matched.
public struct SearchState: Sendable, Equatable {
    public var isEditing = false
    /// What is typed, with the same line editor as a form's fields.
    public var field = TextField()
    public var query: String { field.text }
    public var hits: [SearchHit] = []
    public var current: Int?
}

/// A place on a map where the search text occurs. A hit on a role as a whole has no step.
public struct SearchHit: Sendable, Equatable {
    public var journey: JourneyID
    public var row: Int
    public var column: Int?
}
