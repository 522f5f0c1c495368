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
            .text("text", ExpectationFormText.of(language).itemText, existing?.text ?? ""),
            .text("note", ExpectationFormText.of(language).note, existing?.note ?? ""),
        ]
        if side == .perception {
            let others = state.workshop.actors.filter { $0.id != organisation }
                .map { FormField.Option(id: $0.id.rawValue, label: $0.abbreviation, hint: $0.name) }
            fields.append(FormField(id: "sources", label: ExpectationFormText.of(language).sources,
                                    value: .toggles(options: others, selected: Set((existing?.sources ?? []).map(\.rawValue)), current: 0)))
        }
        let owner = state.workshop.actor(organisation)?.abbreviation ?? organisation.rawValue
        let title = [existing == nil ? ExpectationFormText.of(language).newItem : existing!.id.rawValue, owner,
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
            fields.append(FormField(id: "responder", label: ExpectationFormText.of(language).responder,
                                    value: .choice(options: others, selected: 0)))
        }
        fields.append(FormField(id: "vote", label: ExpectationFormText.of(language).answer,
                                value: .choice(options: votes, selected: votes.firstIndex { $0.id == current.rawValue } ?? 0)))
        fields.append(.text("comment", ExpectationFormText.of(language).comment, item.side == .perception ? item.answer?.comment ?? "" : ""))
        return FormState(purpose: Purpose.expectationResponse(item.id), title: "\(item.side.label(language)): \(item.text.replacingNewlines())",
                         fields: fields)
    }

    static func merge(_ state: AppState, _ item: ExpectationItem) -> FormState? {
        let others = state.workshop.expectations(of: item.organisation, item.area, item.side).filter { $0.id != item.id }
            .map { FormField.Option(id: $0.id.rawValue, label: $0.text.replacingNewlines()) }
        guard !others.isEmpty else { return nil }
        return FormState(purpose: Purpose.mergeExpectation(item.id),
                         title: ExpectationFormText.of(state.language).mergeTitle(item.text.replacingNewlines()),
                         fields: [FormField(id: "into", label: ExpectationFormText.of(state.language).mergeInto,
                                            value: .choice(options: others, selected: 0))])
    }

    /// `a` on the list of organisations: one more organisation in the room.
    static func organisation(_ state: AppState) -> FormState? {
        guard let journey = state.currentJourney else { return nil }
        return FormState(purpose: Purpose.organisation, title: ExpectationFormText.of(state.language).newOrganisation,
                         fields: AssignmentForm.newActorFields(journey: journey.id, state.language))
    }

    static func mission(_ state: AppState) -> FormState? {
        guard let organisation = state.screens.expectations.organisation else { return nil }
        let name = state.workshop.actor(organisation)?.name ?? organisation.rawValue
        return FormState(purpose: Purpose.mission(organisation), title: ExpectationFormText.of(state.language).missionTitle(name),
                         fields: [.text("mission", ExpectationFormText.of(state.language).missionField,
                                        state.workshop.mission(of: organisation), multiline: true)])
    }

    /// The gap names the item; the facilitator picks journey, step and role or leaves them open.
    static func gap(_ state: AppState, _ item: ExpectationItem) -> FormState? {
        let language = state.language
        guard let journey = state.currentJourney else { return nil }
        let owner = state.workshop.actor(item.organisation)?.abbreviation ?? item.organisation.rawValue
        let by = item.sources.compactMap { state.workshop.actor($0)?.abbreviation }.joined(separator: ", ")
        let description = ExpectationFormText.of(language).gapDescription(owner, item.text.replacingNewlines(), by, item.answer?.vote == .no)
        let kinds = [GapKind.taskMissing, .unclearResponsibility].map { FormField.Option(id: $0.rawValue, label: $0.label(language)) }
        let steps = [FormField.Option(id: "", label: "–")] + journey.steps.map { FormField.Option(id: $0.id, label: $0.title[language]) }
        let roles = [FormField.Option(id: "", label: "–")] + journey.roles.map { FormField.Option(id: $0.id, label: "\($0.id) \($0.title[language])") }
        return FormState(purpose: Purpose.expectationGap(item.id), title: ExpectationFormText.of(language).gapTitle(journey.name[language]), fields: [
            .text("description", FormText.of(language).fieldDescription, description, multiline: true),
            FormField(id: "kind", label: FormText.of(language).fieldGapKind, value: .choice(options: kinds, selected: 0)),
            FormField(id: "step", label: ExpectationFormText.of(language).step, value: .choice(options: steps, selected: 0)),
            FormField(id: "role", label: UIText.of(language).role, value: .choice(options: roles, selected: 0)),
            .choice("priority", FormText.of(language).fieldPriority, Priority.medium, language: language),
        ])
    }

    static func obstacle(_ state: AppState, _ item: ExpectationItem) -> FormState? {
        let language = state.language
        guard let journey = state.currentJourney else { return nil }
        let roles = journey.roles.map { FormField.Option(id: $0.id, label: "\($0.id) \($0.title[language])") }
        return FormState(purpose: Purpose.expectationObstacle(item.id), title: ExpectationFormText.of(language).obstacleTitle, fields: [
            FormField(id: "role", label: UIText.of(language).role, value: .choice(options: roles, selected: 0)),
            .text("text", UIText.of(language).roleObstacles, item.text, multiline: true),
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
            let result = FormResult.of(&state, .expectation(item.id, item), message: ExpectationFormText.of(language).saved(TextWidth.truncate(item.text.replacingNewlines(), to: 40)))
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
                       message: ExpectationsText.of(language).answeredWith(item.side.meaning(vote, area: item.area, language)))
        case .mergeExpectation(let id):
            guard let item = state.workshop.expectation(id), let targetID = form["into"]?.choice,
                  let target = state.workshop.expectation(ExpectationItem.ID(rawValue: targetID)) else { return .problem("") }
            let merged = target.merging(item)
            return .of(&state, .batch([.expectation(target.id, merged), .expectation(id, nil)]),
                       message: ExpectationFormText.of(language).merged(target.text.replacingNewlines(), merged.recurrence))
        case .organisation:
            guard let actor = AssignmentForm.newActor(form, state.workshop) else { return .problem(EditRefusal(.actorNameRequired).message(language)) }
            let result = FormResult.of(&state, .actor(actor.id, actor), message: ExpectationFormText.of(language).organisationAdded(actor.abbreviation))
            if case .saved = result { state.screens.expectations.organisations.selected = state.workshop.actors.count - 1 }
            return result
        case .mission(let organisation):
            let text = form.trimmed("mission")
            return .of(&state, .mission(organisation, text.isEmpty ? nil : OrganisationMission(organisation: organisation, text: text)),
                       message: ExpectationFormText.of(language).missionSaved)
        case .expectationGap(let item):
            guard let journey = state.currentJourney else { return .problem("") }
            let id = state.workshop.nextGapID
            let gap = Gap(id: id, journey: journey.id, step: form["step"]?.optionalChoice, role: form["role"]?.optionalChoice,
                          description: form.trimmed("description"),
                          kind: form["kind"]?.choice.flatMap(GapKind.init(rawValue:)) ?? .taskMissing,
                          priority: form["priority"]?.choice.flatMap(Priority.init(rawValue:)) ?? .medium, expectation: item)
            return .of(&state, .gap(id, gap), message: FormText.of(language).gapSaved(TextWidth.truncate(gap.description.replacingNewlines(), to: 40)))
        case .expectationObstacle:
            guard let journey = state.currentJourney, let role = form["role"]?.choice else { return .problem("") }
            let key = RoleKey(journey: journey.id, role: role)
            var note = state.workshop.roleNote(key) ?? RoleNote(journey: journey.id, role: role)
            let text = form.trimmed("text")
            guard !text.isEmpty else { return .problem(ExpectationFormText.of(language).textRequired) }
            note.obstacles = [note.obstacles, text].filter { !$0.isEmpty }.joined(separator: "\n")
            return .of(&state, .roleNote(key, note), message: ExpectationFormText.of(language).obstacleSaved(role))
        default:
            return .problem("")
        }
    }
}

