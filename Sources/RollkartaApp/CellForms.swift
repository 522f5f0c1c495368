import Foundation
import RollkartaModel

/// The forms opened on a map cell: who holds the role (`a`) and a new gap (`g`).
enum CellForms {
    struct Cell {
        var journey: WorkshopJourney
        var step: JourneyStep
        var role: WorkshopRole
    }

    static func selectedCell(_ state: AppState) -> Cell? {
        guard let journey = state.currentJourney else { return nil }
        let model = state.mapModel(journey)
        let position = state.position
        guard model.roles.indices.contains(position.row), model.steps.indices.contains(position.column) else { return nil }
        return Cell(journey: journey, step: model.steps[position.column], role: model.roles[position.row])
    }

    static func actorOptions(_ workshop: Workshop) -> [FormField.Option] {
        workshop.actors.map { FormField.Option(id: $0.id, label: $0.abbreviation, hint: $0.name) }
    }

    // MARK: - Assignment

    static func assignment(_ state: AppState) -> FormState? {
        guard let cell = selectedCell(state) else { return nil }
        let language = state.language
        let existing = state.workshop.assignment(journey: cell.journey.id, step: cell.step.id, role: cell.role.id)
        let kinds = [FormField.Option(id: "", label: "–")]
            + Catalog.bundled.actorKinds.filter { $0.journeys.contains(cell.journey.id) }
                .map { FormField.Option(id: $0.id, label: "\($0.abbreviation) \($0.name[language])") }
        let fields: [FormField] = [
            FormField(id: "actors", label: UIText.actors.text(language),
                      value: .toggles(options: actorOptions(state.workshop), selected: Set(existing?.actors ?? []), current: 0)),
            .choice("status", UIText.fieldStatus.text(language), existing?.status ?? .holds, language: language),
            .text("newName", UIText.fieldNewActorName.text(language)),
            .text("newAbbreviation", UIText.fieldNewActorAbbreviation.text(language)),
            FormField(id: "newKind", label: UIText.fieldNewActorKind.text(language), value: .choice(options: kinds, selected: 0)),
            .choice("newPrincipal", UIText.fieldNewActorPrincipal.text(language), Principal.region, language: language),
        ]
        let title = "\(UIText.role.text(language)) \(cell.role.id) · \(cell.step.title[language])"
        return FormState(purpose: .assignment(journey: cell.journey.id, step: cell.step.id, role: cell.role.id),
                         title: title, fields: fields)
    }

