import RollkartaModel

/// Every text the interactive front end shows, in Swedish and English, looked up by key.
public enum UIText: Sendable {
    case appName
    case saved, unsaved
    case viewMap, viewSummary
    case primaryRoles, secondaryRoles
    case role, step, actors, noActors, gaps, handovers, description, examples, notes
    case handoverTo, handoverFrom, otherJourney
    case tooSmall(width: Int, height: Int)
    case onlyOneJourney
    case searchPrompt
    case searchHits(current: Int, total: Int)
    case searchNoHits(String)
    case helpTitle, detailTitle
    case legend
    case detailHint
    case roleNeeds, roleObstacles, roleEnters, roleTakesOver
    case exampleCopy(String)
    case exported(folder: String, files: [String])
    case fieldStatus, fieldNewActorName, fieldNewActorAbbreviation, fieldNewActorKind, fieldNewActorPrincipal
    case fieldDescription, fieldGapKind, fieldCause, fieldPriority, fieldEffectGoals, fieldBetweenActors
    case fieldAction, fieldResponsible, fieldTimeline, fieldGoal, fieldMeasure, fieldPlanStatus
    case newGap, confirmDiscard
    case nothingToUndo, nothingToRedo, undone(remaining: Int), redone
    case noOneHoldsRole, statusChanged(String), assignmentSaved, gapSaved(String)
    case saveFailed(String)
    case viewRoles, viewGaps, viewHandovers
    case fieldFromActor, fieldToStep, fieldToRole, fieldToActor, fieldWhat, fieldFlags, fieldNote
    case newHandover, handoverSaved, notesSaved
    case whoHoldsIt, all, filterGaps, journeyLabel, noGaps, noHandovers, gapCount(shown: Int, total: Int)
    case sortedBy(String), filterActive, deleted(String)
    case readOnlyBanner(ReadOnlyReason), readOnlyRefused, cannotTakeOver, lockTakenOver
    case conflictBanner, reloaded, savedCopy(String), overwritten
    case personalNumberWarning(String), unsavedQuit
    case personalNumberKept(String), formNotKept(String), lockLost
    case exportFailed(String)
    case viewVerification, verificationSummary(answered: Int, participants: Int, stale: Int)
    case votesShown, votesHidden, onlyToDiscuss, nothingToDiscuss, verificationSubject, answeredColumn
    case staleColumn, discussShort, hidden, staleCount(Int), haveAnswered, notYetAnswered, revealHint, showOfHands, staleWord
    case viaFacilitator, tallyTitle, countRequired(String), tallySaved, revealFirst
    case viewConflicts, noConflicts, conflictSettled(String), allConflictsSettled, conflictsBanner(Int)
    case noOutsideChange, gapsColumn(GapsViewState.Column), journeyShort(JourneyID), closesWith([String])
    case screenName(AppState.View), everyScreen
    case conflictHolds(MergeConflict.Side), conflictOther(MergeConflict.Side), conflictDeleted, conflictWhole, conflictHint

