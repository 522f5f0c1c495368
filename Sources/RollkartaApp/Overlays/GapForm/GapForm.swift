import RollkartaModel

/// `g` on the map, Enter in the Gaps view: a gap and its action plan, activity by activity
/// (seed 000's columns, level, status, the Lippitt-Knoster conditions in place). F3 adds an
/// activity, F4 removes the one the cursor is in, F5 / F6 move it up / down; the whole form
/// saves as one step to undo.
enum GapForm {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// A new gap (id nil) or an existing one.
        case gap(id: Gap.ID?, journey: JourneyID, step: String?, role: String?)

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            return GapForm.save(form, &state)
        }

        /// F3-F6: the gap's activities, added, removed and moved.
        var bindings: [Binding] { GapForm.activityBindings }

        func handle(_ action: Action, _ form: inout FormState, _ language: Language) {
            switch action {
            case .addActivity: GapForm.addActivity(&form, language)
            case .removeActivity: GapForm.removeActivity(&form, language)
            case .moveActivityUp: GapForm.moveActivity(&form, by: -1, language)
            case .moveActivityDown: GapForm.moveActivity(&form, by: 1, language)
            default: break
            }
        }
    }

    static func new(_ state: AppState) -> FormState? {
        guard let cell = SelectedCell(state) else { return nil }
        return make(state, gap: nil, journey: cell.journey.id, step: cell.step.id, role: cell.role.id)
    }

    static func edit(_ state: AppState, _ gap: Gap) -> FormState? {
        make(state, gap: gap, journey: gap.journey, step: gap.step, role: gap.role)
    }

    /// The form, empty for a new gap at a cell (with one blank activity) or filled in.
    private static func make(_ state: AppState, gap existing: Gap?, journey: JourneyID, step: String?,
                             role: String?) -> FormState? {
        let language = state.language
        guard let journeyCopy = state.workshop.journey(journey) else { return nil }
        let goals = Catalog.bundled.effectGoals(for: journey).map {
            FormField.Option(id: $0.id, label: $0.label(language), hint: $0.text[language])
        }
        let causes = GapCause.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label(language), hint: $0.predicted(language)) }
        var fields: [FormField] = [
            .text("description", FormText.of(language).fieldDescription, existing?.description ?? "", multiline: true),
            .choice("kind", FormText.of(language).fieldGapKind, existing?.kind ?? .unclearResponsibility, language: language),
            FormField(id: "causes", label: FormText.of(language).fieldCause,
                      value: .toggles(options: causes, selected: Set((existing?.causes ?? []).map(\.rawValue)), current: 0)),
            .choice("priority", FormText.of(language).fieldPriority, existing?.priority ?? .medium, language: language),
            FormField(id: "effectGoals", label: FormText.of(language).fieldEffectGoals,
                      value: .toggles(options: goals, selected: Set(existing?.effectGoals ?? []), current: 0)),
            FormField(id: "actors", label: FormText.of(language).fieldBetweenActors,
                      value: .toggles(options: AssignmentForm.actorOptions(state.workshop),
                                      selected: Set((existing?.actors ?? []).map(\.rawValue)), current: 0)),
        ]
        let activities = existing?.activities ?? []
        for (index, activity) in (activities.isEmpty ? [nil] : activities.map(Optional.some)).enumerated() {
            fields += activityFields(activity, group: index, language)
        }
        var place = [journeyCopy.name[language]]
        if let role { place.append("\(UIText.of(language).role) \(role)") }
        if let step, let title = journeyCopy.step(step)?.title[language] { place.append(title) }
        let heading = existing.map { $0.id.rawValue } ?? FormText.of(language).newGap
        var form = FormState(purpose: Purpose.gap(id: existing?.id, journey: journey, step: step, role: role),
                             title: ([heading] + place).joined(separator: " · "), fields: fields)
        relabel(&form, language)
        return form
    }

    /// An activity's fields; their ids carry the activity's id (empty for a new one) and the
    /// group's number, so that moving and removing keep each field with its activity.
    private static func activityFields(_ activity: Activity?, group: Int, _ language: Language) -> [FormField] {
        let prefix = "act|\(activity?.id.rawValue ?? "")|\(group)|"
        let conditions = GapCause.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label(language), hint: $0.predicted(language)) }
        return [
            .text(prefix + "action", FormText.of(language).fieldAction, activity?.action ?? "", multiline: true),
            .choice(prefix + "level", FormText.of(language).fieldLevel, activity?.level ?? .general, language: language),
            .text(prefix + "responsible", FormText.of(language).fieldResponsible, activity?.responsible ?? ""),
            .text(prefix + "timeline", FormText.of(language).fieldTimeline, activity?.timeline ?? ""),
            .text(prefix + "goal", FormText.of(language).fieldGoal, activity?.goal ?? "", multiline: true),
            .text(prefix + "measure", FormText.of(language).fieldMeasure, activity?.measure ?? ""),
            .choice(prefix + "status", FormText.of(language).fieldPlanStatus, activity?.status ?? .notStarted, language: language),
            FormField(id: prefix + "conditions", label: FormText.of(language).fieldConditions,
                      value: .toggles(options: conditions, selected: Set((activity?.conditions.inPlace ?? []).map(\.rawValue)), current: 0)),
        ]
    }

    /// The groups of activity fields, in the form's order: (prefix, field indices).
    private static func groups(_ form: FormState) -> [(prefix: String, indices: [Int])] {
        var groups: [(prefix: String, indices: [Int])] = []
        for (index, field) in form.fields.enumerated() where field.id.hasPrefix("act|") {
            let prefix = field.id.split(separator: "|", omittingEmptySubsequences: false).prefix(3).joined(separator: "|") + "|"
            if groups.last?.prefix == prefix { groups[groups.count - 1].indices.append(index) } else { groups.append((prefix, [index])) }
        }
        return groups
    }

    /// "Aktivitet 2 (gap-0003-a2) · Ansvarig": each label says which activity it belongs to.
    private static func relabel(_ form: inout FormState, _ language: Language) {
        for (number, group) in groups(form).enumerated() {
            let id = group.prefix.split(separator: "|", omittingEmptySubsequences: false)[1]
            let name = FormText.of(language).activityNumber(number + 1, id.isEmpty ? nil : String(id))
            for index in group.indices {
                let label = form.fields[index].label
                let plain = label.components(separatedBy: " · ").last ?? label
                form.fields[index].label = name + " · " + plain
            }
        }
    }

    private static func focusedGroup(_ form: FormState) -> Int? {
        groups(form).firstIndex { $0.indices.contains(form.focus) }
    }

    /// The keys of the gap form alone: F3-F6 on its activities.
    static let activityBindings: [Binding] = [
        Binding([.function(3)], .addActivity, Localized(sv: "Glappets form: en aktivitet till", en: "Gap form: one more activity"),
                short: Localized(sv: "ny aktivitet", en: "new activity")),
        Binding([.function(4)], .removeActivity,
                Localized(sv: "Glappets form: ta bort aktiviteten markören står i", en: "Gap form: remove the activity the cursor is in")),
        Binding([.function(5)], .moveActivityUp, Localized(sv: "Glappets form: flytta aktiviteten upp", en: "Gap form: move the activity up")),
        Binding([.function(6)], .moveActivityDown, Localized(sv: "Glappets form: flytta aktiviteten ner", en: "Gap form: move the activity down")),
    ]

    /// F3: a blank activity at the end, the cursor in it.
    static func addActivity(_ form: inout FormState, _ language: Language) {
        let next = (groups(form).compactMap { Int($0.prefix.split(separator: "|", omittingEmptySubsequences: false)[2]) }.max() ?? -1) + 1
        form.focus = form.fields.count
        form.fields += activityFields(nil, group: next, language)
        form.isChanged = true
        relabel(&form, language)
    }

    /// F4: the activity the cursor is in taken out of the plan.
    static func removeActivity(_ form: inout FormState, _ language: Language) {
        guard let group = focusedGroup(form) else { return }
        let indices = groups(form)[group].indices
        form.fields.removeSubrange(indices.first!...indices.last!)
        form.focus = min(indices.first!, form.fields.count - 1)
        form.isChanged = true
        relabel(&form, language)
    }

    /// F5 / F6: the activity the cursor is in one place up or down, the cursor with it.
    static func moveActivity(_ form: inout FormState, by offset: Int, _ language: Language) {
        let all = groups(form)
        guard let group = focusedGroup(form), all.indices.contains(group + offset) else { return }
        let within = form.focus - all[group].indices.first!
        var blocks = all.map { $0.indices.map { form.fields[$0] } }
        blocks.swapAt(group, group + offset)
        let start = all.first!.indices.first!
        form.fields.replaceSubrange(start..., with: blocks.flatMap { $0 })
        form.focus = start + blocks.prefix(group + offset).map(\.count).reduce(0, +) + within
        form.isChanged = true
        relabel(&form, language)
    }

    /// A new gap gets the next free id; an existing one keeps its id, place and link. Blank new
    /// activities are left out; a status or a text that changed is recorded in the activity's history.
    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        guard case .gap(let existingID, let journey, let step, let role)? = form.purpose as? Purpose else { return .problem("") }
        let id = existingID ?? state.workshop.nextGapID
        let existing = existingID.flatMap { id in state.workshop.gaps.first { $0.id == id } }
        var gap = Gap(id: id, journey: journey, step: step, role: role, actors: form["actors"]?.toggledActors ?? [],
                      description: form.trimmed("description"),
                      kind: form["kind"]?.choice.flatMap(GapKind.init(rawValue:)) ?? .unclearResponsibility,
                      causes: (form["causes"]?.toggled ?? []).compactMap(GapCause.init(rawValue:)),
                      priority: form["priority"]?.choice.flatMap(Priority.init(rawValue:)) ?? .medium,
                      effectGoals: form["effectGoals"]?.toggled ?? [], expectation: existing?.expectation)
        for group in groups(form) {
            let activityID = group.prefix.split(separator: "|", omittingEmptySubsequences: false)[1]
            var activity = existing?.activities.first { $0.id.rawValue == activityID } ?? Activity(id: gap.nextActivityID(avoiding: state.workshop.retired))
            func text(_ name: String) -> String { form.trimmed(group.prefix + name) }
            let level = form[group.prefix + "level"]?.choice.flatMap(ActivityLevel.init(rawValue:)) ?? .general
            let texts: [(ActivityField, String)] = [(.action, text("action")), (.responsible, text("responsible")),
                                                    (.timeline, text("timeline")), (.goal, text("goal")),
                                                    (.measure, text("measure")), (.level, level.rawValue)]
            for (field, value) in texts {
                // A new activity's first texts are no change; an existing one's are dated in its history.
                if activityID.isEmpty { activity[field] = value } else { activity.setText(field, value, on: state.today()) }
            }
            activity.conditions.inPlace = (form[group.prefix + "conditions"]?.toggled ?? []).compactMap(GapCause.init(rawValue:))
            let status = form[group.prefix + "status"]?.choice.flatMap(PlanStatus.init(rawValue:)) ?? .notStarted
            if activityID.isEmpty {
                guard !activity.isBlank else { continue }
                activity.status = status
            } else {
                activity.setStatus(status, on: state.today())
            }
            gap.activities.append(activity)
        }
        return .of(&state, .gap(id, gap), message: FormText.of(state.language).gapSaved(TextWidth.truncate(gap.description.replacingNewlines(), to: 40)))
    }
}
