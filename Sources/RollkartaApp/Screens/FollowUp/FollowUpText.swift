import RollkartaModel

/// The follow-up view's texts.
enum FollowUpText: Sendable {
    case viewTitle, summary(total: Int, overdue: Int, today: String), grouping(PlanFollowUp.Grouping), nothing, overdue
    case noGroup(PlanFollowUp.Grouping), noActivity, statusSet(String, String), formTitle(String), note, filterTitle, onlyOverdue

    func text(_ language: Language) -> String {
        let sv = language == .sv
        let undo = Keymap.keyName(.undo)
        switch self {
        case .viewTitle: return sv ? "Uppföljning" : "Follow-up"
        case .summary(let total, let overdue, let today):
            return sv ? "\(total) aktiviteter, \(overdue) försenade (i dag \(today))" : "\(total) activities, \(overdue) overdue (today \(today))"
        case .grouping(let grouping):
            switch grouping {
            case .responsible: return sv ? "per ansvarig (g: per tidplan)" : "by responsible (g: by timeline)"
            case .timeline: return sv ? "per tidplan (g: per ansvarig)" : "by timeline (g: by responsible)"
            }
        case .nothing: return sv ? "Inga aktiviteter (glappens formulär lägger till dem)" : "No activities (the gaps' form adds them)"
        case .overdue: return sv ? "FÖRSENAD" : "OVERDUE"
        case .noGroup(let grouping):
            return grouping == .responsible ? (sv ? "Ingen ansvarig" : "No one responsible") : (sv ? "Ej daterat" : "Undated")
        case .noActivity: return sv ? "Ingen aktivitet vald" : "No activity selected"
        case .statusSet(let id, let status): return sv ? "\(id): \(status) – \(undo) ångrar" : "\(id): \(status) – \(undo) undoes"
        case .formTitle(let id): return (sv ? "Status för " : "Status of ") + id
        case .note: return sv ? "Anteckning (valfri)" : "Note (optional)"
        case .filterTitle: return sv ? "Visa aktiviteter" : "Show activities"
        case .onlyOverdue: return sv ? "Bara försenade" : "Only overdue"
        }
    }
}
