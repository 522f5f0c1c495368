import RollkartaModel

/// The only place the state changes: an event in, the new state and the effects out.
/// No I/O happens here; the runtime performs the returned effects.
public func update(_ state: inout AppState, _ event: Event) -> [Effect] {
    switch event {
    case .resize(let width, let height):
        state.width = max(0, width)
        state.height = max(0, height)
        keepSelectionVisible(&state)
        return []
    case .key(let key):
        state.message = nil
        if state.form != nil { return editForm(&state, key) }
        if state.search.isEditing { return editSearch(&state, key) }
        let context = state.keyContext
        guard let action = Keymap.action(for: key, in: context) else { return [] }
        return perform(action, in: context, &state)
    default:
        return FileEvents.handle(event, &state)
    }
}

private func perform(_ action: Action, in context: KeyContext, _ state: inout AppState) -> [Effect] {
    var effects: [Effect] = []
    let confirmingQuit = state.isConfirmingQuit
    state.isConfirmingQuit = false
    if context == .verification, let handled = performInVerification(action, &state) { return handled }
    if context == .conflicts, let handled = performInConflicts(action, &state) { return handled }
    switch (action, context) {
    case (.back, .map):
        // Unsaved edits (a save failed: full disk, no permission) are not dropped on one key.
        if state.isDirty && !confirmingQuit {
            state.isConfirmingQuit = true
            state.message = UIText.unsavedQuit.text(state.language)
            return []
        }
        return FileEvents.leavingEffects(state)
    case (.back, .overlay), (.close, .overlay):
        state.overlay = nil
    case (.help, .overlay):
        state.overlay = nil
    case (.help, _):
        state.overlay = .help
        state.overlayScroll = 0
    case (.back, _), (.close, .roles), (.close, .gaps), (.close, .handovers), (.close, .summary),
         (.close, .verification), (.close, .conflicts), (.showMap, _):
        state.view = .map
    case (.showRoles, _):
        state.view = .roles
    case (.showGaps, _):
        state.view = .gaps
    case (.showHandovers, _):
        state.view = .handovers
    case (.showVerification, _):
        state.view = .verification
    case (.showConflicts, _):
        guard !state.workshop.conflicts.isEmpty else {
            state.message = UIText.noConflicts.text(state.language)
            return []
        }
        state.view = .conflicts
        state.conflictRow = 0
    case (.showSummary, _):
        state.view = .summary
        state.summaryScroll = 0
    case (.exportReports, _):
        return [.exportReports]
    case (.takeOverLock, _):
        guard state.readOnly?.isStale == true else {
            state.message = UIText.cannotTakeOver.text(state.language)
            return []
        }
        return [.takeOverLock]
    case (.reloadFromDisk, _), (.overwrite, _):
        guard state.diskConflict else { return [] }
        return [action == .reloadFromDisk ? .reloadFromDisk : .overwrite]
    case (.saveCopy, _):
        // Also after the lock was lost: the edits made before have nowhere else to go.
        guard state.diskConflict || (state.readOnly != nil && state.isDirty) else { return [] }
        return [.saveCopy]
    case (.undo, _):
        effects = Edit.undo(&state)
    case (.redo, _):
        effects = Edit.redo(&state)
    case (.close, .map):
        state.search = SearchState()
    case (.openDetail, .map):
        state.overlay = .detail
        state.overlayScroll = 0
    case (.assignActors, .map):
        state.form = CellForms.assignment(state)
    case (.markGap, .map):
        state.form = CellForms.newGap(state)
    case (.newHandover, .map):
        state.form = HandoverForm.new(state)
    case (.cycleStatus, .map):
        effects = cycleStatus(&state)
    case (.nextJourney, _):
        let journeys = state.workshop.journeys.map(\.id)
        guard journeys.count > 1, let index = journeys.firstIndex(of: state.journey) else {
            state.message = UIText.onlyOneJourney.text(state.language)
            return []
        }
        state.journey = journeys[(index + 1) % journeys.count]
    case (.search, .map):
        state.search = SearchState(isEditing: true)
    case (.nextMatch, .map):
        stepThroughHits(&state, by: 1)
    case (.previousMatch, .map):
        stepThroughHits(&state, by: -1)
    case (_, .map):
        moveSelection(action, &state)
    case (.edit, .roles):
        state.form = RoleWalk.noteForm(state)
    case (.moveUp, .roles), (.pageUp, .roles):
        moveSelection(.moveUp, &state)
    case (.moveDown, .roles), (.pageDown, .roles):
        moveSelection(.moveDown, &state)
    case (.edit, .gaps):
        let rows = GapsList.rows(state)
        if rows.indices.contains(state.gapsView.row) {
            let gap = rows[state.gapsView.row]
            state.form = CellForms.gapForm(state, gap: gap, journey: gap.journey, step: gap.step, role: gap.role)
        }
    case (.filterGaps, .gaps):
        state.form = GapsList.filterForm(state)
    case (.sortNext, .gaps):
        let columns = GapsViewState.Column.allCases
        state.gapsView.sort = columns[(state.gapsView.sort.rawValue + 1) % columns.count]
        state.gapsView.ascending = true
    case (.sortReverse, .gaps):
        state.gapsView.ascending.toggle()
    case (.edit, .handovers):
        let rows = HandoversList.rows(state)
        if rows.indices.contains(state.handoverRow) { state.form = HandoverForm.edit(state, rows[state.handoverRow]) }
    case (.delete, .gaps):
        let rows = GapsList.rows(state)
        guard rows.indices.contains(state.gapsView.row) else { return [] }
        let id = rows[state.gapsView.row].id
        effects = Edit.apply(&state, message: UIText.deleted(id).text(state.language)) { $0.gaps.removeAll { $0.id == id } }
        state.gapsView.row = min(state.gapsView.row, max(0, rows.count - 2))
    case (.delete, .handovers):
        let rows = HandoversList.rows(state)
        guard rows.indices.contains(state.handoverRow) else { return [] }
        let id = rows[state.handoverRow].id
        effects = Edit.apply(&state, message: UIText.deleted(id).text(state.language)) { $0.handovers.removeAll { $0.id == id } }
        state.handoverRow = min(state.handoverRow, max(0, rows.count - 2))
    case (_, .gaps):
        state.gapsView.row = moveInList(action, row: state.gapsView.row, count: GapsList.rows(state).count, state)
    case (_, .handovers):
        state.handoverRow = moveInList(action, row: state.handoverRow, count: HandoversList.rows(state).count, state)
    case (_, .overlay), (_, .summary):
        scrollText(action, context: context, &state)
    case (_, .roles), (_, .form), (_, .verify), (_, .verification), (_, .conflicts):
        break  // forms take their keys in editForm; the verification views theirs before this switch
    }
    keepSelectionVisible(&state)
    return effects
}

