import Foundation
import XCTest
@testable import RollkartaExport
import RollkartaModel

final class ExportTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    private func example() throws -> Workshop {
        try WorkshopStore.load(Self.root.appendingPathComponent("data/examples/example.rollkarta.json").path)
    }

    /// Compares with Golden/example.EXT; UPDATE_GOLDEN=1 rewrites the file instead (then read the diff).
    func testEveryFormatMatchesItsGoldenFile() throws {
        let workshop = try example()
        for format in ExportFormat.reports where format != .xlsx {  // a zip carries its time; openpyxl reads the workbook in RollkartaImportTests
            let url = Self.golden.appendingPathComponent("example.\(format.fileExtension)")
            let rendered = Exporter.render(workshop, as: format)
            if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
                try rendered.write(to: url)
                continue
            }
            XCTAssertEqual(String(decoding: rendered, as: UTF8.self), try String(contentsOf: url, encoding: .utf8),
                           "\(format) differs from \(url.lastPathComponent) (UPDATE_GOLDEN=1 to accept)")
        }
    }

    func testMarkdownCarriesEverySectionInBothLanguages() throws {
        let workshop = try example()
        let swedish = String(decoding: Exporter.render(workshop, as: .md), as: UTF8.self)
        for heading in ["## Medverkande organisationer", "## Karta: Barn och unga", "## Karta: Vuxna",
                        "## Glapp och handlingsplan", "### gap-0002 · hög · oenighet om ansvar", "## Överlämningar",
                        "## Om rollerna", "## Verifiering"] {
            XCTAssertTrue(swedish.contains(heading), "missing \(heading)")
        }
        XCTAssertTrue(swedish.contains("| ho-0002 |"))
        XCTAssertTrue(swedish.contains("**brister** ✗"))
        let english = String(decoding: Exporter.render(workshop, as: .md, options: ExportOptions(language: .en)), as: UTF8.self)
        XCTAssertTrue(english.contains("## Gaps and action plan"))
        XCTAssertTrue(english.contains("| 4 The one who assesses and directs onward (or back) |"), english)
        let childOnly = String(decoding: Exporter.render(workshop, as: .md, options: ExportOptions(journeys: [.child])),
                               as: UTF8.self)
        XCTAssertFalse(childOnly.contains("## Karta: Vuxna"))
        XCTAssertFalse(childOnly.contains("gap-0003"))
    }

    func testHTMLIsSelfContainedAndEscapesEverything() throws {
        var workshop = try example()
        workshop.title = "<script>alert('x')</script> \" onload=\"x & \u{1B}[31mröd"
        workshop.gaps[0].description = "<img src=x onerror=alert(1)>"
        let html = String(decoding: Exporter.render(workshop, as: .html), as: UTF8.self)
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("<img"))
        XCTAssertTrue(html.contains("&lt;script&gt;"))
        let attributeInjection = try NSRegularExpression(pattern: "<[^>]*onload=")
        XCTAssertNil(attributeInjection.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)),
                     "a quote in text must not open an attribute")
        XCTAssertFalse(html.contains("\u{1B}"))
        XCTAssertFalse(html.contains("<link"), "no external stylesheet")
        XCTAssertFalse(html.contains("src=\""), "no external asset")
        XCTAssertTrue(html.contains("@page { size: A4"))
        XCTAssertTrue(html.contains("<td class=\"cell holds gap failing\">✓!= EVI, UPH</td>"), "map cell with glyphs and classes")
    }

    func testHTMLPassesTidy() throws {
        let file = try temporaryFile("report.html", Exporter.render(try example(), as: .html))
        let result = try run(["tidy", "-errors", "-q", file])
        XCTAssertEqual(result.status, 0, result.output)
    }

    func testCSVParsesBackToTheSameFieldsWithPython() throws {
        var workshop = try example()
        workshop.gaps[1].activities[0].responsible = "Enhetschef, \"BUP\" Göteborg"
        workshop.gaps[1].activities[0].measure = "rad ett\nrad två"
        let data = Exporter.render(workshop, as: .csv)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("\r\n"), "RFC 4180 line ends")
        let file = try temporaryFile("plan.csv", data)
        let script = "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))))"
        let result = try run(["python3", "-c", script, file])
        XCTAssertEqual(result.status, 0, result.output)
        let rows = try JSONDecoder().decode([[String]].self, from: Data(result.output.utf8))
        XCTAssertEqual(rows.first, ["Aktivitet", "Glapp", "Identifierat och prioriterat gap", "Resa", "Steg", "Roll", "Prioritet",
                                    "Åtgärd/aktivitet", "Ansvarig", "Tidplan", "Målsättning", "Mått", "Nivå", "Status"])
        let expected = workshop.gaps.map { max(1, $0.activities.count) }.reduce(0, +)
        XCTAssertEqual(rows.count, expected + 1, "one row per activity, one for a gap without any")
        let second = try XCTUnwrap(rows.first { $0.first == "gap-0002-a1" })
        XCTAssertEqual(second[1], "gap-0002")
        XCTAssertEqual(second[2], workshop.gaps[1].description)
        XCTAssertEqual(second[8], "Enhetschef, \"BUP\" Göteborg")
        XCTAssertEqual(second[11], "rad ett\nrad två")
        XCTAssertEqual(second[4], "Bedömning och styrning")
        let blank = try XCTUnwrap(rows.first { $0[1] == "gap-0004" })
        XCTAssertEqual(blank[0], "", "a gap without activities has a row to fill in")

        // For Excel with Swedish settings: semicolons, BOM, CRLF; Python reads it back with ';'.
        let excel = Exporter.render(workshop, as: .csv, options: ExportOptions(excel: true))
        XCTAssertEqual(Array(excel.prefix(3)), [0xEF, 0xBB, 0xBF])
        let excelFile = try temporaryFile("plan-excel.csv", excel)
        let semicolon = "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8-sig'), delimiter=';'))))"
        let parsed = try run(["python3", "-c", semicolon, excelFile])
        XCTAssertEqual(try JSONDecoder().decode([[String]].self, from: Data(parsed.output.utf8)), rows)

        let withBOM = Exporter.render(workshop, as: .csv, options: ExportOptions(byteOrderMark: true))
        XCTAssertEqual(Array(withBOM.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(withBOM.dropFirst(3), data)
    }

    func testDotRendersWithGraphvizAndFailingHandoversAreDashedRed() throws {
        let dot = String(decoding: Exporter.render(try example(), as: .dot), as: UTF8.self)
        let failing = try XCTUnwrap(dot.split(separator: "\n").first { $0.contains("Remiss för utredning") })
        XCTAssertTrue(failing.contains("style=dashed") && failing.contains("color=red"), String(failing))
        let working = try XCTUnwrap(dot.split(separator: "\n").first { $0.contains("Oro för elevens mående") })
        XCTAssertFalse(working.contains("dashed"))
        XCTAssertTrue(dot.contains("subgraph \"cluster_adult\""))
        XCTAssertEqual(HandoverGraph.quote("say \"hi\"\\\nnext"), "\"say \\\"hi\\\"\\\\\\nnext\"")

        let file = try temporaryFile("flow.dot", Data(dot.utf8))
        let result = try run(["dot", "-Tsvg", file, "-o", file + ".svg"])
        XCTAssertEqual(result.status, 0, result.output)
        let svg = try String(contentsOfFile: file + ".svg", encoding: .utf8)
        XCTAssertTrue(svg.contains("stroke-dasharray"), "the failing handover is drawn dashed")
    }

    func testDefaultPathSitsBesideTheWorkshop() {
        XCTAssertEqual(Exporter.defaultPath(for: "/x/ws.rollkarta.json", format: .html), "/x/ws.html")
        XCTAssertEqual(Exporter.defaultPath(for: "ws.json", format: .csv), "ws.csv")
    }

    // MARK: - Helpers

    private func temporaryFile(_ name: String, _ data: Data) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rollkarta-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// Runs an outside validator. In CI a missing one fails the test (scripts/bootstrap installs
    /// them); on a developer's machine without it, the test is skipped and says so.
    private func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let which = Process()
        which.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        which.arguments = ["which", arguments[0]]
        which.standardOutput = FileHandle.nullDevice
        try which.run()
        which.waitUntilExit()
        if which.terminationStatus != 0 {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                XCTFail("\(arguments[0]) is not installed; scripts/bootstrap should have installed it")
            }
            throw XCTSkip("\(arguments[0]) is not installed (scripts/bootstrap installs it)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// The reports say how workshop 2 changed the roles, and why.
final class RolesAfterValidationReportTests: XCTestCase {
    func testAReworkedRoleAndItsReasonStandInBothReportsAsText() throws {
        var workshop = try WorkshopStore.load(ExportTests.root.appendingPathComponent("data/examples/example.rollkarta.json").path)
        let key = RoleKey(journey: .child, role: "4")
        let before = try XCTUnwrap(workshop.journey(.child)?.role("4"))
        var after = before
        after.title.sv = "Den som tar emot, bedömer och styr vidare"
        let reason = "Rummet: <script>alert(1)</script> mottagningen saknades"
        let revision = RoleRevision(journey: .child, role: "4", before: before, after: after, reason: reason, date: "2026-11-23")
        try workshop.apply(WorkshopEdit.batch([.role(key, after), .revision(revision, recorded: true)]))
        let markdown = String(decoding: Exporter.render(workshop, as: .md), as: UTF8.self)
        XCTAssertTrue(markdown.contains("## Roller efter validering"), markdown)
        XCTAssertTrue(markdown.contains("- Roll 4 ändrad"), markdown)
        XCTAssertTrue(markdown.contains("  - titel: \"Den som bedömer och styr vidare (eller tillbaka)\" → "
            + "\"Den som tar emot, bedömer och styr vidare\""), markdown)
        let html = String(decoding: Exporter.render(workshop, as: .html), as: UTF8.self)
        XCTAssertTrue(html.contains("<h2>Roller efter validering</h2>"), html)
        XCTAssertTrue(html.contains("skäl: Rummet: &lt;script&gt;alert(1)&lt;/script&gt; mottagningen saknades"), "markup stays text")
        XCTAssertFalse(html.contains("<script>alert(1)"))
    }

    func testTheValidatedRolesExportAsACatalogThatANewWorkshopStartsFromUnchanged() throws {
        var workshop = try WorkshopStore.load(ExportTests.root.appendingPathComponent("data/examples/example.rollkarta.json").path)
        var variant = try XCTUnwrap(workshop.journey(.child)?.role("5"))
        variant.id = "5C"
        variant.variantOf = "5"
        variant.title.sv = "Den som behandlar i grupp"
        try workshop.apply(.role(RoleKey(journey: .child, role: "5C"), variant, at: 6))
        try workshop.apply(.position(PositionKey(journey: .child, role: "5", actor: "actor-bup"),
                                     RolePosition(journey: .child, role: "5", actor: "actor-bup", positions: "psykolog, läkare")))
        let data = Exporter.render(workshop, as: .catalog)
        let catalog = try JSONDecoder().decode(Catalog.self, from: data)
        XCTAssertEqual(catalog.format, Catalog.bundled.format)
        XCTAssertEqual(catalog.roles.first { $0.id == "5C" }?.variantOf, "5")
        XCTAssertEqual(catalog.roles.first { $0.id == "5C" }?.child?.title.sv, "Den som behandlar i grupp")
        XCTAssertEqual(catalog.effectGoals.count, Catalog.bundled.effectGoals.count)
        let next = catalog.journeysAsWorkshop
        XCTAssertTrue(RoleDiff(workshop, against: next, language: .sv).isEmpty, "a workshop started from it has the same roles and steps")
        XCTAssertEqual(next.first { $0.id == .child }?.roles.map(\.id), workshop.journey(.child)?.roles.map(\.id))

        let markdown = String(decoding: Exporter.render(workshop, as: .md), as: UTF8.self)
        XCTAssertTrue(markdown.contains("- Befattningar för roll 5: "), markdown)
        XCTAssertTrue(markdown.contains("  - BUP: psykolog, läkare"), markdown)
        XCTAssertTrue(markdown.contains("- Roll 5C tillagd: Den som behandlar i grupp"), markdown)
    }
}

/// Workshop 1 in the reports, on the bundled WS1 example (the seed's Habilitering example and
/// two more organisations).
final class ExpectationReportTests: XCTestCase {
    private func ws1() throws -> Workshop {
        try WorkshopStore.load(ExportTests.root.appendingPathComponent("data/examples/ws1-example.rollkarta.json").path)
    }

    func testTheReportsGiveEachOrganisationsPageAndTheResultsTables() throws {
        let workshop = try ws1()
        let markdown = String(decoding: Exporter.render(workshop, as: .md), as: UTF8.self)
        XCTAssertTrue(markdown.contains("### HAB · Habiliteringen"), markdown)
        XCTAssertTrue(markdown.contains("- 0-18 år / 0-28 år – Nej, de ingår INTE i vår målgrupp: 0-18 år, inte till 28"), markdown)
        XCTAssertTrue(markdown.contains("## Förväntningar utanför uppdraget"))
        XCTAssertTrue(markdown.contains("| BUP | Alla barn med koncentrationssvårigheter | EH, HAB | 2 | Utan misstanke om psykiatrisk diagnos: elevhälsan och primärvården |"),
                      markdown)
        XCTAssertTrue(markdown.contains("## Förväntningar på andra aktörer"))
        XCTAssertTrue(markdown.contains("| HAB | BUP | Alla barn med koncentrationssvårigheter |"), markdown)
        XCTAssertTrue(markdown.contains("- BUP · Insatser/aktiviteter: Stöd till skolan kring enskild elev – EH, HAB – Denna vill jag lyfta vidare"))
        let html = String(decoding: Exporter.render(workshop, as: .html), as: UTF8.self)
        XCTAssertTrue(html.contains("<h2>Förväntningar utanför uppdraget</h2>"))
        XCTAssertTrue(html.contains("<td>Alla barn med koncentrationssvårigheter</td>"))
        let english = String(decoding: Exporter.render(workshop, as: .md, options: ExportOptions(language: .en)), as: UTF8.self)
        XCTAssertTrue(english.contains("## Expectations outside the mission"))
        XCTAssertTrue(english.contains("No, they are NOT in our target group"))
    }

    /// Participants verify gaps, handovers and the pages of what others expect, not only roles:
    /// their votes and comments stand in both reports and the summary counts them.
    func testAnswersAboutGapsHandoversAndExpectationPagesStandInTheReports() throws {
        var workshop = try WorkshopStore.load(ExportTests.root.appendingPathComponent("data/examples/example.rollkarta.json").path)
        let hashes = workshop.subjectHashes
        let gap = workshop.gaps[0], handover = workshop.handovers[0]
        let participant = workshop.participants[0].id
        workshop.answers += [
            VerificationAnswer(participant: participant, subject: VerificationSubject.gap(gap.id), vote: .no, comment: "Fel ansvarig angiven",
                               seen: hashes[VerificationSubject.gap(gap.id)]),
            VerificationAnswer(participant: participant, subject: VerificationSubject.handover(handover.id), vote: .yes,
                               seen: hashes[VerificationSubject.handover(handover.id)]),
        ]
        let markdown = String(decoding: Exporter.render(workshop, as: .md), as: UTF8.self)
        XCTAssertTrue(markdown.contains("### Glapp, överlämningar och förväntningar"), markdown)
        let gapRow = try XCTUnwrap(markdown.split(separator: "\n").first { $0.hasPrefix("| Glapp |") })
        XCTAssertTrue(gapRow.hasSuffix("| 0 | 1 | 0 |"), String(gapRow))
        XCTAssertTrue(gapRow.contains(String(gap.description.prefix(20))), String(gapRow))
        XCTAssertTrue(markdown.contains("| Överlämning |"), markdown)
        XCTAssertTrue(markdown.contains("Elevhälsa (Nej): Fel ansvarig angiven"), markdown)
        let html = String(decoding: Exporter.render(workshop, as: .html), as: UTF8.self)
        XCTAssertTrue(html.contains("<h3>Glapp, överlämningar och förväntningar</h3>"), html)
        XCTAssertTrue(html.contains("Fel ansvarig angiven"))
        XCTAssertTrue(SummaryReport.text(workshop, language: .sv).contains("; 2 svar om glapp, överlämningar och förväntningar"))

        var ws1 = try ws1()
        let hab = try XCTUnwrap(ws1.actors.first { $0.abbreviation == "HAB" })
        ws1.participants = [Participant(id: "p-hab-ab", organisation: "Habiliteringen", initials: "AB")]
        ws1.answers = [VerificationAnswer(participant: "p-hab-ab", subject: .expectations(hab.id), vote: .no,
                                          comment: "Fel åldersgräns", seen: ws1.subjectHashes[.expectations(hab.id)])]
        let english = String(decoding: Exporter.render(ws1, as: .md, options: ExportOptions(language: .en)), as: UTF8.self)
        XCTAssertTrue(english.contains("| Expectations of | \(hab.name) | 0 | 1 | 0 |"), english)
        XCTAssertTrue(english.contains("Habiliteringen (No): Fel åldersgräns"), english)
    }

    func testTheItemsExportAsCSVOneRowEach() throws {
        let workshop = try ws1()
        let csv = String(decoding: Exporter.render(workshop, as: .expectationsCSV), as: UTF8.self)
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(rows.count, workshop.expectations.count + 1)
        XCTAssertTrue(rows[0].hasPrefix("id,Verksamhet,Område,Vems,Förväntan"), rows[0])
        XCTAssertTrue(rows.contains { $0.hasPrefix("exp-0004,HAB,Målgrupp,Andras uppfattning,0-18 år / 0-28 år,,,Nej,") }, csv)
    }
}
