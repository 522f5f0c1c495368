import RollkartaJSON
import Tagged

/// The one table of who refers to what. Every field of the workshop that points at a journey,
/// a role, a step, an actor, a gap, a handover or an expectation item is declared here, once;
/// retiring a role or step (`uses`, the moves), the edit checks, validation's reference
/// checks and the merge's "keep what is still used" all read it. A test walks the types by
/// reflection and fails when an entity gains such a field that this table does not report.

/// What a field can point at.
public enum Referent: Hashable, Sendable {
    case journey(JourneyID)
    case role(RoleKey)
    case step(StepKey)
    case actor(Actor.ID)
    case gap(Gap.ID)
    case handover(Handover.ID)
    case expectation(ExpectationItem.ID)

    /// The bare id, as the facilitator typed it ("5B", "remiss").
    public var id: String {
        switch self {
        case .journey(let id): id.rawValue
        case .role(let key): key.role
        case .step(let key): key.step
        case .actor(let id): id.rawValue
        case .gap(let id): id.rawValue
        case .handover(let id): id.rawValue
        case .expectation(let id): id.rawValue
        }
    }
}

/// The kinds of entity that hold references, in the order a list of uses names them.
public enum Referrer: String, CaseIterable, Sendable {
    case cells, gaps, handovers, notes, answers, tallies, positions, variants, insights
    case expectations, missions, aliases, sessions
    /// A revision keeps naming the role it retired: history, never a use.
    case revisions

    var isHistory: Bool { self == .revisions }

    /// "cell"/"celler": how a list of uses names one and several.
    func noun(_ count: Int, _ language: Language) -> String {
        let one = count == 1
        switch (self, language) {
        case (.cells, .sv): return one ? "cell" : "celler"
        case (.cells, .en): return one ? "cell" : "cells"
        case (.gaps, .sv): return "glapp"
        case (.gaps, .en): return one ? "gap" : "gaps"
        case (.handovers, .sv): return one ? "överlämning" : "överlämningar"
        case (.handovers, .en): return one ? "handover" : "handovers"
        case (.notes, .sv): return one ? "anteckning" : "anteckningar"
        case (.notes, .en): return one ? "note" : "notes"
        case (.answers, .sv): return "svar"
        case (.answers, .en): return one ? "answer" : "answers"
        case (.tallies, .sv): return one ? "handuppräckning" : "handuppräckningar"
        case (.tallies, .en): return one ? "show of hands" : "shows of hands"
        case (.positions, .sv): return one ? "befattningsrad" : "befattningsrader"
        case (.positions, .en): return one ? "positions line" : "positions lines"
        case (.variants, .sv): return one ? "variant" : "varianter"
        case (.variants, .en): return one ? "variant" : "variants"
        case (.insights, .sv): return one ? "insikt" : "insikter"
        case (.insights, .en): return one ? "insight" : "insights"
        case (.expectations, .sv): return one ? "förväntanspunkt" : "förväntanspunkter"
        case (.expectations, .en): return one ? "expectation item" : "expectation items"
        case (.missions, .sv): return "uppdrag"
        case (.missions, .en): return one ? "mission" : "missions"
        case (.aliases, .sv): return one ? "namnvariant" : "namnvarianter"
        case (.aliases, .en): return one ? "alias" : "aliases"
        case (.sessions, .sv): return one ? "tillfälle" : "tillfällen"
        case (.sessions, .en): return one ? "session" : "sessions"
        case (.revisions, .sv): return one ? "revidering" : "revideringar"
        case (.revisions, .en): return one ? "revision" : "revisions"
        }
    }
}

/// Where under its entity a reference is: `role`, `from.role`, `sources[2]`,
/// `responses[0].organisation`. Kept as its parts, so that the path is built only for a
/// problem, never for the references that lead somewhere.
public struct Place: Sendable {
    /// The Swift field ("from.role", "subject"): what the completeness test compares with the types.
    public var field: String
    var key: String
    var index: Int?
    var inner: String?

    init(_ field: String, key: String? = nil, index: Int? = nil, inner: String? = nil) {
        self.field = field
        self.key = key ?? field
        self.index = index
        self.inner = inner
    }

    var components: [JSONPath.Component] {
        var components: [JSONPath.Component] = [.key(key)]
        if let index { components.append(.index(index)) }
        if let inner { components.append(.key(inner)) }
        return components
    }
}

/// One reference: what it points at, the entity that holds it and where.
public struct Reference: Sendable {
    public var referent: Referent
    public var referrer: Referrer
    /// The entity's list (`$.gaps`) and its place in it.
    let list: JSONPath
    let index: Int
    public var place: Place

