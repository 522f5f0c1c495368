import RollkartaModel

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
        // Help and quit are always there, at the right; the rest fill from the left as room allows.
        let bindings = Keymap.bindings(in: state.keyContext).filter { $0.short != nil }
        let pinned = bindings.filter { $0.action == .help || $0.action == .back }
        var right = area.maxX
        for binding in pinned.reversed() {
            right -= hintWidth(binding, state.language)
            drawHint(binding, x: right, state.language, into: &buffer, y: area.y)
        }
        var x = area.x + 1
        for binding in bindings where !pinned.contains(where: { $0.action == binding.action }) {
            let width = hintWidth(binding, state.language)
            guard x + width <= right else { break }
            drawHint(binding, x: x, state.language, into: &buffer, y: area.y)
            x += width
        }
    }

    private static func key(_ binding: Binding) -> String {
        binding.keyLabel.split(separator: " ").first.map(String.init) ?? binding.keyLabel
    }

    private static func hintWidth(_ binding: Binding, _ language: Language) -> Int {
        TextWidth.of(key(binding)) + 1 + TextWidth.of(binding.short?[language] ?? "") + 2
    }

    private static func drawHint(_ binding: Binding, x: Int, _ language: Language, into buffer: inout CellBuffer, y: Int) {
        let used = buffer.put(key(binding), x: x, y: y, style: .key)
        buffer.put(" " + (binding.short?[language] ?? "") + "  ", x: x + used, y: y, style: .statusBar)
    }
}
