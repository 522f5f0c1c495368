import Plot
import RollkartaModel

/// One self-contained HTML file (no external assets; prints on A4) with the same content as
/// the Markdown report and the map as a grid of glyphs and colours. Plot escapes all text.
enum HTMLReport {
    static func render(_ report: ReportData) -> String {
        let language = report.language
        let t = ReportText.of(language)
        let html = HTML(
            .lang(language == .sv ? .swedish : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Not Plot's .title component: it also writes the title into social-media meta
                // attributes without escaping them.
                .element(named: "title", nodes: [.text(report.title)]),
                .style(stylesheet)
            ),
            .body(
                .h1(.text(report.title)),
                .ul(
                    .li(.text("\(t.date): \(report.text(report.workshop.date))")),
                    .li(.text("\(t.kind): \(report.workshop.kind.label(language))")),
                    .li(.text("\(t.journey): " + report.journeys.map { report.journeyName($0.id) }.joined(separator: ", ")))
                ),
                .h2(.text(t.effectGoalsLegend)),
                .p(.text(Catalog.bundled.project?.patientGoalsLead[language] ?? "")),
                .ul(.forEach(Catalog.bundled.effectGoals.filter { goal in report.journeys.contains { goal.journeys.contains($0.id) } }) {
                    .li(.text(Catalog.bundled.effectGoalText($0.id, language)))
                }),
                .p(.text("* " + (Catalog.bundled.project?.footnote[language] ?? ""))),
                .if(!report.workshop.sessions.isEmpty, .h2(.text(t.attendance))),
                .if(!report.workshop.sessions.isEmpty,
                    .ul(.forEach(report.workshop.attendanceLines(language)) { .li(.text(report.text($0))) })),
                .h2(.text(t.organisations)),
                report.organisations.isEmpty ? .p(.text(t.none)) : .ul(.forEach(report.organisations) { .li(.text($0)) }),
                .h2(.text(t.actors)),
                .table(
                    .tr(.th(), .th(.text(t.actors)), .th(.text(t.principal))),
                    .forEach(report.actors) { actor in
                        .tr(.td(.text(report.text(actor.abbreviation))), .td(.text(report.text(actor.name))),
                            .td(.text(actor.principal.label(language))))
                    }
                ),
                ExpectationReport(report).html(),
                .forEach(report.maps) { map in mapSection(map, report) },
                .h2(.text(t.gaps)),
                report.gaps.isEmpty ? .p(.text(t.none)) : .forEach(report.gaps) { gap in gapSection(gap, report) },
                .h2(.text(t.handovers)),
                handoverTable(report),
                .h2(.text(t.roleNotes)),
                report.roleNotes.isEmpty ? .p(.text(t.none)) : .forEach(report.roleNotes) { note in
                    .group(
                        .h3(.text("\(report.journeyName(note.journey)) · \(report.roleName(note.journey, note.role))")),
                        .ul(.forEach([(t.needs, note.needs), (t.obstacles, note.obstacles),
                                      (t.entersWhere, note.entersWhere), (t.whoTakesOver, note.whoTakesOver)]
                            .filter { !$0.1.isEmpty }) { key, value in
                            .li(.strong(.text(key + ": ")), .text(report.text(value)))
                        })
                    )
                },
                .if(!report.workshop.insights.isEmpty, insightsSection(report)),
                .h2(.text(t.rolesAfterValidation)),
                report.roleChanges.isEmpty ? .p(.text(t.noRoleChanges)) : .forEach(report.roleChanges) { journey, lines in
                    .group(.h3(.text(report.text(journey))), .ul(.forEach(lines) { line in .li(.text(report.text(line))) }))
                },
                .h2(.text(t.verification)),
                verificationSection(report)
            )
        )
        return html.render(indentedBy: .spaces(1)) + "\n"
    }

    private static func mapSection(_ map: MapModel, _ report: ReportData) -> Node<HTML.BodyContext> {
        let language = report.language
        return .section(
            .class("map"),
            .h2(.text("\(ReportText.of(language).map): \(report.journeyName(map.journey.id))")),
            .p(.class("legend"), .text(ReportText.of(language).legend)),
            .ul(.class("legend"), .forEach(RoleTier.allCases) { .li(.text($0.definition(for: map.journey.id, language))) }),
            .table(
                .tr(.th(.text(ReportText.of(language).role)),
                    .forEach(map.steps.enumerated()) { index, step in
                        .th(.text("\(index + 1). " + report.text(step.title[language])))
                    }),
                .forEach(map.roles.enumerated()) { row, role in
                    .tr(.class(role.tier.rawValue),
                        .th(.text("\(report.text(role.id)) \(report.text(role.title[language])) (\(role.tier.label(language)))")),
                        .forEach(map.steps.indices) { column in
                            let info = map.cell(row: row, column: column)
                            return .td(.class(cellClasses(info)), .text(report.cellText(info)))
                        })
                }
            )
        )
    }

