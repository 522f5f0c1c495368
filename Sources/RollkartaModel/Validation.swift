/// Checks what Codable cannot: that every reference points at something that exists,
/// that ids are unique, and that required texts are present.
public enum Validation {
    public struct Finding: Equatable, Sendable {
        public var path: JSONPath
        public var kind: ProblemKind
    }

    public static func check(_ workshop: Workshop, catalog: Catalog = .bundled) -> [Finding] {
        var checker = Checker(workshop: workshop, catalog: catalog)
        checker.run()
        return checker.findings
    }
}

struct Checker {
    let workshop: Workshop
    let catalog: Catalog
    var findings: [Validation.Finding] = []
    /// Every reference is looked up in a set, not by a search of a list, and a dangling one
    /// shares one list of the known ids: a file with ten thousand problems is checked in
    /// the time of one with none, not ten thousand times that.
    private let actorIDs: Set<Actor.ID>
    private let gapIDs: Set<Gap.ID>
    private let handoverIDs: Set<Handover.ID>
    /// The first journey of each id, as `Workshop.journey(_:)` finds it.
    private let journeyIndex: [JourneyID: Int]
    private let stepIDs: [Set<String>]
    private let roleIDs: [Set<String>]
    private let known: Known

    /// The ids a problem about a dangling reference lists, made once each.
    private struct Known {
        var journeys: [String], actors: [String], participants: [String], gaps: [String]
        var handovers: [String], expectations: [String], steps: [[String]], roles: [[String]]
    }

    init(workshop: Workshop, catalog: Catalog) {
        self.workshop = workshop
        self.catalog = catalog
        actorIDs = Set(workshop.actors.map(\.id))
        gapIDs = Set(workshop.gaps.map(\.id))
        handoverIDs = Set(workshop.handovers.map(\.id))
        var journeyIndex: [JourneyID: Int] = [:]
        for (index, journey) in workshop.journeys.enumerated() where journeyIndex[journey.id] == nil {
            journeyIndex[journey.id] = index
        }
        self.journeyIndex = journeyIndex
        stepIDs = workshop.journeys.map { Set($0.steps.map(\.id)) }
        roleIDs = workshop.journeys.map { Set($0.roles.map(\.id)) }
        known = Known(journeys: workshop.journeys.map(\.id.rawValue), actors: workshop.actors.map(\.id.rawValue),
                      participants: workshop.participants.map(\.id.rawValue), gaps: workshop.gaps.map(\.id.rawValue),
                      handovers: workshop.handovers.map(\.id.rawValue),
                      expectations: workshop.expectations.map(\.id.rawValue),
                      steps: workshop.journeys.map { $0.steps.map(\.id) }, roles: workshop.journeys.map { $0.roles.map(\.id) })
    }

    mutating func run() {
        let root = JSONPath.root
        if workshop.id.isEmpty { add(root.appending("id"), .emptyValue(field: "id")) }
        if !Self.isISODate(workshop.date) { add(root.appending("date"), .badDate(workshop.date)) }
        checkJourneys()
        uniqueIDs(workshop.actors.map(\.id.rawValue), at: root.appending("actors"))
        let kinds = catalog.actorKinds.map(\.id)
        for (index, actor) in workshop.actors.enumerated() {
            let path = root.appending("actors").appending(index)
            if actor.abbreviation.isEmpty { add(path.appending("abbreviation"), .emptyValue(field: "abbreviation")) }
            if let kind = actor.kind, !kinds.contains(kind) {
                add(path.appending("kind"), .unknownReference(kind: .actorKind, id: kind, known: kinds))
            }
        }
        uniqueIDs(workshop.participants.map(\.id.rawValue), at: root.appending("participants"))
        checkAssignments()
        checkGaps()
        checkHandovers()
        checkRoleNotes()
        checkAnswers()
        checkExpectations()
        uniqueIDs(workshop.conflicts.map(\.id), at: root.appending("conflicts"))
    }

