import RollkartaModel

/// The follow-up view's state: how activities are grouped and filtered, and the selection.
public struct FollowUpState: Equatable, Sendable {
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
    private struct Key: Hashable {
        var today: String
        var grouping: PlanFollowUp.Grouping
        var filter: PlanFollowUp.Filter
        var language: Language
    }

    /// Made once per version of the workshop, day, grouping, filter and language: a key
    /// press only moves the selection.
    static func followUp(_ state: AppState) -> PlanFollowUp {
        let key = Key(today: state.today(), grouping: state.screens.followUp.grouping, filter: state.screens.followUp.filter, language: state.language)
        return state.derive(key) {
            PlanFollowUp(state.workshop, today: key.today, grouping: key.grouping, filter: key.filter)
        }
    }

    static func rows(_ state: AppState) -> [FollowUpRow] {
        let followUp = followUp(state)
        let key = Key(today: state.today(), grouping: state.screens.followUp.grouping, filter: state.screens.followUp.filter, language: state.language)
        return state.derive(["rows", key] as [AnyHashable]) {
            followUp.groups.flatMap { group in
                [FollowUpRow(heading: group.title.isEmpty ? FollowUpText.of(state.language).noGroup(state.screens.followUp.grouping) : group.title)]
                    + group.items.map { FollowUpRow(item: $0) }
            }
        }
    }

    static func selected(_ state: AppState) -> PlanFollowUp.Item? {
        let rows = rows(state)
        return rows.indices.contains(state.screens.followUp.list.selected) ? rows[state.screens.followUp.list.selected].item : nil
    }
}
