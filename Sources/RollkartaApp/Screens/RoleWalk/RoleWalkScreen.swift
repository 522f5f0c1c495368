import RollkartaModel

/// View 2: the role walk, the role selected on the map one at a time, with the workshop's
/// questions about it typed live.
enum RoleWalkScreen: AppScreen {
    static let context = KeyContext.roles

    static let bindings: [Binding] = [
        Binding([.up, .character("k"), .pageUp], .moveUp, Localized(sv: "Föregående roll", en: "Previous role")),
        Binding([.down, .character("j"), .pageDown], .moveDown, Localized(sv: "Nästa roll", en: "Next role")),
        Binding([.enter, .character("e")], .edit,
                Localized(sv: "Skriv in svaren på frågorna om rollen", en: "Type the answers to the questions about the role"),
                short: Localized(sv: "redigera", en: "edit"), unavailable: Unavailable.whenReadOnly),
        Binding([.tab], .nextJourney, Localized(sv: "Byt resa (barn och unga / vuxna)", en: "Switch journey (children / adults)"),
                short: Localized(sv: "resa", en: "journey"), unavailable: MapScreen.onlyOneJourney),
    ]

    static func update(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .edit: state.form = RoleNoteForm.make(state)
        case .nextJourney: MapScreen.nextJourney(&state)
        default:
            MapScreen.moveSelection(action, &state)
            MapScreen.keepInView(&state)
        }
        return []
    }
}
