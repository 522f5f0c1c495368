import RollkartaJSON

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
        uniqueIDs(workshop.handovers.map(\.id.rawValue), at: root.appending("handovers"))
        checkRoleNotes()
        checkAnswers()
        checkExpectations()
        uniqueIDs(workshop.conflicts.map(\.id), at: root.appending("conflicts"))
        checkReferences()
    }

    /// Every reference of the table leads somewhere: a journey that exists, a step or role
    /// of that journey (a revision may keep a role it retired), an actor, gap, handover or
    /// expectation item of the workshop.
    private mutating func checkReferences() {
        let retired = Set(workshop.revisions.filter { $0.after == nil }.map { RoleKey(journey: $0.journey, role: $0.role) })
        let items = Set(workshop.expectations.map(\.id))
        workshop.forEachReference { reference in
            switch reference.referent {
            case .journey(let id):
                if journeyIndex[id] == nil {
                    add(reference.path, .unknownReference(kind: .journey, id: id.rawValue, known: known.journeys))
                }
            case .step(let key):
                // An unknown journey is its own problem; its steps and roles are not looked for.
                guard let journey = journeyIndex[key.journey], !stepIDs[journey].contains(key.step) else { return }
                add(reference.path, .unknownReference(kind: .step, id: key.step, known: known.steps[journey]))
            case .role(let key):
                guard let journey = journeyIndex[key.journey], !roleIDs[journey].contains(key.role),
                      !(reference.referrer.isHistory && retired.contains(key)) else { return }
                add(reference.path, .unknownReference(kind: .role, id: key.role, known: known.roles[journey]))
            case .actor(let id):
                if !actorIDs.contains(id) { add(reference.path, .unknownReference(kind: .actor, id: id.rawValue, known: known.actors)) }
            case .gap(let id):
                if !gapIDs.contains(id) { add(reference.path, .unknownReference(kind: .gap, id: id.rawValue, known: known.gaps)) }
            case .handover(let id):
                if !handoverIDs.contains(id) {
                    add(reference.path, .unknownReference(kind: .handover, id: id.rawValue, known: known.handovers))
                }
            case .expectation(let id):
                if !items.contains(id) {
                    add(reference.path, .unknownReference(kind: .expectation, id: id.rawValue, known: known.expectations))
                }
            }
        }
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
            // A cell whose place does not exist is one problem of its references, not a duplicate too.
            guard let journey = journeyIndex[assignment.journey], stepIDs[journey].contains(assignment.step),
                  roleIDs[journey].contains(assignment.role) else { continue }
            if !cells.insert("\(assignment.journey.rawValue)\u{1F}\(assignment.step)\u{1F}\(assignment.role)").inserted {
                add(path, .duplicateCell(journey: assignment.journey, step: assignment.step, role: assignment.role))
            }
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
            for (goalIndex, goal) in gap.effectGoals.enumerated() where !goals.contains(goal) {
                add(path.appending("effectGoals").appending(goalIndex),
                    .unknownReference(kind: .effectGoal, id: goal, known: goals))
            }
        }
    }

    private mutating func checkRoleNotes() {
        var seenNotes = Set<RoleKey>()
        for (index, note) in workshop.roleNotes.enumerated() {
            let path = JSONPath.root.appending("roleNotes").appending(index)
            if !seenNotes.insert(note.key).inserted { add(path, .duplicateID(note.key.label)) }
        }
        uniqueIDs(workshop.insights.map(\.id.rawValue), at: JSONPath.root.appending("insights"))
        uniqueIDs(workshop.sessions.map(\.id.rawValue), at: JSONPath.root.appending("sessions"))
        for (index, session) in workshop.sessions.enumerated() {
            let path = JSONPath.root.appending("sessions").appending(index)
            if !Self.isISODate(session.date) { add(path.appending("date"), .badDate(session.date)) }
            for (position, entry) in session.attendance.enumerated() {
                if entry.count < 0 { add(path.appending("attendance").appending(position).appending("count"), .negativeCount(field: "count")) }
            }
        }
        var seenPositions = Set<PositionKey>()
        for (index, position) in workshop.positions.enumerated() {
            let path = JSONPath.root.appending("positions").appending(index)
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
            if !seenAnswers.insert(answer.key).inserted { add(path, .duplicateID(answer.key.label)) }
        }
        var tallied = Set<VerificationSubject>()
        for (index, tally) in workshop.tallies.enumerated() {
            let path = JSONPath.root.appending("tallies").appending(index)
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
            if item.text.isEmpty { add(path.appending("text"), .emptyValue(field: "text")) }
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
