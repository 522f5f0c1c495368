import RollkartaModel

/// The readable report: workshop, organisations, map per journey, gaps with their action
/// plans, handovers, role notes and the verification tally.
enum MarkdownReport {
    static func render(_ report: ReportData) -> String {
        let sections = [header(report), ExpectationReport(report).markdown(escape: escape, row: row), maps(report), gaps(report),
                        handovers(report), roleNotes(report), insights(report), rolesAfterValidation(report), verification(report)]
        return sections.flatMap { $0 }.joined(separator: "\n") + "\n"
    }

    /// The title, date, kind and journeys, the organisations and the actors.
    private static func header(_ report: ReportData) -> [String] {
        let language = report.language
        let workshop = report.workshop
        let t = ReportText.of(language)
        var out: [String] = []
        out.append("# \(escape(report.title))")
        out.append("")
        out.append("- \(t.date): \(escape(workshop.date))")
        out.append("- \(t.kind): \(workshop.kind.label(language))")
        out.append("- \(t.journey): " + report.journeys.map { escape(report.journeyName($0.id)) }.joined(separator: ", "))

        out.append("")
        let goals = Catalog.bundled.effectGoals.filter { goal in report.journeys.contains { goal.journeys.contains($0.id) } }
        if !goals.isEmpty {
            out.append("## \(t.effectGoalsLegend)")
            out.append("")
            if let lead = Catalog.bundled.project?.patientGoalsLead[language] { out.append(escape(lead)) }
            out += goals.map { "- " + escape(Catalog.bundled.effectGoalText($0.id, language)) }
            if let footnote = Catalog.bundled.project?.footnote[language] { out.append("\n\\* " + escape(footnote)) }
            out.append("")
        }
        let attendance = workshop.attendanceLines(language)
        if !attendance.isEmpty {
            out.append("## \(t.attendance)")
            out.append("")
            out += attendance.map { "- " + escape(report.text($0)) }
            out.append("")
        }
        out.append("## \(t.organisations)")
        out.append("")
        if report.organisations.isEmpty { out.append(t.none) }
        out += report.organisations.map { "- \(escape($0))" }

        out.append("")
        out.append("## \(t.actors)")
        out.append("")
        out.append(row(["", t.actors, t.principal]))
        out.append(row(["---", "---", "---"]))
        for actor in report.actors {
            out.append(row([escape(report.text(actor.abbreviation)), escape(report.text(actor.name)),
                            actor.principal.label(language)]))
        }
        return out
    }

    /// A table per journey: roles by steps, each cell with its marks and actors.
    private static func maps(_ report: ReportData) -> [String] {
        let language = report.language
        let t = ReportText.of(language)
        var out: [String] = []
        for map in report.maps {
            out.append("")
            out.append("## \(t.map): \(escape(report.journeyName(map.journey.id)))")
            out.append("")
            out.append(escape(t.legend))
            out.append("")
            for tier in RoleTier.allCases { out.append("- " + escape(tier.definition(for: map.journey.id, language))) }
            out.append("")
            out.append(row([t.role] + map.steps.enumerated().map { "\($0.offset + 1). " + escape(report.text($0.element.title[language])) }))
            out.append(row(Array(repeating: "---", count: map.steps.count + 1)))
            for (index, role) in map.roles.enumerated() {
                let cells = map.steps.indices.map { escape(report.cellText(map.cell(row: index, column: $0))) }
                out.append(row(["\(escape(role.id)) \(escape(report.text(role.title[language]))) (\(role.tier.label(language)))"] + cells))
            }
        }
        return out
    }

