import RollkartaModel

/// The area between the tabs and the status bar, for the full-screen views.
func bodyArea(_ state: AppState) -> Rect {
    let layout = mapLayout(state)
    return Rect(x: 1, y: layout.tabs.maxY + 1, width: state.width - 2, height: layout.status.y - layout.tabs.maxY - 1)
}

/// View 2: the role walk, one role at a time, big headings and room to read on a projector.
enum RolesView {
    static func draw(_ state: AppState, into buffer: inout CellBuffer) {
        let area = bodyArea(state)
        let lines = RoleWalk.lines(state, width: area.width - 2)
        for (offset, line) in lines.prefix(area.height).enumerated() {
            buffer.put(line.text, x: area.x + 1 + line.indent, y: area.y + offset, style: line.style,
                       limit: area.width - 1 - line.indent)
        }
    }
}

/// View 3: every gap in a table, filtered and sorted; Enter edits one with its action plan.
enum GapsView {
    static func draw(_ state: AppState, into buffer: inout CellBuffer) {
        let area = bodyArea(state)
        let language = state.language
        let rows = GapsList.rows(state)
        let view = state.gapsView
        var summary = UIText.gapCount(shown: rows.count, total: state.workshop.gaps.count).text(language)
            + " · " + UIText.sortedBy(GapsList.title(view.sort, language) + (view.ascending ? " ▲" : " ▼")).text(language)
        if view.filter.isActive { summary += " · " + UIText.filterActive.text(language) }
        buffer.put(summary, x: area.x, y: area.y, style: .dim, limit: area.width)
        guard !rows.isEmpty else {
            buffer.put(UIText.noGaps.text(language), x: area.x, y: area.y + 2, style: .normal, limit: area.width)
            return
        }
        let columns = visibleColumns(width: area.width)
        var x = area.x
        for (column, width) in columns {
            let marker = column == view.sort ? (view.ascending ? "▲" : "▼") : ""
            buffer.put(GapsList.title(column, language) + marker, x: x, y: area.y + 1,
                       style: column == view.sort ? .selected : .heading, limit: width - 1)
            x += width
        }
        let visible = max(1, area.height - 2)
        let top = max(0, min(view.row - visible + 1, rows.count - visible)) > 0 ? view.row - visible + 1 : 0
        for (offset, gap) in rows.dropFirst(top).prefix(visible).enumerated() {
            let y = area.y + 2 + offset
            let selected = top + offset == view.row
            if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: .selected) }
            var x = area.x
            for (column, width) in columns {
                let style: Style = selected ? .selected : (column == .priority && gap.priority == .high ? .gap : .normal)
                buffer.put(TextWidth.truncate(cell(gap, column, state), to: width - 1), x: x, y: y, style: style,
                           limit: width - 1)
                x += width
            }
        }
    }

    /// Columns that fit: the description takes what the others leave.
    static func visibleColumns(width: Int) -> [(GapsViewState.Column, Int)] {
        var columns: [(GapsViewState.Column, Int)] = [(.id, 9), (.journey, 7), (.step, 16), (.role, 5), (.priority, 7)]
        if width >= 110 { columns += [(.kind, 16), (.responsible, 16)] }
        columns.append((.status, 12))
        let used = columns.map(\.1).reduce(0, +)
        columns.append((.description, max(10, width - used)))
        return columns
    }

    static func cell(_ gap: Gap, _ column: GapsViewState.Column, _ state: AppState) -> String {
        let language = state.language
        let journey = state.workshop.journey(gap.journey)
        switch column {
        case .id: return gap.id
        case .journey: return gap.journey.shortLabel(language)
        case .step: return gap.step.flatMap { journey?.step($0)?.title[language] } ?? "–"
        case .role: return gap.role ?? "–"
        case .priority: return (gap.priority == .high ? "! " : "  ") + gap.priority.label(language)
        case .kind: return gap.kind.label(language)
        case .status: return gap.plan.status.label(language)
        case .responsible: return gap.plan.responsible.isEmpty ? "–" : gap.plan.responsible
        case .description: return gap.description.replacingNewlines()
        }
    }
}

/// View 4: the chain of handovers per journey, in journey order; failing and missing ones
/// stand out by mark (✗) and colour.
enum HandoversView {
    static func draw(_ state: AppState, into buffer: inout CellBuffer) {
        let area = bodyArea(state)
        let language = state.language
        let rows = HandoversList.rows(state)
        guard !rows.isEmpty else {
            buffer.put(UIText.noHandovers.text(language), x: area.x, y: area.y + 1, limit: area.width)
            return
        }
        var lines: [(text: String, style: Style, row: Int?)] = []
        var journey: JourneyID?
        for (index, handover) in rows.enumerated() {
            if handover.from.journey != journey {
                journey = handover.from.journey
                if !lines.isEmpty { lines.append(("", .normal, nil)) }
                lines.append(("── " + (state.workshop.journey(handover.from.journey)?.name[language] ?? "") + " ", .heading, nil))
            }
            let failing = handover.status == .fails || handover.status == .missing
            let mark = failing ? "✗" : (handover.status == .partly ? "~" : "✓")
            var to = end(handover.to, state)
            if handover.crossesJourneys {
                to = "[" + (state.workshop.journey(handover.to.journey)?.name[language] ?? "") + "] " + to
            }
            lines.append(("\(mark) \(handover.id)  \(end(handover.from, state))  →  \(to)", failing ? .failing : .normal, index))
            let flags = handover.flags.isEmpty ? "" : " [" + handover.flags.map { $0.label(language) }.joined(separator: ", ") + "]"
            lines.append(("     \(handover.status.label(language)): \(handover.what.replacingNewlines())\(flags)",
                          failing ? .failing : .dim, index))
        }
        let selectedLine = lines.firstIndex { $0.row == state.handoverRow } ?? 0
        let top = max(0, selectedLine + 2 - area.height)
        for (offset, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + offset
            let selected = line.row == state.handoverRow
            if selected { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: .selected) }
            buffer.put(TextWidth.truncate(line.text, to: area.width), x: area.x, y: y,
                       style: selected ? .selected : line.style, limit: area.width)
        }
    }

    private static func end(_ end: HandoverEnd, _ state: AppState) -> String {
        let journey = state.workshop.journey(end.journey)
        var text = "\(end.role) · " + (journey?.step(end.step)?.title[state.language] ?? end.step)
        if let actor = end.actor.flatMap({ state.workshop.actor($0) }) { text += " (\(actor.abbreviation))" }
        return text
    }
}

extension String {
    func replacingNewlines() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " / ")
    }
}

extension JourneyID {
    /// "Barn" / "Vuxna": the journey in a narrow table column.
    func shortLabel(_ language: Language) -> String {
        switch self {
        case .child: return language == .sv ? "Barn" : "Child"
        case .adult: return language == .sv ? "Vuxna" : "Adult"
        }
    }
}
