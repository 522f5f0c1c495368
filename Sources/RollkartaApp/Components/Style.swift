/// What a cell means, not what colour it is: the backend turns a style into colours for
/// the chosen theme, or into bold / reverse / underline alone in monochrome and with NO_COLOR.
/// Meaning is always carried by a glyph or word too; style only reinforces it.
public enum Style: UInt8, CaseIterable, Sendable {
    case normal
    case header
    case statusBar
    case selected
    case dim
    case heading
    case holds
    case partly
    case unclear
    case gap
    case handover
    case failing
    case match
    case overlay
    case key
}
