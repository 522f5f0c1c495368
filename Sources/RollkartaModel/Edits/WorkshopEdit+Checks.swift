import Tagged

/// What an edit must satisfy before it applies: every reference leads somewhere, the texts a
/// person must give are there, an actor still in use is not taken out.
extension Workshop {
    func check(_ assignment: Assignment, at key: CellKey) throws(EditRefusal) {
        guard assignment.key == key else { throw EditRefusal(.unknownPlace(key.label)) }
        try checkPlace(journey: key.journey, step: key.step, role: key.role)
        // A cell nobody is known to hold can still be recorded as unclear or partly held:
        // "nobody knows who does this" is what workshop 2 must write down. Held needs someone.
        guard !assignment.actors.isEmpty || assignment.status != .holds else { throw EditRefusal(.noActors) }
        try checkActors(assignment.actors)
    }

    func check(_ actor: Actor) throws(EditRefusal) {
        let name = actor.abbreviation.lowercased()
        if actors.contains(where: { $0.id != actor.id && $0.abbreviation.lowercased() == name }) {
            throw EditRefusal(.actorExists(actor.abbreviation))
        }
        guard !actor.name.trimmed.isEmpty, !actor.abbreviation.trimmed.isEmpty else { throw EditRefusal(.actorNameRequired) }
    }

    func check(_ item: ExpectationItem, id: ExpectationItem.ID) throws(EditRefusal) {
        guard item.id == id else { throw EditRefusal(.unknownPlace(id.rawValue)) }
        guard !item.text.trimmed.isEmpty else { throw EditRefusal(.itemTextRequired) }
        try checkActors([item.organisation] + item.sources + item.responses.map(\.organisation))
    }

    /// A gap, handover or expectation item stays while anything refers to it (an insight,
    /// an answer, a gap made from the item), as the table of references lists them.
    func checkUnused(_ referent: Referent) throws(EditRefusal) {
        let uses = uses(of: referent)
        if uses.total > 0 { throw EditRefusal(.referredTo(referent.id, uses: uses)) }
    }

    /// Every reference of an entity leads somewhere.
    func checkReferences(of entity: some Referring) throws(EditRefusal) {
        var refusal: EditRefusal?
        entity.forEachReference { referent, _ in
            guard refusal == nil, !contains(referent) else { return }
            switch referent {
            case .role(let key): refusal = EditRefusal(.unknownRole(key.role))
            case .actor(let id): refusal = EditRefusal(.unknownActor(id.rawValue))
            case .journey, .step, .gap, .handover, .expectation: refusal = EditRefusal(.unknownPlace(referent.id))
            }
        }
        if let refusal { throw refusal }
    }

    func check(_ gap: Gap) throws(EditRefusal) {
        guard !gap.description.trimmed.isEmpty else { throw EditRefusal(.descriptionRequired) }
        try checkReferences(of: gap)
    }

    func check(_ handover: Handover) throws(EditRefusal) {
        guard !handover.what.trimmed.isEmpty else { throw EditRefusal(.whatRequired) }
        for end in [handover.from, handover.to] {
            guard let journey = journey(end.journey) else { throw EditRefusal(.unknownPlace(end.journey.rawValue)) }
            guard journey.role(end.role) != nil else {
                throw EditRefusal(.roleNotInJourney(role: end.role, journey: journey.name))
            }
            try checkPlace(journey: end.journey, step: end.step, role: end.role)
            if let actor = end.actor { try checkActors([actor]) }
        }
    }

    func check(_ role: WorkshopRole, at key: RoleKey, in journey: WorkshopJourney) throws(EditRefusal) {
        guard role.id == key.role, Self.isUsableID(role.id) else { throw EditRefusal(.badRoleID(key.role)) }
        guard !role.title.sv.trimmed.isEmpty, !role.title.en.trimmed.isEmpty else { throw EditRefusal(.roleTitleRequired) }
        if let base = role.variantOf, base == role.id || journey.role(base) == nil { throw EditRefusal(.unknownRole(base)) }
    }

    func check(_ step: JourneyStep, at key: StepKey) throws(EditRefusal) {
        guard step.id == key.step, Self.isUsableID(step.id) else { throw EditRefusal(.badStepID(key.step)) }
        guard !step.title.sv.trimmed.isEmpty, !step.title.en.trimmed.isEmpty else { throw EditRefusal(.stepTitleRequired) }
    }

    /// A role or step is taken out only when nothing refers to it (retiring moves those first).
    func checkUnused(role key: RoleKey) throws(EditRefusal) {
        guard journey(key.journey)?.role(key.role) != nil else { return }
        let uses = uses(of: key)
        if uses.total > 0 { throw EditRefusal(.inUse(key.role, uses: uses)) }
    }

    func checkUnused(step key: StepKey) throws(EditRefusal) {
        guard journey(key.journey)?.step(key.step) != nil else { return }
        let uses = uses(of: key)
        if uses.total > 0 { throw EditRefusal(.inUse(key.step, uses: uses)) }
    }

