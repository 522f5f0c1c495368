/// Quitting while edits are only in memory (a save failed: full disk, no permission) takes a
/// second quit key straight after the first; any other key in between asks again. The map and
/// the verification walk both quit through one.
public struct QuitGuard: Equatable, Sendable {
    /// The question is on screen: the next quit key quits.
    public private(set) var isAsking = false

    public init() {}

    /// Whether to quit now; when not, the caller says why and the next quit key quits.
    public mutating func allowsQuit(unsaved: Bool) -> Bool {
        guard unsaved, !isAsking else {
            isAsking = false
            return true
        }
        isAsking = true
        return false
    }

    /// Another key came between: the question is asked again next time.
    public mutating func disarm() {
        isAsking = false
    }
}
