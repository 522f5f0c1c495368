import RollkartaModel

/// View 2: the role walk, the role selected on the map one at a time, with the workshop's
/// questions about it typed live.
enum RoleWalkScreen: AppScreen {
    static let id = ScreenID.roles
    static let key = Key.character("2")
    static let keyHelp = Localized(sv: "Vy: rollvandring, en roll i taget",
                                   en: "View: role walk, one role at a time")
    static func title(_ language: Language) -> String { UIText.of(language).viewRoles }

    static let bindings: [Binding] = [
        Binding([.up, .character("k")], .moveUp, Localized(sv: "Föregående roll", en: "Previous role")),
        Binding([.down, .character("j")], .moveDown, Localized(sv: "Nästa roll", en: "Next role")),
        Binding([.pageUp], .pageUp, Localized(sv: "En sida upp i rollen; överst: föregående roll",
                                              en: "A page up in the role; at its top: the previous role")),
        Binding([.pageDown], .pageDown, Localized(sv: "En sida ner i rollen; när allt är visat: nästa roll",
                                                  en: "A page down in the role; once all is shown: the next role")),
        Binding([.enter, .character("e")], .edit,
                Localized(sv: "Skriv in svaren på frågorna om rollen", en: "Type the answers to the questions about the role"),
                short: Localized(sv: "redigera", en: "edit"), unavailable: Unavailable.whenReadOnly),
        reviseRole,
        Binding([.character("a")], .newRole,
                Localized(sv: "Ny roll eller variant (till exempel 5C) efter den här – och varför",
                          en: "New role or variant (for example 5C) after this one – and why"),
                unavailable: Unavailable.whenReadOnly),
        Binding([.character("d")], .retireRole,
                Localized(sv: "Ta bort rollen; det som använder den flyttas till en roll du väljer",
                          en: "Retire the role; what uses it moves to a role you choose"),
                unavailable: Unavailable.whenReadOnly),
        Binding([.character("b")], .editPositions,
                Localized(sv: "Befattningar som motsvarar rollen, per organisation", en: "Positions that hold the role, per organisation"),
                short: Localized(sv: "befattningar", en: "positions"), unavailable: Unavailable.whenReadOnly),
        Binding([.character("<")], .moveEarlier, Localized(sv: "Flytta rollen uppåt i listan", en: "Move the role up the list"),
                unavailable: Unavailable.whenReadOnly),
        Binding([.character(">")], .moveLater, Localized(sv: "Flytta rollen nedåt i listan", en: "Move the role down the list"),
                unavailable: Unavailable.whenReadOnly),
        Binding([.character("n")], .toggleTier,
                Localized(sv: "Nivå: gör rollen sekundär eller primär (Sortera rollerna), ett steg att ångra",
                          en: "Level: make the role secondary or primary (sorting the roles), one step to undo"),
                short: Localized(sv: "nivå", en: "level"), unavailable: Unavailable.whenReadOnly),
        Binding([.character("p")], .togglePrevious,
                Localized(sv: "Visa eller dölj rollens tidigare lydelse", en: "Show or hide the role's earlier wording"),
                unavailable: RoleWalkScreen.unrevised),
        MapScreen.switchJourney,
    ]

    /// `r` here and on the map alike.
    static let reviseRole = Binding([.character("r")], .reviseRole,
                                    Localized(sv: "Ändra rollen: titel, kort namn, beskrivning, exempel, nivå – och varför",
                                              en: "Revise the role: title, short name, description, examples, level – and why"),
                                    short: Localized(sv: "ändra roll", en: "revise"), unavailable: Unavailable.whenReadOnly)

    /// `p` has nothing to show for a role the workshop has not changed.
    @Sendable static func unrevised(_ state: AppState) -> String? {
        guard let cell = SelectedCell(state), state.workshop.revisions(of: cell.roleKey).isEmpty else { return nil }
        return RoleWalkText.of(state.language).notChanged
    }

