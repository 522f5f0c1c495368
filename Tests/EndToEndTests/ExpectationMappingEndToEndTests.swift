import Foundation
import XCTest
@testable import RollkartaModel

/// Workshop 1 in the real binary: the facilitator types the others' expectations of
/// Habiliteringen in Swedish, records its No on one, finds it outside the mission, makes it a
/// gap, undoes and redoes that, quits, and finds it all again on reopening.
final class ExpectationMappingEndToEndTests: XCTestCase {
    func testPerceptionItemsAnsweredNoBecomeAGapAndSurviveAReopen() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/ws1.rollkarta.json"
        let created = try Binary.run(["new", file, "--journey", "child", "--kind", "expectation-mapping"])
        XCTAssertEqual(created.status, 0, created.stderr)
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        // A workshop 1 file opens on its own view (7), not on the empty map.
        let opened = try tmux.waitFor("Inga organisationer än")
        XCTAssertTrue(opened.contains("[7 "), opened)
        for (name, abbreviation) in [("Habiliteringen", "HAB"), ("Barn- och ungdomspsykiatrin", "BUP")] {
            try tmux.send("a")
            try tmux.type(name)
            try tmux.send("Tab")
            try tmux.type(abbreviation)
            try tmux.send("F2")
            try tmux.waitFor("\(abbreviation) tillagd")
        }
        try tmux.send("Home", "Enter", "l")
        try tmux.waitFor("▶ Andras uppfattning (0)")
        for item in ["Autism 0-6 år", "Barn med enbart ADHD", "Fysiska funktionsnedsättningar"] {
            try tmux.send("a")
            try tmux.type(item)
            try tmux.send("Tab", "Tab", "Space", "F2")
            try tmux.waitFor("sparad")
        }
        try tmux.waitFor("▶ Andras uppfattning (3)")
        try tmux.send("Up", "N")
        try tmux.waitFor("Nej, de ingår INTE i vår målgrupp")
        try tmux.send("r")
        try tmux.waitFor("Förväntningar utanför uppdraget")
        try tmux.waitFor("Förväntas av HAB, utanför uppdraget:")
        try tmux.waitFor("✗ HAB · Målgrupp: Barn med enbart ADHD – BUP")
        try tmux.send("g")
        try tmux.waitFor("Glapp från förväntan")
        try tmux.send("F2")
        try tmux.waitFor("Blev glapp gap-0001")
        try tmux.send("u")
        try tmux.waitFor("Ångrat")
        try tmux.send("C-r")
        try tmux.waitFor("Blev glapp gap-0001")
        try tmux.quitFromAView()

        let saved = try WorkshopStore.load(file)
        XCTAssertEqual(saved.kind, .expectationMapping)
        XCTAssertEqual(saved.expectations.map(\.text), ["Autism 0-6 år", "Barn med enbart ADHD", "Fysiska funktionsnedsättningar"])
        let refused = try XCTUnwrap(saved.expectations.first { $0.answer?.vote == .no })
        XCTAssertEqual(refused.text, "Barn med enbart ADHD")
        XCTAssertEqual(saved.gaps.map(\.expectation), [refused.id])
        XCTAssertEqual(try Binary.run(["validate", file]).status, 0)

        try tmux.run("clear; '\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("HAB")
        try tmux.send("Enter", "l")
        try tmux.waitFor("✗ Barn med enbart ADHD – BUP")
        try tmux.send("Down")
        try tmux.waitFor("Blev glapp gap-0001")
        try tmux.quitFromAView()
    }
}

