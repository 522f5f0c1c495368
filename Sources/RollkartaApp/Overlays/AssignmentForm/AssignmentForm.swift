import RollkartaModel

/// `a` on the map: who holds the role in the selected cell, and how well; a new actor can be
/// typed in on the spot.
enum AssignmentForm {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// Actors and status of a map cell.
        case assignment(CellKey)

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            return AssignmentForm.save(form, &state)
        }
    }

    static func actorOptions(_ workshop: Workshop) -> [FormField.Option] {
        workshop.actors.map { FormField.Option(id: $0.id.rawValue, label: $0.abbreviation, hint: $0.name) }
    }

    static func make(_ state: AppState) -> FormState? {
        guard let cell = SelectedCell(state) else { return nil }
        let language = state.language
        let existing = state.workshop.assignment(at: cell.key)
        let fields: [FormField] = [
            FormField(id: "actors", label: UIText.of(language).actors,
                      value: .toggles(options: actorOptions(state.workshop), selected: Set((existing?.actors ?? []).map(\.rawValue)), current: 0)),
            .choice("status", FormText.of(language).fieldStatus, existing?.status ?? .holds, language: language),
        ] + newActorFields(journey: cell.journey.id, language)
        let title = "\(UIText.of(language).role) \(cell.role.id) · \(cell.step.title[language])"
        return FormState(purpose: Purpose.assignment(cell.key), title: title, fields: fields)
    }

    /// The cell's actors as ticked, plus a new actor when one was typed: one step to undo.
    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        guard case .assignment(let key)? = form.purpose as? Purpose else { return .problem("") }
        var edits: [WorkshopEdit] = []
        var actors = form["actors"]?.toggledActors ?? []
        if let actor = newActor(form, state.workshop) {
            edits.append(.actor(actor.id, actor))
            actors.append(actor.id)
        }
        let status = form["status"]?.choice.flatMap(AssignmentStatus.init(rawValue:)) ?? .holds
        // No actor and held: the cell is empty again. No actor but unclear or partly: recorded so.
        let assignment = actors.isEmpty && status == .holds ? nil
            : Assignment(journey: key.journey, step: key.step, role: key.role, actors: actors, status: status)
        edits.append(.assignment(key, assignment))
        return .of(&state, .batch(edits), message: FormText.of(state.language).assignmentSaved)
    }

    /// The fields that type in a new actor: name, abbreviation, the catalog's kind, principal.
    static func newActorFields(journey: JourneyID, _ language: Language) -> [FormField] {
        let kinds = [FormField.Option(id: "", label: "–")]
            + Catalog.bundled.actorKinds.filter { $0.journeys.contains(journey) }
                .map { FormField.Option(id: $0.id, label: "\($0.abbreviation) \($0.name[language])") }
        return [
            .text("newName", FormText.of(language).fieldNewActorName),
            .text("newAbbreviation", FormText.of(language).fieldNewActorAbbreviation),
            FormField(id: "newKind", label: FormText.of(language).fieldNewActorKind, value: .choice(options: kinds, selected: 0)),
            // A school's principal is a kommun or an enskild huvudman: "school" stays readable in old files only.
            FormField(id: "newPrincipal", label: FormText.of(language).fieldNewActorPrincipal,
                      value: .choice(options: Principal.allCases.filter { $0 != .school }.map { FormField.Option(id: $0.rawValue, label: $0.label(language)) },
                                     selected: 0)),
        ]
    }

    /// The actor those fields describe, or nil when neither name nor abbreviation was typed.
    static func newActor(_ form: FormState, _ workshop: Workshop) -> Actor? {
        let name = form.trimmed("newName")
        var abbreviation = form.trimmed("newAbbreviation")
        guard !name.isEmpty || !abbreviation.isEmpty else { return nil }
        if abbreviation.isEmpty { abbreviation = String(name.prefix(4)).uppercased() }
        return Actor(id: workshop.newActorID(abbreviation: abbreviation), name: name.isEmpty ? abbreviation : name,
                     abbreviation: abbreviation, kind: form["newKind"]?.optionalChoice,
                     principal: form["newPrincipal"]?.choice.flatMap(Principal.init(rawValue:)) ?? .region)
    }
}
