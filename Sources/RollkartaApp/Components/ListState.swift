/// A list's selection and how far it is scrolled. The rows it shows come from the height its
/// screen draws it at (the screen's layout, which update and render share), never a literal,
/// so a page is a page on any terminal.
public struct ListState: Equatable, Sendable {
    public var selected = 0
    /// The first line drawn, in lines of the list as drawn (a row may take more than one).
    public var top = 0

    public init(selected: Int = 0) {
        self.selected = selected
    }

    /// Moves the selection for a navigation action; false when the action is not one.
    public mutating func move(_ action: Action, count: Int, page: Int) -> Bool {
        switch action {
        case .moveUp: selected -= 1
        case .moveDown: selected += 1
        case .pageUp: selected -= max(1, page)
        case .pageDown: selected += max(1, page)
        case .home: selected = 0
        case .end: selected = count - 1
        default: return false
        }
        clamp(count: count)
        return true
    }

    /// In a list with headings between its rows: the first row from `start` on, in the direction
    /// of `step`, that `isItem` accepts (a heading is skipped).
    static func nearest(from start: Int, step: Int, count: Int, where isItem: (Int) -> Bool) -> Int? {
        var index = start
        while (0..<count).contains(index) {
            if isItem(index) { return index }
            index += step
        }
        return nil
    }

    /// Keeps the selection on a row that exists (after a deletion or a filter).
    public mutating func clamp(count: Int) {
        selected = min(max(selected, 0), max(0, count - 1))
    }

    /// The first line to draw so that the selected lines are in view, scrolling as little as
    /// possible from where the list was.
    public func firstVisible(selectedLines: Range<Int>, totalLines: Int, visibleLines: Int) -> Int {
        var first = top
        if selectedLines.upperBound > first + visibleLines { first = selectedLines.upperBound - visibleLines }
        if selectedLines.lowerBound < first { first = selectedLines.lowerBound }
        return max(0, min(first, max(0, totalLines - visibleLines)))
    }

    /// The same for a list of one line per row.
    public func firstVisible(count: Int, visibleRows: Int) -> Int {
        firstVisible(selectedLines: selected..<(selected + 1), totalLines: count, visibleLines: visibleRows)
    }

    /// Remembers where the list is scrolled to, so the next move scrolls from there.
    public mutating func scrollIntoView(count: Int, visibleRows: Int) {
        top = firstVisible(count: count, visibleRows: visibleRows)
    }
}

/// Draws a list of one line per row: the visible rows, the selected one filled.
enum ListView {
    static func draw(_ list: ListState, count: Int, in area: Rect, into buffer: inout CellBuffer,
                     row drawRow: (_ index: Int, _ y: Int, _ selected: Bool, _ buffer: inout CellBuffer) -> Void) {
        let first = list.firstVisible(count: count, visibleRows: area.height)
        for index in first..<max(first, min(count, first + area.height)) {
            let y = area.y + index - first
            let selected = index == list.selected
            if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: .selected) }
            drawRow(index, y, selected, &buffer)
        }
    }
}
