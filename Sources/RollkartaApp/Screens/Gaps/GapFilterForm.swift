import RollkartaModel

/// `f` in the Gaps view: which gaps the view shows.
enum GapFilterForm {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// Which gaps the Gaps view shows.
        case gapFilter

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            return GapFilterForm.save(form, &state)
        }
    }

    static func make(_ state: AppState) -> FormState {
        let language = state.language
        let filter = state.screens.gaps.filter
        let all = FormField.Option(id: "", label: UIText.of(language).all)
        let journeys = [all] + state.workshop.journeys.map { FormField.Option(id: $0.id.rawValue, label: $0.name[language]) }
        var steps = [all], roles = [all]
        for journey in state.workshop.journeys {
            for step in journey.steps where !steps.contains(where: { $0.id == step.id }) {
                steps.append(FormField.Option(id: step.id, label: step.title[language]))
            }
            for role in journey.roles where !roles.contains(where: { $0.id == role.id }) {
                roles.append(FormField.Option(id: role.id, label: "\(role.id) \(role.title[language])"))
            }
        }
        let priorities = [all] + Priority.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label(language)) }
        let statuses = [all] + PlanStatus.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label(language)) }
        func field(_ id: String, _ label: String, _ options: [FormField.Option], _ current: String?) -> FormField {
            FormField(id: id, label: label,
                      value: .choice(options: options, selected: options.firstIndex { $0.id == (current ?? "") } ?? 0))
        }
        return FormState(purpose: Purpose.gapFilter, title: FormText.of(language).filterGaps, fields: [
            field("journey", ListText.of(language).journeyLabel, journeys, filter.journey?.rawValue),
            field("step", UIText.of(language).step, steps, filter.step),
            field("role", UIText.of(language).role, roles, filter.role),
            field("priority", FormText.of(language).fieldPriority, priorities, filter.priority?.rawValue),
            field("status", FormText.of(language).fieldPlanStatus, statuses, filter.status?.rawValue),
        ])
    }

    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        state.screens.gaps.filter = GapsState.Filter(
            journey: form["journey"]?.optionalChoice.flatMap(JourneyID.init(rawValue:)), step: form["step"]?.optionalChoice,
            role: form["role"]?.optionalChoice, priority: form["priority"]?.optionalChoice.flatMap(Priority.init(rawValue:)),
            status: form["status"]?.optionalChoice.flatMap(PlanStatus.init(rawValue:)))
        state.screens.gaps.list = ListState()
        return .saved([], message: nil)
    }
}