    private mutating func checkJourneys() {
        var seen = Set<JourneyID>()
        for (index, journey) in workshop.journeys.enumerated() {
            let path = JSONPath.root.appending("journeys").appending(index)
            if !seen.insert(journey.id).inserted { add(path.appending("id"), .duplicateID(journey.id.rawValue)) }
            uniqueIDs(journey.steps.map(\.id), at: path.appending("steps"))
            uniqueIDs(journey.roles.map(\.id), at: path.appending("roles"))
        }
    }

    private mutating func checkAssignments() {
        var cells = Set<String>()
        for (index, assignment) in workshop.assignments.enumerated() {
            let path = JSONPath.root.appending("assignments").appending(index)
            guard cell(assignment.journey, step: assignment.step, role: assignment.role, at: path) else { continue }
            if !cells.insert("\(assignment.journey.rawValue)\u{1F}\(assignment.step)\u{1F}\(assignment.role)").inserted {
                add(path, .duplicateCell(journey: assignment.journey, step: assignment.step, role: assignment.role))
            }
            actors(assignment.actors, at: path.appending("actors"))
        }
    }

    private mutating func checkGaps() {
        uniqueIDs(workshop.gaps.map(\.id.rawValue), at: JSONPath.root.appending("gaps"))
        // Activity ids name spreadsheet rows coming back: each once in the whole workshop.
        var activities = Set<String>()
        for (index, gap) in workshop.gaps.enumerated() {
            for (position, activity) in gap.activities.enumerated() where !activities.insert(activity.id.rawValue).inserted {
                add(JSONPath.root.appending("gaps").appending(index).appending("activities").appending(position).appending("id"),
                    .duplicateID(activity.id.rawValue))
            }
            // A field's change in the history says when, and what it was and became.
            for (position, activity) in gap.activities.enumerated() {
                let activityPath = JSONPath.root.appending("gaps").appending(index).appending("activities").appending(position)
                for (entry, change) in activity.history.enumerated() where change.field != nil || change.before != nil || change.after != nil {
                    let path = activityPath.appending("history").appending(entry)
                    if change.field == nil { add(path, .missingField("field")) }
                    if change.before == nil { add(path, .missingField("before")) }
                    if change.after == nil { add(path, .missingField("after")) }
                    if !Self.isISODate(change.date) { add(path.appending("date"), .badDate(change.date)) }
                }
            }
        }
        let goals = catalog.effectGoals.map(\.id)
        for (index, gap) in workshop.gaps.enumerated() {
            let path = JSONPath.root.appending("gaps").appending(index)
            if let journey = journey(gap.journey, at: path.appending("journey")) {
                if let step = gap.step { self.step(step, in: journey, at: path.appending("step")) }
                if let role = gap.role { self.role(role, in: journey, at: path.appending("role")) }
            }
            actors(gap.actors, at: path.appending("actors"))
            for (goalIndex, goal) in gap.effectGoals.enumerated() where !goals.contains(goal) {
                add(path.appending("effectGoals").appending(goalIndex),
                    .unknownReference(kind: .effectGoal, id: goal, known: goals))
            }
        }
    }

    private mutating func checkHandovers() {
        uniqueIDs(workshop.handovers.map(\.id.rawValue), at: JSONPath.root.appending("handovers"))
        for (index, handover) in workshop.handovers.enumerated() {
            let path = JSONPath.root.appending("handovers").appending(index)
            for (end, name) in [(handover.from, "from"), (handover.to, "to")] {
                let endPath = path.appending(name)
                _ = cell(end.journey, step: end.step, role: end.role, at: endPath)
                if let actor = end.actor { actors([actor], at: endPath.appending("actor"), single: true) }
            }
        }
    }

