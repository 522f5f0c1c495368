/// The action plan as a sheet: one row per activity (a gap without activities has one row
/// with no activity id, for the responsible to fill in). The same columns go out in CSV and
/// XLSX and come back in `rollkarta import-plan`, matched by their Swedish or English heading.
public enum PlanColumn: String, CaseIterable, Sendable {
    case activity, gap, gapDescription, journey, step, role, priority, action, responsible, timeline, goal, measure, level, status

    public func heading(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .activity: return sv ? "Aktivitet" : "Activity"
        case .gap: return sv ? "Glapp" : "Gap"
        case .gapDescription: return sv ? "Identifierat och prioriterat gap" : "Identified and prioritised gap"
        case .journey: return sv ? "Resa" : "Journey"
        case .step: return sv ? "Steg" : "Step"
        case .role: return sv ? "Roll" : "Role"
        case .priority: return sv ? "Prioritet" : "Priority"
        case .action: return sv ? "Åtgärd/aktivitet" : "Action/activity"
        case .responsible: return sv ? "Ansvarig" : "Responsible"
        case .timeline: return sv ? "Tidplan" : "Timeline"
        case .goal: return sv ? "Målsättning" : "Objective"
        case .measure: return sv ? "Mått" : "Measure"
        case .level: return sv ? "Nivå" : "Level"
        case .status: return "Status"
        }
    }

    /// The columns the responsible may change in the spreadsheet; the others identify the row.
    public var isEditable: Bool {
        [.action, .responsible, .timeline, .goal, .measure, .level, .status].contains(self)
    }

    /// The column a heading names, in either language.
    public init?(heading: String) {
        let wanted = heading.trimmingCharacters(in: .whitespaces).lowercased()
        guard let found = PlanColumn.allCases.first(where: { column in
            Language.allCases.contains { column.heading($0).lowercased() == wanted } || column.rawValue.lowercased() == wanted
        }) else { return nil }
        self = found
    }
}

extension Workshop {
    /// The plan's rows, each a value per column in `PlanColumn` order, in the given language.
    public func planRows(_ language: Language, gaps: [Gap]? = nil) -> [[String]] {
        (gaps ?? self.gaps).flatMap { gap -> [[String]] in
            let journey = self.journey(gap.journey)
            let place = [gap.id.rawValue, gap.description, journey?.name[language] ?? gap.journey.rawValue,
                         gap.step.flatMap { journey?.step($0)?.title[language] } ?? "",
                         gap.role.map { role in "\(role) " + (journey?.role(role)?.title[language] ?? "") } ?? "",
                         gap.priority.label(language)]
            guard !gap.activities.isEmpty else { return [[""] + place + Array(repeating: "", count: 7)] }
            return gap.activities.map { activity in
                [activity.id.rawValue] + place + [activity.action, activity.responsible, activity.timeline, activity.goal, activity.measure,
                                                  activity.level.label(language), activity.status.label(language)]
            }
        }
    }
}