    public var field: String { place.field }
    /// The entity that holds it (`$.gaps[3]`): several references of one entity are one use.
    public var owner: JSONPath { list.appending(index) }
    /// `$.gaps[3].role`.
    public var path: JSONPath { JSONPath(list.components + [.index(index)] + place.components) }
}

/// An entity that holds references: it lists them, and it can have one of them moved.
protocol Referring {
    /// Each reference, with its Swift field name and the path under the entity, in file order.
    func forEachReference(_ visit: (Referent, Place) -> Void)
    /// The same entity with every reference equal to `old` pointing at `new` instead.
    mutating func replace(_ old: Referent, with new: Referent)
}

extension Referring {
    func refers(to referent: Referent) -> Bool {
        var found = false
        forEachReference { candidate, _ in if candidate == referent { found = true } }
        return found
    }
}

/// A journey, step and role together, as a cell holds them.
private func place(_ journey: JourneyID, step: String?, role: String?, _ visit: (Referent, Place) -> Void) {
    visit(.journey(journey), Place("journey"))
    if let step { visit(.step(StepKey(journey: journey, step: step)), Place("step")) }
    if let role { visit(.role(RoleKey(journey: journey, role: role)), Place("role")) }
}

/// The step and role fields of a journey-bound entity after a move of `old` to `new`.
private func replaced(_ journey: JourneyID, step: inout String, role: inout String, _ old: Referent, _ new: Referent) {
    var optionalStep: String? = step, optionalRole: String? = role
    replaced(journey, step: &optionalStep, role: &optionalRole, old, new)
    step = optionalStep ?? step
    role = optionalRole ?? role
}

private func replaced(_ journey: JourneyID, step: inout String?, role: inout String?, _ old: Referent, _ new: Referent) {
    switch (old, new) {
    case (.step(let from), .step(let to)) where from.journey == journey && step == from.step: step = to.step
    case (.role(let from), .role(let to)) where from.journey == journey && role == from.role: role = to.role
    default: break
    }
}

private func replaced(_ actor: inout Actor.ID, _ old: Referent, _ new: Referent) {
    if case .actor(let from) = old, case .actor(let to) = new, actor == from { actor = to }
}

private func replaced(_ actors: inout [Actor.ID], _ old: Referent, _ new: Referent) {
    for index in actors.indices { replaced(&actors[index], old, new) }
}

private func replaced(_ actor: inout Actor.ID?, _ old: Referent, _ new: Referent) {
    guard var value = actor else { return }
    replaced(&value, old, new)
    actor = value
}

private func replaced<Tag>(_ id: inout Tagged<Tag, String>?, _ old: Referent, _ new: Referent,
                           _ pick: (Referent) -> Tagged<Tag, String>?) {
    if let value = id, let from = pick(old), value == from, let to = pick(new) { id = to }
}

extension Assignment: Referring {
    func forEachReference(_ visit: (Referent, Place) -> Void) {
        place(journey, step: step, role: role, visit)
        for (index, actor) in actors.enumerated() { visit(.actor(actor), Place("actors", index: index)) }
    }

    mutating func replace(_ old: Referent, with new: Referent) {
        replaced(journey, step: &step, role: &role, old, new)
        replaced(&actors, old, new)
    }
}

extension Gap: Referring {
    func forEachReference(_ visit: (Referent, Place) -> Void) {
        place(journey, step: step, role: role, visit)
        for (index, actor) in actors.enumerated() { visit(.actor(actor), Place("actors", index: index)) }
        if let expectation { visit(.expectation(expectation), Place("expectation")) }
    }

    mutating func replace(_ old: Referent, with new: Referent) {
        replaced(journey, step: &step, role: &role, old, new)
        replaced(&actors, old, new)
        replaced(&expectation, old, new) { if case .expectation(let id) = $0 { id } else { nil } }
    }
}

extension HandoverEnd {
    /// `fields` are the Swift names of journey, step, role and actor under the side ("from.role").
    fileprivate func forEachReference(_ side: String, _ fields: [String], _ visit: (Referent, Place) -> Void) {
        visit(.journey(journey), Place(fields[0], key: side, inner: "journey"))
        visit(.step(StepKey(journey: journey, step: step)), Place(fields[1], key: side, inner: "step"))
        visit(.role(RoleKey(journey: journey, role: role)), Place(fields[2], key: side, inner: "role"))
        if let actor { visit(.actor(actor), Place(fields[3], key: side, inner: "actor")) }
    }

    fileprivate mutating func replace(_ old: Referent, with new: Referent) {
        replaced(journey, step: &step, role: &role, old, new)
        replaced(&actor, old, new)
    }
}

