/// A framed box over the screen (the help, the cell's detail, a form): the frame, a title in
/// the top border, a note in the bottom one, and the area inside.
enum Box {
    /// The box for an overlay on a screen of this size.
    static func overlay(width: Int, height: Int) -> Rect {
        Rect(x: 0, y: 0, width: width, height: height).centered(width: min(width - 4, 100), height: height - 4)
    }

    /// Where the text goes inside a box: a column of margin each side, inside the frame.
    static func inside(_ box: Rect) -> Rect {
        Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
    }

    static func draw(_ box: Rect, title: String, note: String? = nil, into buffer: inout CellBuffer) {
        buffer.fill(box, style: .overlay)
        let horizontal = String(repeating: "─", count: max(0, box.width - 2))
        buffer.put("┌" + horizontal + "┐", x: box.x, y: box.y, style: .overlay)
        buffer.put("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: .overlay)
        for y in (box.y + 1)..<max(box.y + 1, box.maxY - 1) {
            buffer.put("│", x: box.x, y: y, style: .overlay)
            buffer.put("│", x: box.maxX - 1, y: y, style: .overlay)
        }
        buffer.put(" " + TextWidth.truncate(title, to: box.width - 6) + " ", x: box.x + 2, y: box.y, style: .heading)
        if let note {
            let text = " \(note) "
            buffer.put(text, x: box.maxX - 2 - TextWidth.of(text), y: box.maxY - 1, style: .overlay)
        }
    }

    /// The "more below" mark in the bottom right corner inside the frame.
    static func drawMoreBelow(_ box: Rect, into buffer: inout CellBuffer) {
        buffer.put("▾", x: box.maxX - 2, y: box.maxY - 2, style: .overlay)
    }
}
