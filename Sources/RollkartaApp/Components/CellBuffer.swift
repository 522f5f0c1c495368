import RollkartaModel

/// A grid of terminal cells that views draw into, as ratatui's Buffer. The backend copies
/// it to the screen; tests read it back line by line.
public struct CellBuffer: Equatable, Sendable {
    public struct Cell: Equatable, Sendable {
        /// One grapheme; empty for the right half of a wide character.
        public var text: String
        public var style: Style

        public static let blank = Cell(text: " ", style: .normal)
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes text from (x, y), clipped to `limit` cells (and the buffer's edge).
    /// Text is sanitised here, the one place all drawing passes through, so nothing from a
    /// file can smuggle a control sequence to the terminal. Returns the cells used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let end = min(width, x + (limit ?? width))
        var column = x
        for character in text {
            let safe: Character = character.unicodeScalars.contains(where: DisplayText.isUnsafe) ? "\u{FFFD}" : character
            let cellWidth = TextWidth.of(safe)
            if cellWidth == 0 {
                continue  // a lone zero-width character has no cell to sit in
            }
            if column + cellWidth > end { break }
            if column >= 0 {
                clearWideHalves(x: column, y: y, count: cellWidth)
                cells[y * width + column] = Cell(text: String(safe), style: style)
                if cellWidth == 2 { cells[y * width + column + 1] = Cell(text: "", style: style) }
            }
            column += cellWidth
        }
        return column - x
    }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                clearWideHalves(x: x, y: y, count: 1)
                cells[y * width + x] = Cell(text: " ", style: style)
            }
        }
    }

    /// The text of one row, as a test would read the screen.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        return (0..<width).map { self[$0, y].text }.joined()
    }

    public var lines: [String] { (0..<height).map(line) }

    /// Before cells x..<x+count are overwritten: a wide character only half inside them
    /// loses its other half too, as on a terminal, so no orphan half is left behind.
    private mutating func clearWideHalves(x: Int, y: Int, count: Int) {
        let row = y * width
        if cells[row + x].text.isEmpty, x > 0 {
            cells[row + x - 1] = Cell(text: " ", style: cells[row + x - 1].style)
        }
        let last = x + count - 1
        if last + 1 < width, cells[row + last + 1].text.isEmpty {
            cells[row + last + 1] = Cell(text: " ", style: cells[row + last + 1].style)
        }
    }
}