    private mutating func checkRoleNotes() {
        var seenNotes = Set<RoleKey>()
        for (index, note) in workshop.roleNotes.enumerated() {
            let path = JSONPath.root.appending("roleNotes").appending(index)
            if let journey = journey(note.journey, at: path.appending("journey")) {
                role(note.role, in: journey, at: path.appending("role"))
            }
            if !seenNotes.insert(note.key).inserted { add(path, .duplicateID(note.key.label)) }
        }
        // A revision's role may have been retired since: the history keeps it.
        let retired = Set(workshop.revisions.filter { $0.after == nil }.map { RoleKey(journey: $0.journey, role: $0.role) })
        for (index, revision) in workshop.revisions.enumerated() {
            let path = JSONPath.root.appending("revisions").appending(index)
            if let journey = journey(revision.journey, at: path.appending("journey")),
               !retired.contains(RoleKey(journey: revision.journey, role: revision.role)) {
                role(revision.role, in: journey, at: path.appending("role"))
            }
        }
        uniqueIDs(workshop.insights.map(\.id.rawValue), at: JSONPath.root.appending("insights"))
        for (index, insight) in workshop.insights.enumerated() {
            let path = JSONPath.root.appending("insights").appending(index)
            if let organisation = insight.organisation { actors([organisation], at: path.appending("organisation"), single: true) }
            if let gap = insight.gap, !gapIDs.contains(gap) {
                add(path.appending("gap"), .unknownReference(kind: .gap, id: gap.rawValue, known: known.gaps))
            }
            if let handover = insight.handover, !handoverIDs.contains(handover) {
                add(path.appending("handover"), .unknownReference(kind: .handover, id: handover.rawValue, known: known.handovers))
            }
        }
        uniqueIDs(workshop.sessions.map(\.id.rawValue), at: JSONPath.root.appending("sessions"))
        for (index, session) in workshop.sessions.enumerated() {
            let path = JSONPath.root.appending("sessions").appending(index)
            if !Self.isISODate(session.date) { add(path.appending("date"), .badDate(session.date)) }
            for (position, entry) in session.attendance.enumerated() {
                actors([entry.organisation], at: path.appending("attendance").appending(position).appending("organisation"), single: true)
                if entry.count < 0 { add(path.appending("attendance").appending(position).appending("count"), .negativeCount(field: "count")) }
            }
        }
        var seenPositions = Set<PositionKey>()
        for (index, position) in workshop.positions.enumerated() {
            let path = JSONPath.root.appending("positions").appending(index)
            if let journey = journey(position.journey, at: path.appending("journey")) {
                role(position.role, in: journey, at: path.appending("role"))
            }
            actors([position.actor], at: path.appending("actor"), single: true)
            if !seenPositions.insert(position.key).inserted { add(path, .duplicateID(position.key.label)) }
        }
    }

    private mutating func checkAnswers() {
        let participants = Set(workshop.participants.map(\.id))
        var seenAnswers = Set<AnswerKey>()
        for (index, suggestion) in workshop.suggestions.enumerated() where !participants.contains(suggestion.participant) {
            add(JSONPath.root.appending("suggestions").appending(index).appending("participant"),
                .unknownReference(kind: .participant, id: suggestion.participant.rawValue, known: known.participants))
        }
        for (index, answer) in workshop.answers.enumerated() {
            let path = JSONPath.root.appending("answers").appending(index)
            if !participants.contains(answer.participant) {
                add(path.appending("participant"),
                    .unknownReference(kind: .participant, id: answer.participant.rawValue, known: known.participants))
            }
            subject(answer.subject, at: path)
            if !seenAnswers.insert(answer.key).inserted { add(path, .duplicateID(answer.key.label)) }
        }
        var tallied = Set<VerificationSubject>()
        for (index, tally) in workshop.tallies.enumerated() {
            let path = JSONPath.root.appending("tallies").appending(index)
            subject(tally.subject, at: path)
            for (count, field) in [(tally.yes, "yes"), (tally.no, "no"), (tally.discuss, "discuss")] where count < 0 {
                add(path.appending(field), .negativeCount(field: field))
            }
            if !tallied.insert(tally.subject).inserted { add(path, .duplicateID(tally.subject.label)) }
        }
    }

