import Foundation
import RollkartaModel

/// The handover form (`o` on the map, Enter in the Handovers view): from the selected cell
/// to another role, step and actor, possibly on the other journey.
enum HandoverForm {
    static func new(_ state: AppState) -> FormState? {
        guard let cell = CellForms.selectedCell(state) else { return nil }
        let actors = state.workshop.assignment(journey: cell.journey.id, step: cell.step.id, role: cell.role.id)?.actors ?? []
        let from = HandoverEnd(journey: cell.journey.id, step: cell.step.id, role: cell.role.id, actor: actors.first)
        let steps = cell.journey.steps
        let nextStep = steps.firstIndex(of: cell.step).map { steps[min($0 + 1, steps.count - 1)] } ?? cell.step
        let to = HandoverEnd(journey: cell.journey.id, step: nextStep.id, role: cell.role.id)
        return form(state, id: nil, from: from, to: to, handover: nil)
    }

    static func edit(_ state: AppState, _ handover: Handover) -> FormState? {
        form(state, id: handover.id, from: handover.from, to: handover.to, handover: handover)
    }

    private static func form(_ state: AppState, id: String?, from: HandoverEnd, to: HandoverEnd,
                             handover: Handover?) -> FormState? {
        let language = state.language
        let workshop = state.workshop
        let places = workshop.journeys.flatMap { journey in
            journey.steps.enumerated().map { index, step in
                FormField.Option(id: "\(journey.id.rawValue)/\(step.id)",
                                 label: "\(journey.name[language]) · \(index + 1). \(step.title[language])")
            }
        }
        var roles: [FormField.Option] = []
        for journey in workshop.journeys {
            for role in journey.roles where !roles.contains(where: { $0.id == role.id }) {
                roles.append(FormField.Option(id: role.id, label: "\(role.id) \(role.title[language])"))
            }
        }
        let actors = [FormField.Option(id: "", label: "–")]
            + workshop.actors.map { FormField.Option(id: $0.id, label: "\($0.abbreviation) – \($0.name)") }
        let flags = HandoverFlag.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label(language)) }
        func index(_ options: [FormField.Option], _ id: String?) -> Int { options.firstIndex { $0.id == (id ?? "") } ?? 0 }
        let fields: [FormField] = [
            FormField(id: "fromActor", label: UIText.fieldFromActor.text(language),
                      value: .choice(options: actors, selected: index(actors, from.actor))),
            FormField(id: "toPlace", label: UIText.fieldToStep.text(language),
                      value: .choice(options: places, selected: index(places, "\(to.journey.rawValue)/\(to.step)"))),
            FormField(id: "toRole", label: UIText.fieldToRole.text(language),
                      value: .choice(options: roles, selected: index(roles, to.role))),
            FormField(id: "toActor", label: UIText.fieldToActor.text(language),
                      value: .choice(options: actors, selected: index(actors, to.actor))),
            .text("what", UIText.fieldWhat.text(language), handover?.what ?? "", multiline: true),
            .choice("status", UIText.fieldStatus.text(language), handover?.status ?? .works, language: language),
            FormField(id: "flags", label: UIText.fieldFlags.text(language),
                      value: .toggles(options: flags, selected: Set(handover?.flags.map(\.rawValue) ?? []), current: 0)),
            .text("note", UIText.fieldNote.text(language), handover?.note ?? "", multiline: true),
        ]
        let fromJourney = workshop.journey(from.journey)
        let title = [id ?? UIText.newHandover.text(language),
                     "\(UIText.handoverFrom.text(language)) \(from.role) · "
                        + (fromJourney?.step(from.step)?.title[language] ?? from.step)].joined(separator: " · ")
        return FormState(purpose: .handover(id: id, from: from), title: title, fields: fields)
    }

    static func apply(_ form: FormState, id: String?, from: HandoverEnd, to workshop: inout Workshop,
                      language: Language) -> String? {
        let what = (form["what"]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !what.isEmpty else { return UIText.whatRequired.text(language) }
        let place = (form["toPlace"]?.choice ?? "").split(separator: "/", maxSplits: 1).map(String.init)
        guard place.count == 2, let journeyID = JourneyID(rawValue: place[0]), let journey = workshop.journey(journeyID),
              let role = form["toRole"]?.choice else { return UIText.whatRequired.text(language) }
        guard journey.role(role) != nil else {
            return UIText.roleNotInJourney(role: role, journey: journey.name[language]).text(language)
        }
        var source = from
        source.actor = form["fromActor"]?.choice.flatMap { $0.isEmpty ? nil : $0 }
        let target = HandoverEnd(journey: journeyID, step: place[1], role: role,
                                 actor: form["toActor"]?.choice.flatMap { $0.isEmpty ? nil : $0 })
        let handover = Handover(
            id: id ?? Identifiers.next(prefix: "ho", existing: workshop.handovers.map(\.id)),
            from: source, to: target, what: what,
            status: form["status"]?.choice.flatMap(HandoverStatus.init(rawValue:)) ?? .works,
            flags: (form["flags"]?.toggled ?? []).compactMap(HandoverFlag.init(rawValue:)),
            note: form["note"]?.text ?? "")
        if let index = workshop.handovers.firstIndex(where: { $0.id == handover.id }) {
            workshop.handovers[index] = handover
        } else {
            workshop.handovers.append(handover)
        }
        return nil
    }
}
