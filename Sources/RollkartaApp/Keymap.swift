import RollkartaModel

/// What a key asks for, by name (as tig's requests).
public enum Action: Sendable, Equatable {
    case moveUp, moveDown, moveLeft, moveRight
    case pageUp, pageDown, home, end
    case openDetail, close, back
    case nextJourney
    case help
    case search, nextMatch, previousMatch
    case showMap, showSummary
    case exportReports
    case assignActors, cycleStatus, markGap, undo, redo
    case saveForm, nextField, previousField
}

/// Where a binding applies.
public enum KeyContext: Sendable, Equatable {
    case map, summary, overlay, form
}

/// One key binding. The same table drives dispatch, the `?` help and the status bar,
/// so they can never disagree.
public struct Binding: Sendable {
    public var keys: [Key]
    /// How the keys are written in help, the status bar and README.
    public var keyLabel: String
    public var action: Action
    public var description: Localized
    /// The status bar's short word; nil keeps the binding out of the status bar.
    public var short: Localized?
    public var contexts: [KeyContext]
}

public enum Keymap {
    public static let bindings: [Binding] = [
        Binding(keys: [.up, .character("k")], keyLabel: "↑ k", action: .moveUp,
                description: Localized(sv: "Upp en roll", en: "Up one role"), short: nil, contexts: [.map, .summary, .overlay]),
        Binding(keys: [.down, .character("j")], keyLabel: "↓ j", action: .moveDown,
                description: Localized(sv: "Ner en roll", en: "Down one role"), short: nil, contexts: [.map, .summary, .overlay]),
        Binding(keys: [.left, .character("h")], keyLabel: "← h", action: .moveLeft,
                description: Localized(sv: "Föregående steg", en: "Previous step"), short: nil, contexts: [.map]),
        Binding(keys: [.right, .character("l")], keyLabel: "→ l", action: .moveRight,
                description: Localized(sv: "Nästa steg", en: "Next step"), short: nil, contexts: [.map]),
        Binding(keys: [.pageUp], keyLabel: "PgUp", action: .pageUp,
                description: Localized(sv: "En sida upp", en: "One page up"), short: nil, contexts: [.map, .summary, .overlay]),
        Binding(keys: [.pageDown], keyLabel: "PgDn", action: .pageDown,
                description: Localized(sv: "En sida ner", en: "One page down"), short: nil, contexts: [.map, .summary, .overlay]),
        Binding(keys: [.home], keyLabel: "Home", action: .home,
                description: Localized(sv: "Första steget (i texten: början)", en: "First step (in text: the top)"),
                short: nil, contexts: [.map, .summary, .overlay]),
        Binding(keys: [.end], keyLabel: "End", action: .end,
                description: Localized(sv: "Sista steget (i texten: slutet)", en: "Last step (in text: the end)"),
                short: nil, contexts: [.map, .summary, .overlay]),
        Binding(keys: [.enter], keyLabel: "Enter", action: .openDetail,
                description: Localized(sv: "Visa allt om cellen: roll, aktörer, glapp, överlämningar",
                                       en: "Show everything about the cell: role, actors, gaps, handovers"),
                short: Localized(sv: "detaljer", en: "details"), contexts: [.map]),
        Binding(keys: [.tab], keyLabel: "Tab", action: .nextJourney,
                description: Localized(sv: "Byt resa (barn och unga / vuxna)", en: "Switch journey (children / adults)"),
                short: Localized(sv: "resa", en: "journey"), contexts: [.map]),
        Binding(keys: [.character("/")], keyLabel: "/", action: .search,
                description: Localized(sv: "Sök i roller, beskrivningar, aktörer och anteckningar",
                                       en: "Search role titles, descriptions, actors and notes"),
                short: Localized(sv: "sök", en: "search"), contexts: [.map]),
        Binding(keys: [.character("n")], keyLabel: "n", action: .nextMatch,
                description: Localized(sv: "Nästa träff", en: "Next match"), short: nil, contexts: [.map]),
        Binding(keys: [.character("N")], keyLabel: "N", action: .previousMatch,
                description: Localized(sv: "Föregående träff", en: "Previous match"), short: nil, contexts: [.map]),
        Binding(keys: [.character("1")], keyLabel: "1", action: .showMap,
                description: Localized(sv: "Vy: karta", en: "View: map"), short: nil, contexts: [.map, .summary]),
        Binding(keys: [.character("6")], keyLabel: "6", action: .showSummary,
                description: Localized(sv: "Vy: sammanfattning", en: "View: summary"), short: nil, contexts: [.map, .summary]),
        Binding(keys: [.character("a")], keyLabel: "a", action: .assignActors,
                description: Localized(sv: "Aktörer i cellen: välj bland workshopens eller lägg till en ny",
                                       en: "Actors in the cell: pick the workshop's or add a new one"),
                short: Localized(sv: "aktörer", en: "actors"), contexts: [.map]),
        Binding(keys: [.character("s")], keyLabel: "s", action: .cycleStatus,
                description: Localized(sv: "Växla cellens status: håller, delvis, oklart",
                                       en: "Cycle the cell's status: holds, partly, unclear"),
                short: nil, contexts: [.map]),
        Binding(keys: [.character("g")], keyLabel: "g", action: .markGap,
                description: Localized(sv: "Markera ett glapp i cellen, med handlingsplan",
                                       en: "Mark a gap at the cell, with its action plan"),
                short: Localized(sv: "glapp", en: "gap"), contexts: [.map]),
        Binding(keys: [.character("u")], keyLabel: "u", action: .undo,
                description: Localized(sv: "Ångra senaste ändringen", en: "Undo the last change"),
                short: nil, contexts: [.map, .summary]),
        Binding(keys: [.control("r")], keyLabel: "Ctrl-R", action: .redo,
                description: Localized(sv: "Gör om det ångrade", en: "Redo what was undone"),
                short: nil, contexts: [.map, .summary]),
        Binding(keys: [.function(2)], keyLabel: "F2", action: .saveForm,
                description: Localized(sv: "I formulär: spara", en: "In a form: save"),
                short: Localized(sv: "spara", en: "save"), contexts: [.form]),
        Binding(keys: [.tab, .down], keyLabel: "Tab ↓", action: .nextField,
                description: Localized(sv: "I formulär: nästa fält (← → och mellanslag väljer)",
                                       en: "In a form: next field (← → and space choose)"),
                short: Localized(sv: "nästa fält", en: "next field"), contexts: [.form]),
        Binding(keys: [.backTab, .up], keyLabel: "S-Tab ↑", action: .previousField,
                description: Localized(sv: "I formulär: föregående fält", en: "In a form: previous field"),
                short: nil, contexts: [.form]),
        Binding(keys: [.character("x")], keyLabel: "x", action: .exportReports,
                description: Localized(sv: "Exportera rapporterna (md, html, csv, dot) bredvid workshopfilen",
                                       en: "Export the reports (md, html, csv, dot) next to the workshop file"),
                short: nil, contexts: [.map, .summary]),
        Binding(keys: [.character("?"), .function(1)], keyLabel: "? F1", action: .help,
                description: Localized(sv: "Hjälp: alla tangenter", en: "Help: all keys"),
                short: Localized(sv: "hjälp", en: "help"), contexts: [.map, .summary, .overlay]),
        Binding(keys: [.escape], keyLabel: "Esc", action: .close,
                description: Localized(sv: "Avbryt eller stäng", en: "Cancel or close"), short: nil,
                contexts: [.map, .summary, .overlay]),
        Binding(keys: [.escape], keyLabel: "Esc", action: .close,
                description: Localized(sv: "I formulär: avbryt (frågar först om något skrivits)",
                                       en: "In a form: cancel (asks first if something was typed)"),
                short: Localized(sv: "avbryt", en: "cancel"), contexts: [.form]),
        Binding(keys: [.character("q")], keyLabel: "q", action: .back,
                description: Localized(sv: "Tillbaka; avslutar från kartan", en: "Back; quits from the map"),
                short: Localized(sv: "avsluta", en: "quit"), contexts: [.map, .summary, .overlay]),
    ]

    public static func action(for key: Key, in context: KeyContext) -> Action? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    public static func bindings(in context: KeyContext) -> [Binding] {
        bindings.filter { $0.contexts.contains(context) }
    }
}
