import RollkartaModel

/// The keys every screen shares: switching views, help, undo, export, and what to do about
/// the file (a stale lock, a change made outside).
enum GlobalKeys {
    /// The keys that show the numbered screens come first, in their order; the others' after
    /// the agenda's. Both from the list of screens.
    static let bindings: [Binding] = ScreenID.allCases.filter { $0.screen.key.isDigit }.map(\.showBinding) + [
        Binding([.character("!")], .recordInsight,
                Localized(sv: "Vad en deltagare sa (citat, iakttagelse) eller nästa steg, knutet till det som är markerat",
                          en: "What a participant said (quote, observation) or a next step, tied to what is selected"),
                unavailable: Unavailable.whenReadOnly),
        Binding([.function(7)], .toggleTimer,
                Localized(sv: "Agendans timer: starta eller pausa (tiden kvar står överst)", en: "The agenda's timer: start or pause (the time left shows at the top)")),
        Binding([.function(8)], .nextAgendaItem,
                Localized(sv: "Nästa punkt på agendan (och dess vy)", en: "The next agenda item (and its view)")),
    ] + ScreenID.allCases.filter { !$0.screen.key.isDigit }.map(\.showBinding) + [
        Binding([.character("u")], .undo, Localized(sv: "Ångra senaste ändringen", en: "Undo the last change")),
        Binding([.control("r")], .redo, Localized(sv: "Gör om det ångrade", en: "Redo what was undone")),
        Binding([.character("x")], .exportReports,
                Localized(sv: "Exportera rapporterna (md, html, csv, dot) bredvid workshopfilen",
                          en: "Export the reports (md, html, csv, dot) next to the workshop file")),
        Binding([.character("T")], .takeOverLock,
                Localized(sv: "Skrivskyddad med övergivet lås, eller låst från en annan dator (efter en fråga): ta över låset och redigera",
                          en: "Read-only with a stale lock, or locked from another machine (after a question): take over the lock and edit"),
                unavailable: { state in
                    guard let reason = state.readOnly else { return FileText.of(state.language).nothingToTakeOver }
                    return reason.canBeTakenOver ? nil : FileText.of(state.language).cannotTakeOver
                }),
        Binding([.character("R")], .reloadFromDisk,
                Localized(sv: "Filen ändrad utanför: läs in den (ångra tar tillbaka din version); skrivskyddad: läs in filen som den är nu",
                          en: "File changed outside: read it in (undo brings your version back); read-only: read the file as it is now"),
                unavailable: { state in
                    state.diskConflict || (state.readOnly != nil && !state.isDirty)
                        ? nil : FileText.of(state.language).noOutsideChange
                }),
        Binding([.character("W")], .saveCopy,
                Localized(sv: "Filen ändrad utanför, låset förlorat eller mappen kan inte skrivas: spara din version som en kopia (bredvid, annars i datamappen) och fortsätt i den",
                          en: "File changed outside, lock lost or folder not writable: save your version as a copy (beside it, else in the data folder) and go on in that"),
                unavailable: { state in
                    state.diskConflict || (state.readOnly != nil && state.isDirty)
                        ? nil : FileText.of(state.language).noOutsideChange
                }),
        Binding([.character("O")], .overwrite,
                Localized(sv: "Filen ändrad utanför: skriv över den med din version",
                          en: "File changed outside: overwrite it with your version"),
                unavailable: { $0.diskConflict ? nil : FileText.of($0.language).noOutsideChange }),
        Binding([.character("?"), .function(1)], .help,
                Localized(sv: "Hjälp: tangenterna här", en: "Help: the keys here"), short: Localized(sv: "hjälp", en: "help")),
        Binding([.escape], .close, Localized(sv: "Tillbaka till kartan", en: "Back to the map")),
        Binding([.character("q")], .back, Localized(sv: "Tillbaka till kartan", en: "Back to the map"),
                short: Localized(sv: "tillbaka", en: "back")),
    ]

    static func update(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .show(let view): show(view, &state)
        case .close, .back: show(.map, &state)
        case .recordInsight: state.form = InsightForm.make(state)
        case .toggleTimer:
            state.timer.toggle(at: state.now())
        case .nextAgendaItem:
            let agenda = state.workshop.effectiveAgenda
            if !state.timer.isStarted { state.timer.toggle(at: state.now()) } else { state.timer.next(count: agenda.count, at: state.now()) }
            if agenda.indices.contains(state.timer.item), let view = agenda[state.timer.item].view, view.screen.unavailable(state) == nil {
                show(view, &state)
            }
        case .help:
            state.overlay = .help
            state.overlayText = TextViewState()
        case .undo: return Edit.undo(&state)
        case .redo: return Edit.redo(&state)
        case .exportReports: return [.exportReports]
        case .takeOverLock:
            guard let reason = state.readOnly, !reason.isStale, reason.otherHost else { return [.takeOverLock] }
            state.askingTakeOver = true
            state.message = FileText.of(state.language).takeOverQuestion(reason)
        case .reloadFromDisk: return [.reloadFromDisk]
        case .saveCopy: return [.saveCopy]
        case .overwrite: return [.overwrite]
        default: break
        }
        return []
    }

    static func show(_ view: ScreenID, _ state: inout AppState) {
        state.view = view
        view.screen.enter(&state)
    }
}

extension Key {
    /// The numbered screens' keys come first among the shared ones.
    var isDigit: Bool {
        if case .character(let character) = self { return character.isNumber }
        return false
    }
}
