import CSV
import Foundation
import Plot
import RollkartaModel

/// Workshop 1 in the reports: a section per organisation (its uppdrag, and per area its own
/// description with the others' responses beside the others' perception with its answer),
/// then the seed's two results tables and what is to be raised further. Only workshops that
/// have an expectation map get it.
struct ExpectationReport {
    struct Page {
        var name: String
        var mission: String
        var areas: [(area: String, own: [String], perception: [String])]
    }

    struct ResultRow {
        var organisation: String
        var item: String
        var expectedBy: String
        var recurrence: Int
        var comment: String
    }

    var pages: [Page]
    var outsideMission: [ResultRow]
    var toDiscuss: [String]
    var language: RollkartaModel.Language

    var isEmpty: Bool { pages.isEmpty }

    init(_ report: ReportData) {
        let workshop = report.workshop
        let language = report.language
        self.language = language
        func name(_ id: Actor.ID) -> String { report.text(workshop.actor(id)?.abbreviation ?? id.rawValue) }
        func line(_ item: ExpectationItem) -> String {
            report.text(item.text) + (item.note.isEmpty ? "" : " (\(report.text(item.note)))")
        }
        func answered(_ item: ExpectationItem) -> String { report.text(workshop.describe(item, language)) }
        let described = workshop.actors.filter { actor in
            workshop.expectations.contains { $0.organisation == actor.id } || !workshop.mission(of: actor.id).isEmpty
        }
        pages = described.map { actor in
            Page(name: report.text("\(actor.abbreviation) · \(actor.name)"), mission: report.text(workshop.mission(of: actor.id)),
                 areas: ExpectationArea.allCases.map { area in
                     (area.label(language), workshop.expectations(of: actor.id, area, .own).map(answered),
                      workshop.expectations(of: actor.id, area, .perception).map(answered))
                 })
        }
        let results = ExpectationResults(workshop)
        outsideMission = results.outsideMission.flatMap { group in
            group.items.map {
                ResultRow(organisation: name(group.organisation), item: line($0), expectedBy: $0.sources.map(name).joined(separator: ", "),
                          recurrence: $0.recurrence, comment: report.text($0.answer?.comment ?? ""))
            }
        }
        toDiscuss = results.toDiscuss.map { "\(name($0.organisation)) · \($0.area.label(language)): " + answered($0) }
    }

    /// "Förväntningar på andra aktörer": the same rows seen from the expecting side.
    var onOthers: [(by: String, rows: [ResultRow])] {
        let names = Array(Set(outsideMission.flatMap { $0.expectedBy.components(separatedBy: ", ") }.filter { !$0.isEmpty })).sorted()
        return names.map { by in (by, outsideMission.filter { $0.expectedBy.components(separatedBy: ", ").contains(by) }) }
    }

    private func t(_ key: ExpectationReportText) -> String { key.text(language) }

    func markdown(escape: (String) -> String, row: ([String]) -> String) -> [String] {
        guard !isEmpty else { return [] }
        var out = ["", "## \(t(.title))"]
        for page in pages {
            out += ["", "### \(escape(page.name))", ""]
            out.append("\(t(.mission)): " + (page.mission.isEmpty ? "–" : escape(page.mission)))
            for area in page.areas where !area.own.isEmpty || !area.perception.isEmpty {
                out += ["", "#### \(area.area)", "", "\(t(.own)):"]
                out += area.own.isEmpty ? ["- –"] : area.own.map { "- " + escape($0) }
                out += ["", "\(t(.perception)):"]
                out += area.perception.isEmpty ? ["- –"] : area.perception.map { "- " + escape($0) }
            }
        }
        out += ["", "## \(t(.outsideMission))", ""]
        if outsideMission.isEmpty { out.append(t(.none)) } else {
            out.append(row([t(.organisation), t(.expectation), t(.expectedBy), t(.recurrence), t(.comment)]))
            out.append(row(Array(repeating: "---", count: 5)))
            out += outsideMission.map { row([escape($0.organisation), escape($0.item), escape($0.expectedBy), "\($0.recurrence)", escape($0.comment)]) }
        }
        out += ["", "## \(t(.onOthers))", ""]
        if onOthers.isEmpty { out.append(t(.none)) } else {
            out.append(row([t(.expectedBy), t(.organisation), t(.expectation)]))
            out.append(row(Array(repeating: "---", count: 3)))
            for (by, rows) in onOthers { out += rows.map { row([escape(by), escape($0.organisation), escape($0.item)]) } }
        }
        out += ["", "## \(t(.toDiscuss))", ""]
        out += toDiscuss.isEmpty ? [t(.none)] : toDiscuss.map { "- " + escape($0) }
        return out
    }

