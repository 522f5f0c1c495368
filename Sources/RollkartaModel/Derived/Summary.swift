/// The figures of a workshop: how much of the map someone holds, what the gaps threaten,
/// how the handovers work and how far verification has come.
public struct Summary: Equatable, Sendable {
    public struct Coverage: Equatable, Sendable {
        public var held: Int
        public var total: Int
        public var share: Double { total == 0 ? 0 : Double(held) / Double(total) }
    }

    public struct JourneyCoverage: Equatable, Sendable {
        public var journey: JourneyID
        public var overall: Coverage
        /// Per step, in journey order.
        public var steps: [(step: JourneyStep, coverage: Coverage)]

        public static func == (lhs: JourneyCoverage, rhs: JourneyCoverage) -> Bool {
            lhs.journey == rhs.journey && lhs.overall == rhs.overall
                && lhs.steps.map(\.step) == rhs.steps.map(\.step)
                && lhs.steps.map(\.coverage) == rhs.steps.map(\.coverage)
        }
    }

    public var coverage: [JourneyCoverage]
    public var gapsByPriority: [(Priority, Int)]
    public var gapsByKind: [(GapKind, Int)]
    public var gapsByCause: [(GapCause?, Int)]
    public var gapsByEffectGoal: [(String, Int)]
    public var handoversByStatus: [(HandoverStatus, Int)]
    public var crossJourneyHandovers: Int
    /// Current answers about roles against answers expected (every participant on every role
    /// of every journey); stale answers do not count.
    public var verification: Coverage
    public var gapCount: Int
    /// Roles by number of gaps, most first (journey, role, count); roles without gaps left out.
    public var rolesWithMostGaps: [(journey: JourneyID, role: String, count: Int)]
    public var handoverCount: Int

    public init(_ workshop: Workshop) {
        let heldCells = workshop.heldCells
        coverage = workshop.journeys.map { journey in
            let steps = journey.steps.map { step -> (JourneyStep, Coverage) in
                let held = journey.roles.filter { heldCells.contains(journey.id, step.id, $0.id) }.count
                return (step, Coverage(held: held, total: journey.roles.count))
            }
            let overall = Coverage(held: steps.map(\.1.held).reduce(0, +), total: steps.map(\.1.total).reduce(0, +))
            return JourneyCoverage(journey: journey.id, overall: overall, steps: steps)
        }
        gapCount = workshop.gaps.count
        gapsByPriority = Priority.allCases.map { priority in (priority, workshop.gaps.filter { $0.priority == priority }.count) }
        gapsByKind = GapKind.allCases.map { kind in (kind, workshop.gaps.filter { $0.kind == kind }.count) }
        let causes: [GapCause?] = GapCause.allCases.map { Optional($0) } + [nil]
        gapsByCause = causes.map { cause -> (GapCause?, Int) in
            let count = workshop.gaps.filter { gap in cause.map { gap.causes.contains($0) } ?? gap.causes.isEmpty }.count
            return (cause, count)
        }
        var goalCounts: [String: Int] = [:]
        var goalOrder: [String] = []
        for goal in workshop.gaps.flatMap(\.effectGoals) {
            if goalCounts[goal] == nil { goalOrder.append(goal) }
            goalCounts[goal, default: 0] += 1
        }
        gapsByEffectGoal = goalOrder.sorted().map { ($0, goalCounts[$0]!) }
        var perRole: [String: (JourneyID, String, Int)] = [:]
        for gap in workshop.gaps {
            guard let role = gap.role else { continue }
            let key = "\(gap.journey.rawValue)\u{1F}\(role)"
            perRole[key] = (gap.journey, role, (perRole[key]?.2 ?? 0) + 1)
        }
        rolesWithMostGaps = perRole.values.sorted { ($1.2, $0.0, $0.1) < ($0.2, $1.0, $1.1) }
            .map { (journey: $0.0, role: $0.1, count: $0.2) }
        handoverCount = workshop.handovers.count
        handoversByStatus = HandoverStatus.allCases.map { status in
            (status, workshop.handovers.filter { $0.status == status }.count)
        }
        crossJourneyHandovers = workshop.handovers.filter(\.crossesJourneys).count
        let rolesInAll = workshop.journeys.map(\.roles.count).reduce(0, +)
        verification = Coverage(held: VerificationResults.currentRoleAnswers(in: workshop), total: workshop.participants.count * rolesInAll)
    }

    public static func == (lhs: Summary, rhs: Summary) -> Bool {
        lhs.coverage == rhs.coverage && lhs.gapCount == rhs.gapCount && lhs.handoverCount == rhs.handoverCount
            && lhs.verification == rhs.verification
    }
}