    private static func cellClasses(_ info: MapModel.CellInfo) -> String {
        var classes = ["cell"]
        if let assignment = info.assignment, !assignment.actors.isEmpty || assignment.status != .holds { classes.append(assignment.status.rawValue) }
        if !info.gaps.isEmpty { classes.append("gap") }
        if CellMarks.hasFailingHandover(info) { classes.append("failing") }
        return classes.joined(separator: " ")
    }

    private static func gapSection(_ gap: Gap, _ report: ReportData) -> Node<HTML.BodyContext> {
        let language = report.language
        let t = ReportText.of(language)
        let place = [report.journeyName(gap.journey), report.stepName(gap.journey, gap.step),
                     report.roleName(gap.journey, gap.role)] + gap.actors.map(report.actorName)
        return .section(
            .class("gap priority-\(gap.priority.rawValue)"),
            .h3(.text("\(gap.id) · \(gap.priority.label(language)) · \(gap.kind.label(language))")),
            .ul(
                .li(.strong(.text(t.gap + ": ")), .text(place.filter { !$0.isEmpty }.joined(separator: " · "))),
                .li(.strong(.text(t.description + ": ")), .text(report.text(gap.description))),
                .if(!gap.causes.isEmpty, .li(.strong(.text(t.cause + ": ")),
                                             .text(gap.causes.map { $0.label(language) }.joined(separator: ", ")))),
                .if(!gap.effectGoals.isEmpty,
                    .li(.strong(.text(t.effectGoals + ": ")),
                        .ul(.forEach(gap.effectGoals) { .li(.text(Catalog.bundled.effectGoalText($0, language))) })))
            ),
            gap.activities.isEmpty ? .p(.text(t.noActivities)) : .table(
                .tr(.th(.text(t.activity)), .th(.text(t.action)), .th(.text(t.responsible)), .th(.text(t.timeline)),
                    .th(.text(t.goal)), .th(.text(t.measure)), .th(.text(t.level)), .th(.text(t.status)),
                    .th(.text(t.knoster))),
                .forEach(gap.activities) { activity in
                    .tr(.td(.text(activity.id.rawValue)), .td(.text(report.text(activity.action))),
                        .td(.text(report.text(activity.responsible))), .td(.text(report.text(activity.timeline))),
                        .td(.text(report.text(activity.goal))), .td(.text(report.text(activity.measure))),
                        .td(.text(activity.level.label(language))), .td(.text(activity.status.label(language))),
                        .td(.text(activity.conditions.inPlace.isEmpty ? "–" : activity.conditions.missing
                            .map { "\($0.label(language)) → \($0.predicted(language))" }.joined(separator: ", "))))
                }
            )
        )
    }

    /// What participants said, by theme and Positivt / Utmaningar, then the next steps.
    private static func insightsSection(_ report: ReportData) -> Node<HTML.BodyContext> {
        let language = report.language
        let workshop = report.workshop
        let next = workshop.insights.filter { $0.kind == .nextStep }
        let themes = Insight.Theme.allCases.filter { theme in workshop.insights.contains { $0.theme == theme && $0.kind != .nextStep } }
        return .group(
            .h2(.text(ReportText.of(language).insights)),
            .forEach(themes) { theme in
                .group(.h3(.text(theme.label(language))),
                       .forEach(Insight.Polarity.allCases) { polarity in
                           let these = workshop.insights.filter { $0.theme == theme && $0.polarity == polarity && $0.kind != .nextStep }
                           return .if(!these.isEmpty, .group(.h4(.text(polarity.label(language))),
                                                             .ul(.forEach(these) { .li(.text(report.text(workshop.describe($0, language)))) })))
                       })
            },
            .if(!next.isEmpty, .group(.h3(.text(ReportText.of(language).nextSteps)),
                                      .ul(.forEach(next) { .li(.text(report.text($0.text))) })))
        )
    }

