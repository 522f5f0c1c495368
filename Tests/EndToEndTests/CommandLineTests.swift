import Foundation
import XCTest

/// The non-interactive commands, run as a user would run them.
final class CommandLineTests: XCTestCase {
    func testNewCreatesAValidWorkshopAndRefusesToOverwrite() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/vuxna.json"
        let created = try Binary.run(["new", file, "--journey", "adult", "--title", "Vuxna – Hisingen", "--date", "2026-04-02"])
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(created.stdout.contains("Skapade"), created.stdout)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(text.contains("\"title\" : \"Vuxna – Hisingen\""))
        XCTAssertTrue(text.contains("Den som fångar upp när kontakt tappas"))
        XCTAssertFalse(text.contains("\"id\" : \"child\""))
        XCTAssertEqual(try Binary.run(["validate", file]).status, 0)

        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let again = try Binary.run(["new", file, "--title", "Något annat"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("finns redan"), again.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), before)
    }

    func testValidateAcceptsTheBundledExample() throws {
        let result = try Binary.run(["validate", Binary.examplePath])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("giltig"))
    }

    func testValidateReportsEveryProblemOnALineAndLeavesTheFileAlone() throws {
        let folder = try Binary.temporaryFolder(self)
        let good = folder + "/good.json", bad = folder + "/bad.json", broken = folder + "/broken.json"
        let example = try String(contentsOfFile: Binary.examplePath, encoding: .utf8)
        try example.write(toFile: good, atomically: false, encoding: .utf8)
        try example.replacingOccurrences(of: "\"role\" : \"14\"", with: "\"role\" : \"99\"")
            .replacingOccurrences(of: "\"priority\" : \"low\"", with: "\"priority\" : \"urgent\"")
            .write(toFile: bad, atomically: false, encoding: .utf8)
        try String(example.prefix(300)).write(toFile: broken, atomically: false, encoding: .utf8)
        let badBefore = try Data(contentsOf: URL(fileURLWithPath: bad))

        let result = try Binary.run(["validate", good, bad, broken, "--lang", "en"])
        XCTAssertEqual(result.status, 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("\(good): valid"), result.stdout)
        let badLine = try XCTUnwrap(lines.first { $0.hasPrefix(bad + ":") })
        XCTAssertTrue(badLine.contains("invalid value \"urgent\", expected one of: high, medium, low"), badLine)
        XCTAssertTrue(lines.contains { $0.hasPrefix(broken + ":") && $0.contains("ends too early") }, result.stdout)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: bad)), badBefore)
    }

    func testNewerSchemaIsRefusedAndNotTouched() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/future.json"
        let example = try String(contentsOfFile: Binary.examplePath, encoding: .utf8)
        try example.replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 3")
            .write(toFile: file, atomically: false, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        for command in [["validate", file], ["summary", file]] {
            let result = try Binary.run(command)
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue((result.stdout + result.stderr).contains("nyare Rollkarta"), result.stdout + result.stderr)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), before)
    }

    func testRolesPrintsTheCatalogInSwedishAndEnglish() throws {
        let swedish = try Binary.run(["roles"])
        XCTAssertEqual(swedish.status, 0)
        XCTAssertTrue(swedish.stdout.contains("5B  Den som utreder och beslutar om insats/bistånd (SoL/LSS m.fl.)"), swedish.stdout)
        XCTAssertTrue(swedish.stdout.contains("Sekundära roller"))
        let english = try Binary.run(["roles", "--journey", "adult"], environment: ["LANG": "en_GB.UTF-8"])
        XCTAssertTrue(english.stdout.contains("14  The one who catches it when contact is lost"), english.stdout)
        XCTAssertTrue(english.stdout.contains("Examples: "))
    }

    func testSummaryShowsCoverageGapsHandoversAndVerification() throws {
        let result = try Binary.run(["summary", Binary.examplePath, "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Children and young people: 12/120 (10 %)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Gaps: 4"))
        XCTAssertTrue(result.stdout.contains("by priority: high 2, medium 1, low 1"))
        XCTAssertTrue(result.stdout.contains("by status: works 1, partly 1, fails 1, missing 1"))
        XCTAssertTrue(result.stdout.contains("Verification: 4/93 answers"))
    }

    func testCheckListsProblemsAndExitsOne() throws {
        let result = try Binary.run(["check", Binary.examplePath, "--lang", "en"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("gap-0002 (high priority): the action plan lacks responsible, timeline, measure"),
                      result.stdout)
        XCTAssertTrue(result.stdout.contains("Adults: no one holds role 13 The one who governs through goals and incentives at any step"))
        let folder = try Binary.temporaryFolder(self)
        let empty = folder + "/empty.json"
        XCTAssertEqual(try Binary.run(["new", empty, "--journey", "child"]).status, 0)
        XCTAssertEqual(try Binary.run(["check", empty]).status, 1, "an empty map has steps with no primary role")
    }

    func testCheckWarnsAboutPersonalIdentityNumbers() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/pnr.json"
        try String(contentsOfFile: Binary.examplePath, encoding: .utf8)
            .replacingOccurrences(of: "Beslut om boendestöd", with: "Beslut om boendestöd för 19811218-9876")
            .write(toFile: file, atomically: false, encoding: .utf8)
        let result = try Binary.run(["check", file])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("ho-0004: \"19811218-9876\" ser ut som ett personnummer"), result.stdout)
    }

    func testHelpSpeaksSwedishByDefaultAndEnglishOnRequest() throws {
        let swedish = try Binary.run(["validate", "--help"])
        XCTAssertTrue(swedish.stdout.contains("Kontrollerar workshopfiler"), swedish.stdout)
        let english = try Binary.run(["validate", "--help", "--lang", "en"])
        XCTAssertTrue(english.stdout.contains("Checks workshop files"), english.stdout)
        let byLocale = try Binary.run(["new", "--help"], environment: ["LANG": "en_US.UTF-8"])
        XCTAssertTrue(byLocale.stdout.contains("Creates a new workshop file"), byLocale.stdout)
        XCTAssertTrue(swedish.stdout.contains("ANVÄNDNING: rollkarta validate") && swedish.stdout.contains("FLAGGOR:")
                      && swedish.stdout.contains("Visa hjälpen."), "the parser's own headings too: \(swedish.stdout)")
        XCTAssertTrue(english.stdout.contains("USAGE: rollkarta validate") && english.stdout.contains("Show help information."),
                      english.stdout)
    }

    /// Typed options (`--format`, `--by`, `--include`) are refused by the parser itself, in the
    /// run's language, with the command's own usage and the values there are.
    func testAWrongValueIsRefusedInSwedishWithTheCommandsOwnUsage() throws {
        let format = try Binary.run(["export", Binary.examplePath, "--format", "pdf"])
        XCTAssertEqual(format.status, 64)
        XCTAssertTrue(format.stderr.contains("Fel: Värdet 'pdf' gäller inte för '--format <format>'. Välj ett av dessa:"), format.stderr)
        XCTAssertTrue(format.stderr.contains("  - verify-html"), format.stderr)
        XCTAssertTrue(format.stderr.contains("Användning: rollkarta export <file> --format <format>"), format.stderr)
        let by = try Binary.run(["plan", Binary.examplePath, "--by", "ansvarig"])
        XCTAssertEqual(by.status, 64)
        XCTAssertTrue(by.stderr.contains("Fel: Värdet 'ansvarig' gäller inte för '--by <by>'. Välj ett av 'responsible' och 'timeline'."),
                      by.stderr)
        for command in [["export", Binary.examplePath, "--format", "verify-html"], ["verify", Binary.examplePath, "--as", "BUP"]] {
            let include = try Binary.run(command + ["--include", "gaps,glapp"])
            XCTAssertEqual(include.status, 64, include.stderr)
            XCTAssertTrue(include.stderr.contains("--include känner inte till \"glapp\" (välj gaps, handovers, expectations)"),
                          include.stderr)
            XCTAssertTrue(include.stderr.contains("Användning: rollkarta \(command[0])"), include.stderr)
        }
        let missing = try Binary.run(["plan"])
        XCTAssertTrue(missing.stderr.contains("Fel: Argumentet '<file>' saknas"), missing.stderr)
        let english = try Binary.run(["plan", Binary.examplePath, "--by", "owner", "--lang", "en"])
        XCTAssertTrue(english.stderr.contains("Error: The value 'owner' is invalid for '--by <by>'"), english.stderr)
        let mistyped = try Binary.run(["verfy", Binary.examplePath, "--as", "BUP"])
        XCTAssertEqual(mistyped.status, 64)
        XCTAssertTrue(mistyped.stderr.contains("Fel: 'verfy' är inget kommando. Menade du 'rollkarta verify'?"), mistyped.stderr)
        XCTAssertFalse(mistyped.stderr.contains("--as"), "not open's complaint about --as: \(mistyped.stderr)")
        let alone = try Binary.run(["sumary"])
        XCTAssertEqual(alone.stderr.components(separatedBy: "Menade du 'rollkarta summary'?").count, 2, "said once: \(alone.stderr)")
        let suggestion = try Binary.run(["plan", Binary.examplePath, "--overdu"])
        XCTAssertTrue(suggestion.stderr.contains("Okänd flagga '--overdu'") && suggestion.stderr.contains("Menade du '--overdue'?"),
                      suggestion.stderr)
        for (command, wrong, said) in [(["plan", Binary.examplePath, "--today"], "igår", "\"igår\" är inget datum: skriv ÅÅÅÅ-MM-DD"),
                                       (["plan", Binary.examplePath, "--today"], "2026-02-30", "\"2026-02-30\": den månaden har 28 dagar, inte 30"),
                                       (["new", NSTemporaryDirectory() + "/aldrig.rollkarta.json", "--date"], "2026-13-01",
                                        "\"2026-13-01\": månad 13 finns inte (01–12)")] {
            let day = try Binary.run(command + [wrong])
            XCTAssertEqual(day.status, 64, day.stderr)
            XCTAssertTrue(day.stderr.contains(said), day.stderr)
            XCTAssertTrue(day.stderr.contains("Användning: rollkarta \(command[0])"), day.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: NSTemporaryDirectory() + "/aldrig.rollkarta.json"))
        let page = try Binary.run(["export", Binary.examplePath, "--format", "verify-html", "--include", "gaps, handovers"])
        XCTAssertEqual(page.status, 0, page.stderr)
        XCTAssertTrue(page.stdout.contains("<!DOCTYPE html>") || page.stdout.contains("<!doctype html>"), String(page.stdout.prefix(200)))
    }
}

