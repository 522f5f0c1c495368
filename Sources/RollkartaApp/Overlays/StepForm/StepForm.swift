import RollkartaModel

/// `i` on the map: a new step after the selected one; `t`: the selected step renamed.
/// Its name in Swedish and English; a new step's id is made from the Swedish name.
enum StepForm {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// A step renamed (its id) or a new one (nil).
        case step(String?, journey: JourneyID)

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            return StepForm.save(form, &state)
        }
    }

    /// With `draft`, a step as a participant suggested it: its text to shorten into a name.
    static func makeNew(_ state: AppState, draft: Suggestion? = nil) -> FormState? {
        guard let journey = state.currentJourney else { return nil }
        let language = state.language
        return FormState(purpose: Purpose.step(nil, journey: journey.id), title: StepText.newTitle.text(language),
                         fields: [.text("titleSv", StepText.nameSv.text(language), draft?.text ?? ""),
                                  .text("titleEn", StepText.nameEn.text(language))])
    }

    static func makeRename(_ state: AppState) -> FormState? {
        guard let cell = SelectedCell(state) else { return nil }
        let language = state.language
        return FormState(purpose: Purpose.step(cell.step.id, journey: cell.journey.id),
                         title: StepText.renameTitle(cell.step.title[language]).text(language),
                         fields: [.text("titleSv", StepText.nameSv.text(language), cell.step.title.sv),
                                  .text("titleEn", StepText.nameEn.text(language), cell.step.title.en)])
    }

    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        guard case .step(let existing, let journeyID)? = form.purpose as? Purpose, let journey = state.workshop.journey(journeyID) else {
            return .problem("")
        }
        let language = state.language
        let title = Localized(sv: form.trimmed("titleSv"), en: form.trimmed("titleEn"))
        if let existing {
            return .of(&state, .step(StepKey(journey: journeyID, step: existing), JourneyStep(id: existing, title: title)),
                       message: StepText.renamed(title[language]).text(language))
        }
        let id = Identifiers.fromName(title.sv.isEmpty ? title.en : title.sv, prefix: "step", existing: journey.steps.map(\.id))
        let index = min(state.position.column + 1, journey.steps.count)
        let result = FormResult.of(&state, .step(StepKey(journey: journeyID, step: id), JourneyStep(id: id, title: title), at: index),
                                   message: StepText.added(title[language]).text(language))
        if case .saved = result { state.position.column = index }
        return result
    }
}

enum StepText: Sendable {
    case newTitle, renameTitle(String), nameSv, nameEn, added(String), renamed(String)

    func text(_ language: Language) -> String {
        let sv = language == .sv
        let undo = Keymap.keyName(.undo, in: .global)
        switch self {
        case .newTitle: return sv ? "Nytt steg efter det valda" : "New step after the selected one"
        case .renameTitle(let step): return (sv ? "Byt namn på steget " : "Rename the step ") + step
        case .nameSv: return sv ? "Namn (svenska)" : "Name (Swedish)"
        case .nameEn: return sv ? "Namn (engelska)" : "Name (English)"
        case .added(let step): return sv ? "Steget \(step) tillagt – \(undo) ångrar" : "Step \(step) added – \(undo) undoes"
        case .renamed(let step): return sv ? "Steget heter nu \(step) – \(undo) ångrar" : "The step is now called \(step) – \(undo) undoes"
        }
    }
}