    /// Each gap with its place, description and action plan.
    private static func gaps(_ report: ReportData) -> [String] {
        let language = report.language
        let t = ReportText.of(language)
        var out: [String] = []
        out.append("")
        out.append("## \(t.gaps)")
        if report.gaps.isEmpty { out += ["", t.none] }
        for gap in report.gaps {
            out.append("")
            out.append("### \(gap.id) · \(gap.priority.label(language)) · \(gap.kind.label(language))")
            out.append("")
            let place = [report.journeyName(gap.journey), report.stepName(gap.journey, gap.step),
                         report.roleName(gap.journey, gap.role)] + gap.actors.map(report.actorName)
            out.append("- \(t.gap): " + place.filter { !$0.isEmpty }.map(escape).joined(separator: " · "))
            out.append("- \(t.description): \(escape(report.text(gap.description)))")
            if !gap.causes.isEmpty { out.append("- \(t.cause): \(gap.causes.map { $0.label(language) }.joined(separator: ", "))") }
            if !gap.effectGoals.isEmpty {
                out.append("- \(t.effectGoals):")
                out += gap.effectGoals.map { "  - " + escape(Catalog.bundled.effectGoalText($0, language)) }
            }
            out.append("")
            guard !gap.activities.isEmpty else {
                out.append(t.noActivities)
                continue
            }
            out.append(row([t.activity, t.action, t.responsible, t.timeline, t.goal, t.measure, t.level, t.status,
                            t.knoster]))
            out.append(row(Array(repeating: "---", count: 9)))
            for activity in gap.activities {
                let missing = activity.conditions.inPlace.isEmpty ? "–"
                    : activity.conditions.missing.map { "\($0.label(language)) → \($0.predicted(language))" }.joined(separator: ", ")
                out.append(row([activity.id.rawValue] + [activity.action, activity.responsible, activity.timeline, activity.goal,
                                                         activity.measure].map { escape(report.text($0)) }
                               + [activity.level.label(language), activity.status.label(language), missing.isEmpty ? "–" : missing]))
            }
        }
        return out
    }

    /// The handovers in journey order, failing ones marked.
    private static func handovers(_ report: ReportData) -> [String] {
        let language = report.language
        let t = ReportText.of(language)
        var out: [String] = []
        out.append("")
        out.append("## \(t.handovers)")
        out.append("")
        if report.handovers.isEmpty {
            out.append(t.none)
        } else {
            out.append(row(["", t.from, t.to, t.what, t.status, t.flags, t.note]))
            out.append(row(Array(repeating: "---", count: 7)))
            for handover in report.handovers {
                var to = report.endName(handover.to)
                if handover.crossesJourneys { to += " (\(report.journeyName(handover.to.journey)), \(t.crossJourney))" }
                let flags = handover.flags.map { $0.label(language) }.joined(separator: ", ")
                out.append(row([handover.id.rawValue, escape(report.endName(handover.from)), escape(to),
                                escape(report.text(handover.what)), statusWord(handover.status, language), flags,
                                escape(report.text(handover.note))]))
            }
        }
        return out
    }

    /// The workshop's answers about each role.
    private static func roleNotes(_ report: ReportData) -> [String] {
        let language = report.language
        let t = ReportText.of(language)
        var out: [String] = []
        out.append("")
        out.append("## \(t.roleNotes)")
        if report.roleNotes.isEmpty { out += ["", t.none] }
        for note in report.roleNotes {
            out.append("")
            out.append("### \(escape(report.journeyName(note.journey))) · \(escape(report.roleName(note.journey, note.role)))")
            out.append("")
            for (key, value) in [(t.needs, note.needs), (t.obstacles, note.obstacles),
                                 (t.entersWhere, note.entersWhere), (t.whoTakesOver, note.whoTakesOver)] where !value.isEmpty {
                out.append("- \(key): \(escape(report.text(value)))")
            }
        }
        return out
    }

    /// What participants said, by seed 003's themes under "Positivt" and "Utmaningar", then the
    /// next steps.
    private static func insights(_ report: ReportData) -> [String] {
        let workshop = report.workshop
        guard !workshop.insights.isEmpty else { return [] }
        let language = report.language
        var out = ["", "## " + ReportText.of(language).insights]
        for theme in Insight.Theme.allCases {
            let said = workshop.insights.filter { $0.theme == theme && $0.kind != .nextStep }
            guard !said.isEmpty else { continue }
            out += ["", "### " + theme.label(language)]
            for polarity in Insight.Polarity.allCases {
                let these = said.filter { $0.polarity == polarity }
                guard !these.isEmpty else { continue }
                out += ["", polarity.label(language) + ":"] + these.map { "- " + escape(report.text(workshop.describe($0, language))) }
            }
        }
        let next = workshop.insights.filter { $0.kind == .nextStep }
        if !next.isEmpty {
            out += ["", "### " + ReportText.of(language).nextSteps, ""] + next.map { "- " + escape(report.text($0.text)) }
        }
        return out
    }

