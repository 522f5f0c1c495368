import RollkartaModel

/// A framed box over the screen: the cell's full detail (Enter) or the help (`?`).
enum Overlay {
    static func box(_ state: AppState) -> Rect {
        let screen = Rect(x: 0, y: 0, width: state.width, height: state.height)
        return screen.centered(width: min(state.width - 4, 100), height: state.height - 4)
    }

    static func contentArea(_ state: AppState) -> Rect {
        let box = self.box(state)
        return Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
    }

    static func title(_ state: AppState) -> String {
        state.overlay == .help ? UIText.helpTitle.text(state.language) : UIText.detailTitle.text(state.language)
    }

    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        switch state.overlay {
        case .help?: return HelpContent.lines(state.language, width: width)
        case .detail?: return CellDetail.lines(state, width: width)
        case nil: return []
        }
    }

    static func draw(_ state: AppState, into buffer: inout CellBuffer) {
        let box = self.box(state)
        let area = contentArea(state)
        buffer.fill(box, style: .overlay)
        let horizontal = String(repeating: "─", count: max(0, box.width - 2))
        buffer.put("┌" + horizontal + "┐", x: box.x, y: box.y, style: .overlay)
        buffer.put("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: .overlay)
        for y in (box.y + 1)..<(box.maxY - 1) {
            buffer.put("│", x: box.x, y: y, style: .overlay)
            buffer.put("│", x: box.maxX - 1, y: y, style: .overlay)
        }
        buffer.put(" \(title(state)) ", x: box.x + 2, y: box.y, style: .heading)
        let close = " \(UIText.helpClose.text(state.language)) "
        buffer.put(close, x: box.maxX - 2 - TextWidth.of(close), y: box.maxY - 1, style: .overlay)

        let lines = self.lines(state, width: area.width)
        let scroll = min(state.overlayScroll, max(0, lines.count - area.height))
        for (offset, line) in lines.dropFirst(scroll).prefix(area.height).enumerated() {
            buffer.put(line.text, x: area.x + line.indent, y: area.y + offset,
                       style: line.style == .normal ? .overlay : line.style, limit: area.width - line.indent)
        }
        if scroll + area.height < lines.count { buffer.put("▾", x: box.maxX - 2, y: box.maxY - 2, style: .overlay) }
    }
}

/// The help: generated from the keymap, so it lists exactly the keys that work.
enum HelpContent {
    static func lines(_ language: Language, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        let keyWidth = Keymap.bindings.map { TextWidth.of($0.keyLabel) }.max() ?? 0
        let indent = String(repeating: " ", count: keyWidth + 2)
        for binding in Keymap.bindings {
            let description = TextWidth.wrap(binding.description[language], width: max(1, width - keyWidth - 2))
            for (index, line) in description.enumerated() {
                lines.append(StyledLine(text: (index == 0 ? binding.keyLabel.padding(keyWidth + 2) : indent) + line))
            }
        }
        lines.append(StyledLine(text: ""))
        for line in TextWidth.wrap(UIText.legend.text(language), width: width) {
            lines.append(StyledLine(text: line, style: .dim))
        }
        return lines
    }
}
