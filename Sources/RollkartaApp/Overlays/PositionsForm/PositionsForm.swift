import RollkartaModel

/// `b` in the role walk: the seed's "Vilka befattningar/personer som motsvarar rollerna hos er",
/// one line per organisation of the workshop (BUP: "psykolog, läkare"). Cleared lines are
/// taken away; all of it one step to undo.
enum PositionsForm {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// The positions that hold a role, per organisation.
        case positions(RoleKey)

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            return PositionsForm.save(form, &state)
        }
    }

    static func make(_ state: AppState) -> FormState? {
        guard let cell = SelectedCell(state) else { return nil }
        let language = state.language
        let fields = state.workshop.actors.map { actor -> FormField in
            let current = state.workshop.positions.first { $0.key == PositionKey(journey: cell.journey.id, role: cell.role.id, actor: actor.id) }
            return .text(actor.id.rawValue, "\(actor.abbreviation) · \(actor.name)", current?.positions ?? "")
        }
        guard !fields.isEmpty else { return nil }
        return FormState(purpose: Purpose.positions(cell.roleKey),
                         title: PositionsText.formTitle(cell.role.id, cell.role.title[language]).text(language), fields: fields)
    }

    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        guard case .positions(let role)? = form.purpose as? Purpose else { return .problem("") }
        var edits: [WorkshopEdit] = []
        for field in form.fields {
            let key = PositionKey(journey: role.journey, role: role.role, actor: Actor.ID(rawValue: field.id))
            let text = form.trimmed(field.id).split(separator: "\n").joined(separator: ", ")
            let value = text.isEmpty ? nil : RolePosition(journey: role.journey, role: role.role, actor: key.actor, positions: text)
            if state.workshop.positions.first(where: { $0.key == key }) != value { edits.append(.position(key, value)) }
        }
        return .of(&state, .batch(edits), message: PositionsText.saved(role.role).text(state.language))
    }
}

/// What the positions form and the role walk say about positions.
enum PositionsText: Sendable {
    case formTitle(String, String), saved(String), heading, none, noOrganisations

    func text(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .formTitle(let id, let title): return (sv ? "Befattningar för roll " : "Positions for role ") + "\(id) · \(title)"
        case .saved(let role): return sv ? "Befattningarna för roll \(role) sparade" : "Positions for role \(role) saved"
        case .noOrganisations:
            let key = Keymap.keyName(.assignActors, in: .screen(.map))
            return sv ? "Workshopen har inga organisationer än: lägg till dem med \(key) på kartan"
                      : "The workshop has no organisations yet: add them with \(key) on the map"
        case .heading: return sv ? "Befattningar hos er" : "Positions per organisation"
        case .none:
            let key = Keymap.keyName(.editPositions, in: .screen(.roles))
            return sv ? "Inga befattningar angivna ännu – \(key) anger dem per organisation"
                      : "No positions given yet – \(key) gives them per organisation"
        }
    }
}