    /// What the workshop changed in the catalog's roles and steps, with the reasons.
    private static func rolesAfterValidation(_ report: ReportData) -> [String] {
        let changes = report.roleChanges
        var out = ["", "## \(ReportText.of(report.language).rolesAfterValidation)", ""]
        if changes.isEmpty { out.append(ReportText.of(report.language).noRoleChanges) }
        for (journey, lines) in changes {
            out += ["### \(escape(report.text(journey)))", ""]
            // Indented lines (what changed, why) nest under their role.
            out += lines.map { line in
                line.hasPrefix("  ") ? "  - " + escape(report.text(String(line.dropFirst(2)))) : "- " + escape(report.text(line))
            }
            out.append("")
        }
        return out
    }

    /// The tally per role, how it counts, and the comments.
    private static func verification(_ report: ReportData) -> [String] {
        let language = report.language
        let t = ReportText.of(language)
        var out: [String] = []
        out.append("")
        out.append("## \(t.verification)")
        out.append("")
        let tallies = report.tallies
        let others = report.otherTallies
        if tallies.isEmpty {
            if others.isEmpty { out.append(t.none) }
        } else {
            out.append(row([t.journey, t.role, t.yes, t.no, t.discuss]))
            out.append(row(Array(repeating: "---", count: 5)))
            for tally in tallies {
                out.append(row([escape(report.journeyName(tally.journey.id)),
                                escape(report.roleName(tally.journey.id, tally.role.id)),
                                "\(tally.yes)", "\(tally.no)", "\(tally.discuss)"]))
            }
            out.append("")
            out.append(t.countingRule(report.staleAnswers))
            let comments = tallies.flatMap { tally in tally.comments.map { (tally, $0) } }
            if !comments.isEmpty {
                out.append("")
                out.append("### \(t.comments)")
                out.append("")
                for (tally, comment) in comments {
                    out.append("- \(escape(report.roleName(tally.journey.id, tally.role.id))) – \(escape(comment.organisation))"
                        + " (\(comment.vote.label(language))): \(escape(comment.text))")
                }
            }
        }
        guard !others.isEmpty else { return out }
        if !tallies.isEmpty { out.append("") }
        out.append("### \(t.otherAnswers)")
        out.append("")
        out.append(row([t.kind, t.description, t.yes, t.no, t.discuss]))
        out.append(row(Array(repeating: "---", count: 5)))
        for tally in others {
            out.append(row([escape(tally.kind), escape(tally.name), "\(tally.yes)", "\(tally.no)", "\(tally.discuss)"]))
        }
        out.append("")
        out.append(t.otherCountingRule)
        let comments = others.flatMap { tally in tally.comments.map { (tally, $0) } }
        if !comments.isEmpty {
            out.append("")
            out.append("#### \(t.comments)")
            out.append("")
            for (tally, comment) in comments {
                out.append("- \(escape(tally.kind)) \(escape(tally.name)) – \(escape(comment.organisation))"
                    + " (\(comment.vote.label(language))): \(escape(comment.text))")
            }
        }
        return out
    }

    /// The handover status as a word with a mark, so failing ones stand out in plain text.
    static func statusWord(_ status: HandoverStatus, _ language: Language) -> String {
        switch status {
        case .fails, .missing: return "**\(status.label(language))** ✗"
        case .partly: return status.label(language)
        case .works: return status.label(language) + " ✓"
        }
    }

    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// Backslash-escapes what Markdown would read as formatting; keeps line breaks out of tables.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#": result += "\\\(character)"
            case "\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
