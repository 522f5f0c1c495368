import RollkartaModel

/// The Expectations view's forms: an item (`a`, `e`), an answer with its comment (1 2 3,
/// Enter), a merge (`M`), the mission (`m`), a gap from an item (`g`) and an item added to a
/// role's obstacles (`o`). Each saves as one step to undo.
enum ExpectationForms {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// A new item (id nil) on an organisation's page, or an existing one.
        case expectation(ExpectationItem.ID?, organisation: Actor.ID, area: ExpectationArea, side: ExpectationSide)
        /// The answer to an item, with its comment.
        case expectationResponse(ExpectationItem.ID)
        /// The item merged into another.
        case mergeExpectation(ExpectationItem.ID)
        /// An organisation's mission.
        case mission(Actor.ID)
        /// A gap made from an item.
        case expectationGap(ExpectationItem.ID)
        /// An item added to a role's biggest obstacles.
        case expectationObstacle(ExpectationItem.ID)
        /// An organisation taking part.
        case organisation

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            return ExpectationForms.save(form, &state)
        }
    }

    /// The text first, so that `a`, a line and F2 is all an item takes.
    static func item(_ state: AppState, _ existing: ExpectationItem?) -> FormState? {
        let view = state.screens.expectations
        guard let organisation = existing?.organisation ?? view.organisation else { return nil }
        let language = state.language
        let side = existing?.side ?? view.side
        let area = existing?.area ?? view.area
        var fields: [FormField] = [
            .text("text", ExpectationFormText.itemText.text(language), existing?.text ?? ""),
            .text("note", ExpectationFormText.note.text(language), existing?.note ?? ""),
        ]
        if side == .perception {
            let others = state.workshop.actors.filter { $0.id != organisation }
                .map { FormField.Option(id: $0.id.rawValue, label: $0.abbreviation, hint: $0.name) }
            fields.append(FormField(id: "sources", label: ExpectationFormText.sources.text(language),
                                    value: .toggles(options: others, selected: Set((existing?.sources ?? []).map(\.rawValue)), current: 0)))
        }
        let owner = state.workshop.actor(organisation)?.abbreviation ?? organisation.rawValue
        let title = [existing == nil ? ExpectationFormText.newItem.text(language) : existing!.id.rawValue, owner,
                     area.label(language), side.label(language)].joined(separator: " · ")
        return FormState(purpose: Purpose.expectation(existing?.id, organisation: organisation, area: area, side: side), title: title,
                         fields: fields)
    }

    /// A perception item's answer (the organisation's own) or a response to an own description
    /// from one of the others, with the vote pressed already chosen.
    static func response(_ state: AppState, _ item: ExpectationItem, vote: Vote?) -> FormState? {
        let language = state.language
        let votes = [Vote.yes, .no, .discuss].map { FormField.Option(id: $0.rawValue, label: item.side.meaning($0, area: item.area, language)) }
        let current = vote ?? item.answer?.vote ?? .yes
        var fields: [FormField] = []
        if item.side == .own {
            let others = state.workshop.actors.filter { $0.id != item.organisation }
                .map { FormField.Option(id: $0.id.rawValue, label: "\($0.abbreviation) · \($0.name)") }
            guard !others.isEmpty else { return nil }
            fields.append(FormField(id: "responder", label: ExpectationFormText.responder.text(language),
                                    value: .choice(options: others, selected: 0)))
        }
        fields.append(FormField(id: "vote", label: ExpectationFormText.answer.text(language),
                                value: .choice(options: votes, selected: votes.firstIndex { $0.id == current.rawValue } ?? 0)))
        fields.append(.text("comment", ExpectationFormText.comment.text(language), item.side == .perception ? item.answer?.comment ?? "" : ""))
        return FormState(purpose: Purpose.expectationResponse(item.id), title: "\(item.side.label(language)): \(item.text.replacingNewlines())",
                         fields: fields)
    }

    static func merge(_ state: AppState, _ item: ExpectationItem) -> FormState? {
        let others = state.workshop.expectations(of: item.organisation, item.area, item.side).filter { $0.id != item.id }
            .map { FormField.Option(id: $0.id.rawValue, label: $0.text.replacingNewlines()) }
        guard !others.isEmpty else { return nil }
        return FormState(purpose: Purpose.mergeExpectation(item.id),
                         title: ExpectationFormText.mergeTitle(item.text.replacingNewlines()).text(state.language),
                         fields: [FormField(id: "into", label: ExpectationFormText.mergeInto.text(state.language),
                                            value: .choice(options: others, selected: 0))])
    }

    /// `a` on the list of organisations: one more organisation in the room.
    static func organisation(_ state: AppState) -> FormState? {
        guard let journey = state.currentJourney else { return nil }
        return FormState(purpose: Purpose.organisation, title: ExpectationFormText.newOrganisation.text(state.language),
                         fields: AssignmentForm.newActorFields(journey: journey.id, state.language))
    }

    static func mission(_ state: AppState) -> FormState? {
        guard let organisation = state.screens.expectations.organisation else { return nil }
        let name = state.workshop.actor(organisation)?.name ?? organisation.rawValue
        return FormState(purpose: Purpose.mission(organisation), title: ExpectationFormText.missionTitle(name).text(state.language),
                         fields: [.text("mission", ExpectationFormText.missionField.text(state.language),
                                        state.workshop.mission(of: organisation), multiline: true)])
    }

    /// The gap names the item; the facilitator picks journey, step and role or leaves them open.
    static func gap(_ state: AppState, _ item: ExpectationItem) -> FormState? {
        let language = state.language
        guard let journey = state.currentJourney else { return nil }
        let owner = state.workshop.actor(item.organisation)?.abbreviation ?? item.organisation.rawValue
        let by = item.sources.compactMap { state.workshop.actor($0)?.abbreviation }.joined(separator: ", ")
        let description = ExpectationFormText.gapDescription(owner: owner, text: item.text.replacingNewlines(), by: by,
                                                             refused: item.answer?.vote == .no).text(language)
        let kinds = [GapKind.taskMissing, .unclearResponsibility].map { FormField.Option(id: $0.rawValue, label: $0.label(language)) }
        let steps = [FormField.Option(id: "", label: "–")] + journey.steps.map { FormField.Option(id: $0.id, label: $0.title[language]) }
        let roles = [FormField.Option(id: "", label: "–")] + journey.roles.map { FormField.Option(id: $0.id, label: "\($0.id) \($0.title[language])") }
        return FormState(purpose: Purpose.expectationGap(item.id), title: ExpectationFormText.gapTitle(journey.name[language]).text(language), fields: [
            .text("description", FormText.fieldDescription.text(language), description, multiline: true),
            FormField(id: "kind", label: FormText.fieldGapKind.text(language), value: .choice(options: kinds, selected: 0)),
            FormField(id: "step", label: ExpectationFormText.step.text(language), value: .choice(options: steps, selected: 0)),
            FormField(id: "role", label: UIText.role.text(language), value: .choice(options: roles, selected: 0)),
            .choice("priority", FormText.fieldPriority.text(language), Priority.medium, language: language),
        ])
    }

    static func obstacle(_ state: AppState, _ item: ExpectationItem) -> FormState? {
        let language = state.language
        guard let journey = state.currentJourney else { return nil }
        let roles = journey.roles.map { FormField.Option(id: $0.id, label: "\($0.id) \($0.title[language])") }
        return FormState(purpose: Purpose.expectationObstacle(item.id), title: ExpectationFormText.obstacleTitle.text(language), fields: [
            FormField(id: "role", label: UIText.role.text(language), value: .choice(options: roles, selected: 0)),
            .text("text", UIText.roleObstacles.text(language), item.text, multiline: true),
        ])
    }

    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        let language = state.language
        switch form.purpose as? Purpose {
        case .expectation(let id, let organisation, let area, let side):
            var item = id.flatMap { state.workshop.expectation($0) }
                ?? ExpectationItem(id: state.workshop.nextExpectationID, organisation: organisation, area: area, side: side, text: "")
            item.text = form.trimmed("text")
            item.note = form.trimmed("note")
            if side == .perception { item.sources = form["sources"]?.toggledActors ?? [] }
            let result = FormResult.of(&state, .expectation(item.id, item), message: ExpectationFormText.saved(item.id.rawValue).text(language))
            if case .saved = result, id == nil {
                // The new item selected, so the next key answers it.
                state.screens.expectations.items.selected = state.workshop.expectations(of: organisation, area, side).count - 1
            }
            return result
        case .expectationResponse(let id):
            guard var item = state.workshop.expectation(id) else { return .problem("") }
            let vote = form["vote"]?.choice.flatMap(Vote.init(rawValue:)) ?? .yes
            let comment = form.trimmed("comment")
            if item.side == .perception {
                item.answer = ExpectationAnswer(vote: vote, comment: comment)
            } else {
                guard let responder = form["responder"]?.chosenActor else { return .problem("") }
                item.responses.removeAll { $0.organisation == responder }
                item.responses.append(ExpectationResponse(organisation: responder, vote: vote, comment: comment))
            }
            return .of(&state, .expectation(id, item),
                       message: ExpectationsText.answeredWith(item.side.meaning(vote, area: item.area, language)).text(language))
        case .mergeExpectation(let id):
            guard let item = state.workshop.expectation(id), let targetID = form["into"]?.choice,
                  let target = state.workshop.expectation(ExpectationItem.ID(rawValue: targetID)) else { return .problem("") }
            let merged = target.merging(item)
            return .of(&state, .batch([.expectation(target.id, merged), .expectation(id, nil)]),
                       message: ExpectationFormText.merged(target.text.replacingNewlines(), merged.recurrence).text(language))
        case .organisation:
            guard let actor = AssignmentForm.newActor(form, state.workshop) else { return .problem(EditRefusal(.actorNameRequired).message(language)) }
            let result = FormResult.of(&state, .actor(actor.id, actor), message: ExpectationFormText.organisationAdded(actor.abbreviation).text(language))
            if case .saved = result { state.screens.expectations.organisations.selected = state.workshop.actors.count - 1 }
            return result
        case .mission(let organisation):
            let text = form.trimmed("mission")
            return .of(&state, .mission(organisation, text.isEmpty ? nil : OrganisationMission(organisation: organisation, text: text)),
                       message: ExpectationFormText.missionSaved.text(language))
        case .expectationGap(let item):
            guard let journey = state.currentJourney else { return .problem("") }
            let id = state.workshop.nextGapID
            let gap = Gap(id: id, journey: journey.id, step: form["step"]?.optionalChoice, role: form["role"]?.optionalChoice,
                          description: form.trimmed("description"),
                          kind: form["kind"]?.choice.flatMap(GapKind.init(rawValue:)) ?? .taskMissing,
                          priority: form["priority"]?.choice.flatMap(Priority.init(rawValue:)) ?? .medium, expectation: item)
            return .of(&state, .gap(id, gap), message: FormText.gapSaved(id.rawValue).text(language))
        case .expectationObstacle:
            guard let journey = state.currentJourney, let role = form["role"]?.choice else { return .problem("") }
            let key = RoleKey(journey: journey.id, role: role)
            var note = state.workshop.roleNote(key) ?? RoleNote(journey: journey.id, role: role)
            let text = form.trimmed("text")
            guard !text.isEmpty else { return .problem(ExpectationFormText.textRequired.text(language)) }
            note.obstacles = [note.obstacles, text].filter { !$0.isEmpty }.joined(separator: "\n")
            return .of(&state, .roleNote(key, note), message: ExpectationFormText.obstacleSaved(role).text(language))
        default:
            return .problem("")
        }
    }
}

