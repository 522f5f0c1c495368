import RollkartaModel

/// How a verification subject (a role, a gap, a handover) reads on screen: a one-line name
/// for lists, and the full text a participant is asked to confirm.
enum SubjectText {
    /// "3 Den som möter …", "gap-0002 Ingen fångar upp …", "ho-0001 Remiss BUP → PSA".
    static func name(_ subject: VerificationSubject, in workshop: Workshop, _ language: Language) -> String {
        switch subject {
        case .role(let journey, let role):
            let title = workshop.journey(journey)?.role(role)?.title[language] ?? ""
            return "\(role) \(title)"
        case .gap(let id):
            let description = workshop.gaps.first { $0.id == id }?.description.replacingNewlines() ?? ""
            return "\(id) \(description)"
        case .handover(let id):
            let what = workshop.handovers.first { $0.id == id }?.what.replacingNewlines() ?? ""
            return "\(id) \(what)"
        case .expectations(let organisation):
            return VerificationSubject.Kind.expectations.label(language) + ": " + (workshop.actor(organisation)?.name ?? organisation.rawValue)
        }
    }

    /// The full text, wrapped to `width`; `maps` holds the workshop's journey maps.
    static func lines(_ subject: VerificationSubject, in workshop: Workshop, maps: [JourneyID: MapModel],
                      _ language: Language, width: Int) -> [StyledLine] {
        var lines = WrappedLines(width: width)
        switch subject {
        case .role(let journeyID, let roleID):
            guard let journey = workshop.journey(journeyID), let role = journey.role(roleID) else { break }
            lines.add("\(journey.name[language]) · \(role.tier.label(language))", .dim)
            lines.add("\(UIText.role.text(language)) \(role.id)  \(role.title[language])", .heading)
            addDescription(of: role, language, to: &lines)
            lines.append(StyledLine(text: ""))
            lines.add(UIText.whoHoldsIt.text(language), .heading)
            if let model = maps[journey.id], let row = model.roles.firstIndex(where: { $0.id == role.id }) {
                for holder in holders(model, row: row, workshop: workshop, language) { lines.add(holder, .normal, indent: 2) }
            }
        case .gap(let id):
            guard let gap = workshop.gaps.first(where: { $0.id == id }) else { break }
            let journey = workshop.journey(gap.journey)
            lines.add("\(journey?.name[language] ?? gap.journey.label(language)) · \(gap.kind.label(language)) · "
                + gap.priority.label(language), .dim)
            lines.add("\(VerificationSubject.Kind.gaps.label(language)) \(gap.id)", .heading)
            lines.add(gap.description, .normal, indent: 2)
            let step = gap.step.flatMap { journey?.step($0)?.title[language] }
            let role = gap.role.flatMap { journey?.role($0) }.map { "\($0.id) \($0.title[language])" }
            let place = [step, role].compactMap { $0 }.joined(separator: " · ")
            if !place.isEmpty { lines.add(UIText.step.text(language) + " / " + UIText.role.text(language) + ": " + place, .dim, indent: 2) }
            let actors = gap.actors.map { workshop.actor($0)?.abbreviation ?? $0.rawValue }
            if !actors.isEmpty { lines.add(UIText.actors.text(language) + ": " + actors.joined(separator: ", "), .dim, indent: 2) }
        case .handover(let id):
            guard let handover = workshop.handovers.first(where: { $0.id == id }) else { break }
            lines.add("\(VerificationSubject.Kind.handovers.label(language)) \(handover.id) · \(handover.status.label(language))", .heading)
            lines.add(handover.what, .normal, indent: 2)
            lines.add(VerifyText.from.text(language) + ": " + end(handover.from, workshop, language), .normal, indent: 2)
            lines.add(VerifyText.to.text(language) + ": " + end(handover.to, workshop, language), .normal, indent: 2)
        case .expectations(let organisation):
            guard let actor = workshop.actor(organisation) else { break }
            lines.add("\(VerificationSubject.Kind.expectations.label(language)) · \(actor.name)", .heading)
            let mission = workshop.mission(of: organisation)
            lines.add(ExpectationsText.mission(mission.isEmpty ? nil : mission, key: "").text(language), .normal, indent: 2)
            for area in ExpectationArea.allCases {
                for side in ExpectationSide.allCases {
                    let items = workshop.expectations(of: organisation, area, side)
                    guard !items.isEmpty else { continue }
                    lines.add("\(area.label(language)) · \(side.label(language))", .dim)
                    for item in items { lines.add("• " + workshop.describe(item, language).replacingNewlines(), .normal, indent: 2) }
                }
            }
        }
        return lines.lines
    }

    /// A role's description and examples, indented under its title.
    static func addDescription(of role: WorkshopRole, _ language: Language, to lines: inout WrappedLines) {
        lines.add(role.description[language], .normal, indent: 2)
        if !role.examples[language].isEmpty {
            lines.add("\(UIText.examples.text(language)): " + role.examples[language].joined(separator: ", "), .dim, indent: 2)
        }
    }

    /// One line per step: the cell's marks, the step, who holds the role there and how well.
    static func holders(_ model: MapModel, row: Int, workshop: Workshop, _ language: Language) -> [String] {
        model.steps.enumerated().map { column, step -> String in
            let info = model.cell(row: row, column: column)
            let actors = (info.assignment?.actors ?? []).map { workshop.actor($0)?.abbreviation ?? $0.rawValue }
            let who = actors.isEmpty ? "–" : actors.joined(separator: ", ")
                + " (\(info.assignment?.status.label(language) ?? ""))"
            return CellMarks.status(info) + CellMarks.gap(info) + CellMarks.handover(info)
                + " \(column + 1). \(step.title[language]): \(who)"
        }
    }

    private static func end(_ end: HandoverEnd, _ workshop: Workshop, _ language: Language) -> String {
        let journey = workshop.journey(end.journey)
        let parts = [journey?.name[language], journey?.step(end.step)?.title[language],
                     journey?.role(end.role).map { "\($0.id) \($0.title[language])" },
                     end.actor.map { workshop.actor($0)?.abbreviation ?? $0.rawValue }]
        return parts.compactMap { $0 }.joined(separator: " · ")
    }
}
