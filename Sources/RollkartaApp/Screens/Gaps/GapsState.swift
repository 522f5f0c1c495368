import RollkartaModel

/// The Gaps view's table: which row is selected, how it is sorted and filtered.
public struct GapsState: Equatable, Sendable {
    public enum Column: Int, CaseIterable, Sendable {
        case id, journey, step, role, priority, kind, status, responsible, description
    }

    public struct Filter: Hashable, Sendable {
        public var journey: JourneyID?
        public var step: String?
        public var role: String?
        public var priority: Priority?
        public var status: PlanStatus?

        public var isActive: Bool { self != Filter() }
    }

    public var list = ListState()
    public var sort: Column = .priority
    public var ascending = true
    public var filter = Filter()
}

/// The gaps as the Gaps view lists them: filtered, then sorted by the chosen column; computed
/// once per version of the workshop and choice of filter and sort, not on every key.
enum GapsRows {
    private struct Query: Hashable {
        var filter: GapsState.Filter
        var sort: GapsState.Column
        var ascending: Bool
        var language: Language
    }

    static func rows(_ state: AppState) -> [Gap] {
        let view = state.screens.gaps
        let query = Query(filter: view.filter, sort: view.sort, ascending: view.ascending, language: state.language)
        return state.derive(query) { compute(state) }
    }

    private static func compute(_ state: AppState) -> [Gap] {
        let view = state.screens.gaps
        let filter = view.filter
        let gaps = state.workshop.gaps.filter { gap in
            (filter.journey == nil || gap.journey == filter.journey)
                && (filter.step == nil || gap.step == filter.step)
                && (filter.role == nil || gap.role == filter.role)
                && (filter.priority == nil || gap.priority == filter.priority)
                && (filter.status == nil || gap.activities.contains { $0.status == filter.status })
        }
        // Each gap's sort key made once, not twice per comparison.
        let keyed = gaps.map { (key: sortKey($0, view.sort, state), gap: $0) }
        return keyed.sorted { left, right in
            left.key == right.key ? left.gap.id < right.gap.id : (left.key < right.key) == view.ascending
        }.map(\.gap)
    }

    static func selected(_ state: AppState) -> Gap? {
        let rows = rows(state)
        return rows.indices.contains(state.screens.gaps.list.selected) ? rows[state.screens.gaps.list.selected] : nil
    }

    /// A key that sorts as the column reads: priorities and steps in their own order, not alphabetically.
    static func sortKey(_ gap: Gap, _ column: GapsState.Column, _ state: AppState) -> String {
        let workshop = state.workshop
        switch column {
        case .id: return gap.id.rawValue
        case .journey: return "\(JourneyID.allCases.firstIndex(of: gap.journey) ?? 0)"
        case .step:
            let index = gap.step.flatMap { step in workshop.journey(gap.journey)?.steps.firstIndex { $0.id == step } } ?? 99
            return "\(gap.journey.rawValue)\(String(index + 100))"
        case .role:
            let index = gap.role.flatMap { role in workshop.journey(gap.journey)?.roles.firstIndex { $0.id == role } } ?? 99
            return String(index + 100)
        case .priority: return "\(Priority.allCases.firstIndex(of: gap.priority) ?? 0)"
        case .kind: return gap.kind.label(state.language)
        case .status: return gap.planStatus.map { "\(PlanStatus.allCases.firstIndex(of: $0) ?? 0)" } ?? "9"
        case .responsible: return GapsScreen.responsible(gap).lowercased()
        case .description: return gap.description.lowercased()
        }
    }
}
