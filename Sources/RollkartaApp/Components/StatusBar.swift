import RollkartaModel

/// The bottom line: a prompt being typed, a message, or the keys that matter here, named
/// from their bindings.
enum StatusBar {
    /// `pinned` actions stand at the right (help and quit), the rest fill from the left as
    /// room allows.
    static func draw(prompt: String? = nil, message: String?, hints: [Binding], pinned: [Action] = [],
                     _ language: Language, in area: Rect, into buffer: inout CellBuffer) {
        guard area.width > 0, area.height > 0 else { return }
        buffer.fill(area, style: .statusBar)
        if let text = prompt ?? message {
            buffer.put(" " + text, x: area.x, y: area.y, style: .statusBar, limit: area.width)
            return
        }
        let shown = hints.filter { $0.short != nil }
        var right = area.maxX
        for action in pinned.reversed() {
            // A pinned hint that does not fit whole is left out, not shown cut at the left.
            guard let binding = shown.first(where: { $0.action == action }),
                  right - hintWidth(binding, language) >= area.x else { continue }
            right -= hintWidth(binding, language)
            drawHint(binding, x: right, language, y: area.y, into: &buffer)
        }
        var x = area.x + 1
        for binding in shown where !pinned.contains(binding.action) {
            let width = hintWidth(binding, language)
            guard x + width <= right else { break }
            drawHint(binding, x: x, language, y: area.y, into: &buffer)
            x += width
        }
    }

    private static func hintWidth(_ binding: Binding, _ language: Language) -> Int {
        TextWidth.of(binding.keys[0].name) + 1 + TextWidth.of(binding.short?[language] ?? "") + 2
    }

    private static func drawHint(_ binding: Binding, x: Int, _ language: Language, y: Int, into buffer: inout CellBuffer) {
        let used = buffer.put(binding.keys[0].name, x: x, y: y, style: .key)
        buffer.put(" " + (binding.short?[language] ?? "") + "  ", x: x + used, y: y, style: .statusBar)
    }
}
