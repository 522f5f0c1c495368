/// What a participant is asked to confirm about a verification subject (a role, a gap, a
/// handover, an organisation's expectations page), as lines not yet wrapped: the walk wraps
/// them to the terminal, the verification page (RollkartaExport) writes one paragraph each.
/// Here, in the model, because both reach it and the app may not depend on the exports.
public struct SubjectLine: Equatable, Sendable {
    public enum Style: Sendable { case normal, heading, dim }
    /// May hold line breaks (a gap's description as written); empty is a blank line.
    public var text: String
    public var style: Style
    public var indent: Int

    public init(_ text: String, _ style: Style = .normal, indent: Int = 0) {
        (self.text, self.style, self.indent) = (text, style, indent)
    }
}

public enum SubjectLines {
    /// The full text; `maps` holds the workshop's journey maps.
    public static func lines(_ subject: VerificationSubject, in workshop: Workshop, maps: [JourneyID: MapModel],
                             _ language: Language) -> [SubjectLine] {
        var lines: [SubjectLine] = []
        func add(_ text: String, _ style: SubjectLine.Style = .normal, indent: Int = 0) { lines.append(SubjectLine(text, style, indent: indent)) }
        let t = WalkText.of(language)
        switch subject {
        case .role(let journeyID, let roleID):
            guard let journey = workshop.journey(journeyID), let role = journey.role(roleID) else { break }
            add("\(journey.name[language]) · \(role.tier.label(language))", .dim)
            add("\(t.role) \(role.id)  \(role.title[language])", .heading)
            lines += description(of: role, language)
            add("")
            add(t.whoHoldsIt, .heading)
            if let model = maps[journey.id], let row = model.roles.firstIndex(where: { $0.id == role.id }) {
                for holder in holders(model, row: row, workshop: workshop, language) { add(holder, indent: 2) }
            }
        case .gap(let id):
            guard let gap = workshop.gaps.first(where: { $0.id == id }) else { break }
            let journey = workshop.journey(gap.journey)
            add("\(journey?.name[language] ?? gap.journey.label(language)) · \(gap.kind.label(language)) · "
                + gap.priority.label(language), .dim)
            add("\(VerificationSubject.Kind.gaps.label(language)) \(gap.id)", .heading)
            add(gap.description, indent: 2)
            let step = gap.step.flatMap { journey?.step($0)?.title[language] }
            let role = gap.role.flatMap { journey?.role($0) }.map { "\($0.id) \($0.title[language])" }
            let place = [step, role].compactMap { $0 }.joined(separator: " · ")
            if !place.isEmpty { add(t.step + " / " + t.role + ": " + place, .dim, indent: 2) }
            let actors = gap.actors.map { workshop.actor($0)?.abbreviation ?? $0.rawValue }
            if !actors.isEmpty { add(t.actors + ": " + actors.joined(separator: ", "), .dim, indent: 2) }
            // The question asks whether the plan is right: it is shown, activity by activity.
            let planned = gap.activities.filter { !$0.action.isEmpty || !$0.responsible.isEmpty }
            add(t.actionPlan + (planned.isEmpty ? ": " + t.noActionPlan : ""), planned.isEmpty ? .dim : .normal, indent: 2)
            for activity in planned {
                let details = [activity.responsible, activity.timeline, activity.status.label(language)].filter { !$0.isEmpty }
                add("• " + (activity.action.isEmpty ? "–" : activity.action) + (details.isEmpty ? "" : " – " + details.joined(separator: " · ")),
                    indent: 4)
            }
        case .handover(let id):
            guard let handover = workshop.handovers.first(where: { $0.id == id }) else { break }
            add("\(VerificationSubject.Kind.handovers.label(language)) \(handover.id) · \(handover.status.label(language))", .heading)
            add(handover.what, indent: 2)
            add(t.from + ": " + end(handover.from, workshop, language), indent: 2)
            add(t.to + ": " + end(handover.to, workshop, language), indent: 2)
        case .expectations(let organisation):
            guard let actor = workshop.actor(organisation) else { break }
            add("\(VerificationSubject.Kind.expectations.label(language)) · \(actor.name)", .heading)
            let mission = workshop.mission(of: organisation)
            add(t.mission(mission.isEmpty ? nil : mission), indent: 2)
            for area in ExpectationArea.allCases {
                for side in ExpectationSide.allCases {
                    let items = workshop.expectations(of: organisation, area, side)
                    guard !items.isEmpty else { continue }
                    add("\(area.label(language)) · \(side.label(language))", .dim)
                    for item in items { add("• " + workshop.describe(item, language).replacingNewlines(), indent: 2) }
                }
            }
        }
        return lines
    }

    /// A role's description and examples, indented under its title.
    public static func description(of role: WorkshopRole, _ language: Language) -> [SubjectLine] {
        var lines = [SubjectLine(role.description[language], indent: 2)]
        if !role.examples[language].isEmpty {
            lines.append(SubjectLine("\(WalkText.of(language).examples): " + role.examples[language].joined(separator: ", "), .dim, indent: 2))
        }
        return lines
    }

    /// One line per step: the cell's marks, the step, who holds the role there and how well.
    public static func holders(_ model: MapModel, row: Int, workshop: Workshop, _ language: Language) -> [String] {
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

/// The verification walk's words that are not about keys or the terminal: the walk and its
/// web page both ask with them.
public struct WalkText: TextTable {
    public let role: String
    public let step: String
    public let actors: String
    public let examples: String
    public let whoHoldsIt: String
    public let from: String
    public let to: String
    public let mission: @Sendable (String?) -> String
    public let question: @Sendable (VerificationSubject.Kind) -> String
    public let missingQuestion: String
    /// The heading of a gap's action plan, and what stands there when it has none.
    public let actionPlan: String
    public let noActionPlan: String
}

extension WalkText {
    /// Svenska.
    public static let sv = WalkText(
        role: "Roll",
        step: "Steg",
        actors: "Aktörer",
        examples: "Exempel",
        whoHoldsIt: "Vem har rollen, steg för steg:",
        from: "Från",
        to: "Till",
        mission: { text in "Uppdrag: " + (text ?? "–") },
        question: { kind in
            switch kind {
            case .roles:
                return "Stämmer rollbeskrivningen med hur det är hos er? Är något oklart, eller saknas något?"
            case .gaps:
                return "Finns glappet så som det beskrivs, och stämmer handlingsplanen?"
            case .handovers:
                return "Går överlämningen till så som den beskrivs?"
            case .expectations:
                return "Stämmer sidan med hur ni beskrev er verksamhet och svarade i workshopen?"
            }
        },
        missingQuestion: "Saknas en roll, ett steg eller en aktör?",
        actionPlan: "Handlingsplan",
        noActionPlan: "Ingen handlingsplan än"
    )
}

extension WalkText {
    /// English.
    public static let en = WalkText(
        role: "Role",
        step: "Step",
        actors: "Actors",
        examples: "Examples",
        whoHoldsIt: "Who holds it, step by step:",
        from: "From",
        to: "To",
        mission: { text in "Mission: " + (text ?? "–") },
        question: { kind in
            switch kind {
            case .roles:
                return "Does the role's description match how it is where you work? Is anything unclear or missing?"
            case .gaps:
                return "Is the gap there as described, and is its action plan right?"
            case .handovers:
                return "Does the handover happen as described?"
            case .expectations:
                return "Does the page match how you described your organisation and answered in the workshop?"
            }
        },
        missingQuestion: "Is a role, a step or an actor missing?",
        actionPlan: "Action plan",
        noActionPlan: "No action plan yet"
    )
}
