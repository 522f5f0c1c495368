import RollkartaModel

/// What a key asks for, by name (as tig's requests).
public enum Action: Sendable, Equatable {
    case moveUp, moveDown, moveLeft, moveRight
    case pageUp, pageDown, home, end
    case openDetail, edit, close, back
    case nextJourney
    case help
    case search, nextMatch, previousMatch
    case showMap, showRoles, showGaps, showHandovers, showSummary
    case exportReports
    case assignActors, cycleStatus, markGap, newHandover, undo, redo
    case filterGaps, sortNext, sortReverse, delete
    case saveForm, nextField, previousField
    case takeOverLock, reloadFromDisk, saveCopy, overwrite
    case showVerification, revealVotes, toggleToDiscuss, recordTally
    case showConflicts, keepConflictValue, takeOtherConflictValue
    case voteYes, voteNo, voteDiscuss, writeComment, nextSubject, previousSubject, nextUnanswered
}

/// Where a binding applies: a view, an overlay, or a form.
public enum KeyContext: Sendable, Equatable, CaseIterable {
    case map, roles, gaps, handovers, verification, summary, conflicts, overlay, form
    /// The participant's verification walk (`rollkarta verify`), a program of its own.
    case verify

    static let views: [KeyContext] = [.map, .roles, .gaps, .handovers, .verification, .summary, .conflicts]
    static let lists: [KeyContext] = [.gaps, .handovers]
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
                description: Localized(sv: "Upp (i rollvandringen: föregående roll)", en: "Up (in the role walk: previous role)"),
                short: nil, contexts: KeyContext.views + [.overlay]),
        Binding(keys: [.down, .character("j")], keyLabel: "↓ j", action: .moveDown,
                description: Localized(sv: "Ner (i rollvandringen: nästa roll)", en: "Down (in the role walk: next role)"),
                short: nil, contexts: KeyContext.views + [.overlay]),
        Binding(keys: [.left, .character("h")], keyLabel: "← h", action: .moveLeft,
                description: Localized(sv: "Föregående steg", en: "Previous step"), short: nil, contexts: [.map]),
        Binding(keys: [.right, .character("l")], keyLabel: "→ l", action: .moveRight,
                description: Localized(sv: "Nästa steg", en: "Next step"), short: nil, contexts: [.map]),
        Binding(keys: [.pageUp], keyLabel: "PgUp", action: .pageUp,
                description: Localized(sv: "En sida upp (i rollvandringen: föregående roll)",
                                       en: "One page up (in the role walk: previous role)"),
                short: nil, contexts: KeyContext.views + [.overlay]),
        Binding(keys: [.pageDown], keyLabel: "PgDn", action: .pageDown,
                description: Localized(sv: "En sida ner (i rollvandringen: nästa roll)",
                                       en: "One page down (in the role walk: next role)"),
                short: nil, contexts: KeyContext.views + [.overlay]),
        Binding(keys: [.home], keyLabel: "Home", action: .home,
                description: Localized(sv: "Första steget (i listor och text: början)", en: "First step (in lists and text: the top)"),
                short: nil, contexts: KeyContext.views + [.overlay]),
        Binding(keys: [.end], keyLabel: "End", action: .end,
                description: Localized(sv: "Sista steget (i listor och text: slutet)", en: "Last step (in lists and text: the end)"),
                short: nil, contexts: KeyContext.views + [.overlay]),
        Binding(keys: [.enter], keyLabel: "Enter", action: .openDetail,
                description: Localized(sv: "Visa allt om cellen: roll, aktörer, glapp, överlämningar",
                                       en: "Show everything about the cell: role, actors, gaps, handovers"),
                short: Localized(sv: "detaljer", en: "details"), contexts: [.map]),
        Binding(keys: [.enter, .character("e")], keyLabel: "Enter e", action: .edit,
                description: Localized(sv: "Redigera: glappet, överlämningen eller rollens anteckningar",
                                       en: "Edit: the gap, the handover or the role's notes"),
                short: Localized(sv: "redigera", en: "edit"), contexts: [.roles, .gaps, .handovers]),
        Binding(keys: [.tab], keyLabel: "Tab", action: .nextJourney,
                description: Localized(sv: "Byt resa (barn och unga / vuxna)", en: "Switch journey (children / adults)"),
                short: Localized(sv: "resa", en: "journey"), contexts: [.map, .roles]),
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
        Binding(keys: [.character("o")], keyLabel: "o", action: .newHandover,
                description: Localized(sv: "Lägg till en överlämning från cellen till en annan roll, ett annat steg, en annan aktör",
                                       en: "Add a handover from the cell to another role, step and actor"),
                short: Localized(sv: "överlämning", en: "handover"), contexts: [.map]),
        Binding(keys: [.character("f")], keyLabel: "f", action: .filterGaps,
                description: Localized(sv: "Glapp: filtrera på resa, steg, roll, prioritet, status",
                                       en: "Gaps: filter by journey, step, role, priority, status"),
                short: Localized(sv: "filter", en: "filter"), contexts: [.gaps]),
        Binding(keys: [.character("s")], keyLabel: "s r", action: .sortNext,
                description: Localized(sv: "Glapp: sortera på nästa kolumn (r vänder ordningen)",
                                       en: "Gaps: sort by the next column (r reverses)"),
                short: Localized(sv: "sortera", en: "sort"), contexts: [.gaps]),
        Binding(keys: [.character("r")], keyLabel: "r", action: .sortReverse,
                description: Localized(sv: "Glapp: vänd sorteringen", en: "Gaps: reverse the sort order"),
                short: nil, contexts: [.gaps]),
        Binding(keys: [.character("d"), .delete], keyLabel: "d Del", action: .delete,
                description: Localized(sv: "Ta bort glappet eller överlämningen (u ångrar)",
                                       en: "Delete the gap or the handover (u undoes)"),
                short: nil, contexts: KeyContext.lists),
        Binding(keys: [.character("/")], keyLabel: "/", action: .search,
                description: Localized(sv: "Sök i roller, beskrivningar, aktörer och anteckningar",
                                       en: "Search role titles, descriptions, actors and notes"),
                short: Localized(sv: "sök", en: "search"), contexts: [.map]),
        Binding(keys: [.character("n")], keyLabel: "n", action: .nextMatch,
                description: Localized(sv: "Nästa träff", en: "Next match"), short: nil, contexts: [.map]),
        Binding(keys: [.character("N")], keyLabel: "N", action: .previousMatch,
                description: Localized(sv: "Föregående träff", en: "Previous match"), short: nil, contexts: [.map]),
        Binding(keys: [.character("u")], keyLabel: "u", action: .undo,
                description: Localized(sv: "Ångra senaste ändringen", en: "Undo the last change"),
                short: nil, contexts: KeyContext.views),
        Binding(keys: [.control("r")], keyLabel: "Ctrl-R", action: .redo,
                description: Localized(sv: "Gör om det ångrade", en: "Redo what was undone"),
                short: nil, contexts: KeyContext.views),
        Binding(keys: [.character("1")], keyLabel: "1", action: .showMap,
                description: Localized(sv: "Vy: karta", en: "View: map"), short: nil, contexts: KeyContext.views),
        Binding(keys: [.character("2")], keyLabel: "2", action: .showRoles,
                description: Localized(sv: "Vy: rollvandring, en roll i taget", en: "View: role walk, one role at a time"),
                short: nil, contexts: KeyContext.views),
        Binding(keys: [.character("3")], keyLabel: "3", action: .showGaps,
                description: Localized(sv: "Vy: glapp och handlingsplan", en: "View: gaps and action plan"),
                short: nil, contexts: KeyContext.views),
        Binding(keys: [.character("4")], keyLabel: "4", action: .showHandovers,
                description: Localized(sv: "Vy: överlämningar", en: "View: handovers"), short: nil, contexts: KeyContext.views),
        Binding(keys: [.character("5")], keyLabel: "5", action: .showVerification,
                description: Localized(sv: "Vy: verifiering – deltagarnas svar per roll och vad som ska diskuteras",
                                       en: "View: verification – the participants' answers per role and what to discuss"),
                short: nil, contexts: KeyContext.views),
        Binding(keys: [.character("v")], keyLabel: "v", action: .revealVotes,
                description: Localized(sv: "Verifiering: visa eller dölj rösterna och kommentarerna (dolda från början)",
                                       en: "Verification: show or hide the votes and comments (hidden at first)"),
                short: Localized(sv: "röster", en: "votes"), contexts: [.verification]),
        Binding(keys: [.character("d")], keyLabel: "d", action: .toggleToDiscuss,
                description: Localized(sv: "Verifiering: bara det som ska diskuteras, mest oenighet först (d igen: alla)",
                                       en: "Verification: only what to discuss, most disagreement first (d again: all)"),
                short: Localized(sv: "att diskutera", en: "to discuss"), contexts: [.verification]),
        Binding(keys: [.character("t")], keyLabel: "t", action: .recordTally,
                description: Localized(sv: "Verifiering: för in en handuppräckning i rummet (ja, nej, vill lyfta vidare)",
                                       en: "Verification: record a show of hands in the room (yes, no, let's discuss)"),
                short: Localized(sv: "handuppräckning", en: "show of hands"), contexts: [.verification]),
        Binding(keys: [.character("6")], keyLabel: "6", action: .showSummary,
                description: Localized(sv: "Vy: sammanfattning och kontroller", en: "View: summary and checks"),
                short: nil, contexts: KeyContext.views),
        Binding(keys: [.character("K")], keyLabel: "K", action: .showConflicts,
                description: Localized(sv: "Konflikter från en sammanslagning i git: visa och lös dem",
                                       en: "Conflicts from a git merge: show and settle them"),
                short: nil, contexts: KeyContext.views),
        Binding(keys: [.enter], keyLabel: "Enter", action: .keepConflictValue,
                description: Localized(sv: "Konflikter: behåll det som står i filen nu", en: "Conflicts: keep what the file holds now"),
                short: Localized(sv: "behåll", en: "keep"), contexts: [.conflicts]),
        Binding(keys: [.character("t")], keyLabel: "t", action: .takeOtherConflictValue,
                description: Localized(sv: "Konflikter: ta den andra sidans värde", en: "Conflicts: take the other side's value"),
                short: Localized(sv: "ta den andra", en: "take other"), contexts: [.conflicts]),
        Binding(keys: [.character("x")], keyLabel: "x", action: .exportReports,
                description: Localized(sv: "Exportera rapporterna (md, html, csv, dot) bredvid workshopfilen",
                                       en: "Export the reports (md, html, csv, dot) next to the workshop file"),
                short: nil, contexts: KeyContext.views),
        Binding(keys: [.character("T")], keyLabel: "T", action: .takeOverLock,
                description: Localized(sv: "Skrivskyddad med gammalt lås: ta över låset och redigera",
                                       en: "Read-only with a stale lock: take over the lock and edit"),
                short: nil, contexts: KeyContext.views),
        Binding(keys: [.character("R")], keyLabel: "R", action: .reloadFromDisk,
                description: Localized(sv: "Filen ändrad utanför: läs in den (din version ligger ett u bort)",
                                       en: "File changed outside: read it in (your version is one u away)"),
                short: nil, contexts: KeyContext.views),
        Binding(keys: [.character("W")], keyLabel: "W", action: .saveCopy,
                description: Localized(sv: "Filen ändrad utanför: spara din version som en kopia bredvid och fortsätt i den",
                                       en: "File changed outside: save your version as a copy beside it and go on in that"),
                short: nil, contexts: KeyContext.views),
        Binding(keys: [.character("O")], keyLabel: "O", action: .overwrite,
                description: Localized(sv: "Filen ändrad utanför: skriv över den med din version",
                                       en: "File changed outside: overwrite it with your version"),
                short: nil, contexts: KeyContext.views),
        Binding(keys: [.character("1")], keyLabel: "1", action: .voteYes,
                description: Localized(sv: "I verifieringen: Ja, stämmer", en: "In the verification walk: Yes, that is right"),
                short: Localized(sv: "Ja", en: "Yes"), contexts: [.verify]),
        Binding(keys: [.character("2")], keyLabel: "2", action: .voteNo,
                description: Localized(sv: "I verifieringen: Nej (och varför, om du vill)",
                                       en: "In the verification walk: No (and why, if you like)"),
                short: Localized(sv: "Nej", en: "No"), contexts: [.verify]),
        Binding(keys: [.character("3")], keyLabel: "3", action: .voteDiscuss,
                description: Localized(sv: "I verifieringen: Vill lyfta vidare (och vad)",
                                       en: "In the verification walk: Let's discuss (and what)"),
                short: Localized(sv: "Vill lyfta vidare", en: "Let's discuss"), contexts: [.verify]),
        Binding(keys: [.enter, .character("c")], keyLabel: "Enter c", action: .writeComment,
                description: Localized(sv: "I verifieringen: skriv eller ändra kommentaren", en: "In the verification walk: write or change the comment"),
                short: Localized(sv: "kommentar", en: "comment"), contexts: [.verify]),
        Binding(keys: [.right, .down, .character("j"), .pageDown, .tab], keyLabel: "→ ↓", action: .nextSubject,
                description: Localized(sv: "I verifieringen: nästa roll (även j, PgDn, Tab)", en: "In the verification walk: next role (also j, PgDn, Tab)"),
                short: Localized(sv: "bläddra", en: "browse"), contexts: [.verify]),
        Binding(keys: [.left, .up, .character("k"), .pageUp, .backTab], keyLabel: "← ↑", action: .previousSubject,
                description: Localized(sv: "I verifieringen: föregående roll (även k, PgUp, S-Tab)",
                                       en: "In the verification walk: previous role (also k, PgUp, S-Tab)"),
                short: nil, contexts: [.verify]),
        Binding(keys: [.character("n")], keyLabel: "n", action: .nextUnanswered,
                description: Localized(sv: "I verifieringen: nästa obesvarade", en: "In the verification walk: next unanswered"),
                short: Localized(sv: "nästa obesvarade", en: "next unanswered"), contexts: [.verify]),
        Binding(keys: [.character("q")], keyLabel: "q", action: .back,
                description: Localized(sv: "I verifieringen: avsluta (allt är redan sparat; fortsätt senare med samma kommando)",
                                       en: "In the verification walk: quit (all is saved already; resume later with the same command)"),
                short: Localized(sv: "avsluta", en: "quit"), contexts: [.verify]),
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
        Binding(keys: [.character("?"), .function(1)], keyLabel: "? F1", action: .help,
                description: Localized(sv: "Hjälp: alla tangenter", en: "Help: all keys"),
                short: Localized(sv: "hjälp", en: "help"), contexts: KeyContext.views + [.overlay]),
        Binding(keys: [.escape], keyLabel: "Esc", action: .close,
                description: Localized(sv: "Avbryt eller stäng", en: "Cancel or close"), short: nil,
                contexts: KeyContext.views + [.overlay]),
        Binding(keys: [.escape], keyLabel: "Esc", action: .close,
                description: Localized(sv: "I formulär: avbryt (frågar först om något skrivits)",
                                       en: "In a form: cancel (asks first if something was typed)"),
                short: Localized(sv: "avbryt", en: "cancel"), contexts: [.form]),
        Binding(keys: [.character("q")], keyLabel: "q", action: .back,
                description: Localized(sv: "Tillbaka; avslutar från kartan", en: "Back; quits from the map"),
                short: Localized(sv: "avsluta", en: "quit"), contexts: KeyContext.views + [.overlay]),
    ]

    public static func action(for key: Key, in context: KeyContext) -> Action? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    public static func bindings(in context: KeyContext) -> [Binding] {
        bindings.filter { $0.contexts.contains(context) }
    }
}
