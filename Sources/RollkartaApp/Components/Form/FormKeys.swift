import RollkartaModel

/// Keys while a form is open: the fields take what they can; F2 saves, Esc asks first when
/// something was typed.
enum FormKeys {
    static let bindings: [Binding] = [
        Binding([.function(2)], .saveForm, Localized(sv: "Spara", en: "Save"), short: Localized(sv: "spara", en: "save")),
        Binding([.tab, .down], .nextField, Localized(sv: "Nästa fält (← → och mellanslag väljer)",
                                                     en: "Next field (← → and space choose)"),
                short: Localized(sv: "nästa fält", en: "next field")),
        Binding([.backTab, .up], .previousField, Localized(sv: "Föregående fält", en: "Previous field")),
        Binding([.function(3)], .addActivity, Localized(sv: "Glappets form: en aktivitet till", en: "Gap form: one more activity"),
                short: Localized(sv: "ny aktivitet", en: "new activity"), unavailable: FormKeys.notAGapForm),
        Binding([.function(4)], .removeActivity,
                Localized(sv: "Glappets form: ta bort aktiviteten markören står i", en: "Gap form: remove the activity the cursor is in"),
                unavailable: FormKeys.notAGapForm),
        Binding([.function(5)], .moveActivityUp, Localized(sv: "Glappets form: flytta aktiviteten upp", en: "Gap form: move the activity up"),
                unavailable: FormKeys.notAGapForm),
        Binding([.function(6)], .moveActivityDown, Localized(sv: "Glappets form: flytta aktiviteten ner", en: "Gap form: move the activity down"),
                unavailable: FormKeys.notAGapForm),
        Binding([.escape], .close, Localized(sv: "Avbryt (frågar först om något skrivits)",
                                             en: "Cancel (asks first if something was typed)"),
                short: Localized(sv: "avbryt", en: "cancel")),
    ]

    /// F3-F6 belong to the gap form's activities.
    @Sendable static func notAGapForm(_ state: AppState) -> String? {
        GapForm.isActivityForm(state) ? nil : FormText.onlyInGapForm.text(state.language)
    }

    /// A key while a form is open, with the binding it stands for in the form (looked up once,
    /// by `update`).
    static func handle(_ key: Key, _ binding: Binding?, _ state: inout AppState) -> [Effect] {
        guard var form = state.form else { return [] }
        defer { if state.form != nil { state.form = form } }
        if form.isConfirmingCancel {
            switch key {
            case .character("j"), .character("J"), .character("y"), .character("Y"):
                state.form = nil
            default:
                form.isConfirmingCancel = false
            }
            return []
        }
        form.problem = nil
        switch binding?.action {
        case .saveForm?:
            return save(&state, &form)
        case .close?:
            if form.isChanged { form.isConfirmingCancel = true } else { state.form = nil }
            return []
        case .nextField?:
            form.focus = (form.focus + 1) % form.fields.count
            return []
        case .previousField?:
            form.focus = (form.focus - 1 + form.fields.count) % form.fields.count
            return []
        case .addActivity?, .removeActivity?, .moveActivityUp?, .moveActivityDown?:
            guard GapForm.isActivityForm(state) else { return [] }
            switch binding?.action {
            case .addActivity?: GapForm.addActivity(&form, state.language)
            case .removeActivity?: GapForm.removeActivity(&form, state.language)
            case .moveActivityUp?: GapForm.moveActivity(&form, by: -1, state.language)
            default: GapForm.moveActivity(&form, by: 1, state.language)
            }
            return []
        default:
            break
        }
        if form.fields[form.focus].handle(key) {
            form.isChanged = true
            form.personalNumberConfirmed = false  // changed text is checked afresh
        } else if key == .enter {
            form.focus = (form.focus + 1) % form.fields.count  // Enter in a one-line field moves on
        }
        return []
    }

    /// Saves the open form as F2 does (closing the window keeps what is typed this way); a
    /// problem its save finds stays in the form.
    static func submit(_ state: inout AppState) -> [Effect] {
        guard var form = state.form else { return [] }
        defer { if state.form != nil { state.form = form } }
        return save(&state, &form)
    }

    /// F2: warns once about text that looks like a personal identity number, then hands the
    /// form to its own save; a problem it finds stays in the form.
    private static func save(_ state: inout AppState, _ form: inout FormState) -> [Effect] {
        if let found = form.personalNumbers.first, !form.personalNumberConfirmed {
            form.problem = FormText.personalNumberWarning(found).text(state.language)
            form.personalNumberConfirmed = true
            return []
        }
        let result: FormResult
        switch form.purpose {
        case .assignment: result = AssignmentForm.save(form, &state)
        case .gap: result = GapForm.save(form, &state)
        case .handover: result = HandoverForm.save(form, &state)
        case .roleNote: result = RoleNoteForm.save(form, &state)
        case .role: result = RoleForm.save(form, &state)
        case .newRole: result = RoleForm.saveNew(form, &state)
        case .retireRole, .retireStep: result = RetireForm.save(form, &state)
        case .positions: result = PositionsForm.save(form, &state)
        case .step: result = StepForm.save(form, &state)
        case .activityStatus, .followUpFilter: result = ActivityStatusForm.save(form, &state)
        case .frame: result = FrameForm.save(form, &state)
        case .attendance: result = AttendanceForm.save(form, &state)
        case .insight: result = InsightForm.save(form, &state)
        case .agenda: result = AgendaForm.save(form, &state)
        case .expectation, .expectationResponse, .mergeExpectation, .mission, .expectationGap, .expectationObstacle, .organisation:
            result = ExpectationForms.save(form, &state)
        case .tally: result = TallyForm.save(form, &state)
        case .gapFilter: result = GapFilterForm.save(form, &state)
        }
        switch result {
        case .problem(let problem):
            form.problem = problem
            return []
        case .saved(let effects, let message):
            state.form = nil
            state.message = message
            return effects
        }
    }
}

/// What became of a form's F2.
enum FormResult {
    /// Done: the form closes, the message goes to the status bar.
    case saved([Effect], message: String?)
    /// Not saved: the form stays open and says why.
    case problem(String)

    /// The result of applying an edit made from a form.
    static func of(_ state: inout AppState, _ edit: WorkshopEdit, message: String) -> FormResult {
        if state.readOnly?.refusesEdits == true { return .problem(FileText.readOnlyRefused.text(state.language)) }
        switch Edit.attempt(&state, edit) {
        case .success(let effects): return .saved(effects, message: message)
        case .failure(let refusal): return .problem(refusal.message(state.language))
        }
    }
}