    private mutating func checkExpectations() {
        let root = JSONPath.root
        uniqueIDs(workshop.expectations.map(\.id.rawValue), at: root.appending("expectations"))
        for (index, item) in workshop.expectations.enumerated() {
            let path = root.appending("expectations").appending(index)
            actors([item.organisation], at: path.appending("organisation"), single: true)
            actors(item.sources, at: path.appending("sources"))
            for (responseIndex, response) in item.responses.enumerated() {
                actors([response.organisation], at: path.appending("responses").appending(responseIndex).appending("organisation"),
                       single: true)
            }
            if item.text.isEmpty { add(path.appending("text"), .emptyValue(field: "text")) }
        }
        for (index, mission) in workshop.missions.enumerated() {
            actors([mission.organisation], at: root.appending("missions").appending(index).appending("organisation"), single: true)
        }
        let items = Set(workshop.expectations.map(\.id))
        for (index, gap) in workshop.gaps.enumerated() {
            if let item = gap.expectation, !items.contains(item) {
                add(root.appending("gaps").appending(index).appending("expectation"),
                    .unknownReference(kind: .expectation, id: item.rawValue, known: known.expectations))
            }
        }
    }

    /// The role, gap or handover an answer or tally is about must exist.
    private mutating func subject(_ subject: VerificationSubject, at path: JSONPath) {
        switch subject {
        case .role(let journeyID, let role):
            if let journey = journey(journeyID, at: path.appending("journey")) {
                self.role(role, in: journey, at: path.appending("role"))
            }
        case .gap(let id) where !gapIDs.contains(id):
            add(path.appending("gap"), .unknownReference(kind: .gap, id: id.rawValue, known: known.gaps))
        case .handover(let id) where !handoverIDs.contains(id):
            add(path.appending("handover"), .unknownReference(kind: .handover, id: id.rawValue, known: known.handovers))
        case .expectations(let organisation) where !actorIDs.contains(organisation):
            add(path.appending("expectations"), .unknownReference(kind: .actor, id: organisation.rawValue, known: known.actors))
        case .gap, .handover, .expectations:
            break
        }
    }

    // MARK: - Reference helpers

    /// Checks journey, step and role of a cell; true when all three exist.
    private mutating func cell(_ journeyID: JourneyID, step: String, role: String, at path: JSONPath) -> Bool {
        guard let journey = journey(journeyID, at: path.appending("journey")) else { return false }
        let stepFound = self.step(step, in: journey, at: path.appending("step"))
        let roleFound = self.role(role, in: journey, at: path.appending("role"))
        return stepFound && roleFound
    }

    /// The journey's place in the workshop's list, when it exists.
    private mutating func journey(_ id: JourneyID, at path: JSONPath) -> Int? {
        if let index = journeyIndex[id] { return index }
        add(path, .unknownReference(kind: .journey, id: id.rawValue, known: known.journeys))
        return nil
    }

    @discardableResult
    private mutating func step(_ id: String, in journey: Int, at path: JSONPath) -> Bool {
        if stepIDs[journey].contains(id) { return true }
        add(path, .unknownReference(kind: .step, id: id, known: known.steps[journey]))
        return false
    }

    @discardableResult
    private mutating func role(_ id: String, in journey: Int, at path: JSONPath) -> Bool {
        if roleIDs[journey].contains(id) { return true }
        add(path, .unknownReference(kind: .role, id: id, known: known.roles[journey]))
        return false
    }

    private mutating func actors(_ ids: [Actor.ID], at path: JSONPath, single: Bool = false) {
        for (index, id) in ids.enumerated() where !actorIDs.contains(id) {
            add(single ? path : path.appending(index),
                .unknownReference(kind: .actor, id: id.rawValue, known: known.actors))
        }
    }

    private mutating func uniqueIDs(_ ids: [String], at path: JSONPath) {
        var seen = Set<String>()
        for (index, id) in ids.enumerated() {
            if id.isEmpty { add(path.appending(index).appending("id"), .emptyValue(field: "id")) }
            else if !seen.insert(id).inserted { add(path.appending(index).appending("id"), .duplicateID(id)) }
        }
    }

    private mutating func add(_ path: JSONPath, _ kind: ProblemKind) {
        findings.append(Validation.Finding(path: path, kind: kind))
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
