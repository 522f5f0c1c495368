import RollkartaModel

extension MapScreen {
    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        guard let journey = state.currentJourney else { return }
        let model = state.mapModel(journey)
        let layout = MapLayout(area, rowCount: model.rows.count, stepCount: journey.steps.count, whole: state.wholeJourney)
        drawGrid(state, model: model, layout: layout, into: &buffer)
        DetailPanel.draw(state, in: layout.panel, into: &buffer)
    }

    /// Roles as rows (grouped primary / secondary), steps as columns. Each cell: status mark,
    /// gap mark, handover mark, then the actors' abbreviations.
    private static func drawGrid(_ state: AppState, model: MapModel, layout: MapLayout, into buffer: inout CellBuffer) {
        let position = state.position
        let grid = layout.grid
        let language = state.language
        let columns = Array(position.firstColumn..<min(model.steps.count, position.firstColumn + layout.visibleColumns))

        // Step headings: two lines, the selected step marked.
        let scrolledLeft = position.firstColumn > 0
        let moreRight = position.firstColumn + layout.visibleColumns < model.steps.count
        buffer.put(scrolledLeft ? "◂ " : "", x: grid.x, y: grid.y, style: .dim)
        buffer.put(model.journey.name[language], x: grid.x + (scrolledLeft ? 2 : 0), y: grid.y, style: .heading,
                   limit: layout.labelWidth - 3)
        for (slot, column) in columns.enumerated() {
            let x = grid.x + layout.labelWidth + slot * layout.columnWidth
            let title = "\(column + 1). " + model.steps[column].title[language]
            let lines = TextWidth.wrap(title, width: layout.columnWidth - 1)
            let style: Style = column == position.column ? .selected : .heading
            for (offset, line) in lines.prefix(MapLayout.stepHeadingRows).enumerated() {
                let shown = offset == MapLayout.stepHeadingRows - 1 && lines.count > MapLayout.stepHeadingRows
                    ? TextWidth.truncate(line + " " + lines[MapLayout.stepHeadingRows...].joined(separator: " "),
                                         to: layout.columnWidth - 1) : line
                buffer.put(shown, x: x, y: grid.y + offset, style: style, limit: layout.columnWidth - 1)
            }
        }
        if moreRight { buffer.put("▸", x: grid.maxX - 1, y: grid.y, style: .dim) }

        let hits = state.search.hits.filter { $0.journey == model.journey.id }
        let rows = model.rows
        for screenRow in 0..<layout.visibleRows {
            let displayIndex = position.firstRow + screenRow
            guard displayIndex < rows.count else { break }
            let y = grid.y + MapLayout.stepHeadingRows + screenRow
            switch rows[displayIndex] {
            case .heading(let tier):
                let title = (tier == .primary ? MapText.of(language).primaryRoles : MapText.of(language).secondaryRoles)
                buffer.put("── \(title) ", x: grid.x, y: y, style: .heading)
                let used = TextWidth.of("── \(title) ")
                buffer.put(String(repeating: "─", count: max(0, grid.width - used)), x: grid.x + used, y: y, style: .dim)
            case .role(let row):
                let role = model.roles[row]
                let selectedRow = row == position.row
                let labelHit = hits.contains { $0.row == row && $0.column == nil }
                let label = "\(role.id.padding(3)) \(role.gridLabel[language])"
                buffer.put(TextWidth.truncate(label, to: layout.labelWidth - 1), x: grid.x, y: y,
                           style: labelHit ? .match : (selectedRow ? .heading : .normal), limit: layout.labelWidth - 1)
                for (slot, column) in columns.enumerated() {
                    let x = grid.x + layout.labelWidth + slot * layout.columnWidth
                    let info = model.cell(row: row, column: column)
                    let selected = selectedRow && column == position.column
                    let isHit = hits.contains { $0.row == row && $0.column == column }
                    drawCell(info, model: model, x: x, y: y, width: layout.columnWidth - 1,
                             selected: selected, hit: isHit, into: &buffer)
                }
            }
        }
        let hiddenBelow = position.firstRow + layout.visibleRows < rows.count
        if hiddenBelow { buffer.put("▾", x: grid.maxX - 1, y: grid.maxY - 1, style: .dim) }
    }

    private static func drawCell(_ info: MapModel.CellInfo, model: MapModel, x: Int, y: Int, width: Int,
                                 selected: Bool, hit: Bool, into buffer: inout CellBuffer) {
        let status = CellMarks.status(info)
        let statusStyle: Style
        switch info.assignment?.status {
        case .holds?: statusStyle = .holds
        case .partly?: statusStyle = .partly
        case .unclear?: statusStyle = .unclear
        case nil: statusStyle = .dim
        }
        let base: Style = selected ? .selected : (hit ? .match : .normal)
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: base)
        buffer.put(status, x: x, y: y, style: selected || hit ? base : statusStyle)
        // A badge only where there is a mark: a blank stays the cell's own.
        func markStyle(_ mark: String, _ style: Style) -> Style { selected || hit || mark == " " ? base : style }
        let gap = CellMarks.gap(info), handover = CellMarks.handover(info)
        buffer.put(gap, x: x + 1, y: y, style: markStyle(gap, .gapMark))
        let handoverStyle: Style = CellMarks.hasFailingHandover(info) ? .failingMark : .handoverMark
        buffer.put(handover, x: x + 2, y: y, style: markStyle(handover, handoverStyle))
        let actors = (info.assignment?.actors ?? []).map(model.abbreviation)
        buffer.put(TextWidth.truncate(actors.joined(separator: ","), to: width - 4), x: x + 4, y: y, style: base,
                   limit: width - 4)
    }
}

extension String {
    /// Pads with spaces to a display width (for ids in a column).
    func padding(_ width: Int) -> String {
        let missing = width - TextWidth.of(self)
        return missing > 0 ? self + String(repeating: " ", count: missing) : self
    }
}