private func moveInList(_ action: Action, row: Int, count: Int, _ state: AppState) -> Int {
    let page = max(1, state.height - 8)
    var row = row
    switch action {
    case .moveUp: row -= 1
    case .moveDown: row += 1
    case .pageUp: row -= page
    case .pageDown: row += page
    case .home: row = 0
    case .end: row = count - 1
    default: break
    }
    return min(max(row, 0), max(0, count - 1))
}

private func cycleStatus(_ state: inout AppState) -> [Effect] {
    guard let cell = CellForms.selectedCell(state),
          let current = state.workshop.assignment(journey: cell.journey.id, step: cell.step.id, role: cell.role.id) else {
        state.message = UIText.noOneHoldsRole.text(state.language)
        return []
    }
    let next = current.status.next
    return Edit.apply(&state, message: UIText.statusChanged(next.label(state.language)).text(state.language)) { workshop in
        if let index = workshop.assignments.firstIndex(where: {
            $0.journey == cell.journey.id && $0.step == cell.step.id && $0.role == cell.role.id
        }) {
            workshop.assignments[index].status = next
        }
    }
}

private func moveSelection(_ action: Action, _ state: inout AppState) {
    guard let journey = state.currentJourney else { return }
    let rowCount = journey.roles.count, stepCount = journey.steps.count
    guard rowCount > 0, stepCount > 0 else { return }
    let layout = mapLayout(state)
    var position = state.position
    switch action {
    case .moveUp: position.row -= 1
    case .moveDown: position.row += 1
    case .moveLeft: position.column -= 1
    case .moveRight: position.column += 1
    case .pageUp: position.row -= layout.visibleRows
    case .pageDown: position.row += layout.visibleRows
    case .home: position.column = 0
    case .end: position.column = stepCount - 1
    default: return
    }
    position.row = min(max(position.row, 0), rowCount - 1)
    position.column = min(max(position.column, 0), stepCount - 1)
    state.position = position
}

