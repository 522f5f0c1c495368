/// The action plan for the follow-up meeting months after the workshop: activities grouped by
/// responsible or by timeline, overdue first within each group and groups with something
/// overdue first, filtered by status, level or journey. The follow-up screen and
/// `rollkarta plan` both show it.
public struct PlanFollowUp: Sendable {
    public enum Grouping: String, Sendable, CaseIterable {
        case responsible, timeline
    }

    public struct Filter: Hashable, Sendable {
        public var status: PlanStatus?
        public var level: ActivityLevel?
        public var journey: JourneyID?
        public var responsible: String?
        public var onlyOverdue = false

        public init(status: PlanStatus? = nil, level: ActivityLevel? = nil, journey: JourneyID? = nil, responsible: String? = nil,
                    onlyOverdue: Bool = false) {
            self.status = status
            self.level = level
            self.journey = journey
            self.responsible = responsible
            self.onlyOverdue = onlyOverdue
        }

        public var isActive: Bool { status != nil || level != nil || journey != nil || responsible != nil || onlyOverdue }
    }

    public struct Item: Equatable, Sendable {
        public var gap: Gap
        public var activity: Activity
        public var isOverdue: Bool
        public var range: TimelineRange?
    }

    public struct Group: Equatable, Sendable {
        /// The responsible, or the timeline's period ("2026-07 – 2026-09"); empty for none.
        public var title: String
        public var items: [Item]
    }

    public var groups: [Group]
    /// The day it was made for: what "overdue" was measured against.
    public var today: String
    public var total: Int { groups.map(\.items.count).reduce(0, +) }
    public var overdue: Int { groups.map { $0.items.filter(\.isOverdue).count }.reduce(0, +) }

    public init(_ workshop: Workshop, today: String, grouping: Grouping, filter: Filter = Filter()) {
        self.today = today
        let year = workshop.year
        var items: [Item] = []
        for gap in workshop.gaps where filter.journey == nil || gap.journey == filter.journey {
            for activity in gap.activities {
                guard filter.status == nil || activity.status == filter.status, filter.level == nil || activity.level == filter.level
                else { continue }
                if let responsible = filter.responsible,
                   !activity.responsible.lowercased().contains(responsible.lowercased().trimmingCharacters(in: .whitespaces)) {
                    continue
                }
                let range = TimelineRange(activity.timeline, year: year)
                let overdue = activity.isOverdue(today: today, range: range)
                if filter.onlyOverdue && !overdue { continue }
                items.append(Item(gap: gap, activity: activity, isOverdue: overdue, range: range))
            }
        }
        func key(_ item: Item) -> String {
            switch grouping {
            case .responsible: return item.activity.responsible.trimmingCharacters(in: .whitespaces)
            case .timeline: return item.range.map { "\($0.start) – \($0.end)" } ?? ""
            }
        }
        var order: [String] = []
        var byKey: [String: [Item]] = [:]
        for item in items {
            let name = key(item)
            if byKey[name] == nil { order.append(name) }
            byKey[name, default: []].append(item)
        }
        // Overdue first; then by the timeline's end (undated last); then as the plan lists them.
        func sorted(_ list: [Item]) -> [Item] {
            list.enumerated().sorted { left, right in
                let l = (left.element.isOverdue ? 0 : 1, left.element.range?.end ?? "9999", left.offset)
                let r = (right.element.isOverdue ? 0 : 1, right.element.range?.end ?? "9999", right.offset)
                return l < r
            }.map(\.element)
        }
        let groups = order.map { Group(title: $0, items: sorted(byKey[$0] ?? [])) }
        self.groups = groups.enumerated().sorted { left, right in
            let l = (left.element.items.contains(where: \.isOverdue) ? 0 : 1, left.element.title.isEmpty ? 1 : 0,
                     grouping == .timeline ? left.element.title : left.element.title.lowercased(), left.offset)
            let r = (right.element.items.contains(where: \.isOverdue) ? 0 : 1, right.element.title.isEmpty ? 1 : 0,
                     grouping == .timeline ? right.element.title : right.element.title.lowercased(), right.offset)
            return l < r
        }.map(\.element)
    }

    /// The plan as text to paste into an e-mail.
    public func text(_ workshop: Workshop, _ language: Language) -> String {
        let sv = language == .sv
        var lines: [String] = []
        lines.append((sv ? "Handlingsplan: " : "Action plan: ") + workshop.title + (sv ? " · per " : " · as of ") + today)
        lines.append(sv ? "\(total) aktiviteter, \(overdue) försenade" : "\(total) activities, \(overdue) overdue")
        for group in groups {
            lines.append("")
            lines.append(group.title.isEmpty ? (sv ? "Ingen ansvarig / ej daterat" : "No one responsible / undated") : group.title)
            for item in group.items {
                let activity = item.activity
                let mark = item.isOverdue ? (sv ? "⚠ FÖRSENAD · " : "⚠ OVERDUE · ") : ""
                lines.append("- \(mark)\(activity.id) · \(activity.action.isEmpty ? "–" : activity.action)")
                lines.append("  " + [activity.status.label(language), activity.timeline, activity.responsible,
                                     activity.level.label(language)].filter { !$0.isEmpty }.joined(separator: " · "))
                lines.append("  " + (sv ? "Glapp: " : "Gap: ") + "\(item.gap.id) \(item.gap.description)")
                if !activity.goal.isEmpty { lines.append("  " + (sv ? "Målsättning: " : "Objective: ") + activity.goal) }
                if !activity.measure.isEmpty { lines.append("  " + (sv ? "Mått: " : "Measure: ") + activity.measure) }
            }
        }
        return lines.map { DisplayText.sanitized($0) }.joined(separator: "\n") + "\n"
    }
}
