import RollkartaModel

/// The follow-up view's texts.
struct FollowUpText: TextTable {
    let viewTitle: String
    let summary: @Sendable (Int, Int, String) -> String
    let grouping: @Sendable (PlanFollowUp.Grouping) -> String
    let nothing: String
    let overdue: String
    let noGroup: @Sendable (PlanFollowUp.Grouping) -> String
    let noActivity: String
    let statusSet: @Sendable (String, String) -> String
    let formTitle: @Sendable (String) -> String
    let note: String
    let filterTitle: String
    let onlyOverdue: String
}

extension FollowUpText {
    /// Svenska.
    static let sv = FollowUpText(
        viewTitle: "Uppföljning",
        summary: { total, overdue, today in "\(total) aktiviteter, \(overdue) försenade (i dag \(today))" },
        grouping: { grouping in
            switch grouping {
            case .responsible: return "per ansvarig (g: per tidplan)"
            case .timeline: return "per tidplan (g: per ansvarig)"
            }
        },
        nothing: "Inga aktiviteter (glappens formulär lägger till dem)",
        overdue: "FÖRSENAD",
        noGroup: { grouping in grouping == .responsible ? "Ingen ansvarig" : "Ej daterat" },
        noActivity: "Ingen aktivitet vald",
        statusSet: { id, status in "\(id): \(status) – \(undo) ångrar" },
        formTitle: { id in "Status för " + id },
        note: "Anteckning (valfri)",
        filterTitle: "Visa aktiviteter",
        onlyOverdue: "Bara försenade"
    )
}

extension FollowUpText {
    /// English.
    static let en = FollowUpText(
        viewTitle: "Follow-up",
        summary: { total, overdue, today in "\(total) activities, \(overdue) overdue (today \(today))" },
        grouping: { grouping in
            switch grouping {
            case .responsible: return "by responsible (g: by timeline)"
            case .timeline: return "by timeline (g: by responsible)"
            }
        },
        nothing: "No activities (the gaps' form adds them)",
        overdue: "OVERDUE",
        noGroup: { grouping in grouping == .responsible ? "No one responsible" : "Undated" },
        noActivity: "No activity selected",
        statusSet: { id, status in "\(id): \(status) – \(undo) undoes" },
        formTitle: { id in "Status of " + id },
        note: "Note (optional)",
        filterTitle: "Show activities",
        onlyOverdue: "Only overdue"
    )
}

private var undo: String { Keymap.keyName(.undo) }
