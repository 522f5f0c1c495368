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
                         title: RetireText.of(language).roleTitle(cell.role.id, uses.total == 0 ? nil : uses.text(language)),
                         fields: [target(others, language), .text("reason", RoleWalkText.of(language).reason, "", multiline: true)])
    }

    static func makeStep(_ state: AppState) -> FormState? {
        guard let cell = SelectedCell(state) else { return nil }
        let language = state.language
        let key = StepKey(journey: cell.journey.id, step: cell.step.id)
        let uses = state.workshop.uses(of: key)
        let others = cell.journey.steps.filter { $0.id != cell.step.id }.map { FormField.Option(id: $0.id, label: $0.title[language]) }
        return FormState(purpose: Purpose.retireStep(key),
                         title: RetireText.of(language).stepTitle(cell.step.title[language], uses.total == 0 ? nil : uses.text(language)),
                         fields: [target(others, language)])
    }

    /// `D` on a step nothing uses: it goes at once, one step to undo, as the README says; nil
    /// when the step is in use (the form asks where its uses go).
    static func retireUnusedStep(_ state: inout AppState) -> [Effect]? {
        guard let cell = SelectedCell(state) else { return nil }
        let key = StepKey(journey: cell.journey.id, step: cell.step.id)
        guard state.workshop.uses(of: key).total == 0, let edit = try? state.workshop.retire(step: key, movingTo: nil) else { return nil }
        let message = RetireText.of(state.language).stepRetired(cell.step.title[state.language], nil)
        return Edit.apply(&state, edit, message: message)
    }

    private static func target(_ options: [FormField.Option], _ language: Language) -> FormField {
        FormField(id: "target", label: RetireText.of(language).moveTo,
                  value: .choice(options: [FormField.Option(id: "", label: RetireText.of(language).nowhere)] + options, selected: 0))
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
                guard !reason.isEmpty else { return .problem(RoleWalkText.of(language).reasonRequired) }
                edit = try state.workshop.retire(role: key, movingTo: target, reason: reason, date: state.today())
                message = RetireText.of(language).roleRetired(key.role, target)
            case .retireStep(let key):
                edit = try state.workshop.retire(step: key, movingTo: target)
                let journey = state.workshop.journey(key.journey)
                let name = { (id: String?) in id.flatMap { journey?.step($0)?.title[language] } }
                message = RetireText.of(language).stepRetired(name(key.step) ?? key.step, name(target))
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
struct RetireText: TextTable {
    let roleTitle: @Sendable (String, String?) -> String
    let stepTitle: @Sendable (String, String?) -> String
    let moveTo: String
    let nowhere: String
    let roleRetired: @Sendable (String, String?) -> String
    let stepRetired: @Sendable (String, String?) -> String
}

extension RetireText {
    /// Svenska.
    static let sv = RetireText(
        roleTitle: { role, uses in
            let used = uses.map { " – används av \($0)"} ?? " – används inte"
            return "Ta bort roll \(role)" + used
        },
        stepTitle: { step, uses in
            let used = uses.map { " – används av \($0)"} ?? " – används inte"
            return "Ta bort steget \(step)" + used
        },
        moveTo: "Flytta det som använder den till",
        nowhere: "– (ingenstans: bara om inget använder den)",
        roleRetired: { role, target in
            let moved = target.map { ", det som använde den finns nu hos \($0)"} ?? ""
            return "Roll \(role) borttagen\(moved) – \(undo) ångrar"
        },
        stepRetired: { step, target in
            let moved = target.map { ", det som använde det finns nu under \($0)"} ?? ""
            return "Steget \(step) borttaget\(moved) – \(undo) ångrar"
        }
    )
}

extension RetireText {
    /// English.
    static let en = RetireText(
        roleTitle: { role, uses in
            let used = uses.map { " – used by \($0)"} ?? " – not in use"
            return "Retire role \(role)" + used
        },
        stepTitle: { step, uses in
            let used = uses.map { " – used by \($0)"} ?? " – not in use"
            return "Remove the step \(step)" + used
        },
        moveTo: "Move what uses it to",
        nowhere: "– (nowhere: only when nothing uses it)",
        roleRetired: { role, target in
            let moved = target.map { ", what used it is now with \($0)"} ?? ""
            return "Role \(role) retired\(moved) – \(undo) undoes"
        },
        stepRetired: { step, target in
            let moved = target.map { ", what used it is now under \($0)"} ?? ""
            return "Step \(step) removed\(moved) – \(undo) undoes"
        }
    )
}

private var undo: String { Keymap.keyName(.undo, in: .global) }
