import RollkartaModel

/// The forms' titles, field labels and what they say when saved or refused.
enum FormText: Sendable {
    case fieldStatus, fieldNewActorName, fieldNewActorAbbreviation, fieldNewActorKind, fieldNewActorPrincipal
    case fieldDescription, fieldGapKind, fieldCause, fieldPriority, fieldEffectGoals, fieldBetweenActors
    case fieldAction, fieldResponsible, fieldTimeline, fieldGoal, fieldMeasure, fieldPlanStatus, newGap
    case confirmDiscard, assignmentSaved, gapSaved(String), fieldFromActor, fieldToStep, fieldToRole, fieldToActor
    case fieldWhat, fieldFlags, fieldNote, newHandover, handoverSaved, notesSaved, filterGaps
    case personalNumberWarning(String), personalNumberKept(String), formNotKept(String), tallyTitle
    case countRequired(String), tallySaved, fieldLevel, fieldConditions, activityNumber(Int, String?)

    func text(_ language: Language) -> String {
        let sv = language == .sv
        // Keys are named from their bindings, so a message never names a key that does something else.
        func key(_ action: Action, _ screen: ScreenID? = nil) -> String { Keymap.keyName(action, in: screen.map(KeyContext.screen) ?? .global) }
        switch self {
        case .fieldStatus: return "Status"
        case .fieldNewActorName: return sv ? "Ny aktör: namn" : "New actor: name"
        case .fieldNewActorAbbreviation: return sv ? "Ny aktör: förkortning" : "New actor: abbreviation"
        case .fieldNewActorKind: return sv ? "Ny aktör: typ" : "New actor: kind"
        case .fieldNewActorPrincipal: return sv ? "Ny aktör: huvudman" : "New actor: principal"
        case .fieldDescription: return sv ? "Beskrivning" : "Description"
        case .fieldGapKind: return sv ? "Typ av glapp" : "Kind of gap"
        case .fieldCause: return sv ? "Orsaker (förutsättningar som saknas)" : "Causes (missing conditions)"
        case .fieldPriority: return sv ? "Prioritet" : "Priority"
        case .fieldEffectGoals: return sv ? "Hotade effektmål" : "Effect goals threatened"
        case .fieldBetweenActors: return sv ? "Mellan aktörer" : "Between actors"
        case .fieldAction: return sv ? "Åtgärd/aktivitet" : "Action/activity"
        case .fieldResponsible: return sv ? "Ansvarig" : "Responsible"
        case .fieldTimeline: return sv ? "Tidplan" : "Timeline"
        case .fieldGoal: return sv ? "Målsättning" : "Objective"
        case .fieldLevel: return sv ? "Nivå (generell / enhetsnivå)" : "Level (general / unit)"
        case .fieldConditions: return sv ? "På plats (Lippitt-Knoster)" : "In place (Lippitt-Knoster)"
        case .activityNumber(let number, let id):
            return (sv ? "Aktivitet \(number)" : "Activity \(number)") + (id.map { " (\($0))" } ?? (sv ? " (ny)" : " (new)"))
        case .fieldMeasure: return sv ? "Mått" : "Measure"
        case .fieldPlanStatus: return sv ? "Status för åtgärden" : "Status of the action"
        case .newGap: return sv ? "Nytt glapp" : "New gap"
        case .confirmDiscard: return sv ? "Kasta det du skrivit? j = ja, n = nej" : "Discard what you typed? y = yes, n = no"
        case .assignmentSaved: return sv ? "Aktörerna sparade" : "Actors saved"
        case .gapSaved(let id): return sv ? "Glappet \(id) sparat" : "Gap \(id) saved"
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
        case .filterGaps: return sv ? "Visa glapp" : "Show gaps"
        case .personalNumberWarning(let text):
            return sv ? "\"\(text)\" ser ut som ett personnummer. Ingen patientdata här – ta bort det, eller \(Keymap.keyName(.saveForm, in: .form)) igen för att spara ändå."
                      : "\"\(text)\" looks like a personal identity number. No patient data here – remove it, or \(Keymap.keyName(.saveForm, in: .form)) again to save anyway."
        case .personalNumberKept(let text):
            return sv ? "Formuläret sparades när fönstret stängdes; \"\(text)\" ser ut som ett personnummer – ta bort det om det är patientdata."
                      : "The form was saved as the window closed; \"\(text)\" looks like a personal identity number – remove it if it is patient data."
        case .formNotKept(let problem):
            return sv ? "Formuläret kunde inte sparas när fönstret stängdes: \(problem)"
                      : "The form could not be saved as the window closed: \(problem)"
        case .tallyTitle: return sv ? "Handuppräckning" : "Show of hands"
        case .countRequired(let text): return sv ? "\"\(text)\" är inget antal: skriv ett heltal, 0 eller mer" : "\"\(text)\" is not a count: write a whole number, 0 or more"
        case .tallySaved: return sv ? "Handuppräckningen sparad" : "Show of hands saved"
        }
    }
}