    func html() -> Node<HTML.BodyContext> {
        guard !isEmpty else { return .empty }
        return .group(
            .h2(.text(t(.title))),
            .forEach(pages) { page in
                .section(.class("expectations"),
                         .h3(.text(page.name)),
                         .p(.strong(.text(t(.mission) + ": ")), .text(page.mission.isEmpty ? "–" : page.mission)),
                         .forEach(page.areas.filter { !$0.own.isEmpty || !$0.perception.isEmpty }) { area in
                             .group(.h4(.text(area.area)),
                                    .table(.tr(.th(.text(t(.own))), .th(.text(t(.perception)))),
                                           .tr(.td(.ul(.forEach(area.own.isEmpty ? ["–"] : area.own) { .li(.text($0)) })),
                                               .td(.ul(.forEach(area.perception.isEmpty ? ["–"] : area.perception) { .li(.text($0)) })))))
                         })
            },
            .h2(.text(t(.outsideMission))),
            outsideMission.isEmpty ? .p(.text(t(.none))) : .table(
                .tr(.th(.text(t(.organisation))), .th(.text(t(.expectation))), .th(.text(t(.expectedBy))),
                    .th(.text(t(.recurrence))), .th(.text(t(.comment)))),
                .forEach(outsideMission) { row in
                    .tr(.td(.text(row.organisation)), .td(.text(row.item)), .td(.text(row.expectedBy)), .td(.text("\(row.recurrence)")),
                        .td(.text(row.comment)))
                }),
            .h2(.text(t(.onOthers))),
            onOthers.isEmpty ? .p(.text(t(.none))) : .table(
                .tr(.th(.text(t(.expectedBy))), .th(.text(t(.organisation))), .th(.text(t(.expectation)))),
                .forEach(onOthers) { by, rows in
                    .forEach(rows) { row in .tr(.td(.text(by)), .td(.text(row.organisation)), .td(.text(row.item))) }
                }),
            .h2(.text(t(.toDiscuss))),
            toDiscuss.isEmpty ? .p(.text(t(.none))) : .ul(.forEach(toDiscuss) { .li(.text($0)) })
        )
    }

    /// Every item, one row each, for spreadsheets (RFC 4180, as the action plan).
    static func csv(_ report: ReportData, byteOrderMark: Bool) -> Data {
        let workshop = report.workshop
        let language = report.language
        func t(_ key: ExpectationReportText) -> String { key.text(language) }
        func name(_ id: Actor.ID) -> String { workshop.actor(id)?.abbreviation ?? id.rawValue }
        let stream = OutputStream.toMemory()
        stream.open()
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: ["id", t(.organisation), t(.area), t(.side), t(.expectation), t(.note), t(.expectedBy), t(.answer),
                                   t(.comment), t(.responses), t(.recurrence)])
            for item in workshop.expectations {
                let responses = item.responses.map { "\(name($0.organisation)): \($0.vote.label(language))"
                    + ($0.comment.isEmpty ? "" : " (\($0.comment))") }.joined(separator: "; ")
                try writer.write(row: [item.id.rawValue, name(item.organisation), item.area.label(language), item.side.label(language),
                                       item.text, item.note, item.sources.map(name).joined(separator: ", "),
                                       item.answer?.vote.label(language) ?? "", item.answer?.comment ?? "", responses,
                                       "\(item.recurrence)"].map { report.text($0) })
            }
            writer.stream.close()
        } catch {
            preconditionFailure("CSV to memory failed: \(error)")
        }
        var data = byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) : Data()
        data.append(stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data())
        data.append(contentsOf: [0x0D, 0x0A])
        return data
    }
}

enum ExpectationReportText {
    case title, mission, own, perception, outsideMission, onOthers, toDiscuss, none, organisation, expectation, expectedBy
    case recurrence, comment, area, side, note, answer, responses

    func text(_ language: RollkartaModel.Language) -> String {
        let sv = language == .sv
        switch self {
        case .title: return sv ? "Förväntanskartläggning" : "Expectation mapping"
        case .mission: return sv ? "Uppdrag" : "Mission"
        case .own: return sv ? "Egen beskrivning" : "Own description"
        case .perception: return sv ? "Andras uppfattning" : "Others' perception"
        case .outsideMission: return sv ? "Förväntningar utanför uppdraget" : "Expectations outside the mission"
        case .onOthers: return sv ? "Förväntningar på andra aktörer" : "Expectations on other actors"
        case .toDiscuss: return sv ? "Att lyfta vidare" : "To raise further"
        case .none: return sv ? "Inga" : "None"
        case .organisation: return sv ? "Verksamhet" : "Organisation"
        case .expectation: return sv ? "Förväntan" : "Expectation"
        case .expectedBy: return sv ? "Förväntas av" : "Expected by"
        case .recurrence: return sv ? "Antal" : "Count"
        case .comment: return sv ? "Kommentar" : "Comment"
        case .area: return sv ? "Område" : "Area"
        case .side: return sv ? "Vems" : "Whose"
        case .note: return sv ? "Ålder/not" : "Age/note"
        case .answer: return sv ? "Svar" : "Answer"
        case .responses: return sv ? "Andras svar" : "Others' responses"
        }
    }
}
