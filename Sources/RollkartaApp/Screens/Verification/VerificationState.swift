import RollkartaModel

/// The Verification view's state. Votes start hidden at every start, so that the first
/// answers don't steer the room; the facilitator reveals them.
public struct VerificationViewState: Equatable, Sendable {
    public var list = ListState()
    public var isRevealed = false
    /// Only what must be discussed, most disagreement first.
    public var onlyToDiscuss = false
}
