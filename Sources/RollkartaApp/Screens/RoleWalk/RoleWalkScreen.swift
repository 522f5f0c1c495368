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
        Binding([.character("r")], .reviseRole,
                Localized(sv: "Ändra rollen: titel, kort namn, beskrivning, exempel, nivå – och varför",
                          en: "Revise the role: title, short name, description, examples, tier – and why"),
                short: Localized(sv: "ändra roll", en: "revise"), unavailable: Unavailable.whenReadOnly),
        Binding([.character("p")], .togglePrevious,
                Localized(sv: "Visa eller dölj rollens tidigare lydelse", en: "Show or hide the role's earlier wording"),
                unavailable: RoleWalkScreen.unrevised),
        MapScreen.switchJourney,
    ]

    /// `p` has nothing to show for a role the workshop has not changed.
    @Sendable static func unrevised(_ state: AppState) -> String? {
        guard let cell = SelectedCell(state), state.workshop.revisions(of: cell.roleKey).isEmpty else { return nil }
        return RoleWalkText.notChanged.text(state.language)
    }

    static func update(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .edit: state.form = RoleNoteForm.make(state)
        case .reviseRole: state.form = RoleForm.make(state)
        case .togglePrevious: state.showsPreviousWording.toggle()
        case .nextJourney: MapScreen.nextJourney(&state)
        default:
            MapScreen.moveSelection(action, &state)
            MapScreen.keepInView(&state)
        }
        return []
    }
}
