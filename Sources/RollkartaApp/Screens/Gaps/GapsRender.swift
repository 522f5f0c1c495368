import RollkartaModel

extension GapsScreen {
    /// Everyone responsible for an activity of the gap, each once.
    static func responsible(_ gap: Gap) -> String {
        var names: [String] = []
        for name in gap.activities.map({ $0.responsible.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty && !names.contains(name) {
            names.append(name)
        }
        return names.joined(separator: ", ")
    }

    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        let rows = GapsRows.rows(state)
        let view = state.screens.gaps
        var summary = ListText.of(language).gapCount(rows.count, state.workshop.gaps.count)
            + " · " + ListText.of(language).sortedBy(ListText.of(language).gapsColumn(view.sort) + (view.ascending ? " ▲" : " ▼"))
        if view.filter.isActive { summary += " · " + ListText.of(language).filterActive }
        buffer.put(summary, x: area.x, y: area.y, style: .dim, limit: area.width)
        guard !rows.isEmpty else {
            buffer.put(ListText.of(language).noGaps, x: area.x, y: area.y + 2, style: .normal, limit: area.width)
            return
        }
        let columns = visibleColumns(width: area.width)
        var x = area.x
        for (column, width) in columns {
            let marker = column == view.sort ? (view.ascending ? "▲" : "▼") : ""
            buffer.put(ListText.of(language).gapsColumn(column) + marker, x: x, y: area.y + 1,
                       style: column == view.sort ? .selected : .heading, limit: width - 1)
            x += width
        }
        ListView.draw(view.list, count: rows.count, in: tableArea(state), into: &buffer) { index, y, selected, buffer in
            let gap = rows[index]
            var x = area.x
            for (column, width) in columns {
                let style: Style = selected ? .selected : (column == .priority && gap.priority == .high ? .gap : .normal)
                buffer.put(TextWidth.truncate(cell(gap, column, state, width: width), to: width - 1), x: x, y: y, style: style,
                           limit: width - 1)
                x += width
            }
        }
    }

    /// Columns that fit: the description takes what the others leave.
    static func visibleColumns(width: Int) -> [(GapsState.Column, Int)] {
        var columns: [(GapsState.Column, Int)] = [(.id, 9), (.journey, 7), (.step, 16), (.role, 5), (.priority, 7)]
        if width >= 110 { columns += [(.kind, 16), (.responsible, 16)] }
        columns.append((.status, 12))
        let used = columns.map(\.1).reduce(0, +)
        columns.append((.description, max(10, width - used)))
        return columns
    }

    /// The text of a cell; a description only as far as the column can show it.
    static func cell(_ gap: Gap, _ column: GapsState.Column, _ state: AppState, width: Int) -> String {
        let language = state.language
        let journey = state.workshop.journey(gap.journey)
        switch column {
        case .id: return gap.id.rawValue
        case .journey: return UIText.of(language).journeyShort(gap.journey)
        case .step: return gap.step.flatMap { journey?.step($0)?.title[language] } ?? "–"
        case .role: return gap.role ?? "–"
        case .priority: return (gap.priority == .high ? "! " : "  ") + gap.priority.label(language)
        case .kind: return gap.kind.label(language)
        case .status:
            guard let status = gap.planStatus else { return "–" }
            return status.label(language) + (gap.activities.count > 1 ? " (\(gap.activities.count))" : "")
        case .responsible:
            let names = responsible(gap)
            return names.isEmpty ? "–" : names
        case .description:
            // What participants said about the gap, counted where the gap is listed.
            let said = state.workshop.insights.count { $0.gap == gap.id }
            let prefix = said == 0 ? "" : "[" + InsightText.of(language).count(said) + "] "
            return prefix + String(gap.description.prefix(width)).replacingNewlines()
        }
    }
}