/// `--as` names an organisation the workshop does not know while its expectations page is asked
/// for: said before anything is written or the walk starts, with the names it knows.
final class UnknownOrganisationTests: XCTestCase {
    func testAnUnknownOrganisationWithExpectationsStopsThePageAndTheWalkBeforeTheyStart() throws {
        let ws1 = (Binary.examplePath as NSString).deletingLastPathComponent + "/ws1-example.rollkarta.json"
        let folder = try Binary.temporaryFolder(self)
        let page = folder + "/sida.html"
        let export = try Binary.run(["export", ws1, "--format", "verify-html", "--as", "Habilitering1", "--include", "expectations",
                                     "-o", page])
        XCTAssertEqual(export.status, 1, export.stderr)
        XCTAssertTrue(export.stderr.contains("--as Habilitering1: finns inte bland workshopens organisationer"), export.stderr)
        XCTAssertTrue(export.stderr.contains("Närmast: HAB."), export.stderr)
        XCTAssertTrue(export.stderr.contains("HAB (Habiliteringen)"), export.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: page), "no page without the organisation's own page")
        let walk = try Binary.run(["verify", ws1, "--as", "XYZ", "--include", "expectations", "--out", folder + "/svar.json"])
        XCTAssertEqual(walk.status, 1, walk.stderr)
        XCTAssertTrue(walk.stderr.contains("--as XYZ: finns inte bland"), walk.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/svar.json"), "no answer file for a walk that did not start")
        let known = try Binary.run(["export", ws1, "--format", "verify-html", "--as", "habiliteringen", "--include", "expectations"])
        XCTAssertEqual(known.status, 0, known.stderr)
    }