/// The survey import from the command line: a dry run writes nothing, the import writes once,
/// the same survey again changes nothing, a malformed one leaves the file untouched.
final class ExpectationImportEndToEndTests: XCTestCase {
    func testTheSurveyIsImportedOnceAndAMalformedOneChangesNothing() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/ws1.rollkarta.json"
        try FileManager.default.copyItem(atPath: URL(fileURLWithPath: Binary.examplePath).deletingLastPathComponent()
            .appendingPathComponent("ws1-example.rollkarta.json").path, toPath: file)
        let survey = folder + "/enkät.csv"
        try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array("""
            ID;Din verksamhet;Verksamhet som beskrivs;Målgrupp;Insatser\r
            1;BUP;Habiliteringen;"Barn med CP\r
            Barn med IF";Föräldrastöd\r
            2;Ungdomsmottagningen;HAB;Unga vuxna;\r

            """.utf8)).write(to: URL(fileURLWithPath: survey))
        let columns = ["--respondent", "Din verksamhet", "--described", "Verksamhet som beskrivs", "--target-group", "Målgrupp",
                       "--services", "Insatser"]
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let dry = try Binary.run(["import-expectations", file, survey] + columns + ["--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.contains("4 nya punkter"), dry.stdout)
        XCTAssertTrue(dry.stdout.contains("okänd verksamhet \"Ungdomsmottagningen\" (rad 3)"), dry.stdout)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), before, "a dry run writes nothing")
        let real = try Binary.run(["import-expectations", file, survey] + columns)
        XCTAssertTrue(real.stdout.contains("sparad"), real.stdout)
        let imported = try WorkshopStore.load(file)
        XCTAssertEqual(imported.expectations.first { $0.text == "Barn med CP" }?.sources, ["actor-bup"])
        let again = try Binary.run(["import-expectations", file, survey] + columns)
        XCTAssertTrue(again.stdout.contains("4 redan inlästa") && again.stdout.contains("inget nytt"), again.stdout)

        let broken = folder + "/trasig.csv"
        try "ID;Din verksamhet;Verksamhet som beskrivs;Målgrupp;Insatser\n9;BUP;HAB;a;b;c\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let afterImport = try Data(contentsOf: URL(fileURLWithPath: file))
        let refused = try Binary.run(["import-expectations", file, broken] + columns)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("trasig.csv:2: väntade 5 fält, fann 6; ingenting importerades"), refused.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), afterImport)

        let unclosed = folder + "/citat.csv"
        try "ID;Verksamhet;Beskriv;Svar\n1;BUP;HAB;\"unterminated\n2;BUP;EH;ok\n".write(toFile: unclosed, atomically: true, encoding: .utf8)
        let quote = try Binary.run(["import-expectations", file, unclosed, "--respondent", "Verksamhet", "--described", "Beskriv",
                                    "--target-group", "Svar", "--lang", "en"])
        XCTAssertEqual(quote.status, 1, quote.stdout)
        XCTAssertTrue(quote.stderr.contains("citat.csv: row 2: the quotation mark is never closed"), quote.stderr)
        XCTAssertFalse(quote.stdout.contains("new items"), quote.stdout)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), afterImport, "nothing written")
    }

    /// The web survey's real names ("Habilitering", "Elevhälsa"), its workbook as LibreOffice
    /// saves it and then its CSV: the dry run proposes the organisation, the import takes the
    /// names and the workshop keeps them, the CSV of the same survey changes nothing.
    func testTheSurveysOwnNamesAreProposedTakenAndTheCSVAfterTheWorkbookChangesNothing() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/ws1.rollkarta.json"
        try FileManager.default.copyItem(atPath: URL(fileURLWithPath: Binary.examplePath).deletingLastPathComponent()
            .appendingPathComponent("ws1-example.rollkarta.json").path, toPath: file)
        let csv = folder + "/Förväntningar.csv"
        try """
            ID;Vilken verksamhet representerar du?;Vilken verksamhet beskriver du?;Målgrupp;Insatser
            1;BUP;Habilitering;"Barn med CP
            Autism 0-6 år";Föräldrastöd
            2;Elevhälsa;Habilitering;Barn med CP;Sjukgymnastik
            3;Habilitering;Elevhälsa;Alla skolbarn;Hälsobesök
            4;Elevhälsa;BUP;Barn med psykisk ohälsa;Konsultation

            """.write(toFile: csv, atomically: true, encoding: .utf8)
        let soffice = try Binary.shell("cd '\(folder)' && soffice -env:UserInstallation=file://\(folder)/profile --headless "
                                       + "--infilter=CSV:59,34,76,1 --convert-to xlsx '\(csv)'")
        XCTAssertEqual(soffice.status, 0, soffice.output)
        let workbook = folder + "/Förväntningar.xlsx"
        let columns = ["--respondent", "Vilken verksamhet representerar du?", "--described", "Vilken verksamhet beskriver du?",
                       "--target-group", "Målgrupp", "--services", "Insatser"]

        let dry = try Binary.run(["import-expectations", file, workbook] + columns + ["--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.contains("7 lämnades utanför (okänd verksamhet som beskrivs, rad 2, 3, 4)"), dry.stdout)
        XCTAssertTrue(dry.stdout.contains("okänd verksamhet \"Habilitering\" (rad 2, 3, 4); närmast: Habiliteringen (HAB) – "
                                          + "ange --organisation \"Habilitering=HAB\" om det är den"), dry.stdout)
        XCTAssertTrue(dry.stdout.contains("närmast: Elevhälsan (EH)"), dry.stdout)
        XCTAssertTrue(dry.stdout.contains("\"organisations\": {\"Elevhälsa\": \"EH\", \"Habilitering\": \"HAB\"}"), dry.stdout)

        let real = try Binary.run(["import-expectations", file, workbook] + columns
                                  + ["--organisation", "Habilitering=HAB", "--organisation", "Elevhälsa=Elevhälsan"])
        XCTAssertEqual(real.status, 0, real.stderr)
        XCTAssertTrue(real.stdout.contains("\"Habilitering\" = HAB: workshopen kommer ihåg namnet"), real.stdout)
        XCTAssertFalse(real.stdout.contains("okänd"), real.stdout)
        let imported = try WorkshopStore.load(file)
        XCTAssertEqual(imported.expectations.first { $0.text == "Barn med CP" }?.sources, ["actor-bup", "actor-elevhalsa"])
        XCTAssertEqual(imported.organisation(named: "Elevhälsa")?.abbreviation, "EH")
        XCTAssertEqual(try Binary.run(["validate", file]).status, 0)

        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        let again = try Binary.run(["import-expectations", file, csv] + columns)
        XCTAssertTrue(again.stdout.contains("0 nya punkter, 0 återkommande (en källa till), 9 redan inlästa"), again.stdout)
        XCTAssertTrue(again.stdout.contains("inget nytt"), again.stdout)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), bytes, "the CSV of the same survey changes nothing")

        let usage = try Binary.run(["import-expectations", file, csv, "--respondent", "ID"])
        XCTAssertNotEqual(usage.status, 0)
        XCTAssertTrue(usage.stderr.contains("ange --respondent, --described och minst en --target-group"), usage.stderr)
        XCTAssertTrue(usage.stderr.contains("Användning: rollkarta import-expectations <workshop> <survey>"), "its own usage: \(usage.stderr)")

        let renamed = folder + "/enkät.xlsx"
        try FileManager.default.copyItem(atPath: csv, toPath: renamed)
        let refused = try Binary.run(["import-expectations", file, renamed] + columns)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("filen är inte en Excel-arbetsbok"), refused.stderr)
    }

    /// The dry run proposes a mapping file with only "organisations": it works together with
    /// the column options, and a file that gives a wrong type says where.
    func testAMappingFileWithOnlyTheNamesCombinesWithTheColumnOptions() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/ws1.rollkarta.json"
        try FileManager.default.copyItem(atPath: URL(fileURLWithPath: Binary.examplePath).deletingLastPathComponent()
            .appendingPathComponent("ws1-example.rollkarta.json").path, toPath: file)
        let csv = folder + "/enkät.csv"
        try "ID;Din verksamhet;Verksamhet som beskrivs;Målgrupp\n1;BUP;Habilitering;Barn med CP\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let columns = ["--respondent", "Din verksamhet", "--described", "Verksamhet som beskrivs", "--target-group", "Målgrupp"]
        let names = folder + "/namn.json"
        try #"{"organisations": {"Habilitering": "HAB"}}"#.write(toFile: names, atomically: true, encoding: .utf8)
        let imported = try Binary.run(["import-expectations", file, csv, "--mapping", names] + columns)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("1 ny punkt"), imported.stdout)
        let onlyNames = try Binary.run(["import-expectations", file, csv, "--mapping", names])
        XCTAssertEqual(onlyNames.status, 64, onlyNames.stderr)
        XCTAssertTrue(onlyNames.stderr.contains("ange --respondent, --described och minst en --target-group"), onlyNames.stderr)
        try #"{"organisations": ["Habilitering"]}"#.write(toFile: names, atomically: true, encoding: .utf8)
        let wrong = try Binary.run(["import-expectations", file, csv, "--mapping", names] + columns)
        XCTAssertEqual(wrong.status, 1)
        XCTAssertTrue(wrong.stderr.contains("namn.json (vid \"organisations\"): väntade"), wrong.stderr)
    }

    /// A name the workshop remembers for one organisation is not quietly made another's, by
    /// option or mapping file, and one name given two organisations in one run is refused.
    func testANameTheWorkshopRemembersOrGivenTwiceIsRefusedBeforeAnythingIsWritten() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/ws1.rollkarta.json"
        try FileManager.default.copyItem(atPath: URL(fileURLWithPath: Binary.examplePath).deletingLastPathComponent()
            .appendingPathComponent("ws1-example.rollkarta.json").path, toPath: file)
        let csv = folder + "/enkät.csv"
        try "ID;Din verksamhet;Verksamhet som beskrivs;Målgrupp\n1;BUP;Habilitering;Barn med CP\n2;Habilitering;BUP;Tonåringar\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let columns = ["--respondent", "Din verksamhet", "--described", "Verksamhet som beskrivs", "--target-group", "Målgrupp"]
        let first = try Binary.run(["import-expectations", file, csv] + columns + ["--organisation", "Habilitering=HAB"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))

        let remapped = try Binary.run(["import-expectations", file, csv] + columns + ["--organisation", "Habilitering=BUP"])
        XCTAssertEqual(remapped.status, 1, remapped.stdout)
        XCTAssertTrue(remapped.stderr.contains("\"Habilitering\" är redan HAB i workshopen, inte BUP; ingenting importerades"),
                      remapped.stderr)
        let mapping = folder + "/mapping.json"
        try #"{"respondent": "Din verksamhet", "described": "Verksamhet som beskrivs", "targetGroup": ["Målgrupp"], "services": [], "organisations": {"habilitering": "BUP"}}"#
            .write(toFile: mapping, atomically: true, encoding: .utf8)
        let byFile = try Binary.run(["import-expectations", file, csv, "--mapping", mapping, "--lang", "en"])
        XCTAssertEqual(byFile.status, 1, byFile.stdout)
        XCTAssertTrue(byFile.stderr.contains("\"habilitering\" is already HAB in the workshop, not BUP; nothing was imported"), byFile.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), bytes, "nothing written")

        let fresh = folder + "/fresh.rollkarta.json"
        try FileManager.default.copyItem(atPath: URL(fileURLWithPath: Binary.examplePath).deletingLastPathComponent()
            .appendingPathComponent("ws1-example.rollkarta.json").path, toPath: fresh)
        let freshBytes = try Data(contentsOf: URL(fileURLWithPath: fresh))
        let twice = try Binary.run(["import-expectations", fresh, csv] + columns
                                   + ["--organisation", "Habilitering=HAB", "--organisation", "Habilitering=BUP"])
        XCTAssertEqual(twice.status, 1, twice.stdout)
        XCTAssertTrue(twice.stderr.contains("\"Habilitering\" ges två verksamheter: HAB och BUP; ange en; ingenting importerades"),
                      twice.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: fresh)), freshBytes, "nothing written")
    }

    /// What a user reads after an import: counts in the singular when one, the rows of what was
    /// left out, and no alias proposed for a multiple-choice answer.
    func testTheSummaryCountsInTheRightNumberAndNamesTheRowsLeftOut() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/ws1.rollkarta.json"
        try FileManager.default.copyItem(atPath: URL(fileURLWithPath: Binary.examplePath).deletingLastPathComponent()
            .appendingPathComponent("ws1-example.rollkarta.json").path, toPath: file)
        let csv = folder + "/enkät.csv"
        try "ID;Din verksamhet;Verksamhet som beskrivs;Målgrupp\n1;BUP;HAB;Nyfödda\n2;BUP;;Tonåringar\n3;EH;\"HAB;EH;\";Skolbarn\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let columns = ["--respondent", "Din verksamhet", "--described", "Verksamhet som beskrivs", "--target-group", "Målgrupp"]
        let sv = try Binary.run(["import-expectations", file, csv, "--dry-run"] + columns)
        XCTAssertEqual(sv.status, 0, sv.stderr)
        XCTAssertTrue(sv.stdout.contains("1 ny punkt, 0 återkommande (en källa till), 0 redan inlästa, "
                                         + "2 lämnades utanför (okänd verksamhet som beskrivs, rad 3, 4)"), sv.stdout)
        XCTAssertTrue(sv.stdout.contains("rad 3: ingen verksamhet som beskrivs (kolumnen \"Verksamhet som beskrivs\" är tom); dess punkter lämnades utanför"),
                      sv.stdout)
        XCTAssertTrue(sv.stdout.contains("\"HAB;EH;\" (rad 4) nämner flera verksamheter"), sv.stdout)
        XCTAssertFalse(sv.stdout.contains("--organisation"), "no alias for a multiple-choice answer: \(sv.stdout)")
        let en = try Binary.run(["import-expectations", file, csv, "--dry-run", "--lang", "en"] + columns)
        XCTAssertTrue(en.stdout.contains("1 new item, 0 recurring (one more source), 0 already imported, 2 left out (unknown organisation described, rows 3, 4)"),
                      en.stdout)
        XCTAssertTrue(en.stdout.contains("row 3: no organisation described"), en.stdout)
    }
}
