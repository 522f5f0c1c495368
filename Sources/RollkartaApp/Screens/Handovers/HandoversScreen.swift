import RollkartaModel

/// View 4: the chain of handovers per journey, in journey order; failing and missing ones
/// stand out by mark (✗) and colour.
enum HandoversScreen: AppScreen {
    static let id = ScreenID.handovers
    static let key = Key.character("4")
    static let keyHelp = Localized(sv: "Vy: överlämningar",
                                   en: "View: handovers")
    static func title(_ language: Language) -> String { UIText.of(language).viewHandovers }

    static let bindings: [Binding] = NavigationKeys.list + [
        Binding([.enter, .character("e")], .edit, Localized(sv: "Redigera överlämningen", en: "Edit the handover"),
                short: Localized(sv: "redigera", en: "edit"), unavailable: Unavailable.whenReadOnly),
        Binding([.character("d"), .delete], .delete,
                Localized(sv: "Ta bort överlämningen (kan ångras)", en: "Delete the handover (can be undone)"),
                unavailable: Unavailable.whenReadOnly),
    ]
}