enum ExpectationFormText: Sendable {
    case itemText, note, sources, newItem, responder, answer, comment, mergeTitle(String), mergeInto, missionTitle(String)
    case missionField, gapDescription(owner: String, text: String, by: String, refused: Bool), gapTitle(String), step
    case obstacleTitle, saved(String), merged(String, Int), missionSaved, textRequired, obstacleSaved(String)
    case newOrganisation, organisationAdded(String)

    func text(_ language: Language) -> String {
        let sv = language == .sv
        let undo = Keymap.keyName(.undo)
        switch self {
        case .itemText: return sv ? "Punkt (en rad)" : "Item (one line)"
        case .note: return sv ? "Ålder eller not (valfri)" : "Age or note (optional)"
        case .sources: return sv ? "Vem förväntar sig detta (← → flyttar, mellanslag väljer)" : "Who expects this (← → move, space picks)"
        case .newItem: return sv ? "Ny punkt" : "New item"
        case .responder: return sv ? "Vem svarar" : "Who answers"
        case .answer: return sv ? "Svar" : "Answer"
        case .comment: return sv ? "Kommentar (valfri)" : "Comment (optional)"
        case .mergeTitle(let text): return (sv ? "Slå ihop \"" : "Merge \"") + text + "\""
        case .mergeInto: return sv ? "Med punkten" : "Into the item"
        case .missionTitle(let name): return (sv ? "Uppdrag: " : "Mission: ") + name
        case .missionField: return sv ? "Uppdraget med verksamhetens egna ord" : "The mission in the organisation's own words"
        case .gapDescription(let owner, let text, let by, let refused):
            let who = by.isEmpty ? "" : (sv ? " (förväntas av \(by))" : " (expected by \(by))")
            return sv ? "\(owner): \"\(text)\"\(who)" + (refused ? " – ingår inte i uppdraget" : "")
                      : "\(owner): \"\(text)\"\(who)" + (refused ? " – not part of the mission" : "")
        case .gapTitle(let journey): return (sv ? "Glapp från förväntan · " : "Gap from an expectation · ") + journey
        case .step: return sv ? "Steg (– lämnar öppet)" : "Step (– leaves it open)"
        case .obstacleTitle: return sv ? "Till en rolls största hinder" : "To a role's biggest obstacles"
        case .saved(let id): return sv ? "Punkten \(id) sparad – \(undo) ångrar" : "Item \(id) saved – \(undo) undoes"
        case .merged(let text, let count):
            return sv ? "Hopslagen med \"\(text)\", nu från \(count) – \(undo) ångrar" : "Merged into \"\(text)\", now from \(count) – \(undo) undoes"
        case .newOrganisation: return sv ? "Ny organisation (verksamhet)" : "New organisation"
        case .organisationAdded(let name): return sv ? "\(name) tillagd – Enter öppnar dess sida" : "\(name) added – Enter opens its page"
        case .missionSaved: return sv ? "Uppdraget sparat" : "Mission saved"
        case .textRequired: return sv ? "Skriv texten" : "Type the text"
        case .obstacleSaved(let role): return sv ? "Lagt till roll \(role):s största hinder" : "Added to role \(role)'s biggest obstacles"
        }
    }
}
