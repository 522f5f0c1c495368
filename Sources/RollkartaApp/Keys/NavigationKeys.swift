import RollkartaModel

/// The movement keys, worded for what they move: rows of a list, or lines of a text.
enum NavigationKeys {
    static let list: [Binding] = [
        Binding([.up, .character("k")], .moveUp, Localized(sv: "Föregående rad", en: "Previous row")),
        Binding([.down, .character("j")], .moveDown, Localized(sv: "Nästa rad", en: "Next row")),
        Binding([.pageUp], .pageUp, Localized(sv: "En sida upp", en: "One page up")),
        Binding([.pageDown], .pageDown, Localized(sv: "En sida ner", en: "One page down")),
        Binding([.home], .home, Localized(sv: "Första raden", en: "First row")),
        Binding([.end], .end, Localized(sv: "Sista raden", en: "Last row")),
    ]

    static let text: [Binding] = [
        Binding([.up, .character("k")], .moveUp, Localized(sv: "Rulla upp en rad", en: "Scroll up a line")),
        Binding([.down, .character("j")], .moveDown, Localized(sv: "Rulla ner en rad", en: "Scroll down a line")),
        Binding([.pageUp], .pageUp, Localized(sv: "En sida upp", en: "One page up")),
        Binding([.pageDown], .pageDown, Localized(sv: "En sida ner", en: "One page down")),
        Binding([.home], .home, Localized(sv: "Början", en: "The top")),
        Binding([.end], .end, Localized(sv: "Slutet", en: "The end")),
    ]
}
