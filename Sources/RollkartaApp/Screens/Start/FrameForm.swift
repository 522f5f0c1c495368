import RollkartaModel

/// `e` on the start page: the workshop's own purpose, vision, hypothesis, target groups and
/// delimitations, starting from the catalog's (the seed's); a text left as the catalog has it
/// stays the catalog's.
enum FrameForm {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// The start page's texts for this workshop.
        case frame

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            return FrameForm.save(form, &state)
        }
    }

    static func make(_ state: AppState) -> FormState {
        let language = state.language
        let t = StartText.of(language)
        let labels: [(WorkshopFrame.Field, String)] = [(.purpose, t.purpose), (.vision, t.vision), (.hypothesis, t.hypothesis),
                                                       (.targetGroups, t.targetGroups), (.delimitations, t.delimitations)]
        return FormState(purpose: Purpose.frame, title: StartText.of(language).formTitle, fields: labels.map { field, label in
            .text(field.rawValue, label, state.workshop.frameText(field, language), multiline: true)
        })
    }

    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        var frame = WorkshopFrame()
        var own = false
        for field in WorkshopFrame.Field.allCases {
            let text = form.trimmed(field.rawValue)
            // The catalog's wording, in either language, is not the workshop's own.
            let catalog = Language.allCases.map { state.workshop.frameText(field, $0, catalog: .bundled) }
            if !text.isEmpty, state.workshop.frame?[field] == text || !catalog.contains(text) {
                frame[field] = text
                own = true
            }
        }
        return .of(&state, .frame(own ? frame : nil), message: StartText.of(state.language).saved)
    }
}