    public func text(_ language: Language) -> String {
        let sv = language == .sv
        // Keys are named from their bindings, so a message never names a key that does something else.
        func key(_ action: Action, _ context: KeyContext = .global) -> String { Keymap.keyName(action, in: context) }
        let hitKeys = key(.nextMatch, .map) + "/" + key(.previousMatch, .map)
        switch self {
        case .appName: return "Rollkarta"
        case .saved: return sv ? "sparad" : "saved"
        case .unsaved: return sv ? "ej sparad" : "unsaved"
        case .viewMap: return sv ? "Karta" : "Map"
        case .viewSummary: return sv ? "Sammanfattning" : "Summary"
        case .primaryRoles: return sv ? "Primära roller" : "Primary roles"
        case .secondaryRoles: return sv ? "Sekundära roller" : "Secondary roles"
        case .role: return sv ? "Roll" : "Role"
        case .step: return sv ? "Steg" : "Step"
        case .actors: return sv ? "Aktörer" : "Actors"
        case .noActors: return sv ? "ingen har rollen här" : "no one holds the role here"
        case .gaps: return sv ? "Glapp" : "Gaps"
        case .handovers: return sv ? "Överlämningar" : "Handovers"
        case .description: return sv ? "Beskrivning" : "Description"
        case .examples: return sv ? "Exempel" : "Examples"
        case .notes: return sv ? "Anteckningar" : "Notes"
        case .handoverTo: return sv ? "till" : "to"
        case .handoverFrom: return sv ? "från" : "from"
        case .otherJourney: return sv ? "annan resa" : "other journey"
        case .tooSmall(let width, let height):
            return sv ? "Terminalen är för liten (behöver 80×24, är \(width)×\(height))"
                      : "Terminal too small (need 80×24, is \(width)×\(height))"
        case .onlyOneJourney: return sv ? "Workshopen har bara en resa" : "The workshop has only one journey"
        case .searchPrompt: return sv ? "Sök: " : "Search: "
        case .searchHits(let current, let total):
            return sv ? "träff \(current) av \(total) (\(hitKeys))" : "match \(current) of \(total) (\(hitKeys))"
        case .searchNoHits(let query): return sv ? "Ingen träff för \"\(query)\"" : "No match for \"\(query)\""
        case .helpTitle: return sv ? "Tangenter" : "Keys"
        case .detailTitle: return sv ? "Detaljer" : "Details"
        case .legend:
            return sv ? "Tecken: ✓ håller  ~ delvis  ? oklart  · ingen  ! glapp  > lämnar över  < tar emot  = båda"
                      : "Marks: ✓ holds  ~ partly  ? unclear  · no one  ! gap  > hands over  < receives  = both"
        case .detailHint: return "\(key(.openDetail, .map)): " + (sv ? "allt om cellen" : "everything about the cell")
        case .roleNeeds: return sv ? "Behöver för att bidra till effektmålen" : "Needs to contribute to the effect goals"
        case .roleObstacles: return sv ? "Största hinder" : "Biggest obstacles"
        case .roleEnters: return sv ? "Kommer in i resan" : "Enters the journey"
        case .roleTakesOver: return sv ? "Vem tar vid" : "Who takes over"
        case .exported(let folder, let files):
            return (sv ? "Rapporter skrivna i \(folder): " : "Reports written in \(folder): ") + files.joined(separator: ", ")
        case .fieldStatus: return "Status"
        case .fieldNewActorName: return sv ? "Ny aktör: namn" : "New actor: name"
        case .fieldNewActorAbbreviation: return sv ? "Ny aktör: förkortning" : "New actor: abbreviation"
        case .fieldNewActorKind: return sv ? "Ny aktör: typ" : "New actor: kind"
        case .fieldNewActorPrincipal: return sv ? "Ny aktör: huvudman" : "New actor: principal"
        case .fieldDescription: return sv ? "Beskrivning" : "Description"
        case .fieldGapKind: return sv ? "Typ av glapp" : "Kind of gap"
        case .fieldCause: return sv ? "Orsak (förutsättning som saknas)" : "Cause (missing condition)"
        case .fieldPriority: return sv ? "Prioritet" : "Priority"
        case .fieldEffectGoals: return sv ? "Hotade effektmål" : "Effect goals threatened"
        case .fieldBetweenActors: return sv ? "Mellan aktörer" : "Between actors"
        case .fieldAction: return sv ? "Åtgärd/aktivitet" : "Action/activity"
        case .fieldResponsible: return sv ? "Ansvarig" : "Responsible"
        case .fieldTimeline: return sv ? "Tidplan" : "Timeline"
        case .fieldGoal: return sv ? "Mål" : "Goal"
        case .fieldMeasure: return sv ? "Mått" : "Measure"
        case .fieldPlanStatus: return sv ? "Status för åtgärden" : "Status of the action"
        case .newGap: return sv ? "Nytt glapp" : "New gap"
        case .confirmDiscard: return sv ? "Kasta det du skrivit? j = ja, n = nej" : "Discard what you typed? y = yes, n = no"
        case .nothingToUndo: return sv ? "Inget att ångra" : "Nothing to undo"
        case .nothingToRedo: return sv ? "Inget att göra om" : "Nothing to redo"
        case .undone(let remaining): return sv ? "Ångrat (\(remaining) steg kvar)" : "Undone (\(remaining) steps left)"
        case .redone: return sv ? "Gjort om" : "Redone"
        case .noOneHoldsRole: return sv ? "Ingen har rollen här – tryck \(key(.assignActors, .map)) för att välja aktörer"
                          : "No one holds the role here – press \(key(.assignActors, .map)) to pick actors"
        case .statusChanged(let status): return sv ? "Status: \(status)" : "Status: \(status)"
        case .assignmentSaved: return sv ? "Aktörerna sparade" : "Actors saved"
        case .gapSaved(let id): return sv ? "Glappet \(id) sparat" : "Gap \(id) saved"
        case .saveFailed(let reason): return reason
        case .viewRoles: return sv ? "Roller" : "Roles"
        case .viewGaps: return sv ? "Glapp" : "Gaps"
        case .viewHandovers: return sv ? "Överlämningar" : "Handovers"
        case .fieldFromActor: return sv ? "Från aktör" : "From actor"
        case .fieldToStep: return sv ? "Till resa och steg" : "To journey and step"
        case .fieldToRole: return sv ? "Till roll" : "To role"
        case .fieldToActor: return sv ? "Till aktör" : "To actor"
        case .fieldWhat: return sv ? "Vad lämnas över" : "What is handed over"
        case .fieldFlags: return sv ? "Signaler" : "Flags"
        case .fieldNote: return sv ? "Anteckning" : "Note"
        case .newHandover: return sv ? "Ny överlämning" : "New handover"
        case .handoverSaved: return sv ? "Överlämningen sparad" : "Handover saved"
        case .notesSaved: return sv ? "Anteckningarna sparade" : "Notes saved"
        case .whoHoldsIt: return sv ? "Vem har rollen, steg för steg:" : "Who holds it, step by step:"
        case .all: return sv ? "alla" : "all"
        case .filterGaps: return sv ? "Visa glapp" : "Show gaps"
        case .journeyLabel: return sv ? "Resa" : "Journey"
        case .noGaps: return sv ? "Inga glapp (tryck \(key(.markGap, .map)) på kartan för att markera ett)"
                          : "No gaps (press \(key(.markGap, .map)) on the map to mark one)"
        case .noHandovers: return sv ? "Inga överlämningar (tryck \(key(.newHandover, .map)) på kartan)"
                          : "No handovers (press \(key(.newHandover, .map)) on the map)"
        case .gapCount(let shown, let total): return sv ? "\(shown) av \(total) glapp" : "\(shown) of \(total) gaps"
        case .sortedBy(let column): return sv ? "sorterat på \(column)" : "sorted by \(column)"
        case .deleted(let id): return sv ? "\(id) borttaget – \(key(.undo)) ångrar" : "\(id) deleted – \(key(.undo)) undoes"
        case .readOnlyBanner(let reason):
            let who = "pid \(reason.pid) på \(reason.host) sedan \(reason.since)"
            let whoEn = "pid \(reason.pid) on \(reason.host) since \(reason.since)"
            if reason.isStale {
                return sv ? "SKRIVSKYDDAD: gammalt lås – \(key(.takeOverLock)) tar över (\(who); processen finns inte)"
                          : "READ-ONLY: stale lock – \(key(.takeOverLock)) takes over (\(whoEn); the process is gone)"
            }
            return sv ? "SKRIVSKYDDAD: öppen i en annan Rollkarta (\(who))" : "READ-ONLY: open in another Rollkarta (\(whoEn))"
        case .readOnlyRefused: return sv ? "Skrivskyddad: inget ändras" : "Read-only: nothing is changed"
        case .cannotTakeOver: return sv ? "Låset är inte gammalt; det kan inte tas över" : "The lock is not stale; it cannot be taken over"
        case .lockTakenOver: return sv ? "Låset övertaget: du kan redigera" : "Lock taken over: you can edit"
        case .conflictBanner:
            return sv ? "FILEN ÄNDRAD UTANFÖR ROLLKARTA – \(key(.reloadFromDisk)) läs in · \(key(.saveCopy)) spara som kopia · \(key(.overwrite)) skriv över"
                      : "FILE CHANGED OUTSIDE ROLLKARTA – \(key(.reloadFromDisk)) read it in · \(key(.saveCopy)) save as copy · \(key(.overwrite)) overwrite"
        case .reloaded: return sv ? "Inläst från disk; \(key(.undo)) tar tillbaka din version" : "Read in from disk; \(key(.undo)) brings back your version"
        case .savedCopy(let path): return sv ? "Din version sparad som \(path)" : "Your version saved as \(path)"
        case .overwritten: return sv ? "Filen överskriven med din version" : "File overwritten with your version"
        case .personalNumberWarning(let text):
            return sv ? "\"\(text)\" ser ut som ett personnummer. Ingen patientdata här – ta bort det, eller \(key(.saveForm, .form)) igen för att spara ändå."
                      : "\"\(text)\" looks like a personal identity number. No patient data here – remove it, or \(key(.saveForm, .form)) again to save anyway."
        case .personalNumberKept(let text):
            return sv ? "Formuläret sparades när fönstret stängdes; \"\(text)\" ser ut som ett personnummer – ta bort det om det är patientdata."
                      : "The form was saved as the window closed; \"\(text)\" looks like a personal identity number – remove it if it is patient data."
        case .formNotKept(let problem):
            return sv ? "Formuläret kunde inte sparas när fönstret stängdes: \(problem)"
                      : "The form could not be saved as the window closed: \(problem)"
        case .lockLost:
            return sv ? "En annan Rollkarta tog över låset – \(key(.saveCopy)) sparar dina ändringar som en kopia"
                      : "Another Rollkarta took over the lock – \(key(.saveCopy)) saves your changes as a copy"
        case .unsavedQuit:
            return sv ? "Ändringar är inte sparade (se felet ovan) – \(key(.back, .map)) igen avslutar ändå, annat tangent stannar"
                      : "Changes are not saved (see the error above) – \(key(.back, .map)) again quits anyway, any other key stays"
        case .filterActive: return (sv ? "filter på" : "filtered") + " (\(key(.filterGaps, .gaps)))"
        case .exportFailed(let reason):
            return (sv ? "Kunde inte exportera: " : "Could not export: ") + reason
        case .viewVerification: return sv ? "Verifiering" : "Verification"
        case .verificationSummary(let answered, let participants, let stale):
            return (sv ? "Svar från \(answered) av \(participants) deltagare" : "Answers from \(answered) of \(participants) participants")
                + (stale > 0 ? (sv ? " · \(stale) inaktuella (räknas inte)" : " · \(stale) stale (not counted)") : "")
        case .votesShown: return sv ? "rösterna visas (\(key(.revealVotes, .verification)) döljer)" : "votes shown (\(key(.revealVotes, .verification)) hides)"
        case .votesHidden: return sv ? "rösterna är dolda (\(key(.revealVotes, .verification)) visar)" : "votes hidden (\(key(.revealVotes, .verification)) shows)"
        case .onlyToDiscuss: return sv ? "bara att diskutera, mest oenighet först (\(key(.toggleToDiscuss, .verification)): alla)"
                          : "only what to discuss, most disagreement first (\(key(.toggleToDiscuss, .verification)): all)"
        case .nothingToDiscuss: return sv ? "Inget att diskutera: ingen har sagt nej eller velat lyfta något." : "Nothing to discuss: no one said no or asked to discuss."
        case .verificationSubject: return sv ? "Roll, glapp, överlämning" : "Role, gap, handover"
        case .answeredColumn: return sv ? "Svarat" : "Answered"
        case .staleColumn: return sv ? "Inaktuella" : "Stale"
        case .hidden: return sv ? "dolt" : "hidden"
        case .discussShort: return sv ? "Lyfta" : "Discuss"
        case .staleCount(let count): return sv ? "~ \(count) inaktuella" : "~ \(count) stale"
        case .haveAnswered: return sv ? "Har svarat" : "Answered"
        case .notYetAnswered: return sv ? "inte än" : "not yet"
        case .revealHint: return sv ? "Röster och kommentarer visas med \(key(.revealVotes, .verification))."
                          : "\(key(.revealVotes, .verification)) shows the votes and comments."
        case .showOfHands: return sv ? "Handuppräckning" : "Show of hands"
        case .staleWord: return sv ? "inaktuellt: rollen har ändrats sedan svaret, räknas inte" : "stale: changed since answered, not counted"
        case .viaFacilitator: return sv ? "ifyllt av facilitatorn" : "recorded by the facilitator"
        case .tallyTitle: return sv ? "Handuppräckning" : "Show of hands"
        case .countRequired(let text): return sv ? "\"\(text)\" är inget antal: skriv ett heltal, 0 eller mer" : "\"\(text)\" is not a count: write a whole number, 0 or more"
        case .tallySaved: return sv ? "Handuppräckningen sparad" : "Show of hands saved"
        case .revealFirst: return sv ? "Visa rösterna först (\(key(.revealVotes, .verification))): listan avslöjar var oenigheten finns"
                          : "Show the votes first (\(key(.revealVotes, .verification))): the list reveals where the disagreement is"
        case .viewConflicts: return sv ? "Konflikter" : "Conflicts"
        case .noConflicts: return sv ? "Inga konflikter från sammanslagning" : "No conflicts from a merge"
        case .conflictSettled(let id): return sv ? "\(id) löst" : "\(id) settled"
        case .allConflictsSettled: return sv ? "Alla konflikter lösta" : "All conflicts settled"
        case .conflictsBanner(let count):
            return sv ? "⚠ \(count) \(count == 1 ? "konflikt" : "konflikter") från en sammanslagning i git – \(key(.showConflicts)) visar och löser"
                      : "⚠ \(count) \(count == 1 ? "conflict" : "conflicts") from a git merge – \(key(.showConflicts)) shows and settles"
        case .conflictHolds(let side):
            return sv ? "Filen har nu (\(side == .ours ? "vår sida" : "deras sida"))" : "The file holds (\(side == .ours ? "our side" : "their side"))"
        case .conflictOther(let side):
            return sv ? "Andra sidan (\(side == .ours ? "vår" : "deras"))" : "The other side (\(side == .ours ? "ours" : "theirs"))"
        case .conflictDeleted: return sv ? "borttagen" : "deleted"
        case .conflictWhole: return sv ? "hela posten (borttagen på ena sidan, ändrad eller använd på den andra)" : "the whole entry (deleted on one side, changed or used on the other)"
        case .conflictHint:
            let (keep, take, undo) = (key(.keepConflictValue, .conflicts), key(.takeOtherConflictValue, .conflicts), key(.undo))
            return sv ? "\(keep) behåller det som står i filen · \(take) tar den andra sidans · \(undo) ångrar"
                      : "\(keep) keeps what the file holds · \(take) takes the other side's · \(undo) undoes"
        case .noOutsideChange: return sv ? "Filen har inte ändrats utanför Rollkarta" : "The file has not changed outside Rollkarta"
        case .gapsColumn(let column): return column.title(language)
        case .journeyShort(let journey): return journey == .child ? (sv ? "Barn" : "Child") : (sv ? "Vuxna" : "Adult")
        case .closesWith(let keys):
            let list = keys.count > 1 ? keys.dropLast().joined(separator: ", ") + (sv ? " eller " : " or ") + keys.last! : keys.joined()
            return list + (sv ? " stänger" : " closes")
        case .screenName(let view): return view.title(language)
        case .everyScreen: return sv ? "I alla vyer" : "In every view"
        case .exampleCopy(let path):
            return sv ? "Exempelworkshop: \(path)" : "Example workshop: \(path)"
        }
    }
}
