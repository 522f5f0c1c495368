import RollkartaModel

/// View 6: the workshop's figures (coverage, gaps, handovers, verification), scrollable.
enum SummaryView {
    static func area(_ state: AppState) -> Rect {
        let layout = mapLayout(state)
        return Rect(x: 2, y: layout.tabs.maxY + 1, width: state.width - 4, height: layout.status.y - layout.tabs.maxY - 1)
    }

    static func lines(_ state: AppState) -> [String] {
        let width = max(1, area(state).width)
        return SummaryReport.text(state.workshop, language: state.language)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { TextWidth.wrap(String($0), width: width) }
    }

    static func draw(_ state: AppState, into buffer: inout CellBuffer) {
        let area = self.area(state)
        let lines = self.lines(state)
        let scroll = min(state.summaryScroll, max(0, lines.count - area.height))
        for (offset, line) in lines.dropFirst(scroll).prefix(area.height).enumerated() {
            buffer.put(line, x: area.x, y: area.y + offset, style: offset + scroll == 0 ? .heading : .normal,
                       limit: area.width)
        }
    }
}

/// The bottom line: the search being typed, a message, or the keys that matter here.
enum StatusBar {
    static func draw(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        buffer.fill(area, style: .statusBar)
        if state.search.isEditing {
            buffer.put(" " + UIText.searchPrompt.text(state.language) + state.search.query + "▏", x: area.x, y: area.y,
                       style: .statusBar)
            return
        }
        if let message = state.message {
            buffer.put(" " + message, x: area.x, y: area.y, style: .statusBar)
            return
        }
        let context: KeyContext = state.form != nil ? .form
            : state.overlay != nil ? .overlay : (state.view == .map ? .map : .summary)
        var x = area.x + 1
        for binding in Keymap.bindings(in: context) {
            guard let short = binding.short else { continue }
            let key = binding.keyLabel.split(separator: " ").first.map(String.init) ?? binding.keyLabel
            let width = TextWidth.of(key) + 1 + TextWidth.of(short[state.language])
            guard x + width < area.maxX else { break }
            x += buffer.put(key, x: x, y: area.y, style: .key)
            x += buffer.put(" " + short[state.language] + "  ", x: x, y: area.y, style: .statusBar)
        }
    }
}
