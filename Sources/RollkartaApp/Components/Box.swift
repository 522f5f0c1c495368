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

    /// Nothing is drawn outside the box: a box too small for its frame is only filled, and
    /// a title or note too long for it is cut.
    static func draw(_ box: Rect, title: String, note: String? = nil, into buffer: inout CellBuffer) {
        buffer.fill(box, style: .overlay)
        guard box.width >= 2, box.height >= 2 else { return }
        let horizontal = String(repeating: "─", count: max(0, box.width - 2))
        buffer.put("┌" + horizontal + "┐", x: box.x, y: box.y, style: .overlay)
        buffer.put("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: .overlay)
        for y in (box.y + 1)..<max(box.y + 1, box.maxY - 1) {
            buffer.put("│", x: box.x, y: y, style: .overlay)
            buffer.put("│", x: box.maxX - 1, y: y, style: .overlay)
        }
        if box.width >= 6 {
            buffer.put(" " + TextWidth.truncate(title, to: box.width - 6) + " ", x: box.x + 2, y: box.y, style: .heading)
        }
        if let note, case let cut = TextWidth.truncate(note, to: box.width - 5), !cut.isEmpty {
            let text = " \(cut) "
            buffer.put(text, x: box.maxX - 2 - TextWidth.of(text), y: box.maxY - 1, style: .overlay)
        }
    }

    /// The "more below" mark in the bottom right corner inside the frame.
    static func drawMoreBelow(_ box: Rect, into buffer: inout CellBuffer) {
        guard box.width >= 3, box.height >= 3 else { return }
        buffer.put("▾", x: box.maxX - 2, y: box.maxY - 2, style: .overlay)
    }
}

/// An overlay of scrollable text in a box (the help, the cell's detail): how it scrolls and
/// how it is drawn, shared so each overlay only says what its lines are.
enum TextOverlay {
    /// The area the text is drawn in on a screen of the state's size.
    static func area(_ state: AppState) -> Rect { Box.inside(Box.overlay(width: state.width, height: state.height)) }

    /// Scrolls for a navigation action, a page being the height the text is drawn at.
    static func scroll(_ action: Action, _ state: inout AppState, lines: (AppState, Int) -> [StyledLine]) {
        let area = area(state)
        let count = lines(state, area.width).count
        _ = state.overlayText.move(action, lineCount: count, visibleLines: area.height)
    }

    static func draw(_ state: AppState, title: String, closeKeys: [Binding], lines: (AppState, Int) -> [StyledLine],
                     into buffer: inout CellBuffer) {
        let box = Box.overlay(width: state.width, height: state.height)
        let area = Box.inside(box)
        let keys = closeKeys.first { $0.action == .close }?.keys.map(\.name) ?? []
        Box.draw(box, title: title, note: UIText.of(state.language).closesWith(keys), into: &buffer)
        if TextView.draw(lines(state, area.width), scroll: state.overlayText.scroll, in: area, normal: .overlay, into: &buffer) {
            Box.drawMoreBelow(box, into: &buffer)
        }
    }
}
