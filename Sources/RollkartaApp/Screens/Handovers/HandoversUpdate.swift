import RollkartaModel

extension HandoversScreen {
    static func update(_ action: Action, _ state: inout AppState) -> [Effect] {
        let rows = HandoverLines.of(state).rows
        let selected = rows.indices.contains(state.screens.handovers.selected) ? rows[state.screens.handovers.selected] : nil
        var effects: [Effect] = []
        switch action {
        case .edit:
            if let selected { state.form = HandoverForm.edit(state, selected) }
        case .delete:
            guard let selected else { return [] }
            effects = Edit.apply(&state, .handover(selected.id, nil), message: ListText.of(state.language).handoverDeleted(TextWidth.truncate(selected.what.replacingNewlines(), to: 40)))
        default:
            // Each handover takes two lines.
            _ = state.screens.handovers.move(action, count: rows.count, page: max(1, AppFrame(state).body.height / 2))
        }
        keepInView(&state)
        return effects
    }

    static func keepInView(_ state: inout AppState) {
        state.screens.handovers.clamp(count: state.workshop.handovers.count)
        let lines = HandoverLines.of(state)
        state.screens.handovers.top = state.screens.handovers.firstVisible(
            selectedLines: lines.range(of: state.screens.handovers.selected), totalLines: lines.lines.count,
            visibleLines: AppFrame(state).body.height)
    }
}

/// The Handovers view's lines: a heading per journey, two lines per handover.
struct HandoverLines {
    struct Line {
        var text: String
        var style: Style
        /// The handover (its index in journey order) the line belongs to.
        var row: Int?
    }

    var lines: [Line] = []
    /// The handovers in journey order, and where each one's lines start.
    var rows: [Handover] = []
    private var firstLines: [Int] = []

    /// Made once per version of the workshop and language: formatting every handover on every
    /// key was most of a key press with many.
    static func of(_ state: AppState) -> HandoverLines {
        state.derive(Key(language: state.language)) { HandoverLines(state) }
    }

    private struct Key: Hashable {
        var language: Language
    }

    private init(_ state: AppState) {
        let language = state.language
        var journey: JourneyID?
        rows = state.workshop.handoversInJourneyOrder
        for (index, handover) in rows.enumerated() {
            if handover.from.journey != journey {
                journey = handover.from.journey
                if !lines.isEmpty { lines.append(Line(text: "", style: .normal)) }
                lines.append(Line(text: "── " + (state.workshop.journey(handover.from.journey)?.name[language] ?? "") + " ",
                                  style: .heading))
            }
            let failing = handover.status.isFailing
            let mark = handover.status.mark
            var to = Self.end(handover.to, state)
            if handover.crossesJourneys {
                to = "[" + (state.workshop.journey(handover.to.journey)?.name[language] ?? "") + "] " + to
            }
            firstLines.append(lines.count)
            lines.append(Line(text: "\(mark) \(handover.id)  \(Self.end(handover.from, state))  →  \(to)",
                              style: failing ? .failing : .normal, row: index))
            let flags = handover.flags.isEmpty ? "" : " [" + handover.flags.map { $0.label(language) }.joined(separator: ", ") + "]"
            lines.append(Line(text: "     \(handover.status.label(language)): \(handover.what.replacingNewlines())\(flags)",
                              style: failing ? .failing : .dim, row: index))
        }
    }

    /// The lines of one handover.
    func range(of row: Int) -> Range<Int> {
        guard firstLines.indices.contains(row) else { return 0..<0 }
        return firstLines[row]..<(firstLines[row] + 2)
    }

    private static func end(_ end: HandoverEnd, _ state: AppState) -> String {
        let journey = state.workshop.journey(end.journey)
        var text = "\(end.role) · " + (journey?.step(end.step)?.title[state.language] ?? end.step)
        if let actor = end.actor.flatMap({ state.workshop.actor($0) }) { text += " (\(actor.abbreviation))" }
        return text
    }
}