struct ExpectationFormText: TextTable {
    let itemText: String
    let note: String
    let sources: String
    let newItem: String
    let responder: String
    let answer: String
    let comment: String
    let mergeTitle: @Sendable (String) -> String
    let mergeInto: String
    let missionTitle: @Sendable (String) -> String
    let missionField: String
    let gapDescription: @Sendable (String, String, String, Bool) -> String
    let gapTitle: @Sendable (String) -> String
    let step: String
    let obstacleTitle: String
    let saved: @Sendable (String) -> String
    let merged: @Sendable (String, Int) -> String
    let missionSaved: String
    let textRequired: String
    let obstacleSaved: @Sendable (String) -> String
    let newOrganisation: String
    let organisationAdded: @Sendable (String) -> String
}

extension ExpectationFormText {
    /// Svenska.
    static let sv = ExpectationFormText(
        itemText: "Punkt (en rad)",
        note: "Ålder eller not (valfri)",
        sources: "Vem förväntar sig detta (← → flyttar, mellanslag väljer)",
        newItem: "Ny punkt",
        responder: "Vem svarar",
        answer: "Svar",
        comment: "Kommentar (valfri)",
        mergeTitle: { text in "Slå ihop \"" + text + "\"" },
        mergeInto: "Med punkten",
        missionTitle: { name in "Uppdrag: " + name },
        missionField: "Uppdraget med verksamhetens egna ord",
        gapDescription: { owner, text, by, refused in
            let who = by.isEmpty ? "" : " (förväntas av \(by))"
            return "\(owner): \"\(text)\"\(who)" + (refused ? " – ingår inte i uppdraget" : "")
        },
        gapTitle: { journey in "Glapp från förväntan · " + journey },
        step: "Steg (– lämnar öppet)",
        obstacleTitle: "Till en rolls största hinder",
        saved: { text in "Punkten \u{201D}\(text)\u{201D} sparad – \(undo) ångrar" },
        merged: { text, count in "Hopslagen med \"\(text)\", nu från \(count) – \(undo) ångrar" },
        missionSaved: "Uppdraget sparat",
        textRequired: "Skriv texten",
        obstacleSaved: { role in "Lagt till roll \(role):s största hinder" },
        newOrganisation: "Ny organisation (verksamhet)",
        organisationAdded: { name in "\(name) tillagd – Enter öppnar dess sida" }
    )
}

