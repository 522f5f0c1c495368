import RollkartaModel

extension MapScreen {
    static func update(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .back:
            return FileEvents.quit(&state)
        case .close:
            state.search = SearchState()
        case .openDetail:
            state.overlay = .detail
            state.overlayText = TextViewState()
        case .assignActors:
            state.form = AssignmentForm.make(state)
        case .markGap:
            state.form = GapForm.new(state)
        case .newHandover:
            state.form = HandoverForm.new(state)
        case .cycleStatus:
            return cycleStatus(&state)
        case .reviseRole:
            state.form = RoleForm.make(state)
        case .newStep:
            state.form = StepForm.makeNew(state)
        case .renameStep:
            state.form = StepForm.makeRename(state)
        case .retireStep:
            return RetireForm.retireUnusedStep(&state) ?? {
                state.form = RetireForm.makeStep(state)
                return []
            }()
        case .moveEarlier, .moveLater:
            return moveStep(action == .moveEarlier ? -1 : 1, &state)
        case .nextJourney:
            nextJourney(&state)
        case .toggleWholeJourney:
            state.wholeJourney.toggle()
            state.position.firstColumn = 0
            let count = state.currentJourney?.steps.count ?? 0
            state.message = state.wholeJourney ? MapText.of(state.language).wholeJourney(count) : MapText.of(state.language).usualWidth
        case .search:
            state.search = SearchState(isEditing: true)
        case .nextMatch:
            SearchPrompt.stepThroughHits(&state, by: 1)
        case .previousMatch:
            SearchPrompt.stepThroughHits(&state, by: -1)
        default:
            moveSelection(action, &state)
        }
        keepInView(&state)
        return []
    }

    /// The next journey of the workshop (the role walk switches with it).
    static func nextJourney(_ state: inout AppState) {
        let journeys = state.workshop.journeys.map(\.id)
        guard let index = journeys.firstIndex(of: state.journey) else { return }
        state.journey = journeys[(index + 1) % journeys.count]
        keepInView(&state)
    }

    /// `s`: the cell's next status. A cell nobody holds goes oklart, delvis, then empty again
    /// ("nobody knows who does this" is a finding); a held one cycles har rollen, delvis, oklart.
    private static func cycleStatus(_ state: inout AppState) -> [Effect] {
        guard let cell = SelectedCell(state) else { return [] }
        let language = state.language
        guard let current = state.workshop.assignment(at: cell.key) else {
            let unclear = Assignment(journey: cell.key.journey, step: cell.key.step, role: cell.key.role, actors: [], status: .unclear)
            return Edit.apply(&state, .assignment(cell.key, unclear), message: MapText.of(language).statusWithoutActors(unclear.status.label(language)))
        }
        if current.actors.isEmpty {
            let next: Assignment? = current.status == .unclear ? {
                var partly = current
                partly.status = .partly
                return partly
            }() : nil
            let message = next.map { MapText.of(language).statusWithoutActors($0.status.label(language)) } ?? MapText.of(language).cellEmptied
            return Edit.apply(&state, .assignment(cell.key, next), message: message)
        }
        var changed = current
        changed.status = current.status.next
        return Edit.apply(&state, .assignment(changed.key, changed), message: MapText.of(language).statusChanged(changed.status.label(language)))
    }

    /// Moves the selected cell; the role walk moves through the roles with the same keys.
    /// `<` and `>` on the map: the step one place left or right; the selection goes with it.
    static func moveStep(_ offset: Int, _ state: inout AppState) -> [Effect] {
        guard let cell = SelectedCell(state) else { return [] }
        let target = state.position.column + offset
        guard cell.journey.steps.indices.contains(target) else { return [] }
        let key = StepKey(journey: cell.journey.id, step: cell.step.id)
        let effects = Edit.apply(&state, .moveStep(key, to: target), message: MapText.of(state.language).stepMoved(cell.step.title[state.language]))
        if !effects.isEmpty {
            state.position.column = target
            keepInView(&state)  // the step moved past the edge of the map is still seen
        }
        return effects
    }

    static func moveSelection(_ action: Action, _ state: inout AppState) {
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

    static func mapLayout(_ state: AppState) -> MapLayout {
        let journey = state.currentJourney
        let model = journey.map { state.mapModel($0) }
        return MapLayout(AppFrame(state).main, rowCount: model?.rows.count ?? 0, stepCount: journey?.steps.count ?? 0,
                         whole: state.wholeJourney)
    }

    /// Scrolls the map just enough that the selected cell is on screen (and the tier heading
    /// above the first role of a tier with it).
    static func keepInView(_ state: inout AppState) {
        guard let journey = state.currentJourney else { return }
        let model = state.mapModel(journey)
        let layout = mapLayout(state)
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
}
