import RollkartaModel

/// The forms' titles, field labels and what they say when saved or refused.
struct FormText: TextTable {
    let fieldStatus: String
    let fieldNewActorName: String
    let fieldNewActorAbbreviation: String
    let fieldNewActorKind: String
    let fieldNewActorPrincipal: String
    let fieldDescription: String
    let fieldGapKind: String
    let fieldCause: String
    let fieldPriority: String
    let fieldEffectGoals: String
    let fieldBetweenActors: String
    let fieldAction: String
    let fieldResponsible: String
    let fieldTimeline: String
    let fieldGoal: String
    let fieldMeasure: String
    let fieldPlanStatus: String
    let newGap: String
    let confirmDiscard: String
    let assignmentSaved: String
    let gapSaved: @Sendable (String) -> String
    let choiceHint: String
    let fieldFromActor: String
    let fieldToStep: String
    let fieldToRole: String
    let fieldToActor: String
    let fieldWhat: String
    let fieldFlags: String
    let fieldNote: String
    let newHandover: String
    let handoverSaved: String
    let notesSaved: String
    let filterGaps: String
    let personalNumberWarning: @Sendable (String) -> String
    let personalNumberKept: @Sendable (String) -> String
    let formNotKept: @Sendable (String) -> String
    let tallyTitle: String
    let countRequired: @Sendable (String) -> String
    let tallySaved: String
    let fieldLevel: String
    let fieldConditions: String
    let activityNumber: @Sendable (Int, String?) -> String
}

extension FormText {
    /// Svenska.
    static let sv = FormText(
        fieldStatus: "Status",
        fieldNewActorName: "Ny aktör: namn",
        fieldNewActorAbbreviation: "Ny aktör: förkortning",
        fieldNewActorKind: "Ny aktör: typ",
        fieldNewActorPrincipal: "Ny aktör: huvudman",
        fieldDescription: "Beskrivning",
        fieldGapKind: "Typ av glapp",
        fieldCause: "Orsaker (förutsättningar som saknas)",
        fieldPriority: "Prioritet",
        fieldEffectGoals: "Hotade effektmål",
        fieldBetweenActors: "Mellan aktörer",
        fieldAction: "Åtgärd/aktivitet",
        fieldResponsible: "Ansvarig",
        fieldTimeline: "Tidplan",
        fieldGoal: "Målsättning",
        fieldMeasure: "Mått",
        fieldPlanStatus: "Status för åtgärden",
        newGap: "Nytt glapp",
        confirmDiscard: "Kasta det du skrivit? j = ja, n = nej",
        assignmentSaved: "Aktörerna sparade",
        gapSaved: { text in "Glappet \u{201D}\(text)\u{201D} sparat" },
        choiceHint: "Här väljer ← → (eller mellanslag); en bokstav går till det som börjar så",
        fieldFromActor: "Från aktör",
        fieldToStep: "Till resa och steg",
        fieldToRole: "Till roll",
        fieldToActor: "Till aktör",
        fieldWhat: "Vad lämnas över",
        fieldFlags: "Signaler",
        fieldNote: "Anteckning",
        newHandover: "Ny överlämning",
        handoverSaved: "Överlämningen sparad",
        notesSaved: "Anteckningarna sparade",
        filterGaps: "Visa glapp",
        personalNumberWarning: { text in "\"\(text)\" ser ut som ett personnummer. Ingen patientdata här – ta bort det, eller \(Keymap.keyName(.saveForm, in: .form)) igen för att spara ändå." },
        personalNumberKept: { text in "Formuläret sparades när fönstret stängdes; \"\(text)\" ser ut som ett personnummer – ta bort det om det är patientdata." },
        formNotKept: { problem in "Formuläret kunde inte sparas när fönstret stängdes: \(problem)" },
        tallyTitle: "Handuppräckning",
        countRequired: { text in "\"\(text)\" är inget antal: skriv ett heltal, 0 eller mer" },
        tallySaved: "Handuppräckningen sparad",
        fieldLevel: "Nivå (generell / enhetsnivå)",
        fieldConditions: "På plats (Lippitt-Knoster)",
        activityNumber: { number, id in "Aktivitet \(number)" + (id.map { " (\($0))" } ?? " (ny)") }
    )
}

extension FormText {
    /// English.
    static let en = FormText(
        fieldStatus: "Status",
        fieldNewActorName: "New actor: name",
        fieldNewActorAbbreviation: "New actor: abbreviation",
        fieldNewActorKind: "New actor: kind",
        fieldNewActorPrincipal: "New actor: principal",
        fieldDescription: "Description",
        fieldGapKind: "Kind of gap",
        fieldCause: "Causes (missing conditions)",
        fieldPriority: "Priority",
        fieldEffectGoals: "Effect goals threatened",
        fieldBetweenActors: "Between actors",
        fieldAction: "Action/activity",
        fieldResponsible: "Responsible",
        fieldTimeline: "Timeline",
        fieldGoal: "Objective",
        fieldMeasure: "Measure",
        fieldPlanStatus: "Status of the action",
        newGap: "New gap",
        confirmDiscard: "Discard what you typed? y = yes, n = no",
        assignmentSaved: "Actors saved",
        gapSaved: { text in "Gap \u{201C}\(text)\u{201D} saved" },
        choiceHint: "Here ← → (or space) choose; a letter goes to what starts with it",
        fieldFromActor: "From actor",
        fieldToStep: "To journey and step",
        fieldToRole: "To role",
        fieldToActor: "To actor",
        fieldWhat: "What is handed over",
        fieldFlags: "Flags",
        fieldNote: "Note",
        newHandover: "New handover",
        handoverSaved: "Handover saved",
        notesSaved: "Notes saved",
        filterGaps: "Show gaps",
        personalNumberWarning: { text in "\"\(text)\" looks like a personal identity number. No patient data here – remove it, or \(Keymap.keyName(.saveForm, in: .form)) again to save anyway." },
        personalNumberKept: { text in "The form was saved as the window closed; \"\(text)\" looks like a personal identity number – remove it if it is patient data." },
        formNotKept: { problem in "The form could not be saved as the window closed: \(problem)" },
        tallyTitle: "Show of hands",
        countRequired: { text in "\"\(text)\" is not a count: write a whole number, 0 or more" },
        tallySaved: "Show of hands saved",
        fieldLevel: "Level (general / unit)",
        fieldConditions: "In place (Lippitt-Knoster)",
        activityNumber: { number, id in "Activity \(number)" + (id.map { " (\($0))" } ?? " (new)") }
    )
}
