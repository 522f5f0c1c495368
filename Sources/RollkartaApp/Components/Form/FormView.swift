import RollkartaModel

/// A form drawn in a framed box: each field's label, then its value; the focused field
/// marked with ▶ and its cursor or current option drawn selected.
enum FormView {
    static func draw(_ form: FormState, _ state: AppState, into buffer: inout CellBuffer) {
        // Above the status bar, which keeps showing the form's keys.
        let screen = Rect(x: 0, y: 0, width: state.width, height: state.height - 1)
        let box = screen.centered(width: min(state.width - 2, 100), height: state.height - 3)
        let area = Box.inside(box)
        Box.draw(box, title: form.title, into: &buffer)

        var lines: [(text: [Segment], field: Int, indent: Int)] = []
        var cursorLine = 0
        for (index, field) in form.fields.enumerated() {
            let focused = index == form.focus
            lines.append(([Segment(text: (focused ? "▶ " : "  ") + field.label, style: focused ? .heading : .dim)], index, 0))
            if focused { cursorLine = lines.count - 1 }
            for row in valueRows(field, focused: focused, width: area.width - 4) {
                if focused && row.contains(where: { $0.style == .selected }) { cursorLine = lines.count }
                lines.append((row, index, 4))
            }
        }
        var footer: [[Segment]] = []
        if let problem = form.problem { footer.append([Segment(text: "! " + problem, style: .banner)]) }
        if form.isConfirmingCancel { footer.append([Segment(text: FormText.of(state.language).confirmDiscard, style: .banner)]) }

        // Scroll so the focused field is on screen, and within it the line with the cursor.
        let room = max(1, area.height - footer.count)
        let first = lines.firstIndex { $0.field == form.focus } ?? 0
        let last = lines.lastIndex { $0.field == form.focus } ?? 0
        var top = 0
        if last >= top + room { top = last - room + 1 }
        if first < top { top = first }
        if cursorLine < top { top = cursorLine }
        if cursorLine >= top + room { top = cursorLine - room + 1 }
        for (offset, line) in lines.dropFirst(top).prefix(max(0, room)).enumerated() {
            var x = area.x + line.indent
            for segment in line.text {
                x += buffer.put(segment.text, x: x, y: area.y + offset, style: segment.style, limit: max(0, area.maxX - x))
            }
        }
        for (offset, segments) in footer.enumerated() {
            var x = area.x
            for segment in segments {
                x += buffer.put(segment.text, x: x, y: area.maxY - footer.count + offset, style: segment.style,
                                limit: max(0, area.maxX - x))
            }
        }
    }

    struct Segment {
        var text: String
        var style: Style
    }

    /// The rows that show a field's value.
    static func valueRows(_ field: FormField, focused: Bool, width: Int) -> [[Segment]] {
        switch field.value {
        case .text(let editor):
            return textRows(editor, focused: focused, width: max(1, width))
        case .choice(let options, let selected):
            let label = options.indices.contains(selected) ? options[selected].label : ""
            return [[Segment(text: focused ? "◂ \(label) ▸" : label, style: focused ? .selected : .overlay)]]
        case .toggles(let options, let selected, let current):
            var rows: [[Segment]] = [[]]
            var used = 0
            for (index, option) in options.enumerated() {
                let chip = (selected.contains(option.id) ? "[x] " : "[ ] ") + option.label
                let chipWidth = TextWidth.of(chip) + 2
                if used > 0 && used + chipWidth > width {
                    rows.append([])
                    used = 0
                }
                rows[rows.count - 1].append(Segment(text: chip, style: focused && index == current ? .selected : .overlay))
                rows[rows.count - 1].append(Segment(text: "  ", style: .overlay))
                used += chipWidth
            }
            if options.isEmpty { rows = [[Segment(text: "–", style: .dim)]] }
            if focused, options.indices.contains(current), !options[current].hint.isEmpty {
                rows.append([Segment(text: "→ " + options[current].hint, style: .dim)])
            }
            return rows
        }
    }

    /// Text wrapped to the width, the cursor drawn as a selected cell (a space at the end).
    private static func textRows(_ editor: TextField, focused: Bool, width: Int) -> [[Segment]] {
        var rows: [[Segment]] = []
        var row: [Segment] = []
        var used = 0
        func flush() { rows.append(row); row = []; used = 0 }
        for (index, character) in editor.characters.enumerated() {
            let isCursor = focused && index == editor.cursor
            if character == "\n" {
                if isCursor { row.append(Segment(text: " ", style: .selected)) }
                flush()
                continue
            }
            let cellWidth = max(1, TextWidth.of(character))
            if used + cellWidth > width { flush() }
            row.append(Segment(text: String(character), style: isCursor ? .selected : .overlay))
            used += cellWidth
        }
        if focused && editor.cursor == editor.characters.count {
            if used + 1 > width { flush() }
            row.append(Segment(text: " ", style: .selected))
        }
        flush()
        if rows.allSatisfy({ $0.isEmpty }) && !focused { return [[Segment(text: "–", style: .dim)]] }
        return rows
    }
}
