import RollkartaModel

/// Enter in the follow-up view: an activity's status with a note for its history; `f`: which
/// activities the view shows.
enum ActivityStatusForm {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// An activity's status with a note.
        case activityStatus(Activity.ID)
        /// Which activities the follow-up view shows.
        case followUpFilter

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            return ActivityStatusForm.save(form, &state)
        }
    }

    static func make(_ state: AppState, _ item: PlanFollowUp.Item) -> FormState {
        let language = state.language
        return FormState(purpose: Purpose.activityStatus(item.activity.id), title: FollowUpText.of(language).formTitle(item.activity.id.rawValue),
                         fields: [.choice("status", FormText.of(language).fieldPlanStatus, item.activity.status, language: language),
                                  .text("note", FollowUpText.of(language).note)])
    }

    static func filter(_ state: AppState) -> FormState {
        let language = state.language
        let filter = state.screens.followUp.filter
        func choice<Value: StrictEnum & Labelled>(_ id: String, _ label: String, _ current: Value?) -> FormField {
            let options = [FormField.Option(id: "", label: "–")] + Value.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label(language)) }
            return FormField(id: id, label: label, value: .choice(options: options, selected: options.firstIndex { $0.id == current?.rawValue } ?? 0))
        }
        let journeys = [FormField.Option(id: "", label: "–")] + state.workshop.journeys.map { FormField.Option(id: $0.id.rawValue, label: $0.name[language]) }
        let overdue = [FormField.Option(id: "", label: "–"), FormField.Option(id: "yes", label: FollowUpText.of(language).onlyOverdue)]
        return FormState(purpose: Purpose.followUpFilter, title: FollowUpText.of(language).filterTitle, fields: [
            choice("status", FormText.of(language).fieldPlanStatus, filter.status),
            choice("level", FormText.of(language).fieldLevel, filter.level),
            FormField(id: "journey", label: ListText.of(language).journeyLabel,
                      value: .choice(options: journeys, selected: journeys.firstIndex { $0.id == filter.journey?.rawValue } ?? 0)),
            FormField(id: "overdue", label: FollowUpText.of(language).onlyOverdue,
                      value: .choice(options: overdue, selected: filter.onlyOverdue ? 1 : 0)),
        ])
    }

    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        switch form.purpose as? Purpose {
        case .activityStatus(let id):
            guard let item = FollowUpScreen.followUp(state).groups.flatMap(\.items).first(where: { $0.activity.id == id }),
                  let status = form["status"]?.choice.flatMap(PlanStatus.init(rawValue:)) else { return .problem("") }
            let note = form.trimmed("note")
            guard status != item.activity.status || !note.isEmpty else { return .saved([], message: nil) }
            if status == item.activity.status {
                // The same status with a note: the note goes in the history all the same.
                var gap = item.gap
                guard let index = gap.activities.firstIndex(where: { $0.id == id }) else { return .problem("") }
                gap.activities[index].history.append(StatusChange(date: state.today(), from: status, to: status, note: note))
                return .of(&state, .gap(gap.id, gap), message: FollowUpText.of(state.language).statusSet(id.rawValue, status.label(state.language)))
            }
            let effects = FollowUpScreen.setStatus(item, status, note: note, &state)
            return .saved(effects, message: state.message)
        case .followUpFilter:
            state.screens.followUp.filter = PlanFollowUp.Filter(status: form["status"]?.optionalChoice.flatMap(PlanStatus.init(rawValue:)),
                                                        level: form["level"]?.optionalChoice.flatMap(ActivityLevel.init(rawValue:)),
                                                        journey: form["journey"]?.optionalChoice.flatMap(JourneyID.init(rawValue:)),
                                                        onlyOverdue: form["overdue"]?.optionalChoice != nil)
            state.screens.followUp.list = ListState()
            FollowUpScreen.keepInView(&state)
            return .saved([], message: nil)
        default:
            return .problem("")
        }
    }
}
