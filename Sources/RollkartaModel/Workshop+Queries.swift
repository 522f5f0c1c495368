/// Questions several front ends ask of a workshop, answered once here.
extension Workshop {
    /// Handovers in journey order: by the journey they start on (in the workshop's order),
    /// then the step they start at, then id. The Handovers view and the reports list them so.
    public var handoversInJourneyOrder: [Handover] {
        let order = journeys.map(\.id)
        func stepIndex(_ end: HandoverEnd) -> Int {
            journey(end.journey)?.steps.firstIndex { $0.id == end.step } ?? 0
        }
        return handovers.sorted {
            (order.firstIndex(of: $0.from.journey) ?? 0, stepIndex($0.from), $0.id)
                < (order.firstIndex(of: $1.from.journey) ?? 0, stepIndex($1.from), $1.id)
        }
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
