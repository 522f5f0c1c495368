/// A rectangle of terminal cells. Views draw inside one; layout splits them.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    /// A rectangle of the given size centred in this one.
    public func centered(width: Int, height: Int) -> Rect {
        // A negative request (a box for a screen smaller than its margins) is an empty rectangle
        // at the centre, never one beyond the edge.
        let w = max(0, min(width, self.width)), h = max(0, min(height, self.height))
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }
}

/// How much of a split a part takes, as ratatui's constraints.
public enum Constraint: Equatable, Sendable {
    /// Exactly this many rows (or columns), as far as there is room.
    case length(Int)
    /// What the fixed parts leave, shared among the fill parts.
    case fill
}

extension Rect {
    /// Splits top to bottom by constraints: fixed lengths first, the rest to the fill parts.
    public func rows(_ constraints: [Constraint]) -> [Rect] {
        let fixed = constraints.reduce(0) { total, constraint in
            if case .length(let rows) = constraint { return total + max(0, rows) }
            return total
        }
        let fills = constraints.filter { $0 == .fill }.count
        let spare = max(0, height - fixed)
        var y = self.y
        var fillIndex = 0
        return constraints.map { constraint in
            let rows: Int
            switch constraint {
            case .length(let length): rows = min(max(0, length), max(0, maxY - y))
            case .fill:
                rows = spare / max(1, fills) + (fillIndex < spare % max(1, fills) ? 1 : 0)
                fillIndex += 1
            }
            defer { y += rows }
            return Rect(x: x, y: y, width: width, height: rows)
        }
    }

    /// The rectangle with `columns` taken off the left and right and `rows` off the top and bottom.
    public func inset(columns: Int = 0, rows: Int = 0) -> Rect {
        Rect(x: x + columns, y: y + rows, width: width - 2 * columns, height: height - 2 * rows)
    }
}
