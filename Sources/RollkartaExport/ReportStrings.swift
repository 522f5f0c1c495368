import RollkartaModel

/// Headings and column names of the reports, in Swedish and English.
struct ReportText: TextTable {
    let workshop: String
    let date: String
    let kind: String
    let organisations: String
    let actors: String
    let principal: String
    let map: String
    let role: String
    let step: String
    let gaps: String
    let actionPlan: String
    let handovers: String
    let from: String
    let to: String
    let what: String
    let status: String
    let flags: String
    let note: String
    let roleNotes: String
    let verification: String
    let yes: String
    let no: String
    let discuss: String
    let comments: String
    let gap: String
    let action: String
    let responsible: String
    let timeline: String
    let goal: String
    let measure: String
    let journey: String
    let description: String
    let priority: String
    let gapKind: String
    let cause: String
    let level: String
    let activity: String
    let knoster: String
    let noActivities: String
    let attendance: String
    let insights: String
    let nextSteps: String
    let effectGoalsLegend: String
    let effectGoals: String
    let legend: String
    let none: String
    let crossJourney: String
    let needs: String
    let obstacles: String
    let entersWhere: String
    let whoTakesOver: String
    let rolesAfterValidation: String
    let noRoleChanges: String
    let countingRule: @Sendable (Int) -> String
    let subjectKind: @Sendable (VerificationSubject.Kind) -> String
    let otherAnswers: String
    let otherCountingRule: String
}

extension ReportText {
    /// Svenska.
    static let sv = ReportText(
        workshop: "Workshop",
        date: "Datum",
        kind: "Typ",
        organisations: "Medverkande organisationer",
        actors: "Aktörer",
        principal: "Huvudman",
        map: "Karta",
        role: "Roll",
        step: "Steg",
        gaps: "Glapp och handlingsplan",
        actionPlan: "Handlingsplan",
        handovers: "Överlämningar",
        from: "Från",
        to: "Till",
        what: "Vad lämnas över",
        status: "Status",
        flags: "Signaler",
        note: "Anteckning",
        roleNotes: "Om rollerna",
        verification: "Verifiering",
        yes: "Ja",
        no: "Nej",
        discuss: "Vill lyfta vidare",
        comments: "Kommentarer",
        gap: "Glapp",
        action: "Åtgärd/aktivitet",
        responsible: "Ansvarig",
        timeline: "Tidplan",
        goal: "Målsättning",
        measure: "Mått",
        journey: "Resa",
        description: "Beskrivning",
        priority: "Prioritet",
        gapKind: "Typ av glapp",
        cause: "Orsak",
        level: "Nivå",
        activity: "Aktivitet",
        knoster: "Förutsättningar (Lippitt-Knoster) som saknas",
        noActivities: "Inga aktiviteter än",
        attendance: "Närvaro",
        insights: "Vad deltagarna sa",
        nextSteps: "Nästa steg / återkoppling",
        effectGoalsLegend: "Effektmål – vad vill vi uppnå",
        effectGoals: "Hotade effektmål",
        legend: "Teckenförklaring: ✓ har rollen, ~ delvis, ? oklart, · ingen, ! glapp, > lämnar över, < tar emot, = båda",
        none: "Inga",
        crossJourney: "mellan resorna",
        needs: "Behöver för att bidra till effektmålen",
        obstacles: "Största hinder/utmaningar",
        entersWhere: "Kommer in i resan",
        whoTakesOver: "Vem tar vid",
        rolesAfterValidation: "Roller efter validering",
        noRoleChanges: "Inga ändringar mot rollkatalogen \(Catalog.bundled.catalogVersion).",
        countingRule: { stale in
            let rule = "Räknat: deltagarnas svar på rollen som den lyder nu, och handuppräckningar i rummet."
            guard stale > 0 else { return rule }
            return rule + " \(stale) svar gavs före en senare ändring och räknas inte."
        },
        subjectKind: { kind in
            // The reports name an organisation's page "Förväntningar på BUP".
            return kind == .expectations ? kind.label(.sv) + " på" : kind.label(.sv)
        },
        otherAnswers: "Glapp, överlämningar och förväntningar",
        otherCountingRule: "Räknat: deltagarnas svar på texten som den lyder nu."
    )
}

extension ReportText {
    /// English.
    static let en = ReportText(
        workshop: "Workshop",
        date: "Date",
        kind: "Kind",
        organisations: "Organisations taking part",
        actors: "Actors",
        principal: "Principal",
        map: "Map",
        role: "Role",
        step: "Step",
        gaps: "Gaps and action plan",
        actionPlan: "Action plan",
        handovers: "Handovers",
        from: "From",
        to: "To",
        what: "What is handed over",
        status: "Status",
        flags: "Flags",
        note: "Note",
        roleNotes: "About the roles",
        verification: "Verification",
        yes: "Yes",
        no: "No",
        discuss: "Let's discuss",
        comments: "Comments",
        gap: "Gap",
        action: "Action/activity",
        responsible: "Responsible",
        timeline: "Timeline",
        goal: "Objective",
        measure: "Measure",
        journey: "Journey",
        description: "Description",
        priority: "Priority",
        gapKind: "Kind of gap",
        cause: "Cause",
        level: "Level",
        activity: "Activity",
        knoster: "Conditions (Lippitt-Knoster) missing",
        noActivities: "No activities yet",
        attendance: "Attendance",
        insights: "What participants said",
        nextSteps: "Next steps / feedback",
        effectGoalsLegend: "Effect goals – what we want to achieve",
        effectGoals: "Effect goals threatened",
        legend: "Marks: ✓ holds, ~ partly, ? unclear, · no one, ! gap, > hands over, < receives, = both",
        none: "None",
        crossJourney: "between journeys",
        needs: "Needs to contribute to the effect goals",
        obstacles: "Biggest obstacles",
        entersWhere: "Enters the journey",
        whoTakesOver: "Who takes over",
        rolesAfterValidation: "Roles after validation",
        noRoleChanges: "No changes against the role catalog \(Catalog.bundled.catalogVersion).",
        countingRule: { stale in
            let rule = "Counted: the participants' answers to the role as it reads now, and shows of hands in the room."
            guard stale > 0 else { return rule }
            return rule + " \(stale) answers were given before a later change and are not counted."
        },
        subjectKind: { kind in
            // The reports name an organisation's page "Förväntningar på BUP".
            return kind == .expectations ? kind.label(.en) + " of" : kind.label(.en)
        },
        otherAnswers: "Gaps, handovers and expectations",
        otherCountingRule: "Counted: the participants' answers to the text as it reads now."
    )
}
