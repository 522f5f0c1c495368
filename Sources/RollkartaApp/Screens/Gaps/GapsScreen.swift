import RollkartaModel

/// View 3: every gap in a table, filtered and sorted; Enter edits one with its action plan.
enum GapsScreen: AppScreen {
    static let id = ScreenID.gaps
    static let key = Key.character("3")
    static let keyHelp = Localized(sv: "Vy: glapp och handlingsplan",
                                   en: "View: gaps and action plan")
    static func title(_ language: Language) -> String { UIText.of(language).viewGaps }

    static let bindings: [Binding] = NavigationKeys.list + [
        Binding([.enter, .character("e")], .edit, Localized(sv: "Redigera glappet och dess handlingsplan",
                                                            en: "Edit the gap and its action plan"),
                short: Localized(sv: "redigera", en: "edit"), unavailable: Unavailable.whenReadOnly),
        Binding([.character("f")], .filterGaps, Localized(sv: "Filtrera på resa, steg, roll, prioritet, status",
                                                          en: "Filter by journey, step, role, priority, status"),
                short: Localized(sv: "filter", en: "filter")),
        Binding([.character("s")], .sortNext, Localized(sv: "Sortera på nästa kolumn", en: "Sort by the next column"),
                short: Localized(sv: "sortera", en: "sort")),
        Binding([.character("r")], .sortReverse, Localized(sv: "Vänd sorteringen", en: "Reverse the sort order")),
        Binding([.character("d"), .delete], .delete, Localized(sv: "Ta bort glappet (kan ångras)", en: "Delete the gap (can be undone)"),
                unavailable: Unavailable.whenReadOnly),
    ]
}
