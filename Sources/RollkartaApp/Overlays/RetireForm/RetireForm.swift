import RollkartaModel

/// `d` in the role walk, `D` on the map: a role or a step leaves the workshop. What uses it is
/// said in the title and moves to the one the facilitator picks; with nothing picked a role or
/// step in use stays, and the form says what uses it. One step to undo.
enum RetireForm {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// A role leaving the workshop, what uses it moved to another.
        case retireRole(RoleKey)
        /// A step leaving the journey, what uses it moved to another.
        case retireStep(StepKey)

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            return RetireForm.save(form, &state)
        }
    }

    static func makeRole(_ state: AppState) -> FormState? {
        guard let cell = SelectedCell(state) else { return nil }
        let language = state.language
        let uses = state.workshop.uses(of: cell.roleKey)
        let others = cell.journey.roles.filter { $0.id != cell.role.id }
            .map { FormField.Option(id: $0.id, label: "\($0.id) \($0.title[language])") }
        return FormState(purpose: Purpose.retireRole(cell.roleKey),
                         title: RetireText.roleTitle(cell.role.id, uses.total == 0 ? nil : uses.text(language)).text(language),
                         fields: [target(others, language), .text("reason", RoleWalkText.reason.text(language), "", multiline: true)])
    }

    static func makeStep(_ state: AppState) -> FormState? {
        guard let cell = SelectedCell(state) else { return nil }
        let language = state.language
        let key = StepKey(journey: cell.journey.id, step: cell.step.id)
        let uses = state.workshop.uses(of: key)
        let others = cell.journey.steps.filter { $0.id != cell.step.id }.map { FormField.Option(id: $0.id, label: $0.title[language]) }
        return FormState(purpose: Purpose.retireStep(key),
                         title: RetireText.stepTitle(cell.step.title[language], uses.total == 0 ? nil : uses.text(language))
                            .text(language),
                         fields: [target(others, language)])
    }

    private static func target(_ options: [FormField.Option], _ language: Language) -> FormField {
        FormField(id: "target", label: RetireText.moveTo.text(language),
                  value: .choice(options: [FormField.Option(id: "", label: RetireText.nowhere.text(language))] + options, selected: 0))
    }

    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        let language = state.language
        let target = form["target"]?.optionalChoice
        let edit: WorkshopEdit
        let message: String
        do {
            switch form.purpose as? Purpose {
            case .retireRole(let key):
                let reason = form.trimmed("reason")
                guard !reason.isEmpty else { return .problem(RoleWalkText.reasonRequired.text(language)) }
                edit = try state.workshop.retire(role: key, movingTo: target, reason: reason, date: state.today())
                message = RetireText.roleRetired(key.role, target).text(language)
            case .retireStep(let key):
                edit = try state.workshop.retire(step: key, movingTo: target)
                let journey = state.workshop.journey(key.journey)
                let name = { (id: String?) in id.flatMap { journey?.step($0)?.title[language] } }
                message = RetireText.stepRetired(name(key.step) ?? key.step, name(target)).text(language)
            default:
                return .problem("")
            }
        } catch {
            return .problem(error.message(language))
        }
        return FormResult.of(&state, edit, message: message)
    }
}

/// What the retire form says.
enum RetireText: Sendable {
    case roleTitle(String, String?), stepTitle(String, String?), moveTo, nowhere
    case roleRetired(String, String?), stepRetired(String, String?)

    func text(_ language: Language) -> String {
        let sv = language == .sv
        let undo = Keymap.keyName(.undo, in: .global)
        switch self {
        case .roleTitle(let role, let uses):
            let used = uses.map { sv ? " – används av \($0)" : " – used by \($0)" } ?? (sv ? " – används inte" : " – not in use")
            return (sv ? "Ta bort roll \(role)" : "Retire role \(role)") + used
        case .stepTitle(let step, let uses):
            let used = uses.map { sv ? " – används av \($0)" : " – used by \($0)" } ?? (sv ? " – används inte" : " – not in use")
            return (sv ? "Ta bort steget \(step)" : "Remove the step \(step)") + used
        case .moveTo: return sv ? "Flytta det som använder den till" : "Move what uses it to"
        case .nowhere: return sv ? "– (ingenstans: bara om inget använder den)" : "– (nowhere: only when nothing uses it)"
        case .roleRetired(let role, let target):
            let moved = target.map { sv ? ", det som använde den finns nu hos \($0)" : ", what used it is now with \($0)" } ?? ""
            return (sv ? "Roll \(role) borttagen\(moved) – \(undo) ångrar" : "Role \(role) retired\(moved) – \(undo) undoes")
        case .stepRetired(let step, let target):
            let moved = target.map { sv ? ", det som använde det finns nu under \($0)" : ", what used it is now under \($0)" } ?? ""
            return (sv ? "Steget \(step) borttaget\(moved) – \(undo) ångrar" : "Step \(step) removed\(moved) – \(undo) undoes")
        }
    }
}
