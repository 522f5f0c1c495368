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
        return FormState(purpose: Purpose.step(nil, journey: journey.id), title: StepText.of(language).newTitle,
                         fields: [.text("titleSv", StepText.of(language).nameSv, draft?.text ?? ""),
                                  .text("titleEn", StepText.of(language).nameEn)])
    }

    static func makeRename(_ state: AppState) -> FormState? {
        guard let cell = SelectedCell(state) else { return nil }
        let language = state.language
        return FormState(purpose: Purpose.step(cell.step.id, journey: cell.journey.id),
                         title: StepText.of(language).renameTitle(cell.step.title[language]),
                         fields: [.text("titleSv", StepText.of(language).nameSv, cell.step.title.sv),
                                  .text("titleEn", StepText.of(language).nameEn, cell.step.title.en)])
    }

    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        guard case .step(let existing, let journeyID)? = form.purpose as? Purpose, let journey = state.workshop.journey(journeyID) else {
            return .problem("")
        }
        let language = state.language
        let title = Localized(sv: form.trimmed("titleSv"), en: form.trimmed("titleEn"))
        if let existing {
            return .of(&state, .step(StepKey(journey: journeyID, step: existing), JourneyStep(id: existing, title: title)),
                       message: StepText.of(language).renamed(title[language]))
        }
        let id = state.workshop.newStepID(title.sv.isEmpty ? title.en : title.sv, in: journey)
        let index = min(state.position.column + 1, journey.steps.count)
        let result = FormResult.of(&state, .step(StepKey(journey: journeyID, step: id), JourneyStep(id: id, title: title), at: index),
                                   message: StepText.of(language).added(title[language]))
        if case .saved = result { state.position.column = index }
        return result
    }
}

struct StepText: TextTable {
    let newTitle: String
    let renameTitle: @Sendable (String) -> String
    let nameSv: String
    let nameEn: String
    let added: @Sendable (String) -> String
    let renamed: @Sendable (String) -> String
}

extension StepText {
    /// Svenska.
    static let sv = StepText(
        newTitle: "Nytt steg efter det valda",
        renameTitle: { step in "Byt namn på steget " + step },
        nameSv: "Namn (svenska)",
        nameEn: "Namn (engelska)",
        added: { step in "Steget \(step) tillagt – \(undo) ångrar" },
        renamed: { step in "Steget heter nu \(step) – \(undo) ångrar" }
    )
}

extension StepText {
    /// English.
    static let en = StepText(
        newTitle: "New step after the selected one",
        renameTitle: { step in "Rename the step " + step },
        nameSv: "Name (Swedish)",
        nameEn: "Name (English)",
        added: { step in "Step \(step) added – \(undo) undoes" },
        renamed: { step in "The step is now called \(step) – \(undo) undoes" }
    )
}

private var undo: String { Keymap.keyName(.undo, in: .global) }
