/// Scrollable wrapped text (the help, the cell's detail, the summary): how far it is
/// scrolled, moved by the navigation keys a page at a time of the height it is drawn at.
public struct TextViewState: Equatable, Sendable {
    public var scroll = 0

    public init() {}

    /// Scrolls for a navigation action; false when the action is not one.
    public mutating func move(_ action: Action, lineCount: Int, visibleLines: Int) -> Bool {
        let limit = max(0, lineCount - visibleLines)
        switch action {
        case .moveUp: scroll -= 1
        case .moveDown: scroll += 1
        case .pageUp: scroll -= max(1, visibleLines)
        case .pageDown: scroll += max(1, visibleLines)
        case .home: scroll = 0
        case .end: scroll = limit
        default: return false
        }
        scroll = min(max(scroll, 0), limit)
        return true
    }
}

enum TextView {
    /// Draws the lines from the scroll position into the area; `normal` is the style of plain
    /// lines (the overlay's own background in a box). True when more lines follow below.
    @discardableResult
    static func draw(_ lines: [StyledLine], scroll: Int, in area: Rect, normal: Style = .normal,
                     into buffer: inout CellBuffer) -> Bool {
        let first = min(scroll, max(0, lines.count - area.height))
        for (offset, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            buffer.put(line.text, x: area.x + line.indent, y: area.y + offset,
                       style: line.style == .normal ? normal : line.style, limit: area.width - line.indent)
        }
        return first + area.height < lines.count
    }
}
