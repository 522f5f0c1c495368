import RollkartaModel

/// Enter or `e` in the role walk: the workshop's questions about the role.
enum RoleNoteForm {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// The three workshop questions about a role.
        case roleNote(RoleKey)

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            return RoleNoteForm.save(form, &state)
        }
    }

    static func make(_ state: AppState) -> FormState? {
        guard let cell = SelectedCell(state) else { return nil }
        let language = state.language
        let note = state.workshop.roleNote(cell.roleKey) ?? RoleNote(journey: cell.journey.id, role: cell.role.id)
        let fields: [FormField] = [
            .text("needs", UIText.of(language).roleNeeds, note.needs, multiline: true),
            .text("obstacles", UIText.of(language).roleObstacles, note.obstacles, multiline: true),
            .text("entersWhere", UIText.of(language).roleEnters, note.entersWhere, multiline: true),
            .text("whoTakesOver", UIText.of(language).roleTakesOver, note.whoTakesOver, multiline: true),
        ]
        return FormState(purpose: Purpose.roleNote(cell.roleKey),
                         title: "\(UIText.of(language).role) \(cell.role.id) · \(cell.role.title[language])",
                         fields: fields)
    }

    /// All four answers empty takes the note away.
    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        guard case .roleNote(let key)? = form.purpose as? Purpose else { return .problem("") }
        let note = RoleNote(journey: key.journey, role: key.role, needs: form["needs"]?.text ?? "",
                            obstacles: form["obstacles"]?.text ?? "", entersWhere: form["entersWhere"]?.text ?? "",
                            whoTakesOver: form["whoTakesOver"]?.text ?? "")
        let isEmpty = [note.needs, note.obstacles, note.entersWhere, note.whoTakesOver].allSatisfy(\.isEmpty)
        return .of(&state, .roleNote(key, isEmpty ? nil : note), message: FormText.of(state.language).notesSaved)
    }
}
