import RollkartaModel

/// Keys while a form is open: fields take what they can; F2 saves through Edit, Esc asks first.
func editForm(_ state: inout AppState, _ key: Key) -> [Effect] {
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
    switch Keymap.action(for: key, in: .form) {
    case .saveForm?:
        return saveForm(&state, &form)
    case .close?:
        if form.isChanged { form.isConfirmingCancel = true } else { state.form = nil }
        return []
    case .nextField?:
        form.focus = (form.focus + 1) % form.fields.count
        return []
    case .previousField?:
        form.focus = (form.focus - 1 + form.fields.count) % form.fields.count
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

private func saveForm(_ state: inout AppState, _ form: inout FormState) -> [Effect] {
    if let found = form.personalNumbers.first, !form.personalNumberConfirmed {
        form.problem = UIText.personalNumberWarning(found).text(state.language)
        form.personalNumberConfirmed = true
        return []
    }
    var problem: String?
    let language = state.language
    let message: String
    let effects: [Effect]
    switch form.purpose {
    case .assignment(let journey, let step, let role):
        message = UIText.assignmentSaved.text(language)
        effects = Edit.apply(&state) { workshop in
            problem = CellForms.applyAssignment(form, journey: journey, step: step, role: role, to: &workshop,
                                                language: language)
        }
    case .gap(let id, let journey, let step, let role):
        let savedID = id ?? Identifiers.next(prefix: "gap", existing: state.workshop.gaps.map(\.id))
        message = UIText.gapSaved(savedID).text(language)
        effects = Edit.apply(&state) { workshop in
            problem = CellForms.applyGap(form, id: id, journey: journey, step: step, role: role, to: &workshop,
                                         language: language)
        }
    case .handover(let id, let from):
        message = UIText.handoverSaved.text(language)
        effects = Edit.apply(&state) { workshop in
            problem = HandoverForm.apply(form, id: id, from: from, to: &workshop, language: language)
        }
    case .roleNote(let journey, let role):
        message = UIText.notesSaved.text(language)
        effects = Edit.apply(&state) { workshop in
            RoleWalk.applyNote(form, journey: journey, role: role, to: &workshop)
        }
    case .tally(let subject):
        message = UIText.tallySaved.text(language)
        effects = Edit.apply(&state) { workshop in
            problem = VerificationList.applyTally(form, subject: subject, to: &workshop, language: language)
        }
    case .gapFilter:
        state.gapsView.filter = GapsList.filter(from: form)
        state.gapsView.row = 0
        message = ""
        effects = []
    }
    if let problem {
        form.problem = problem
        return []
    }
    state.form = nil
    state.message = message.isEmpty ? nil : message
    return effects
}
