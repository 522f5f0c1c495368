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
                         title: PositionsText.of(language).formTitle(cell.role.id, cell.role.title[language]), fields: fields)
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
        return .of(&state, .batch(edits), message: PositionsText.of(state.language).saved(role.role))
    }
}

/// What the positions form and the role walk say about positions.
struct PositionsText: TextTable {
    let formTitle: @Sendable (String, String) -> String
    let saved: @Sendable (String) -> String
    let heading: String
    let none: String
    let noOrganisations: String
}

extension PositionsText {
    /// Svenska.
    static let sv = PositionsText(
        formTitle: { id, title in "Befattningar för roll " + "\(id) · \(title)" },
        saved: { role in "Befattningarna för roll \(role) sparade" },
        heading: "Befattningar hos er",
        none: { () -> String in
            let key = Keymap.keyName(.editPositions, in: .screen(.roles))
            return "Inga befattningar angivna ännu – \(key) anger dem per organisation"
        }(),
        noOrganisations: { () -> String in
            let key = Keymap.keyName(.assignActors, in: .screen(.map))
            return "Workshopen har inga organisationer än: lägg till dem med \(key) på kartan"
        }()
    )
}

extension PositionsText {
    /// English.
    static let en = PositionsText(
        formTitle: { id, title in "Positions for role " + "\(id) · \(title)" },
        saved: { role in "Positions for role \(role) saved" },
        heading: "Positions per organisation",
        none: { () -> String in
            let key = Keymap.keyName(.editPositions, in: .screen(.roles))
            return "No positions given yet – \(key) gives them per organisation"
        }(),
        noOrganisations: { () -> String in
            let key = Keymap.keyName(.assignActors, in: .screen(.map))
            return "The workshop has no organisations yet: add them with \(key) on the map"
        }()
    )
}
