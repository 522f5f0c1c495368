import RollkartaModel

/// The Gaps view's table state: which row is selected, how the table is sorted and filtered.
public struct GapsViewState: Equatable, Sendable {
    public enum Column: Int, CaseIterable, Sendable {
        case id, journey, step, role, priority, kind, status, responsible, description
    }

    public struct Filter: Equatable, Sendable {
        public var journey: JourneyID?
        public var step: String?
        public var role: String?
        public var priority: Priority?
        public var status: PlanStatus?

        public var isActive: Bool { self != Filter() }
    }

    public var row = 0
    public var sort: Column = .priority
    public var ascending = true
    public var filter = Filter()
}

/// The gaps as the Gaps view lists them: filtered, then sorted by the chosen column.
enum GapsList {
    static func rows(_ state: AppState) -> [Gap] {
        let view = state.gapsView
        let filter = view.filter
        let gaps = state.workshop.gaps.filter { gap in
            (filter.journey == nil || gap.journey == filter.journey)
                && (filter.step == nil || gap.step == filter.step)
                && (filter.role == nil || gap.role == filter.role)
                && (filter.priority == nil || gap.priority == filter.priority)
                && (filter.status == nil || gap.plan.status == filter.status)
        }
        let sorted = gaps.sorted { left, right in
            let (a, b) = (sortKey(left, view.sort, state), sortKey(right, view.sort, state))
            return a == b ? left.id < right.id : (a < b) == view.ascending
        }
        return sorted
    }

    /// A key that sorts as the column reads: priorities and steps in their own order, not alphabetically.
    static func sortKey(_ gap: Gap, _ column: GapsViewState.Column, _ state: AppState) -> String {
        let workshop = state.workshop
        switch column {
        case .id: return gap.id
        case .journey: return "\(JourneyID.allCases.firstIndex(of: gap.journey) ?? 0)"
        case .step:
            let index = gap.step.flatMap { step in workshop.journey(gap.journey)?.steps.firstIndex { $0.id == step } } ?? 99
            return "\(gap.journey.rawValue)\(String(index + 100))"
        case .role:
            let index = gap.role.flatMap { role in workshop.journey(gap.journey)?.roles.firstIndex { $0.id == role } } ?? 99
            return String(index + 100)
        case .priority: return "\(Priority.allCases.firstIndex(of: gap.priority) ?? 0)"
        case .kind: return gap.kind.label(state.language)
        case .status: return "\(PlanStatus.allCases.firstIndex(of: gap.plan.status) ?? 0)"
        case .responsible: return gap.plan.responsible.lowercased()
        case .description: return gap.description.lowercased()
        }
    }

    static func title(_ column: GapsViewState.Column, _ language: Language) -> String {
        let sv = language == .sv
        switch column {
        case .id: return "Id"
        case .journey: return sv ? "Resa" : "Journey"
        case .step: return sv ? "Steg" : "Step"
        case .role: return sv ? "Roll" : "Role"
        case .priority: return sv ? "Prio" : "Prio"
        case .kind: return sv ? "Typ" : "Kind"
        case .status: return "Status"
        case .responsible: return sv ? "Ansvarig" : "Responsible"
        case .description: return sv ? "Beskrivning" : "Description"
        }
    }

    // MARK: - The filter form

    static func filterForm(_ state: AppState) -> FormState {
        let language = state.language
        let filter = state.gapsView.filter
        let all = FormField.Option(id: "", label: UIText.all.text(language))
        let journeys = [all] + state.workshop.journeys.map { FormField.Option(id: $0.id.rawValue, label: $0.name[language]) }
        var steps = [all], roles = [all]
        for journey in state.workshop.journeys {
            for step in journey.steps where !steps.contains(where: { $0.id == step.id }) {
                steps.append(FormField.Option(id: step.id, label: step.title[language]))
            }
            for role in journey.roles where !roles.contains(where: { $0.id == role.id }) {
                roles.append(FormField.Option(id: role.id, label: "\(role.id) \(role.title[language])"))
            }
        }
        let priorities = [all] + Priority.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label(language)) }
        let statuses = [all] + PlanStatus.allCases.map { FormField.Option(id: $0.rawValue, label: $0.label(language)) }
        func field(_ id: String, _ label: UIText, _ options: [FormField.Option], _ current: String?) -> FormField {
            FormField(id: id, label: label.text(language),
                      value: .choice(options: options, selected: options.firstIndex { $0.id == (current ?? "") } ?? 0))
        }
        return FormState(purpose: .gapFilter, title: UIText.filterGaps.text(language), fields: [
            field("journey", .journeyLabel, journeys, filter.journey?.rawValue),
            field("step", .step, steps, filter.step),
            field("role", .role, roles, filter.role),
            field("priority", .fieldPriority, priorities, filter.priority?.rawValue),
            field("status", .fieldPlanStatus, statuses, filter.status?.rawValue),
        ])
    }

    static func filter(from form: FormState) -> GapsViewState.Filter {
        func value(_ id: String) -> String? { form[id]?.choice.flatMap { $0.isEmpty ? nil : $0 } }
        return GapsViewState.Filter(journey: value("journey").flatMap(JourneyID.init(rawValue:)), step: value("step"),
                                    role: value("role"), priority: value("priority").flatMap(Priority.init(rawValue:)),
                                    status: value("status").flatMap(PlanStatus.init(rawValue:)))
    }
}

/// The handovers as the Handovers view lists them: per journey, in journey order.
enum HandoversList {
    static func rows(_ state: AppState) -> [Handover] {
        state.workshop.handoversInJourneyOrder
    }
}
