import RollkartaModel

/// The Verification view's state. Votes start hidden at every start, so that the first
/// answers don't steer the room; the facilitator reveals them.
public struct VerificationState: Equatable, Sendable {
    public var list = ListState()
    public var isRevealed = false
    /// Only what must be discussed, most disagreement first.
    public var onlyToDiscuss = false
    /// The list shows the participants' suggestions of what is missing instead of the subjects.
    public var showsSuggestions = false
    public var suggestions = ListState()
}
