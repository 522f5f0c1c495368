/// The same thing changed differently by two facilitators, found when their copies were
/// merged (`rollkarta merge-driver`). The file holds one side's value, so it stays valid JSON
/// and loads; the conflict keeps the other side's, until the facilitator chooses.
public struct MergeConflict: Codable, Equatable, Sendable {
    public enum Side: String, StrictEnum {
        case ours, theirs
    }

    public var id: String
    /// The list the entity is in ("gaps", "actors" ...), or "workshop" for the file's own fields.
    public var collection: String
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

    public init(id: String, collection: String, key: String, field: String?, ours: String?, theirs: String?, kept: Side) {
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