    /// Ids are typed by the facilitator ("5C") and end up in files, paths of messages and keys:
    /// letters, digits, '-' and '_' only.
    static func isUsableID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 40 && id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    /// An actor is taken out only when nothing names it any more.
    func checkUnused(actor id: Actor.ID) throws(EditRefusal) {
        let uses = uses(of: .actor(id))
        if uses.total > 0 { throw EditRefusal(.actorInUse(actor(id)?.abbreviation ?? id.rawValue, uses: uses.total)) }
    }

    private func checkPlace(journey id: JourneyID, step: String, role: String) throws(EditRefusal) {
        guard let journey = journey(id), journey.step(step) != nil else { throw EditRefusal(.unknownPlace("\(id.rawValue)/\(step)")) }
        guard journey.role(role) != nil else { throw EditRefusal(.unknownRole(role)) }
    }

    func checkActors(_ ids: [Actor.ID]) throws(EditRefusal) {
        if let unknown = ids.first(where: { actor($0) == nil }) { throw EditRefusal(.unknownActor(unknown.rawValue)) }
    }
}

private extension String {
    var trimmed: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<max(start, end)]
    }
}

/// Why an edit was not applied, for the person who asked for it.
public struct EditRefusal: Error, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case descriptionRequired, whatRequired, noActors, negativeCount, actorNameRequired, roleTitleRequired, stepTitleRequired
        case itemTextRequired
        case badRoleID(String), badStepID(String)
        /// A role or step still used, with what uses it.
        case inUse(String, uses: Workshop.Uses)
        /// A gap, handover or item something still refers to, with what.
        case referredTo(String, uses: Workshop.Uses)
        case actorExists(String)
        case actorInUse(String, uses: Int)
        case unknownActor(String)
        case unknownPlace(String)
        case unknownRole(String)
        case roleNotInJourney(role: String, journey: Localized)
        /// The merge's own explanation of why the other side's value cannot be taken.
        case conflictNotSettled(String)
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    public func message(_ language: Language) -> String {
        let sv = language == .sv
        switch reason {
        case .descriptionRequired: return sv ? "Skriv en beskrivning av glappet" : "Describe the gap"
        case .whatRequired: return sv ? "Skriv vad som lämnas över" : "Say what is handed over"
        case .noActors: return sv ? "Välj minst en aktör" : "Choose at least one actor"
        case .negativeCount: return sv ? "Ett antal är 0 eller mer" : "A count is 0 or more"
        case .actorNameRequired: return sv ? "Aktören behöver ett namn" : "The actor needs a name"
        case .roleTitleRequired: return sv ? "Rollen behöver en titel på svenska och engelska" : "The role needs a title in Swedish and English"
        case .itemTextRequired: return sv ? "Skriv punkten" : "Type the item"
        case .stepTitleRequired: return sv ? "Steget behöver ett namn på svenska och engelska" : "The step needs a name in Swedish and English"
        case .badRoleID(let id):
            return sv ? "Rollens id \"\(id)\" går inte: bokstäver och siffror, till exempel 5C"
                      : "The role id \"\(id)\" will not do: letters and digits, for example 5C"
        case .badStepID(let id):
            return sv ? "Stegets id \"\(id)\" går inte: bokstäver, siffror och bindestreck"
                      : "The step id \"\(id)\" will not do: letters, digits and hyphens"
        case .inUse(let name, let uses):
            return sv ? "\(name) används av \(uses.text(language)): välj vart det ska flyttas"
                      : "\(name) is used by \(uses.text(language)): choose where it moves"
        case .referredTo(let name, let uses):
            return sv ? "\(name) används av \(uses.text(language)); ta bort det först"
                      : "\(name) is used by \(uses.text(language)); remove that first"
        case .actorExists(let abbreviation):
            return sv ? "Det finns redan en aktör \(abbreviation); välj den i listan"
                      : "There is already an actor \(abbreviation); pick it in the list"
        case .actorInUse(let abbreviation, let uses):
            return sv ? "\(abbreviation) används på \(uses) ställen; ta bort det först"
                      : "\(abbreviation) is used in \(uses) places; remove those first"
        case .unknownActor(let id): return sv ? "Okänd aktör: \(id)" : "Unknown actor: \(id)"
        case .unknownPlace(let place): return sv ? "Finns inte i workshopen: \(place)" : "Not in the workshop: \(place)"
        case .unknownRole(let role): return sv ? "Rollen \(role) finns inte i resan" : "Role \(role) is not in the journey"
        case .roleNotInJourney(let role, let journey):
            return sv ? "Roll \(role) finns inte i resan \(journey.sv)" : "Role \(role) is not in the journey \(journey.en)"
        case .conflictNotSettled(let explanation): return explanation
        }
    }
}
