/// What a participant said is missing, at the end of the verification walk: "Saknas en roll,
/// ett steg eller en aktör?". Free text; the facilitator turns one into a draft role or step.
public struct Suggestion: Codable, Equatable, Hashable, Sendable {
    public var participant: Participant.ID
    public var text: String
    /// ISO 8601, UTC, when it was written.
    public var writtenAt: String

    public init(participant: Participant.ID, text: String, writtenAt: String) {
        self.participant = participant
        self.text = text
        self.writtenAt = writtenAt
    }

    /// The same participant writing the same text is the same suggestion (merging a file twice
    /// adds nothing).
    public var label: String { "\(participant.rawValue)/\(text)" }
}
