import RollkartaModel

extension HandoversScreen {
    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        let lines = HandoverLines.of(state)
        guard !lines.lines.isEmpty else {
            buffer.put(ListText.of(state.language).noHandovers, x: area.x, y: area.y + 1, limit: area.width)
            return
        }
        let selected = state.screens.handovers.selected
        let top = state.screens.handovers.firstVisible(selectedLines: lines.range(of: selected), totalLines: lines.lines.count,
                                               visibleLines: area.height)
        for (offset, line) in lines.lines.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + offset
            let isSelected = line.row == selected
            if isSelected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: .selected) }
            buffer.put(TextWidth.truncate(line.text, to: area.width), x: area.x, y: y,
                       style: isSelected ? .selected : line.style, limit: area.width)
        }
    }
}
