import RollkartaModel

/// Everything known about the selected cell: the role in full, who holds it, its gaps and
/// handovers, and the role's workshop notes. The map's panel shows its start.
extension CellDetailOverlay {
    /// The lines, up to `maxLines` (the panel under the map shows only its first few, and
    /// wrapping every gap and handover of a busy cell would cost more than the whole map).
    static func lines(_ state: AppState, width: Int, maxLines: Int = .max) -> [StyledLine] {
        guard let journey = state.currentJourney else { return [] }
        let model = state.mapModel(journey)
        let position = state.position
        guard model.roles.indices.contains(position.row), model.steps.indices.contains(position.column) else { return [] }
        let language = state.language
        let role = model.roles[position.row]
        let step = model.steps[position.column]
        let info = model.cell(row: position.row, column: position.column)
        let workshop = state.workshop
        var lines = WrappedLines(width: width, maxLines: maxLines)

        lines.add("\(UIText.of(language).role) \(role.id) · \(role.title[language])", .heading)
        if let revision = workshop.revisions(of: RoleKey(journey: journey.id, role: role.id)).last {
            lines.add(RoleWalkText.of(language).changedNote(revision.explained(language).replacingNewlines()), .dim)
        }
        lines.add("\(UIText.of(language).step) \(position.column + 1). \(step.title[language]) · \(journey.name[language])"
            + " · \(role.tier.label(language))", .dim)

        let actors = (info.assignment?.actors ?? []).compactMap { workshop.actor($0) }
        if actors.isEmpty {
            // Recorded unclear or partly with no one known: said with its status.
            let recorded = info.assignment.map { " · \($0.status.label(language))" } ?? ""
            lines.add("\(UIText.of(language).actors): \(CellMarks.status(info)) \(MapText.of(language).noActors)\(recorded)")
        } else {
            let names = actors.map { "\($0.abbreviation) – \($0.name) (\($0.principal.label(language)))" }
            let status = info.assignment.map { "\(CellMarks.status(info)) \($0.status.label(language))" } ?? ""
            lines.add("\(UIText.of(language).actors): \(names.joined(separator: ", ")) · \(status)")
        }

        let gaps = info.gaps + (model.roleGaps[role.id] ?? [])
        addGaps(gaps, language, to: &lines)
        let said = state.workshop.insights(journey: journey.id, step: step.id, role: role.id, gaps: gaps.map(\.id))
        if !said.isEmpty {
            lines.add("\(InsightText.of(language).heading):", .heading)
            for insight in said where !lines.isFull { lines.add(state.workshop.describe(insight, language), .normal, indent: 1) }
        }
        addHandovers(info, state, to: &lines)
        addRole(role, journey: journey.id, state, to: &lines)
        return lines.lines
    }

    private static func addGaps(_ gaps: [Gap], _ language: Language, to lines: inout WrappedLines) {
        if !gaps.isEmpty {
            lines.add("\(UIText.of(language).gaps):", .heading)
            for gap in gaps where !lines.isFull {
                lines.add("! \(gap.id) [\(gap.priority.label(language)), \(gap.kind.label(language))] \(gap.description)",
                    .gap, indent: 1)
                for activity in gap.activities where !lines.isFull {
                    let text = [activity.action, activity.responsible, activity.timeline].filter { !$0.isEmpty }.joined(separator: " · ")
                    lines.add("→ \(text.isEmpty ? "–" : text) (\(activity.status.label(language)))", .normal, indent: 3)
                }
            }
        }
    }

    private static func addHandovers(_ info: MapModel.CellInfo, _ state: AppState, to lines: inout WrappedLines) {
        let language = state.language
        if !info.outgoing.isEmpty || !info.incoming.isEmpty {
            lines.add("\(UIText.of(language).handovers):", .heading)
            for handover in info.outgoing where !lines.isFull {
                lines.add("> \(handover.id) \(MapText.of(language).handoverTo) " + describe(handover.to, state)
                    + ": \(handover.status.label(language)) – \(handover.what)" + flags(handover, language),
                    handover.status.isFailing ? .failing : .handover, indent: 1)
            }
            for handover in info.incoming where !lines.isFull {
                lines.add("< \(handover.id) \(MapText.of(language).handoverFrom) " + describe(handover.from, state)
                    + ": \(handover.status.label(language)) – \(handover.what)" + flags(handover, language),
                    handover.status.isFailing ? .failing : .handover, indent: 1)
            }
        }
    }

    /// The role's description, examples and the workshop's notes about it.
    private static func addRole(_ role: WorkshopRole, journey: JourneyID, _ state: AppState, to lines: inout WrappedLines) {
        let language = state.language
        lines.add("\(UIText.of(language).description):", .heading)
        lines.add(role.description[language], .normal, indent: 1)
        let examples = role.examples[language]
        if !examples.isEmpty {
            lines.add("\(UIText.of(language).examples):", .heading)
            lines.add(examples.joined(separator: ", "), .normal, indent: 1)
        }
        let positions = state.workshop.positions(of: RoleKey(journey: journey, role: role.id))
        if !positions.isEmpty {
            lines.add("\(PositionsText.of(language).heading):", .heading)
            for (actor, text) in positions { lines.add("\(actor.abbreviation): \(text)", .normal, indent: 1) }
        }
        if let note = state.workshop.roleNote(RoleKey(journey: journey, role: role.id)) {
            lines.add("\(UIText.of(language).notes):", .heading)
            let t = UIText.of(language)
            for (label, text) in [(t.roleNeeds, note.needs), (t.roleObstacles, note.obstacles),
                                  (t.roleEnters, note.entersWhere), (t.roleTakesOver, note.whoTakesOver)] where !text.isEmpty {
                lines.add("\(label): \(text)", .normal, indent: 1)
            }
        }
    }

    private static func describe(_ end: HandoverEnd, _ state: AppState) -> String {
        let language = state.language
        guard let journey = state.workshop.journey(end.journey) else { return end.role }
        let roleTitle = journey.role(end.role)?.title[language] ?? end.role
        let stepTitle = journey.step(end.step)?.title[language] ?? end.step
        var text = "\(end.role) \(roleTitle) · \(stepTitle)"
        if let actor = end.actor.flatMap({ state.workshop.actor($0) }) { text += " (\(actor.abbreviation))" }
        if end.journey != state.journey { text += " [\(MapText.of(language).otherJourney): \(journey.name[language])]" }
        return text
    }

    private static func flags(_ handover: Handover, _ language: Language) -> String {
        handover.flags.isEmpty ? "" : " [" + handover.flags.map { $0.label(language) }.joined(separator: ", ") + "]"
    }
}
