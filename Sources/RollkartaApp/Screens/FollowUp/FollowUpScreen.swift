import RollkartaModel

/// View 8, for the follow-up meeting months after the workshop: every activity of the action
/// plan grouped by responsible or by timeline, overdue first; `s` moves an activity to its
/// next status, Enter sets one with a note; each change goes in the activity's history with
/// today's date.
enum FollowUpScreen: AppScreen {
    static let id = ScreenID.followUp
    static let key = Key.character("8")
    static let keyHelp = Localized(sv: "Vy: uppföljning av handlingsplanen, försenat först",
                                   en: "View: the action plan's follow-up, overdue first")
    static func title(_ language: Language) -> String { FollowUpText.of(language).viewTitle }
    /// Coming to the view: the selection on an activity, never on a group's heading, so the
    /// cursor is seen from the first key.
    static func enter(_ state: inout AppState) { keepInView(&state) }

    static let bindings: [Binding] = NavigationKeys.list + [
        Binding([.character("s")], .nextStatus,
                Localized(sv: "Nästa status för aktiviteten (sparas i historiken med dagens datum)",
                          en: "The activity's next status (kept in its history with today's date)"),
                short: Localized(sv: "status", en: "status"), unavailable: FollowUpScreen.noActivity),
        Binding([.enter, .character("e")], .edit,
                Localized(sv: "Sätt status med en anteckning", en: "Set the status with a note"),
                short: Localized(sv: "status+not", en: "status+note"), unavailable: FollowUpScreen.noActivity),
        Binding([.character("g")], .toggleGrouping,
                Localized(sv: "Gruppera per ansvarig eller per tidplan", en: "Group by responsible or by timeline"),
                short: Localized(sv: "gruppera", en: "group")),
        Binding([.character("f")], .filterGaps, Localized(sv: "Filtrera på status, nivå, resa, försenat", en: "Filter by status, level, journey, overdue"),
                short: Localized(sv: "filter", en: "filter")),
    ]

    @Sendable static func noActivity(_ state: AppState) -> String? {
        if let reason = Unavailable.whenReadOnly(state) { return reason }
        return selected(state) == nil ? FollowUpText.of(state.language).noActivity : nil
    }

    static func update(_ action: Action, _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        switch action {
        case .nextStatus:
            guard let item = selected(state) else { break }
            let all = PlanStatus.allCases
            let next = all[((all.firstIndex(of: item.activity.status) ?? 0) + 1) % all.count]
            effects = setStatus(item, next, note: "", &state)
        case .edit:
            state.form = selected(state).map { ActivityStatusForm.make(state, $0) }
        case .toggleGrouping:
            state.screens.followUp.grouping = state.screens.followUp.grouping == .responsible ? .timeline : .responsible
            state.screens.followUp.list = ListState()
        case .filterGaps:
            state.form = ActivityStatusForm.filter(state)
        default:
            let rows = rows(state)
            var list = state.screens.followUp.list
            let from = list.selected
            if list.move(action, count: rows.count, page: layout(state).list.height) {
                // Headings are skipped: on to the next activity in the direction moved.
                let step = list.selected >= from ? 1 : -1
                list.selected = firstItem(rows, from: list.selected, step: step) ?? firstItem(rows, from: list.selected, step: -step) ?? from
                state.screens.followUp.list = list
            }
        }
        keepInView(&state)
        return effects
    }

    /// The activity's status changed, the change in its history with today's date; one undo.
    static func setStatus(_ item: PlanFollowUp.Item, _ status: PlanStatus, note: String, _ state: inout AppState) -> [Effect] {
        var gap = item.gap
        guard let index = gap.activities.firstIndex(where: { $0.id == item.activity.id }) else { return [] }
        gap.activities[index].setStatus(status, on: state.today(), note: note)
        let id = item.activity.id
        let effects = Edit.apply(&state, .gap(gap.id, gap),
                                 message: FollowUpText.of(state.language).statusSet(id.rawValue, status.label(state.language)))
        // The activity may have moved (overdue no more): keep it selected.
        if let row = rows(state).firstIndex(where: { $0.item?.activity.id == id }) { state.screens.followUp.list.selected = row }
        return effects
    }

    static func firstItem(_ rows: [FollowUpRow], from start: Int, step: Int) -> Int? {
        ListState.nearest(from: start, step: step, count: rows.count) { rows[$0].item != nil }
    }

    static func keepInView(_ state: inout AppState) {
        let rows = rows(state)
        var list = state.screens.followUp.list
        list.clamp(count: rows.count)
        if rows.indices.contains(list.selected), rows[list.selected].item == nil {
            list.selected = firstItem(rows, from: list.selected, step: 1) ?? firstItem(rows, from: list.selected, step: -1) ?? list.selected
        }
        list.scrollIntoView(count: rows.count, visibleRows: layout(state).list.height)
        state.screens.followUp.list = list
    }

    static func layout(_ state: AppState) -> (head: Rect, list: Rect, detail: Rect) {
        let body = AppFrame(state).body
        let parts = body.rows([.length(2), .fill, .length(min(7, max(3, body.height / 3)))])
        return (parts[0], parts[1], parts[2])
    }
}