    private static func handoverTable(_ report: ReportData) -> Node<HTML.BodyContext> {
        let language = report.language
        let t = ReportText.of(language)
        guard !report.handovers.isEmpty else { return .p(.text(t.none)) }
        return .table(
            .tr(.th(), .th(.text(t.from)), .th(.text(t.to)), .th(.text(t.what)), .th(.text(t.status)),
                .th(.text(t.flags)), .th(.text(t.note))),
            .forEach(report.handovers) { handover in
                var to = report.endName(handover.to)
                if handover.crossesJourneys { to += " (\(report.journeyName(handover.to.journey)), \(t.crossJourney))" }
                let failing = handover.status.isFailing
                return .tr(
                    .class(failing ? "failing" : handover.status.rawValue),
                    .td(.text(handover.id.rawValue)), .td(.text(report.endName(handover.from))), .td(.text(to)),
                    .td(.text(report.text(handover.what))),
                    .td(.text((failing ? "✗ " : "") + handover.status.label(language))),
                    .td(.text(handover.flags.map { $0.label(language) }.joined(separator: ", "))),
                    .td(.text(report.text(handover.note))))
            }
        )
    }

    private static func verificationSection(_ report: ReportData) -> Node<HTML.BodyContext> {
        let language = report.language
        let t = ReportText.of(language)
        let tallies = report.tallies
        let others = report.otherTallies
        guard !tallies.isEmpty || !others.isEmpty else { return .p(.text(t.none)) }
        let comments = tallies.flatMap { tally in tally.comments.map { (tally, $0) } }
        let otherComments = others.flatMap { tally in tally.comments.map { (tally, $0) } }
        let otherSection: Node<HTML.BodyContext> = .if(!others.isEmpty, .group(
            .h3(.text(t.otherAnswers)),
            .table(
                .tr(.th(.text(t.kind)), .th(.text(t.description)), .th(.text(t.yes)), .th(.text(t.no)),
                    .th(.text(t.discuss))),
                .forEach(others) { tally in
                    .tr(.td(.text(tally.kind)), .td(.text(tally.name)),
                        .td(.text("\(tally.yes)")), .td(.text("\(tally.no)")), .td(.text("\(tally.discuss)")))
                }
            ),
            .p(.text(t.otherCountingRule)),
            .if(!otherComments.isEmpty, .group(
                .h4(.text(t.comments)),
                .ul(.forEach(otherComments) { tally, comment in
                    .li(.text("\(tally.kind) \(tally.name) – \(comment.organisation) (\(comment.vote.label(language))): \(comment.text)"))
                })
            ))
        ))
        guard !tallies.isEmpty else { return otherSection }
        return .group(
            .table(
                .tr(.th(.text(t.journey)), .th(.text(t.role)), .th(.text(t.yes)), .th(.text(t.no)),
                    .th(.text(t.discuss))),
                .forEach(tallies) { tally in
                    .tr(.td(.text(report.journeyName(tally.journey.id))),
                        .td(.text(report.roleName(tally.journey.id, tally.role.id))),
                        .td(.text("\(tally.yes)")), .td(.text("\(tally.no)")), .td(.text("\(tally.discuss)")))
                }
            ),
            .p(.text(t.countingRule(report.staleAnswers))),
            .if(!comments.isEmpty, .group(
                .h3(.text(t.comments)),
                .ul(.forEach(comments) { tally, comment in
                    .li(.text("\(report.roleName(tally.journey.id, tally.role.id)) – \(comment.organisation)"
                        + " (\(comment.vote.label(language))): \(comment.text)"))
                })
            )),
            otherSection
        )
    }

    /// Inline, so the file works offline; colours only reinforce the glyphs in the cells.
    static let stylesheet = """
    body { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 11pt; color: #111; margin: 2em; }
    h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.5em; border-bottom: 1px solid #999; }
    h3 { font-size: 12pt; }
    table { border-collapse: collapse; margin: 0.5em 0; width: 100%; }
    th, td { border: 1px solid #999; padding: 3px 5px; text-align: left; vertical-align: top; }
    th { background: #eee; }
    .map table { font-size: 9pt; table-layout: fixed; }
    .map tr.secondary th { font-style: italic; }
    td.cell { white-space: normal; }
    td.holds { background: #d9f2d9; } td.partly { background: #fff3c4; } td.unclear { background: #ead9f2; }
    td.gap { border: 2px solid #c00; font-weight: bold; }
    td.failing, tr.failing td { color: #a00; }
    .legend { font-size: 9pt; color: #444; }
    section.gap { page-break-inside: avoid; }
    @page { size: A4; margin: 15mm; }
    @media print { body { margin: 0; font-size: 10pt; } .map { page-break-before: always; } }
    """
}
