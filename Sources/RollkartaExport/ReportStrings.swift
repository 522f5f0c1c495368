import RollkartaModel

/// Headings and column names of the reports, in Swedish and English.
enum ReportText {
    case workshop, date, kind, organisations, actors, principal, map, role, step, gaps, actionPlan
    case handovers, from, to, what, status, flags, note, roleNotes, verification, yes, no, discuss, comments
    case gap, action, responsible, timeline, goal, measure, journey, description, priority, gapKind, cause, level, activity, knoster, noActivities, attendance, insights, nextSteps, effectGoalsLegend
    case effectGoals, legend, none, crossJourney
    case needs, obstacles, entersWhere, whoTakesOver
    case rolesAfterValidation, noRoleChanges
    case countingRule(stale: Int)
    case subjectKind(VerificationSubject.Kind)
    case otherAnswers, otherCountingRule

    func text(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .workshop: return "Workshop"
        case .rolesAfterValidation: return sv ? "Roller efter validering" : "Roles after validation"
        case .noRoleChanges:
            return sv ? "Inga ändringar mot rollkatalogen \(Catalog.bundled.catalogVersion)."
                      : "No changes against the role catalog \(Catalog.bundled.catalogVersion)."
        case .date: return sv ? "Datum" : "Date"
        case .kind: return sv ? "Typ" : "Kind"
        case .organisations: return sv ? "Medverkande organisationer" : "Organisations taking part"
        case .actors: return sv ? "Aktörer" : "Actors"
        case .principal: return sv ? "Huvudman" : "Principal"
        case .map: return sv ? "Karta" : "Map"
        case .role: return sv ? "Roll" : "Role"
        case .step: return sv ? "Steg" : "Step"
        case .gaps: return sv ? "Glapp och handlingsplan" : "Gaps and action plan"
        case .actionPlan: return sv ? "Handlingsplan" : "Action plan"
        case .handovers: return sv ? "Överlämningar" : "Handovers"
        case .from: return sv ? "Från" : "From"
        case .to: return sv ? "Till" : "To"
        case .what: return sv ? "Vad lämnas över" : "What is handed over"
        case .status: return "Status"
        case .flags: return sv ? "Signaler" : "Flags"
        case .note: return sv ? "Anteckning" : "Note"
        case .roleNotes: return sv ? "Om rollerna" : "About the roles"
        case .verification: return sv ? "Verifiering" : "Verification"
        case .yes: return sv ? "Ja" : "Yes"
        case .no: return sv ? "Nej" : "No"
        case .discuss: return sv ? "Vill lyfta vidare" : "Let's discuss"
        case .comments: return sv ? "Kommentarer" : "Comments"
        case .countingRule(let stale):
            let rule = sv ? "Räknat: deltagarnas svar på rollen som den lyder nu, och handuppräckningar i rummet."
                          : "Counted: the participants' answers to the role as it reads now, and shows of hands in the room."
            guard stale > 0 else { return rule }
            return rule + (sv ? " \(stale) svar gavs före en senare ändring och räknas inte."
                              : " \(stale) answers were given before a later change and are not counted.")
        case .subjectKind(let kind):
            // The reports name an organisation's page "Förväntningar på BUP".
            return kind == .expectations ? kind.label(language) + (sv ? " på" : " of") : kind.label(language)
        case .otherAnswers: return sv ? "Glapp, överlämningar och förväntningar" : "Gaps, handovers and expectations"
        case .otherCountingRule:
            return sv ? "Räknat: deltagarnas svar på texten som den lyder nu."
                      : "Counted: the participants' answers to the text as it reads now."
        case .gap: return sv ? "Glapp" : "Gap"
        case .action: return sv ? "Åtgärd/aktivitet" : "Action/activity"
        case .responsible: return sv ? "Ansvarig" : "Responsible"
        case .timeline: return sv ? "Tidplan" : "Timeline"
        case .attendance: return sv ? "Närvaro" : "Attendance"
        case .effectGoalsLegend: return sv ? "Effektmål – vad vill vi uppnå" : "Effect goals – what we want to achieve"
        case .insights: return sv ? "Vad deltagarna sa" : "What participants said"
        case .nextSteps: return sv ? "Nästa steg / återkoppling" : "Next steps / feedback"
        case .level: return sv ? "Nivå" : "Level"
        case .activity: return sv ? "Aktivitet" : "Activity"
        case .knoster: return sv ? "Förutsättningar (Lippitt-Knoster) som saknas" : "Conditions (Lippitt-Knoster) missing"
        case .noActivities: return sv ? "Inga aktiviteter än" : "No activities yet"
        case .goal: return sv ? "Målsättning" : "Objective"
        case .measure: return sv ? "Mått" : "Measure"
        case .journey: return sv ? "Resa" : "Journey"
        case .description: return sv ? "Beskrivning" : "Description"
        case .priority: return sv ? "Prioritet" : "Priority"
        case .gapKind: return sv ? "Typ av glapp" : "Kind of gap"
        case .cause: return sv ? "Orsak" : "Cause"
        case .effectGoals: return sv ? "Hotade effektmål" : "Effect goals threatened"
        case .legend:
            return sv ? "Teckenförklaring: ✓ har rollen, ~ delvis, ? oklart, · ingen, ! glapp, > lämnar över, < tar emot, = båda"
                      : "Marks: ✓ holds, ~ partly, ? unclear, · no one, ! gap, > hands over, < receives, = both"
        case .none: return sv ? "Inga" : "None"
        case .crossJourney: return sv ? "mellan resorna" : "between journeys"
        case .needs: return sv ? "Behöver för att bidra till effektmålen" : "Needs to contribute to the effect goals"
        case .obstacles: return sv ? "Största hinder/utmaningar" : "Biggest obstacles"
        case .entersWhere: return sv ? "Kommer in i resan" : "Enters the journey"
        case .whoTakesOver: return sv ? "Vem tar vid" : "Who takes over"
        }
    }
}