    /// Writes the form into the workshop; a problem text when the form cannot be saved.
    static func applyAssignment(_ form: FormState, journey: JourneyID, step: String, role: String,
                                to workshop: inout Workshop, language: Language) -> String? {
        var actors = form["actors"]?.toggled ?? []
        let name = (form["newName"]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var abbreviation = (form["newAbbreviation"]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if !name.isEmpty || !abbreviation.isEmpty {
            if abbreviation.isEmpty { abbreviation = String(name.prefix(4)).uppercased() }
            let finalName = name.isEmpty ? abbreviation : name
            if workshop.actors.contains(where: { $0.abbreviation.lowercased() == abbreviation.lowercased() }) {
                return UIText.actorExists(abbreviation).text(language)
            }
            let kind = form["newKind"]?.choice.flatMap { $0.isEmpty ? nil : $0 }
            let principal = form["newPrincipal"]?.choice.flatMap(Principal.init(rawValue:)) ?? .region
            let id = Identifiers.fromName(abbreviation, prefix: "actor", existing: workshop.actors.map(\.id))
            workshop.actors.append(Actor(id: id, name: finalName, abbreviation: abbreviation, kind: kind, principal: principal))
            actors.append(id)
        }
        let status = form["status"]?.choice.flatMap(AssignmentStatus.init(rawValue:)) ?? .holds
        let index = workshop.assignments.firstIndex { $0.journey == journey && $0.step == step && $0.role == role }
        if actors.isEmpty {
            if let index { workshop.assignments.remove(at: index) }
        } else if let index {
            workshop.assignments[index].actors = actors
            workshop.assignments[index].status = status
        } else {
            workshop.assignments.append(Assignment(journey: journey, step: step, role: role, actors: actors, status: status))
        }
        return nil
    }

    // MARK: - Gap

    static func newGap(_ state: AppState) -> FormState? {
        guard let cell = selectedCell(state) else { return nil }
        return gapForm(state, gap: nil, journey: cell.journey.id, step: cell.step.id, role: cell.role.id)
    }

    /// The gap form, empty for a new gap at a cell or filled in with an existing gap.
    static func gapForm(_ state: AppState, gap existing: Gap?, journey: JourneyID, step: String?, role: String?) -> FormState? {
        let language = state.language
        guard let journeyCopy = state.workshop.journey(journey) else { return nil }
        let goals = Catalog.bundled.effectGoals(for: journey).map {
            FormField.Option(id: $0.id, label: $0.id, hint: $0.text[language])
        }
        let causes = [FormField.Option(id: "", label: "–")]
            + GapCause.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label(language)) }
        let plan = existing?.plan ?? ActionPlan()
        let fields: [FormField] = [
            .text("description", UIText.fieldDescription.text(language), existing?.description ?? "", multiline: true),
            .choice("kind", UIText.fieldGapKind.text(language), existing?.kind ?? .unclearResponsibility, language: language),
            FormField(id: "cause", label: UIText.fieldCause.text(language), value: .choice(
                options: causes, selected: causes.firstIndex { $0.id == existing?.cause?.rawValue } ?? 0)),
            .choice("priority", UIText.fieldPriority.text(language), existing?.priority ?? .medium, language: language),
            FormField(id: "effectGoals", label: UIText.fieldEffectGoals.text(language),
                      value: .toggles(options: goals, selected: Set(existing?.effectGoals ?? []), current: 0)),
            FormField(id: "actors", label: UIText.fieldBetweenActors.text(language),
                      value: .toggles(options: actorOptions(state.workshop), selected: Set(existing?.actors ?? []), current: 0)),
            .text("action", UIText.fieldAction.text(language), plan.action, multiline: true),
            .text("responsible", UIText.fieldResponsible.text(language), plan.responsible),
            .text("timeline", UIText.fieldTimeline.text(language), plan.timeline),
            .text("goal", UIText.fieldGoal.text(language), plan.goal, multiline: true),
            .text("measure", UIText.fieldMeasure.text(language), plan.measure),
            .choice("planStatus", UIText.fieldPlanStatus.text(language), plan.status, language: language),
        ]
        var place = [journeyCopy.name[language]]
        if let role { place.append("\(UIText.role.text(language)) \(role)") }
        if let step, let title = journeyCopy.step(step)?.title[language] { place.append(title) }
        let heading = existing.map { $0.id } ?? UIText.newGap.text(language)
        return FormState(purpose: .gap(id: existing?.id, journey: journey, step: step, role: role),
                         title: ([heading] + place).joined(separator: " · "), fields: fields)
    }

    /// Saves a new gap, or the edited fields of an existing one (its id and place stay).
    static func applyGap(_ form: FormState, id: String?, journey: JourneyID, step: String?, role: String?,
                         to workshop: inout Workshop, language: Language) -> String? {
        let description = (form["description"]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !description.isEmpty else { return UIText.descriptionRequired.text(language) }
        let plan = ActionPlan(action: form["action"]?.text ?? "", responsible: form["responsible"]?.text ?? "",
                              timeline: form["timeline"]?.text ?? "", goal: form["goal"]?.text ?? "",
                              measure: form["measure"]?.text ?? "",
                              status: form["planStatus"]?.choice.flatMap(PlanStatus.init(rawValue:)) ?? .notStarted)
        let gap = Gap(id: id ?? Identifiers.next(prefix: "gap", existing: workshop.gaps.map(\.id)), journey: journey,
                      step: step, role: role, actors: form["actors"]?.toggled ?? [], description: description,
                      kind: form["kind"]?.choice.flatMap(GapKind.init(rawValue:)) ?? .unclearResponsibility,
                      cause: form["cause"]?.choice.flatMap(GapCause.init(rawValue:)),
                      priority: form["priority"]?.choice.flatMap(Priority.init(rawValue:)) ?? .medium,
                      effectGoals: form["effectGoals"]?.toggled ?? [], plan: plan)
        if let index = workshop.gaps.firstIndex(where: { $0.id == gap.id }) {
            workshop.gaps[index] = gap
        } else {
            workshop.gaps.append(gap)
        }
        return nil
    }
}
