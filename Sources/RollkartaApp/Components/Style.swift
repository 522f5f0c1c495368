/// What a cell means, not what colour it is: the theme turns a style into colours, and the
/// backend into bold / reverse / underline alone in monochrome and with NO_COLOR. Meaning is
/// always carried by a glyph or word too; style only reinforces it.
public enum Style: UInt8, CaseIterable, Sendable {
    case normal
    case header
    case statusBar
    case selected
    case dim
    case heading
    /// The map's status marks: ✓ holds, ~ partly, ? unclear.
    case holds
    case partly
    case unclear
    /// A gap or an objection named in text ("! Hög", "! conflict-0001 …").
    case gap
    /// A handover named in text (the cell's detail).
    case handover
    /// Text that must not be missed in a list or a text: a failing handover, an overdue
    /// activity, a No. Never drawn like the selected row.
    case failing
    case match
    case overlay
    case key
    /// The map's gap mark (!), handover mark (> < =) and the mark of a failing handover.
    case gapMark
    case handoverMark
    case failingMark
    /// A banner in place of the header (read-only, changed outside) and a form's problem.
    case banner

    /// A one-character glyph mark rather than text: readable at 3:1 contrast, text needs 4.5:1.
    public var isMark: Bool {
        switch self {
        case .holds, .partly, .unclear, .gapMark, .handoverMark, .failingMark: return true
        default: return false
        }
    }
}
