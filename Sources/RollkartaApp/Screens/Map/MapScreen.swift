import RollkartaModel

/// View 1: the journey map, roles as rows and steps as columns.
enum MapScreen: AppScreen {
    static let id = ScreenID.map
    static let key = Key.character("1")
    static let keyHelp = Localized(sv: "Vy: karta",
                                   en: "View: map")
    static func title(_ language: Language) -> String { UIText.of(language).viewMap }
    static func search(_ query: String, _ state: inout AppState) { SearchPrompt.runSearch(query, &state) }

    static let bindings: [Binding] = [
        Binding([.up, .character("k")], .moveUp, Localized(sv: "Upp en roll", en: "Up one role")),
        Binding([.down, .character("j")], .moveDown, Localized(sv: "Ner en roll", en: "Down one role")),
        Binding([.left, .character("h")], .moveLeft, Localized(sv: "Föregående steg", en: "Previous step")),
        Binding([.right, .character("l")], .moveRight, Localized(sv: "Nästa steg", en: "Next step")),
        Binding([.pageUp], .pageUp, Localized(sv: "En sida upp", en: "One page up")),
        Binding([.pageDown], .pageDown, Localized(sv: "En sida ner", en: "One page down")),
        Binding([.home], .home, Localized(sv: "Första steget", en: "First step")),
        Binding([.end], .end, Localized(sv: "Sista steget", en: "Last step")),
        Binding([.enter], .openDetail,
                Localized(sv: "Visa allt om cellen: roll, aktörer, glapp, överlämningar",
                          en: "Show everything about the cell: role, actors, gaps, handovers"),
                short: Localized(sv: "detaljer", en: "details")),
        switchJourney,
        Binding([.character("a")], .assignActors,
                Localized(sv: "Aktörer i cellen: välj bland workshopens eller lägg till en ny",
                          en: "Actors in the cell: pick the workshop's or add a new one"),
                short: Localized(sv: "aktörer", en: "actors"), unavailable: Unavailable.whenReadOnly),
        Binding([.character("s")], .cycleStatus,
                Localized(sv: "Växla cellens status: har rollen, delvis, oklart", en: "Cycle the cell's status: holds, partly, unclear"),
                unavailable: Unavailable.whenReadOnly),
        Binding([.character("g")], .markGap,
                Localized(sv: "Markera ett glapp i cellen, med handlingsplan", en: "Mark a gap at the cell, with its action plan"),
                short: Localized(sv: "glapp", en: "gap"), unavailable: Unavailable.whenReadOnly),
        Binding([.character("o")], .newHandover,
                Localized(sv: "Lägg till en överlämning från cellen till en annan roll, ett annat steg, en annan aktör",
                          en: "Add a handover from the cell to another role, step and actor"),
                short: Localized(sv: "överlämning", en: "handover"), unavailable: Unavailable.whenReadOnly),
        Binding([.character("r")], .reviseRole, RoleWalkScreen.reviseRole.description, short: nil,
                unavailable: Unavailable.whenReadOnly),
        Binding([.character("i")], .newStep,
                Localized(sv: "Nytt steg i resan efter det valda", en: "New step in the journey after the selected one"),
                unavailable: Unavailable.whenReadOnly),
        Binding([.character("t")], .renameStep, Localized(sv: "Byt namn på steget", en: "Rename the step"),
                unavailable: Unavailable.whenReadOnly),
        Binding([.character("D")], .retireStep,
                Localized(sv: "Ta bort steget; det som använder det flyttas till ett steg du väljer",
                          en: "Remove the step; what uses it moves to a step you choose"),
                unavailable: Unavailable.whenReadOnly),
        Binding([.character("<")], .moveEarlier, Localized(sv: "Flytta steget åt vänster", en: "Move the step left"),
                unavailable: Unavailable.whenReadOnly),
        Binding([.character(">")], .moveLater, Localized(sv: "Flytta steget åt höger", en: "Move the step right"),
                unavailable: Unavailable.whenReadOnly),
        Binding([.character("w")], .toggleWholeJourney,
                Localized(sv: "Hela resan på skärmen: alla steg i smala kolumner (igen: vanlig bredd)",
                          en: "The whole journey on screen: every step in narrow columns (again: the usual width)"),
                short: Localized(sv: "hela resan", en: "whole journey")),
        Binding([.character("/")], .search,
                Localized(sv: "Sök i roller, beskrivningar, aktörer och anteckningar",
                          en: "Search role titles, descriptions, actors and notes"),
                short: Localized(sv: "sök", en: "search")),
        Binding([.character("n")], .nextMatch, Localized(sv: "Nästa träff", en: "Next match")),
        Binding([.character("N")], .previousMatch, Localized(sv: "Föregående träff", en: "Previous match")),
        Binding([.escape], .close, Localized(sv: "Släpp sökningens träffar", en: "Clear the search's matches")),
        Binding([.character("q")], .back, Localized(sv: "Avsluta (frågar först om något inte kunnat sparas)",
                                                    en: "Quit (asks first if something could not be saved)"),
                short: Localized(sv: "avsluta", en: "quit")),
    ]

    /// Tab switches journey on the map and in the role walk alike; one binding so the two
    /// screens' help and footer cannot drift apart.
    static let switchJourney = Binding(
        [.tab], .nextJourney, Localized(sv: "Byt resa (barn och unga / vuxna)", en: "Switch journey (children / adults)"),
        short: Localized(sv: "resa", en: "journey"), unavailable: MapScreen.onlyOneJourney)

    @Sendable static func onlyOneJourney(_ state: AppState) -> String? {
        state.workshop.journeys.count > 1 ? nil : MapText.of(state.language).onlyOneJourney
    }
}
