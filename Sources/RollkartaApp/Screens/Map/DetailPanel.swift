import RollkartaModel

/// The bottom panel under the map: the start of the cell's detail and the legend of marks.
enum DetailPanel {
    static func draw(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        guard area.height > 0 else { return }
        let legend = MapText.of(state.language).legend
        buffer.put("─ " + legend + " ", x: area.x, y: area.y, style: .dim)
        let used = TextWidth.of("─ " + legend + " ")
        buffer.put(String(repeating: "─", count: max(0, area.width - used)), x: area.x + used, y: area.y, style: .dim)
        let room = area.height - 1
        guard room > 0 else { return }
        let lines = CellDetailOverlay.lines(state, width: area.width - 2, maxLines: room + 1)
        let shown = lines.count > room ? Array(lines.prefix(room - 1)) : lines
        for (offset, line) in shown.enumerated() {
            buffer.put(line.text, x: area.x + 1 + line.indent, y: area.y + 1 + offset, style: line.style,
                       limit: area.width - 1 - line.indent)
        }
        if lines.count > room {
            buffer.put("… " + MapText.of(state.language).detailHint, x: area.x + 1, y: area.maxY - 1, style: .dim)
        }
    }
}
