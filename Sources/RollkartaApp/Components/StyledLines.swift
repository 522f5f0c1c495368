/// A line of text with its style, for the detail panel and overlays.
struct StyledLine: Equatable {
    var text: String
    var style: Style = .normal
    var indent = 0
}

/// Text wrapped to a width into styled lines: what the detail panel, the role walk, the
/// verification views and the conflicts view are built of. With `maxLines` it stops taking
/// text once that many lines are there, so a panel showing the first few lines of a busy cell
/// does not wrap all the rest.
struct WrappedLines {
    let width: Int
    let maxLines: Int
    private(set) var lines: [StyledLine] = []

    init(width: Int, maxLines: Int = .max) {
        self.width = width
        self.maxLines = maxLines
    }

    var isFull: Bool { lines.count >= maxLines }

    /// The text wrapped at spaces to the width left after `indent`.
    mutating func add(_ text: String, _ style: Style = .normal, indent: Int = 0) {
        guard !isFull else { return }
        for line in TextWidth.wrap(text, width: max(1, width - indent)) {
            lines.append(StyledLine(text: line, style: style, indent: indent))
        }
    }

    /// A line laid out already (a blank, a rule, two columns).
    mutating func append(_ line: StyledLine) {
        guard !isFull else { return }
        lines.append(line)
    }
}