extension ExpectationFormText {
    /// English.
    static let en = ExpectationFormText(
        itemText: "Item (one line)",
        note: "Age or note (optional)",
        sources: "Who expects this (← → move, space picks)",
        newItem: "New item",
        responder: "Who answers",
        answer: "Answer",
        comment: "Comment (optional)",
        mergeTitle: { text in "Merge \"" + text + "\"" },
        mergeInto: "Into the item",
        missionTitle: { name in "Mission: " + name },
        missionField: "The mission in the organisation's own words",
        gapDescription: { owner, text, by, refused in
            let who = by.isEmpty ? "" : " (expected by \(by))"
            return "\(owner): \"\(text)\"\(who)" + (refused ? " – not part of the mission" : "")
        },
        gapTitle: { journey in "Gap from an expectation · " + journey },
        step: "Step (– leaves it open)",
        obstacleTitle: "To a role's biggest obstacles",
        saved: { text in "Item \u{201C}\(text)\u{201D} saved – \(undo) undoes" },
        merged: { text, count in "Merged into \"\(text)\", now from \(count) – \(undo) undoes" },
        missionSaved: "Mission saved",
        textRequired: "Type the text",
        obstacleSaved: { role in "Added to role \(role)'s biggest obstacles" },
        newOrganisation: "New organisation",
        organisationAdded: { name in "\(name) added – Enter opens its page" }
    )
}

private var undo: String { Keymap.keyName(.undo) }