    /// A participant who started as "HAB" and comes back as "Habiliteringen" resumes the same
    /// answer file: by default it is named after the organisation's abbreviation.
    func testTheWalkResumesUnderAnyNameOfTheOrganisation() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/ws.rollkarta.json"
        try FileManager.default.copyItem(atPath: (Binary.examplePath as NSString).deletingLastPathComponent + "/ws1-example.rollkarta.json",
                                         toPath: file)
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.run("'\(Binary.path)' verify '\(file)' --as HAB --initials AB; echo EXIT=$?")
        try tmux.waitFor("1 Ja")
        try tmux.send("1")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let first = try tmux.screen()
        XCTAssertTrue(first.contains("1 av"), first)
        try tmux.run("clear; '\(Binary.path)' verify '\(file)' --as Habiliteringen --initials AB; echo EXIT=$?")
        try tmux.waitFor("1 Ja")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let shown = try tmux.screen()
        XCTAssertTrue(shown.contains("1 av 15 besvarade"), "the answer given as HAB is resumed: \(shown)")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/ws.verify-hab-ab.json"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/ws.verify-habiliteringen-ab.json"))
    }
}

/// `rollkarta export` and the TUI's export key.
final class ExportCommandTests: XCTestCase {
    func testExportWritesEachFormatToAFileOrStandardOutput() throws {
        let folder = try Binary.temporaryFolder(self)
        let markdown = try Binary.run(["export", Binary.examplePath, "--format", "md"])
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertTrue(markdown.stdout.hasPrefix("# Ingen ska falla mellan stolarna"))
        for format in ["html", "csv", "dot"] {
            let out = folder + "/report." + format
            let result = try Binary.run(["export", Binary.examplePath, "--format", format, "-o", out, "--lang", "en"])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stderr.contains("Wrote \(out)"))
            XCTAssertTrue(FileManager.default.fileExists(atPath: out))
        }
        let csv = try String(contentsOfFile: folder + "/report.csv", encoding: .utf8)
        XCTAssertTrue(csv.hasPrefix("Activity,Gap,Identified and prioritised gap,Journey,Step,Role,Priority,Action/activity,Responsible,"
            + "Timeline,Objective,Measure,Level,Status"), csv)
        let bad = try Binary.run(["export", folder + "/missing.json", "--format", "md"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("missing.json"))
    }