extension Handover: Referring {
    private static let fromFields = ["from.journey", "from.step", "from.role", "from.actor"]
    private static let toFields = ["to.journey", "to.step", "to.role", "to.actor"]

    func forEachReference(_ visit: (Referent, Place) -> Void) {
        from.forEachReference("from", Self.fromFields, visit)
        to.forEachReference("to", Self.toFields, visit)
    }

    mutating func replace(_ old: Referent, with new: Referent) {
        from.replace(old, with: new)
        to.replace(old, with: new)
    }
}

extension RoleNote: Referring {
    func forEachReference(_ visit: (Referent, Place) -> Void) {
        place(journey, step: nil, role: role, visit)
    }

    mutating func replace(_ old: Referent, with new: Referent) {
        var step = ""
        replaced(journey, step: &step, role: &role, old, new)
    }
}

extension RoleRevision: Referring {
    func forEachReference(_ visit: (Referent, Place) -> Void) {
        place(journey, step: nil, role: role, visit)
    }

    /// History is not rewritten: the revision keeps the role it was about.
    mutating func replace(_ old: Referent, with new: Referent) {}
}

extension RolePosition: Referring {
    func forEachReference(_ visit: (Referent, Place) -> Void) {
        place(journey, step: nil, role: role, visit)
        visit(.actor(actor), Place("actor"))
    }

    mutating func replace(_ old: Referent, with new: Referent) {
        var step = ""
        replaced(journey, step: &step, role: &role, old, new)
        replaced(&actor, old, new)
    }
}

extension VerificationSubject {
    /// A subject is written flat into its answer or tally: `journey` and `role`, `gap`,
    /// `handover` or `expectations`.
    fileprivate func forEachReference(_ visit: (Referent, Place) -> Void) {
        switch self {
        case .role(let journey, let role):
            visit(.journey(journey), Place("subject", key: "journey"))
            visit(.role(RoleKey(journey: journey, role: role)), Place("subject", key: "role"))
        case .gap(let id): visit(.gap(id), Place("subject", key: "gap"))
        case .handover(let id): visit(.handover(id), Place("subject", key: "handover"))
        case .expectations(let organisation): visit(.actor(organisation), Place("subject", key: "expectations"))
        }
    }

    fileprivate func replacing(_ old: Referent, with new: Referent) -> VerificationSubject {
        switch (self, old, new) {
        case (.role(let journey, let role), .role(let from), .role(let to)) where from == RoleKey(journey: journey, role: role):
            return .role(journey: journey, role: to.role)
        case (.gap(let id), .gap(let from), .gap(let to)) where id == from: return .gap(to)
        case (.handover(let id), .handover(let from), .handover(let to)) where id == from: return .handover(to)
        case (.expectations(let id), .actor(let from), .actor(let to)) where id == from: return .expectations(to)
        default: return self
        }
    }
}

extension VerificationAnswer: Referring {
    func forEachReference(_ visit: (Referent, Place) -> Void) { subject.forEachReference(visit) }
    mutating func replace(_ old: Referent, with new: Referent) { subject = subject.replacing(old, with: new) }
}

extension Tally: Referring {
    func forEachReference(_ visit: (Referent, Place) -> Void) { subject.forEachReference(visit) }
    mutating func replace(_ old: Referent, with new: Referent) { subject = subject.replacing(old, with: new) }
}

extension Insight: Referring {
    func forEachReference(_ visit: (Referent, Place) -> Void) {
        if let organisation { visit(.actor(organisation), Place("organisation")) }
        if let journey { place(journey, step: step, role: role, visit) }
        if let gap { visit(.gap(gap), Place("gap")) }
        if let handover { visit(.handover(handover), Place("handover")) }
    }

    mutating func replace(_ old: Referent, with new: Referent) {
        replaced(&organisation, old, new)
        if let journey { replaced(journey, step: &step, role: &role, old, new) }
        replaced(&gap, old, new) { if case .gap(let id) = $0 { id } else { nil } }
        replaced(&handover, old, new) { if case .handover(let id) = $0 { id } else { nil } }
    }
}

extension ExpectationItem: Referring {
    /// The items merged into this one are kept as they were, to be split out again: a
    /// snapshot, not a reference of the workshop's.
    func forEachReference(_ visit: (Referent, Place) -> Void) {
        visit(.actor(organisation), Place("organisation"))
        for (index, source) in sources.enumerated() { visit(.actor(source), Place("sources", index: index)) }
        for (index, response) in responses.enumerated() {
            visit(.actor(response.organisation), Place("responses.organisation", key: "responses", index: index, inner: "organisation"))
        }
    }

