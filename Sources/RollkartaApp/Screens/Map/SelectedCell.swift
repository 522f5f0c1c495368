import RollkartaModel

/// The cell selected on the map: what `a`, `s`, `g`, `o` and the role walk act on.
struct SelectedCell {
    var journey: WorkshopJourney
    var step: JourneyStep
    var role: WorkshopRole

    init?(_ state: AppState) {
        guard let journey = state.currentJourney else { return nil }
        let model = state.mapModel(journey)
        let position = state.position
        guard model.roles.indices.contains(position.row), model.steps.indices.contains(position.column) else { return nil }
        self.journey = journey
        step = model.steps[position.column]
        role = model.roles[position.row]
    }

    var key: CellKey { CellKey(journey: journey.id, step: step.id, role: role.id) }
    var roleKey: RoleKey { RoleKey(journey: journey.id, role: role.id) }
}
