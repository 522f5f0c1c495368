/// The facilitator's screens by a stable id, in the order of their tabs: the names files use
/// for them (an agenda item's view) and the app's one list of screens. The strings are the
/// ones files have always held; a new screen is a new case here and its line in the app's
/// `ScreenID.screen`.
public enum ScreenID: String, StrictEnum {
    case start
    case map
    case roles
    case gaps
    case handovers
    case verification
    case summary
    /// Workshop 1: each organisation's own description against the others' expectations.
    case expectations
    /// The action plan's follow-up, months after the workshop.
    case followUp
    /// What a git merge left to decide; reachable while there is any.
    case conflicts
}
