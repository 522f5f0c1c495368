

/// What the map of one journey shows, derived from the workshop: the roles in map order
/// (primary first, then secondary) and, per cell, its actors, status, gaps and handovers.
public struct MapModel: Sendable {
    public struct CellInfo: Sendable, Equatable {
        public var assignment: Assignment?
        public var gaps: [Gap] = []
        public var outgoing: [Handover] = []
        public var incoming: [Handover] = []
        /// A handover in or out of the cell fails or is missing (worked out once, not per draw).
        public var hasFailingHandover = false
    }

    public let journey: WorkshopJourney
    public let roles: [WorkshopRole]
    private let cells: [String: CellInfo]
    /// Gaps on a whole role (no step) or a whole step (no role) of this journey.
    public let roleGaps: [String: [Gap]]
    /// Each actor's abbreviation by id: every cell drawn looks its actors up.
    private let abbreviations: [Actor.ID: String]

    public init(workshop: Workshop, journey: WorkshopJourney) {
        self.journey = journey
        abbreviations = Dictionary(workshop.actors.map { ($0.id, $0.abbreviation) }, uniquingKeysWith: { first, _ in first })
        roles = journey.roles.filter { $0.tier == .primary } + journey.roles.filter { $0.tier == .secondary }
        var cells: [String: CellInfo] = [:]
        for assignment in workshop.assignments where assignment.journey == journey.id {
            cells[Self.key(assignment.step, assignment.role), default: CellInfo()].assignment = assignment
        }
        var roleGaps: [String: [Gap]] = [:]
        for gap in workshop.gaps where gap.journey == journey.id {
            if let step = gap.step, let role = gap.role {
                cells[Self.key(step, role), default: CellInfo()].gaps.append(gap)
            } else if let role = gap.role {
                roleGaps[role, default: []].append(gap)
            }
        }
        for handover in workshop.handovers {
            let failing = handover.status.isFailing
            if handover.from.journey == journey.id {
                let key = Self.key(handover.from.step, handover.from.role)
                cells[key, default: CellInfo()].outgoing.append(handover)
                if failing { cells[key]?.hasFailingHandover = true }
            }
            if handover.to.journey == journey.id {
                let key = Self.key(handover.to.step, handover.to.role)
                cells[key, default: CellInfo()].incoming.append(handover)
                if failing { cells[key]?.hasFailingHandover = true }
            }
        }
        self.cells = cells
        self.roleGaps = roleGaps
    }

    public var steps: [JourneyStep] { journey.steps }

    /// The actor's abbreviation; the id itself for an actor the workshop lacks.
    public func abbreviation(_ actorID: Actor.ID) -> String { abbreviations[actorID] ?? actorID.rawValue }

    public func cell(row: Int, column: Int) -> CellInfo {
        guard roles.indices.contains(row), steps.indices.contains(column) else { return CellInfo() }
        return cells[Self.key(steps[column].id, roles[row].id)] ?? CellInfo()
    }

    /// The rows as drawn: a heading before each tier, then its roles.
    public enum Row: Equatable, Sendable {
        case heading(RoleTier)
        case role(Int)
    }

    public var rows: [Row] {
        var rows: [Row] = []
        var lastTier: RoleTier?
        for (index, role) in roles.enumerated() {
            if role.tier != lastTier {
                rows.append(.heading(role.tier))
                lastTier = role.tier
            }
            rows.append(.role(index))
        }
        return rows
    }

    private static func key(_ step: String, _ role: String) -> String { step + "\u{1F}" + role }
}

/// The non-colour marks of a cell: status, gap and handover, one character each.
public enum CellMarks {
    public static func status(_ info: MapModel.CellInfo) -> String {
        // No one known but recorded unclear or partly: the mark says so ("nobody knows who does this").
        guard let assignment = info.assignment, !assignment.actors.isEmpty || assignment.status != .holds else { return "·" }
        switch assignment.status {
        case .holds: return "✓"
        case .partly: return "~"
        case .unclear: return "?"
        }
    }

    public static func gap(_ info: MapModel.CellInfo) -> String {
        info.gaps.isEmpty ? " " : "!"
    }

    public static func handover(_ info: MapModel.CellInfo) -> String {
        switch (info.outgoing.isEmpty, info.incoming.isEmpty) {
        case (false, false): return "="
        case (false, true): return ">"
        case (true, false): return "<"
        case (true, true): return " "
        }
    }

    /// A handover that fails or is missing stands out.
    public static func hasFailingHandover(_ info: MapModel.CellInfo) -> Bool {
        info.hasFailingHandover
    }
}