    /// `<` and `>`: the role one place up or down as the map shows it, within its tier; the
    /// selection goes with it. Past the first or last role of its tier it does not move: the
    /// level key sorts it into the other tier, and the message says so.
    static func moveRole(_ offset: Int, _ state: inout AppState) -> [Effect] {
        guard let cell = SelectedCell(state), let journey = state.currentJourney else { return [] }
        let shown = state.mapModel(journey).roles
        let target = state.position.row + offset
        guard shown.indices.contains(target) else { return [] }
        let neighbour = shown[target]
        guard neighbour.tier == cell.role.tier else {
            state.message = RoleWalkText.of(state.language).tierEdge(cell.role.id, cell.role.tier.label(state.language),
                                                                     Keymap.keyName(.toggleTier, in: .screen(.roles)))
            return []
        }
        guard let index = journey.roles.firstIndex(where: { $0.id == neighbour.id }) else { return [] }
        let effects = Edit.apply(&state, .moveRole(cell.roleKey, to: index), message: RoleWalkText.of(state.language).moved(cell.role.id))
        if !effects.isEmpty { state.position.row = target }
        return effects
    }

    /// The level key: primary becomes secondary and back, in one step to undo; the role goes to
    /// the edge of its new tier, next to where it was, and the room's decision is kept as a revision.
    static func toggleTier(_ state: inout AppState) -> [Effect] {
        guard let cell = SelectedCell(state), let journey = state.currentJourney else { return [] }
        var role = cell.role
        role.tier = role.tier == .primary ? .secondary : .primary
        var others = journey.roles.filter { $0.id != role.id }
        // Last of the primary roles, or first of the secondary ones.
        let index = role.tier == .primary ? (others.lastIndex { $0.tier == .primary }.map { $0 + 1 } ?? 0)
            : (others.firstIndex { $0.tier == .secondary } ?? others.count)
        others.insert(role, at: index)
        let language = state.language
        let revision = RoleRevision(journey: journey.id, role: role.id, before: cell.role, after: role,
                                    reason: RoleWalkText.of(language).sortedInRoom(role.tier.label(language)), date: state.today())
        let effects = Edit.apply(&state, .batch([.role(cell.roleKey, role), .moveRole(cell.roleKey, to: index),
                                                 .revision(revision, recorded: true)]),
                                 message: RoleWalkText.of(language).tierChanged(role.id, role.tier.label(language)))
        if !effects.isEmpty, let row = state.mapModel(state.currentJourney ?? journey).roles.firstIndex(where: { $0.id == role.id }) {
            state.position.row = row
            MapScreen.keepInView(&state)
        }
        return effects
    }

    /// How far the selected role's page is scrolled; 0 for a role just come to.
    static func currentScroll(_ state: AppState) -> Int {
        guard let cell = SelectedCell(state), state.screens.roleWalk.scrolledRole == cell.roleKey else { return 0 }
        return state.screens.roleWalk.scroll
    }

    private static func setScroll(_ scroll: Int, _ state: inout AppState) {
        state.screens.roleWalk.scroll = scroll
        state.screens.roleWalk.scrolledRole = SelectedCell(state)?.roleKey
    }

    /// The role's lines, and how many the screen shows at once (one less than its height when
    /// they do not all fit: that line says what is out of sight).
    static func textPage(_ state: AppState) -> (total: Int, shown: Int) {
        let area = AppFrame(state).body
        let total = lines(state, width: area.width - 2).count
        return (total, total > area.height ? max(1, area.height - 1) : total)
    }

    static func update(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .edit: state.form = RoleNoteForm.make(state)
        case .reviseRole: state.form = RoleForm.make(state)
        case .newRole: state.form = RoleForm.makeNew(state)
        case .retireRole: state.form = RetireForm.makeRole(state)
        case .editPositions:
            state.form = PositionsForm.make(state)
            if state.form == nil { state.message = PositionsText.of(state.language).noOrganisations }
        case .moveEarlier, .moveLater: return moveRole(action == .moveEarlier ? -1 : 1, &state)
        case .toggleTier: return toggleTier(&state)
        case .togglePrevious: state.screens.roleWalk.showsPreviousWording.toggle()
        case .nextJourney: MapScreen.nextJourney(&state)
        case .pageDown, .pageUp:
            let page = textPage(state)
            let scroll = currentScroll(state)
            if action == .pageDown, scroll + page.shown < page.total {
                setScroll(min(scroll + max(1, page.shown - 1), page.total - page.shown), &state)
            } else if action == .pageUp, scroll > 0 {
                setScroll(max(0, scroll - max(1, page.shown - 1)), &state)
            } else {
                MapScreen.moveSelection(action == .pageDown ? .moveDown : .moveUp, &state)
                MapScreen.keepInView(&state)
            }
        default:
            MapScreen.moveSelection(action, &state)
            MapScreen.keepInView(&state)
        }
        return []
    }
}
