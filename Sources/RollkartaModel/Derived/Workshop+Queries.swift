/// Questions several front ends ask of a workshop, answered once here.
extension Workshop {
    /// Handovers in journey order: by the journey they start on (in the workshop's order),
    /// then the step they start at, then id. The Handovers view and the reports list them so.
    public var handoversInJourneyOrder: [Handover] {
        // Each handover's place worked out once, not in every comparison of the sort.
        var place: [String: (Int, Int)] = [:]
        for (journeyIndex, journey) in journeys.enumerated() {
            for (stepIndex, step) in journey.steps.enumerated() {
                place["\(journey.id.rawValue)\u{1F}\(step.id)"] = (journeyIndex, stepIndex)
            }
        }
        let keyed = handovers.map { handover -> ((Int, Int), Handover) in
            (place["\(handover.from.journey.rawValue)\u{1F}\(handover.from.step)"] ?? (0, 0), handover)
        }
        return keyed.sorted { ($0.0.0, $0.0.1, $0.1.id) < ($1.0.0, $1.0.1, $1.1.id) }.map(\.1)
    }

    /// The role × step cells someone holds (an assignment with at least one actor).
    public var heldCells: HeldCells { HeldCells(self) }
}

/// A set of held cells, for coverage and checks.
public struct HeldCells: Sendable {
    private let keys: Set<String>

    init(_ workshop: Workshop) {
        keys = Set(workshop.assignments.filter { !$0.actors.isEmpty }.map { Self.key($0.journey, $0.step, $0.role) })
    }

    public func contains(_ journey: JourneyID, _ step: String, _ role: String) -> Bool {
        keys.contains(Self.key(journey, step, role))
    }

    private static func key(_ journey: JourneyID, _ step: String, _ role: String) -> String {
        "\(journey.rawValue)\u{1F}\(step)\u{1F}\(role)"
    }
}