    mutating func replace(_ old: Referent, with new: Referent) {
        replaced(&organisation, old, new)
        replaced(&sources, old, new)
        for index in responses.indices { replaced(&responses[index].organisation, old, new) }
    }
}

extension OrganisationMission: Referring {
    func forEachReference(_ visit: (Referent, Place) -> Void) {
        visit(.actor(organisation), Place("organisation"))
    }

    mutating func replace(_ old: Referent, with new: Referent) { replaced(&organisation, old, new) }
}

extension OrganisationAlias: Referring {
    func forEachReference(_ visit: (Referent, Place) -> Void) {
        visit(.actor(organisation), Place("organisation"))
    }

    mutating func replace(_ old: Referent, with new: Referent) { replaced(&organisation, old, new) }
}

extension Session: Referring {
    func forEachReference(_ visit: (Referent, Place) -> Void) {
        for (index, entry) in attendance.enumerated() {
            visit(.actor(entry.organisation), Place("attendance.organisation", key: "attendance", index: index, inner: "organisation"))
        }
    }

    mutating func replace(_ old: Referent, with new: Referent) {
        for index in attendance.indices { replaced(&attendance[index].organisation, old, new) }
    }
}

extension Workshop {
    /// Every reference the workshop holds, collection by collection in file order.
    public func forEachReference(_ visit: (Reference) -> Void) {
        func each<E: Referring>(_ list: [E], _ key: String, _ referrer: Referrer) {
            let base = JSONPath.root.appending(key)
            for (index, element) in list.enumerated() {
                element.forEachReference { referent, place in
                    visit(Reference(referent: referent, referrer: referrer, list: base, index: index, place: place))
                }
            }
        }
        // A variant names the role it is a variant of, in its own journey.
        for (journeyIndex, journey) in journeys.enumerated() {
            let roles = JSONPath.root.appending("journeys").appending(journeyIndex).appending("roles")
            for (roleIndex, role) in journey.roles.enumerated() {
                guard let base = role.variantOf else { continue }
                visit(Reference(referent: .role(RoleKey(journey: journey.id, role: base)), referrer: .variants, list: roles,
                                index: roleIndex, place: Place("roles.variantOf", key: "variantOf")))
            }
        }
        each(assignments, "assignments", .cells)
        each(gaps, "gaps", .gaps)
        each(handovers, "handovers", .handovers)
        each(roleNotes, "roleNotes", .notes)
        each(revisions, "revisions", .revisions)
        each(insights, "insights", .insights)
        each(sessions, "sessions", .sessions)
        each(positions, "positions", .positions)
        each(answers, "answers", .answers)
        each(tallies, "tallies", .tallies)
        each(expectations, "expectations", .expectations)
        each(missions, "missions", .missions)
        each(aliases, "aliases", .aliases)
    }

    /// What refers to a role, step, actor, gap, handover or expectation item, by kind
    /// (history left out): one use per entity, however many of its fields name it.
    public func uses(of referent: Referent) -> Uses {
        var owners = Set<JSONPath>()
        var uses = Uses()
        forEachReference { reference in
            guard reference.referent == referent, !reference.referrer.isHistory, owners.insert(reference.owner).inserted else { return }
            uses.counts[reference.referrer, default: 0] += 1
        }
        return uses
    }

    /// Whether what a reference points at is in the workshop.
    public func contains(_ referent: Referent) -> Bool {
        switch referent {
        case .journey(let id): journey(id) != nil
        case .role(let key): journey(key.journey)?.role(key.role) != nil
        case .step(let key): journey(key.journey)?.step(key.step) != nil
        case .actor(let id): actor(id) != nil
        case .gap(let id): gaps.contains { $0.id == id }
        case .handover(let id): handovers.contains { $0.id == id }
        case .expectation(let id): expectation(id) != nil
        }
    }

    public func uses(of key: RoleKey) -> Uses { uses(of: .role(key)) }
    public func uses(of key: StepKey) -> Uses { uses(of: .step(key)) }

    /// How much of the workshop refers to something, by kind.
    public struct Uses: Equatable, Sendable {
        public var counts: [Referrer: Int] = [:]

        public init() {}

        public subscript(_ referrer: Referrer) -> Int { counts[referrer] ?? 0 }

        public var total: Int { counts.values.reduce(0, +) }

        /// "3 celler, 1 glapp, 2 överlämningar".
        public func text(_ language: Language) -> String {
            Referrer.allCases.compactMap { referrer in
                let count = self[referrer]
                return count > 0 ? "\(count) \(referrer.noun(count, language))" : nil
            }.joined(separator: ", ")
        }
    }
}
