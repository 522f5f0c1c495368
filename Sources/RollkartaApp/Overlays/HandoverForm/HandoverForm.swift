import RollkartaModel

/// `o` on the map, Enter in the Handovers view: from the selected cell to another role, step
/// and actor, possibly on the other journey.
enum HandoverForm {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// A new handover (id nil) from a cell, or an existing one.
        case handover(id: Handover.ID?, from: HandoverEnd)

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            return HandoverForm.save(form, &state)
        }
    }

    static func new(_ state: AppState) -> FormState? {
        guard let cell = SelectedCell(state) else { return nil }
        let actors = state.workshop.assignment(at: cell.key)?.actors ?? []
        let from = HandoverEnd(journey: cell.journey.id, step: cell.step.id, role: cell.role.id, actor: actors.first)
        let steps = cell.journey.steps
        let nextStep = steps.firstIndex(of: cell.step).map { steps[min($0 + 1, steps.count - 1)] } ?? cell.step
        let to = HandoverEnd(journey: cell.journey.id, step: nextStep.id, role: cell.role.id)
        return make(state, id: nil, from: from, to: to, handover: nil)
    }

    static func edit(_ state: AppState, _ handover: Handover) -> FormState? {
        make(state, id: handover.id, from: handover.from, to: handover.to, handover: handover)
    }

    private static func make(_ state: AppState, id: Handover.ID?, from: HandoverEnd, to: HandoverEnd,
                             handover: Handover?) -> FormState? {
        let language = state.language
        let workshop = state.workshop
        let places = workshop.journeys.flatMap { journey in
            journey.steps.enumerated().map { index, step in
                FormField.Option(id: "\(journey.id.rawValue)/\(step.id)",
                                 label: "\(journey.name[language]) · \(index + 1). \(step.title[language])",
                                 step: StepKey(journey: journey.id, step: step.id))
            }
        }
        var roles: [FormField.Option] = []
        for journey in workshop.journeys {
            for role in journey.roles where !roles.contains(where: { $0.id == role.id }) {
                roles.append(FormField.Option(id: role.id, label: "\(role.id) \(role.title[language])"))
            }
        }
        let actors = [FormField.Option(id: "", label: "–")]
            + workshop.actors.map { FormField.Option(id: $0.id.rawValue, label: "\($0.abbreviation) – \($0.name)") }
        let flags = HandoverFlag.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label(language)) }
        let target = StepKey(journey: to.journey, step: to.step)
        func index(_ options: [FormField.Option], _ id: String?) -> Int { options.firstIndex { $0.id == (id ?? "") } ?? 0 }
        let fields: [FormField] = [
            FormField(id: "fromActor", label: FormText.of(language).fieldFromActor,
                      value: .choice(options: actors, selected: index(actors, from.actor?.rawValue))),
            FormField(id: "toPlace", label: FormText.of(language).fieldToStep,
                      value: .choice(options: places, selected: places.firstIndex { $0.step == target } ?? 0)),
            FormField(id: "toRole", label: FormText.of(language).fieldToRole,
                      value: .choice(options: roles, selected: index(roles, to.role))),
            FormField(id: "toActor", label: FormText.of(language).fieldToActor,
                      value: .choice(options: actors, selected: index(actors, to.actor?.rawValue))),
            .text("what", FormText.of(language).fieldWhat, handover?.what ?? "", multiline: true),
            .choice("status", FormText.of(language).fieldStatus, handover?.status ?? .works, language: language),
            FormField(id: "flags", label: FormText.of(language).fieldFlags,
                      value: .toggles(options: flags, selected: Set(handover?.flags.map(\.rawValue) ?? []), current: 0)),
            .text("note", FormText.of(language).fieldNote, handover?.note ?? "", multiline: true),
        ]
        let fromJourney = workshop.journey(from.journey)
        let title = [id?.rawValue ?? FormText.of(language).newHandover,
                     "\(MapText.of(language).handoverFrom) \(from.role) · "
                        + (fromJourney?.step(from.step)?.title[language] ?? from.step)].joined(separator: " · ")
        return FormState(purpose: Purpose.handover(id: id, from: from), title: title, fields: fields)
    }

    /// A new handover gets the next free id; the model checks that both ends exist.
    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        guard case .handover(let existingID, let from)? = form.purpose as? Purpose,
              let place = form["toPlace"]?.chosenOption?.step, let role = form["toRole"]?.choice else { return .problem("") }
        var source = from
        source.actor = form["fromActor"]?.chosenActor
        let id = existingID ?? state.workshop.nextHandoverID
        let handover = Handover(
            id: id, from: source,
            to: HandoverEnd(journey: place.journey, step: place.step, role: role, actor: form["toActor"]?.chosenActor),
            what: form.trimmed("what"),
            status: form["status"]?.choice.flatMap(HandoverStatus.init(rawValue:)) ?? .works,
            flags: (form["flags"]?.toggled ?? []).compactMap(HandoverFlag.init(rawValue:)),
            note: form["note"]?.text ?? "")
        return .of(&state, .handover(id, handover), message: FormText.of(state.language).handoverSaved)
    }
}
