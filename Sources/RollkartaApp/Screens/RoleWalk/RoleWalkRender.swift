import RollkartaModel

extension RoleWalkScreen {
    /// Big headings and room to read on a projector; the questions' answers below.
    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        let all = lines(state, width: area.width - 2)
        // A role longer than the screen (its notes at 80×24) says what is out of sight and how
        // to see it: nothing is cut off unseen.
        let shown = all.count > area.height ? max(1, area.height - 1) : all.count
        let first = min(currentScroll(state), max(0, all.count - shown))
        let text = Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: shown)
        TextView.draw(all, scroll: first, in: text, into: &buffer)
        if all.count > shown {
            let hidden = UIText.of(state.language).morePage(first, all.count - shown - first, Keymap.keyName(.pageDown, in: .screen(.roles)),
                                                             Keymap.keyName(.pageUp, in: .screen(.roles)))
            buffer.put(TextWidth.truncate(hidden, to: area.width - 2), x: area.x + 1, y: area.y + shown, style: .heading)
        }
    }

    static func lines(_ state: AppState, width: Int) -> [StyledLine] {
        guard let journey = state.currentJourney else { return [] }
        let model = state.mapModel(journey)
        let row = state.position.row
        guard model.roles.indices.contains(row) else { return [] }
        let language = state.language
        let role = model.roles[row]
        var lines = WrappedLines(width: width)
        lines.add("\(journey.name[language]) · \(UIText.of(language).role) \(row + 1)/\(model.roles.count) · "
            + role.tier.label(language), .dim)
        lines.add("\(role.id)  \(role.title[language])", .heading)
        lines.add(RoleWalkText.of(language).tierDefinition(role.tier, journey.id), .dim, indent: 2)
        SubjectText.addDescription(of: role, language, to: &lines)
        addRevisions(of: RoleKey(journey: journey.id, role: role.id), state, to: &lines)
        lines.append(StyledLine(text: ""))
        lines.add(UIText.of(language).whoHoldsIt, .heading)
        // Two columns of steps where the screen is wide enough, so the questions fit below.
        let holders = SubjectText.holders(model, row: row, workshop: state.workshop, language)
        let columnWidth = (width - 2) / 2
        if columnWidth >= 36 {
            let half = (holders.count + 1) / 2
            for index in 0..<half {
                let left = TextWidth.truncate(holders[index], to: columnWidth - 1).padding(columnWidth)
                let right = index + half < holders.count ? holders[index + half] : ""
                lines.append(StyledLine(text: left + TextWidth.truncate(right, to: columnWidth), style: .normal, indent: 2))
            }
        } else {
            for holder in holders { lines.add(holder, .normal, indent: 2) }
        }
        addGapsAndHandovers(of: RoleKey(journey: journey.id, role: role.id), state, to: &lines)
        addPositions(of: RoleKey(journey: journey.id, role: role.id), state, to: &lines)
        let said = state.workshop.insights.filter { $0.journey == journey.id && $0.role == role.id }
        if !said.isEmpty {
            lines.append(StyledLine(text: ""))
            lines.add(InsightText.of(language).heading, .heading)
            for insight in said { lines.add(state.workshop.describe(insight, language), .normal, indent: 2) }
        }
        lines.append(StyledLine(text: ""))
        let note = state.workshop.roleNote(RoleKey(journey: journey.id, role: role.id))
        let t = UIText.of(language)
        for (label, text) in [(t.roleNeeds, note?.needs), (t.roleObstacles, note?.obstacles),
                              (t.roleEnters, note?.entersWhere), (t.roleTakesOver, note?.whoTakesOver)] {
            let answer = text.flatMap { $0.isEmpty ? nil : $0 } ?? "–"
            lines.add(label + ": " + answer.replacingNewlines(), answer == "–" ? .dim : .normal)
        }
        // The needs question is about the effect goals: name them, in short, so the room can answer.
        let goals = Catalog.bundled.effectGoals(for: journey.id).map { goal in
            "\(goal.label(language)) " + TextWidth.truncate(goal.text[language], to: 34)
        }
        lines.add(RoleWalkText.of(language).effectGoals(goals.joined(separator: " · ")), .dim, indent: 2)
        return lines.lines
    }

    /// Where the role's gaps are and whom it hands over to or takes over from, step by step:
    /// "where the role enters and who takes over" seen in what the map holds.
    private static func addGapsAndHandovers(of key: RoleKey, _ state: AppState, to lines: inout WrappedLines) {
        let language = state.language
        let workshop = state.workshop
        func step(_ journey: JourneyID, _ id: String?) -> String {
            id.flatMap { workshop.journey(journey)?.step($0)?.title[language] } ?? "–"
        }
        let gaps = workshop.gaps.filter { $0.journey == key.journey && $0.role == key.role }
        let handovers = workshop.handovers.filter { ($0.from.journey == key.journey && $0.from.role == key.role)
            || ($0.to.journey == key.journey && $0.to.role == key.role) }
        guard !gaps.isEmpty || !handovers.isEmpty else { return }
        lines.append(StyledLine(text: ""))
        if !gaps.isEmpty {
            lines.add(Glossary.gap.heading(language, count: gaps.count), .heading)
            for gap in gaps {
                lines.add("! \(step(gap.journey, gap.step)): \(gap.description.replacingNewlines())", .gap, indent: 2)
            }
        }
        if !handovers.isEmpty {
            lines.add(Glossary.handover.heading(language, count: handovers.count), .heading)
            for handover in handovers {
                let failing = handover.status.isFailing
                let mark = handover.status.mark
                let outgoing = handover.from.journey == key.journey && handover.from.role == key.role
                let (mine, other) = outgoing ? (handover.from, handover.to) : (handover.to, handover.from)
                let text = RoleWalkText.of(language).handoverLine(outgoing, step(mine.journey, mine.step), other.role,
                                                                  step(other.journey, other.step), handover.what.replacingNewlines())
                lines.add("\(mark) \(text)", failing ? .failing : .normal, indent: 2)
            }
        }
    }

    /// "Befattningar hos er": one line per organisation that has said which positions hold the role.
    private static func addPositions(of key: RoleKey, _ state: AppState, to lines: inout WrappedLines) {
        let language = state.language
        let positions = state.workshop.positions(of: key)
        lines.append(StyledLine(text: ""))
        guard !positions.isEmpty else {
            lines.add(PositionsText.of(language).none, .dim)
            return
        }
        lines.add(PositionsText.of(language).heading, .heading)
        for (actor, text) in positions { lines.add("\(actor.abbreviation): \(text.replacingNewlines())", .normal, indent: 2) }
    }

    /// That the workshop changed the role, why, and (with `p`) how it read before.
    private static func addRevisions(of key: RoleKey, _ state: AppState, to lines: inout WrappedLines) {
        let revisions = state.workshop.revisions(of: key)
        guard let last = revisions.last, let first = revisions.first else { return }
        let language = state.language
        let said = first.before == nil && revisions.count == 1
            ? RoleWalkText.of(language).addedWithReason(last.explained(language).replacingNewlines())
            : RoleWalkText.of(language).changedInWorkshop(last.explained(language).replacingNewlines(), revisions.count)
        lines.add(said,
                  .heading, indent: 2)
        guard state.screens.roleWalk.showsPreviousWording else { return }
        guard let before = first.before else {
            lines.add(RoleWalkText.of(language).addedInWorkshop, .dim, indent: 4)
            return
        }
        lines.add(RoleWalkText.of(language).previousWording + ": " + before.title[language], .dim, indent: 4)
        lines.add(before.description[language], .dim, indent: 4)
        if !before.examples[language].isEmpty {
            lines.add("\(UIText.of(language).examples): " + before.examples[language].joined(separator: ", "), .dim, indent: 4)
        }
    }
}