    func testTheExportKeyWritesReportsBesideTheWorkshopAndSaysWhere() throws {
        let folder = try Binary.temporaryFolder(self)
        let workshop = folder + "/ws.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: workshop)
        let tmux = try Tmux(width: 120, height: 30)
        try tmux.run("'\(Binary.path)' '\(workshop)'")
        try tmux.waitFor("Primära roller")
        try tmux.send("x")
        try tmux.waitFor("Rapporter skrivna i \(folder): ws.md, ws.html, ws.csv, ws.dot")
        for name in ["ws.md", "ws.html", "ws.csv", "ws.dot"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/" + name), name)
        }
    }

    func testRolesDiffSaysNoChangesForANewWorkshopAndFailsOnlyOnAnUnreadableFile() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/new.rollkarta.json"
        XCTAssertEqual(try Binary.run(["new", file, "--journey", "both"]).status, 0)
        let same = try Binary.run(["roles", "--diff", file])
        XCTAssertEqual(same.status, 0)
        XCTAssertTrue(same.stdout.contains("inga ändringar"), same.stdout)
        XCTAssertTrue(try Binary.run(["roles", "--diff", file, "--against", file]).stdout.contains("inga ändringar"))
        let english = try Binary.run(["roles", "--diff", file, "--lang", "en"])
        XCTAssertTrue(english.stdout.contains("no changes"), english.stdout)
        let missing = try Binary.run(["roles", "--diff", folder + "/none.json"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertFalse(missing.stderr.isEmpty)
    }
}
