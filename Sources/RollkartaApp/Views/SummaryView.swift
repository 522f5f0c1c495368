import RollkartaModel

/// View 6: the workshop's figures (coverage, gaps, handovers, verification), scrollable.
enum SummaryView {
    static func area(_ state: AppState) -> Rect {
        let body = bodyArea(state)
        return Rect(x: body.x + 1, y: body.y, width: body.width - 2, height: body.height)
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
