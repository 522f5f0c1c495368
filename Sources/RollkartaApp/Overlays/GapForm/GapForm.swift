import RollkartaModel

/// `g` on the map, Enter in the Gaps view: a gap with its action plan.
enum GapForm {
    static func new(_ state: AppState) -> FormState? {
        guard let cell = SelectedCell(state) else { return nil }
        return make(state, gap: nil, journey: cell.journey.id, step: cell.step.id, role: cell.role.id)
    }

    static func edit(_ state: AppState, _ gap: Gap) -> FormState? {
        make(state, gap: gap, journey: gap.journey, step: gap.step, role: gap.role)
    }

    /// The form, empty for a new gap at a cell or filled in with an existing gap.
    private static func make(_ state: AppState, gap existing: Gap?, journey: JourneyID, step: String?,
                             role: String?) -> FormState? {
        let language = state.language
        guard let journeyCopy = state.workshop.journey(journey) else { return nil }
        let goals = Catalog.bundled.effectGoals(for: journey).map {
            FormField.Option(id: $0.id, label: $0.id, hint: $0.text[language])
        }
        let causes = [FormField.Option(id: "", label: "–")]
            + GapCause.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label(language)) }
        let plan = existing?.plan ?? ActionPlan()
        let fields: [FormField] = [
            .text("description", FormText.fieldDescription.text(language), existing?.description ?? "", multiline: true),
            .choice("kind", FormText.fieldGapKind.text(language), existing?.kind ?? .unclearResponsibility, language: language),
            FormField(id: "cause", label: FormText.fieldCause.text(language), value: .choice(
                options: causes, selected: causes.firstIndex { $0.id == existing?.cause?.rawValue } ?? 0)),
            .choice("priority", FormText.fieldPriority.text(language), existing?.priority ?? .medium, language: language),
            FormField(id: "effectGoals", label: FormText.fieldEffectGoals.text(language),
                      value: .toggles(options: goals, selected: Set(existing?.effectGoals ?? []), current: 0)),
            FormField(id: "actors", label: FormText.fieldBetweenActors.text(language),
                      value: .toggles(options: AssignmentForm.actorOptions(state.workshop),
                                      selected: Set((existing?.actors ?? []).map(\.rawValue)), current: 0)),
            .text("action", FormText.fieldAction.text(language), plan.action, multiline: true),
            .text("responsible", FormText.fieldResponsible.text(language), plan.responsible),
            .text("timeline", FormText.fieldTimeline.text(language), plan.timeline),
            .text("goal", FormText.fieldGoal.text(language), plan.goal, multiline: true),
            .text("measure", FormText.fieldMeasure.text(language), plan.measure),
            .choice("planStatus", FormText.fieldPlanStatus.text(language), plan.status, language: language),
        ]
        var place = [journeyCopy.name[language]]
        if let role { place.append("\(UIText.role.text(language)) \(role)") }
        if let step, let title = journeyCopy.step(step)?.title[language] { place.append(title) }
        let heading = existing.map { $0.id.rawValue } ?? FormText.newGap.text(language)
        return FormState(purpose: .gap(id: existing?.id, journey: journey, step: step, role: role),
                         title: ([heading] + place).joined(separator: " · "), fields: fields)
    }

    /// A new gap gets the next free id; an existing one keeps its id and place.
    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        guard case .gap(let existingID, let journey, let step, let role) = form.purpose else { return .problem("") }
        let id = existingID ?? state.workshop.nextGapID
        let plan = ActionPlan(action: form["action"]?.text ?? "", responsible: form["responsible"]?.text ?? "",
                              timeline: form["timeline"]?.text ?? "", goal: form["goal"]?.text ?? "",
                              measure: form["measure"]?.text ?? "",
                              status: form["planStatus"]?.choice.flatMap(PlanStatus.init(rawValue:)) ?? .notStarted)
        var gap = Gap(id: id, journey: journey, step: step, role: role, actors: form["actors"]?.toggledActors ?? [],
                      description: form.trimmed("description"),
                      kind: form["kind"]?.choice.flatMap(GapKind.init(rawValue:)) ?? .unclearResponsibility,
                      cause: form["cause"]?.choice.flatMap(GapCause.init(rawValue:)),
                      priority: form["priority"]?.choice.flatMap(Priority.init(rawValue:)) ?? .medium,
                      effectGoals: form["effectGoals"]?.toggled ?? [], plan: plan)
        // The workshop-1 item a gap was made from stays linked through any edit.
        gap.expectation = existingID.flatMap { id in state.workshop.gaps.first { $0.id == id }?.expectation }
        return .of(&state, .gap(id, gap), message: FormText.gapSaved(id.rawValue).text(state.language))
    }
}
