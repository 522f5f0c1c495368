import RollkartaModel

/// The follow-up view's state: how activities are grouped and filtered, and the selection.
public struct FollowUpViewState: Equatable, Sendable {
    public var grouping: PlanFollowUp.Grouping = .responsible
    public var filter = PlanFollowUp.Filter()
    public var list = ListState()
}

/// A line of the follow-up list: a group's heading, or an activity under it.
struct FollowUpRow: Equatable {
    var heading: String?
    var item: PlanFollowUp.Item?
}

extension FollowUpScreen {
    static func followUp(_ state: AppState) -> PlanFollowUp {
        PlanFollowUp(state.workshop, today: state.today(), grouping: state.followUp.grouping, filter: state.followUp.filter)
    }

    static func rows(_ state: AppState) -> [FollowUpRow] {
        followUp(state).groups.flatMap { group in
            [FollowUpRow(heading: group.title.isEmpty ? FollowUpText.noGroup(state.followUp.grouping).text(state.language) : group.title)]
                + group.items.map { FollowUpRow(item: $0) }
        }
    }

    static func selected(_ state: AppState) -> PlanFollowUp.Item? {
        let rows = rows(state)
        return rows.indices.contains(state.followUp.list.selected) ? rows[state.followUp.list.selected].item : nil
    }
}