private func scrollText(_ action: Action, context: KeyContext, _ state: inout AppState) {
    let page = max(1, state.height - 6)
    let limit = maxTextScroll(state, context: context)
    var scroll = context == .overlay ? state.overlayScroll : state.summaryScroll
    switch action {
    case .moveUp: scroll -= 1
    case .moveDown: scroll += 1
    case .pageUp: scroll -= page
    case .pageDown: scroll += page
    case .home: scroll = 0
    case .end: scroll = limit
    default: return
    }
    scroll = min(max(scroll, 0), limit)
    if context == .overlay { state.overlayScroll = scroll } else { state.summaryScroll = scroll }
}

private func maxTextScroll(_ state: AppState, context: KeyContext) -> Int {
    if context == .summary {
        return max(0, SummaryView.lines(state).count - SummaryView.area(state).height)
    }
    let area = Overlay.contentArea(state)
    return max(0, Overlay.lines(state, width: area.width).count - area.height)
}

func mapLayout(_ state: AppState) -> MapLayout {
    let journey = state.currentJourney
    let model = journey.map { state.mapModel($0) }
    return MapLayout(width: state.width, height: state.height, rowCount: model?.rows.count ?? 0,
                     stepCount: journey?.steps.count ?? 0)
}

/// Scrolls the map just enough that the selected cell is on screen (and the tier heading
/// above the first role of a tier with it).
func keepSelectionVisible(_ state: inout AppState) {
    guard let journey = state.currentJourney else { return }
    let model = state.mapModel(journey)
    let layout = MapLayout(width: state.width, height: state.height, rowCount: model.rows.count,
                           stepCount: journey.steps.count)
    var position = state.position
    position.row = min(max(position.row, 0), max(0, model.roles.count - 1))
    position.column = min(max(position.column, 0), max(0, journey.steps.count - 1))
    let rows = model.rows
    let displayRow = rows.firstIndex(of: .role(position.row)) ?? 0
    let wantedTop = displayRow > 0 && rows[displayRow - 1] != .role(position.row - 1) ? displayRow - 1 : displayRow
    if wantedTop < position.firstRow { position.firstRow = wantedTop }
    if displayRow >= position.firstRow + layout.visibleRows { position.firstRow = displayRow - layout.visibleRows + 1 }
    position.firstRow = max(0, min(position.firstRow, max(0, rows.count - layout.visibleRows)))
    if position.column < position.firstColumn { position.firstColumn = position.column }
    if position.column >= position.firstColumn + layout.visibleColumns {
        position.firstColumn = position.column - layout.visibleColumns + 1
    }
    position.firstColumn = max(0, min(position.firstColumn, max(0, journey.steps.count - layout.visibleColumns)))
    state.position = position
}

/// The Verification view's own keys; nil for the keys every view shares.
private func performInVerification(_ action: Action, _ state: inout AppState) -> [Effect]? {
    switch action {
    case .revealVotes:
        state.verificationView.isRevealed.toggle()
    case .toggleToDiscuss:
        guard state.verificationView.isRevealed else {
            state.message = UIText.revealFirst.text(state.language)
            return []
        }
        state.verificationView.onlyToDiscuss.toggle()
        state.verificationView.row = 0
    case .recordTally:
        state.form = VerificationList.tallyForm(state)
    case .moveUp, .moveDown, .pageUp, .pageDown, .home, .end:
        state.verificationView.row = moveInList(action, row: state.verificationView.row,
                                                count: VerificationList.rows(state).count, state)
    default:
        return nil
    }
    return []
}

/// The Conflicts view's own keys; nil for the keys every view shares.
private func performInConflicts(_ action: Action, _ state: inout AppState) -> [Effect]? {
    let conflicts = state.workshop.conflicts
    switch action {
    case .keepConflictValue, .takeOtherConflictValue:
        guard conflicts.indices.contains(state.conflictRow) else { return [] }
        let conflict = conflicts[state.conflictRow]
        let side = action == .keepConflictValue ? conflict.kept : conflict.otherSide
        var refusal: String?
        let language = state.language
        let effects = Edit.apply(&state, message: UIText.conflictSettled(conflict.id).text(language)) { workshop in
            refusal = WorkshopMerge.resolve(conflict.id, taking: side, in: &workshop, language: language)
        }
        if let refusal { state.message = refusal }
        state.conflictRow = min(state.conflictRow, max(0, state.workshop.conflicts.count - 1))
        if state.workshop.conflicts.isEmpty {
            state.view = .map
            state.message = UIText.allConflictsSettled.text(language)
        }
        return effects
    case .moveUp, .moveDown, .pageUp, .pageDown, .home, .end:
        state.conflictRow = moveInList(action, row: state.conflictRow, count: conflicts.count, state)
        return []
    default:
        return nil
    }
}
