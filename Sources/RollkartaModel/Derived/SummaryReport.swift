/// The summary as plain text, for `rollkarta summary` and for logs.
public enum SummaryReport {
    public static func text(_ workshop: Workshop, language: Language) -> String {
        let summary = Summary(workshop)
        let sv = language == .sv
        var lines: [String] = []
        lines.append(DisplayText.sanitized(workshop.title) + " (\(workshop.date), \(workshop.kind.label(language)))")
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

    static func format(_ coverage: Summary.Coverage) -> String {
        "\(coverage.held)/\(coverage.total) (\(percent(coverage.share)))"
    }

    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded())) %"
    }
}
