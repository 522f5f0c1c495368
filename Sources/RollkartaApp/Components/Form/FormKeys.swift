import RollkartaModel

/// Keys while a form is open: the fields take what they can; F2 saves, Esc asks first when
/// something was typed.
enum FormKeys {
    /// The keys every form has, with a form's own keys (`FormPurpose.bindings`) before Esc.
    static func bindings(with own: [Binding]) -> [Binding] { leading + own + [cancel] }

    static var bindings: [Binding] { bindings(with: []) }

    private static let leading: [Binding] = [
        Binding([.function(2)], .saveForm, Localized(sv: "Spara", en: "Save"), short: Localized(sv: "spara", en: "save")),
        Binding([.tab, .down], .nextField, Localized(sv: "Nästa fält (← → och mellanslag väljer)",
                                                     en: "Next field (← → and space choose)"),
                short: Localized(sv: "nästa fält", en: "next field")),
        Binding([.backTab, .up], .previousField, Localized(sv: "Föregående fält", en: "Previous field")),
    ]

    private static let cancel = Binding([.escape], .close, Localized(sv: "Avbryt (frågar först om något skrivits)",
                                                                   en: "Cancel (asks first if something was typed)"),
                                        short: Localized(sv: "avbryt", en: "cancel"))

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
        case let action? where form.purpose.bindings.contains(where: { $0.action == action }):
            form.purpose.handle(action, &form, state.language)
            return []
        default:
            break
        }
        if form.fields[form.focus].handle(key) {
            form.isChanged = true
            form.personalNumberConfirmed = false  // changed text is checked afresh
        } else if key == .enter {
            form.focus = (form.focus + 1) % form.fields.count  // Enter in a one-line field moves on
        } else if case .character = key, form.fields[form.focus].isChoice {
            // Typing into a choice that has nothing starting so: say what the field takes.
            form.problem = FormText.of(state.language).choiceHint
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
            form.problem = FormText.of(state.language).personalNumberWarning(found)
            form.personalNumberConfirmed = true
            return []
        }
        let result = form.purpose.save(form, &state)
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
        if state.readOnly?.refusesEdits == true { return .problem(FileText.of(state.language).readOnlyRefused) }
        switch Edit.attempt(&state, edit) {
        case .success(let effects): return .saved(effects, message: message)
        case .failure(let refusal): return .problem(refusal.message(state.language))
        }
    }
}

extension FormKeys {
    /// The keys some forms have of their own, for the help and README's key table (each form
    /// binds them in its `FormPurpose`; only the open form's work).
    static var ownKeys: [Binding] { GapForm.activityBindings }
}
