/// The summary as plain text, for `rollkarta summary` and for logs.
public enum SummaryReport {
    public static func text(_ workshop: Workshop, language: Language) -> String {
        let summary = Summary(workshop)
        let sv = language == .sv
        var lines: [String] = []
        lines.append(DisplayText.sanitized(workshop.title) + " (\(workshop.date), \(workshop.kind.label(language)))")
        // Workshop 1 is about expectations: its results and its own checks, not an empty map.
        if workshop.kind == .expectationMapping {
            lines += workshopOne(workshop, language)
            if workshop.assignments.isEmpty && workshop.gaps.allSatisfy({ $0.expectation != nil }) {
                return lines.joined(separator: "\n") + "\n"
            }
        }
        lines.append("")
        lines.append(sv ? "Täckning (andel roll × steg-celler där någon har rollen):" : "Coverage (share of role × step cells someone holds):")
        for journey in summary.coverage {
            let name = workshop.journey(journey.journey)?.name[language] ?? journey.journey.label(language)
            lines.append("  \(DisplayText.sanitized(name)): \(format(journey.overall))")
            for (step, coverage) in journey.steps {
                lines.append("    \(DisplayText.sanitized(step.title[language])): \(format(coverage))")
            }
        }
        lines.append("")
        lines.append((sv ? "Glapp: " : "Gaps: ") + "\(summary.gapCount)")
        lines.append("  " + (sv ? "per prioritet: " : "by priority: ")
            + summary.gapsByPriority.map { "\($0.0.label(language)) \($0.1)" }.joined(separator: ", "))
        lines.append("  " + (sv ? "per typ: " : "by kind: ")
            + summary.gapsByKind.map { "\($0.0.label(language)) \($0.1)" }.joined(separator: ", "))
        lines.append("  " + (sv ? "per orsak: " : "by cause: ")
            + summary.gapsByCause.map { "\($0.0?.label(language) ?? (sv ? "ingen angiven" : "none given")) \($0.1)" }
                .joined(separator: ", "))
        let goals = summary.gapsByEffectGoal.map { id, count in
            let name = Catalog.bundled.effectGoals.first { $0.id == id }?.label(language) ?? id
            return "\(DisplayText.sanitized(name)): \(count)"
        }.joined(separator: ", ")
        lines.append("  " + (sv ? "per effektmål: " : "by effect goal: ") + (goals.isEmpty ? "–" : goals))
        lines.append("")
        lines.append((sv ? "Överlämningar: " : "Handovers: ") + "\(summary.handoverCount)")
        lines.append("  " + (sv ? "per status: " : "by status: ")
            + summary.handoversByStatus.map { "\($0.0.label(language)) \($0.1)" }.joined(separator: ", "))
        lines.append("  " + (sv ? "mellan barn- och vuxenresan: " : "between the child and adult journeys: ")
            + "\(summary.crossJourneyHandovers)")
        let mostGaps = summary.rolesWithMostGaps.prefix(5)
        if !mostGaps.isEmpty {
            lines.append("  " + (sv ? "roller med flest glapp: " : "roles with the most gaps: ")
                + mostGaps.map { entry in
                    // The journey's and the role's names, not their ids: this is read by people.
                    let journey = workshop.journey(entry.journey)
                    let role = journey?.role(entry.role).map { "\($0.id) \($0.gridLabel[language])" } ?? entry.role
                    return DisplayText.sanitized("\(journey?.name[language] ?? entry.journey.rawValue): \(role) (\(entry.count))")
                }.joined(separator: ", "))
        }
        if !workshop.insights.isEmpty {
            let said = workshop.insights.filter { $0.kind != .nextStep }
            lines.append("")
            lines.append((sv ? "Vad deltagarna sa: " : "What participants said: ") + "\(said.count) "
                + (sv ? "(positivt \(said.filter { $0.polarity == .positive }.count), utmaningar \(said.filter { $0.polarity == .challenge }.count))"
                      : "(positive \(said.filter { $0.polarity == .positive }.count), challenges \(said.filter { $0.polarity == .challenge }.count))")
                + (sv ? "; nästa steg: " : "; next steps: ") + "\(workshop.insights.count - said.count)")
        }
        lines.append("")
        // Answers about gaps, handovers and expectation pages are not part of the roles' coverage;
        // they are counted beside it, so a report never hides that they exist.
        let otherAnswers = workshop.answers.lazy.filter { $0.subject.kind != .roles }.count
        lines.append((sv ? "Verifiering: " : "Verification: ") + "\(summary.verification.held)/\(summary.verification.total) "
            + (sv ? "svar" : "answers") + " (\(percent(summary.verification.share)))"
            + (otherAnswers == 0 ? "" : sv ? "; \(otherAnswers) svar om glapp, överlämningar och förväntningar"
                                            : "; \(otherAnswers) answers about gaps, handovers and expectations"))
        let checks = Check.run(workshop)
        lines.append("")
        lines.append((sv ? "Kontroller: " : "Checks: ") + (checks.isEmpty ? (sv ? "inget att anmärka" : "nothing found") : "\(checks.count)"))
        for check in checks { lines.append("  ! " + DisplayText.sanitized(check.text(workshop, language))) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Workshop 1's summary: per organisation its own description and what the others expect,
    /// answered how; what the seed's results tables hold; and the checks that matter there.
    static func workshopOne(_ workshop: Workshop, _ language: Language) -> [String] {
        let sv = language == .sv
        var lines: [String] = [""]
        let items = workshop.expectations
        let perception = items.filter { $0.side == .perception }
        let answered = perception.filter { $0.answer != nil }
        lines.append((sv ? "Förväntanskartläggning: " : "Expectation mapping: ")
            + Glossary.organisation.counted(workshop.actors.count, language) + ", "
            + (sv ? "\(items.count) punkter (egen beskrivning \(items.count - perception.count), andras uppfattning \(perception.count)), "
                  : "\(items.count) items (own description \(items.count - perception.count), others' perception \(perception.count)), ")
            + (sv ? "besvarade \(answered.count) av \(perception.count)" : "answered \(answered.count) of \(perception.count)"))
        for actor in workshop.actors {
            let own = items.filter { $0.organisation == actor.id && $0.side == .own }.count
            let theirs = perception.filter { $0.organisation == actor.id }
            let votes = Vote.allCases.map { vote in theirs.filter { $0.answer?.vote == vote }.count }
            let open = theirs.filter { $0.answer == nil }.count
            lines.append("  " + DisplayText.sanitized(actor.abbreviation) + ": "
                + (sv ? "egen beskrivning \(own), andras uppfattning \(theirs.count) (✓ \(votes[0]), ✗ \(votes[1]), ? \(votes[2]), obesvarade \(open))"
                      : "own description \(own), others' perception \(theirs.count) (✓ \(votes[0]), ✗ \(votes[1]), ? \(votes[2]), unanswered \(open))"))
        }
        let results = ExpectationResults(workshop)
        func byOrganisation(_ groups: [ExpectationResults.Group]) -> String {
            groups.isEmpty ? "–" : groups.map { group in
                DisplayText.sanitized(workshop.actor(group.organisation)?.abbreviation ?? group.organisation.rawValue) + " \(group.items.count)"
            }.joined(separator: ", ")
        }
        lines.append("")
        lines.append((sv ? "Förväntningar utanför uppdraget: " : "Expectations outside the mission: ") + byOrganisation(results.outsideMission))
        lines.append((sv ? "Förväntningar på andra aktörer: " : "Expectations of other actors: ") + byOrganisation(results.onOthers))
        lines.append((sv ? "Att lyfta vidare: " : "To raise further: ") + "\(results.toDiscuss.count)")
        lines.append((sv ? "Glapp från förväntningar: " : "Gaps from expectations: ") + "\(workshop.gaps.filter { $0.expectation != nil }.count)")
        var checks: [String] = []
        for actor in workshop.actors {
            let name = DisplayText.sanitized(actor.abbreviation)
            if workshop.mission(of: actor.id).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                checks.append(sv ? "\(name): uppdraget saknas" : "\(name): no mission")
            }
            if !items.contains(where: { $0.organisation == actor.id && $0.side == .own }) {
                checks.append(sv ? "\(name): ingen egen beskrivning" : "\(name): no own description")
            }
            let open = perception.filter { $0.organisation == actor.id && $0.answer == nil }.count
            if open > 0 {
                checks.append(sv ? "\(name): \(open) av andras förväntningar obesvarade" : "\(name): \(open) of the others' expectations unanswered")
            }
        }
        lines.append("")
        lines.append((sv ? "Kontroller: " : "Checks: ") + (checks.isEmpty ? (sv ? "inget att anmärka" : "nothing found") : "\(checks.count)"))
        lines += checks.map { "  ! " + $0 }
        return lines
    }

    static func format(_ coverage: Summary.Coverage) -> String {
        "\(coverage.held)/\(coverage.total) (\(percent(coverage.share)))"
    }

    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded())) %"
    }
}
