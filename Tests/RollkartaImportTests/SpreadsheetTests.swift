import Foundation
import XCTest
import ZIPFoundation
@testable import RollkartaImport
@testable import RollkartaModel

/// Survey answers in, all or nothing: CSV as web forms and Swedish Excel write it, XLSX read
/// without an XML library, hostile archives refused, the same survey twice adding nothing.
final class SpreadsheetTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    private let mapping = ExpectationMapping(respondent: "Din verksamhet", described: "Verksamhet som beskrivs",
                                             targetGroup: ["Målgrupp"], services: ["Insatser"])

    private func ws1() throws -> Workshop {
        try WorkshopStore.load(Self.root.appendingPathComponent("data/examples/ws1-example.rollkarta.json").path)
    }

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rollkarta-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private let survey = """
        ID;Starttid;Din verksamhet;Verksamhet som beskrivs;Målgrupp;Insatser
        1;2026-01-10;BUP;Habiliteringen;"Barn med CP
        autism 0-6 år";"Utredning; Hjälpmedel"
        2;2026-01-11;EH;HAB;Barn med CP;Föräldrastöd
        3;2026-01-12;Socialtjänsten;Familjecentralen;Småbarnsföräldrar;
        """

    func testASemicolonSurveyWithABOMBecomesItemsAndTheSameSurveyTwiceAddsNothing() throws {
        let table = try SpreadsheetReader.csv(Data([0xEF, 0xBB, 0xBF]) + Data(survey.utf8), file: "enkät.csv")
        XCTAssertEqual(table.header.first, "ID", "the BOM is not part of the first heading")
        XCTAssertEqual(table.rows.count, 3)
        let before = try ws1()
        let (once, report) = try ExpectationImport.apply(table, mapping: mapping, skipBadRows: false, to: before)
        XCTAssertEqual(report.added, 2, "Barn med CP (new, then recurring from EH) and Föräldrastöd")
        XCTAssertEqual(report.joined, 4, "autism 0-6 år, Utredning and Hjälpmedel were there; EH says Barn med CP too")
        XCTAssertEqual(report.unknownOrganisations.keys.sorted(), ["Familjecentralen", "Socialtjänsten"], "listed, not invented")
        let cp = try XCTUnwrap(once.expectations.first { $0.text == "Barn med CP" })
        XCTAssertEqual(cp.sources, ["actor-bup", "actor-elevhalsa"], "the same expectation from two: recurring")
        XCTAssertEqual(cp.area, .targetGroup)
        XCTAssertEqual(cp.organisation, "actor-hab")
        XCTAssertTrue(Validation.check(once).isEmpty)

        let (twice, again) = try ExpectationImport.apply(table, mapping: mapping, skipBadRows: false, to: once)
        XCTAssertEqual(twice, once)
        XCTAssertEqual(again.added + again.joined, 0)
        XCTAssertEqual(again.alreadyImported, 6)

        // Edited and merged since: still recognised by where each item came from.
        var edited = once
        var renamed = cp
        renamed.text = "Barn med cerebral pares"
        try edited.apply(.expectation(cp.id, renamed))
        let other = try XCTUnwrap(edited.expectations.first { $0.text == "Föräldrastöd" })
        try edited.apply(.batch([.expectation(renamed.id, renamed.merging(other)), .expectation(other.id, nil)]))
        let (after, third) = try ExpectationImport.apply(table, mapping: mapping, skipBadRows: false, to: edited)
        XCTAssertEqual(after, edited)
        XCTAssertEqual(third.alreadyImported, 6)
    }

    func testAMalformedRowStopsTheImportUnlessSkippedOnPurpose() throws {
        let broken = survey + "\n4;2026-01-13;BUP;HAB;Extra;fält;för många"
        let table = try SpreadsheetReader.csv(Data(broken.utf8), file: "enkät.csv")
        let before = try ws1()
        XCTAssertThrowsError(try ExpectationImport.apply(table, mapping: mapping, skipBadRows: false, to: before)) { error in
            XCTAssertEqual((error as? ExpectationImport.Failure)?.message(.sv),
                           "enkät.csv:5: väntade 6 fält, fann 7; ingenting importerades (--skip-bad-rows hoppar över sådana rader)")
        }
        let (_, report) = try ExpectationImport.apply(table, mapping: mapping, skipBadRows: true, to: before)
        XCTAssertEqual(report.skippedRows, [5], "the fifth row as a spreadsheet numbers it (the quoted line break is one row)")
        XCTAssertEqual(report.added, 2)
        var wrong = mapping
        wrong.services = ["Tjänster"]
        XCTAssertThrowsError(try ExpectationImport.apply(table, mapping: wrong, skipBadRows: true, to: before)) { error in
            XCTAssertTrue((error as? ExpectationImport.Failure)?.message(.en).contains("there is no column \"Tjänster\"") ?? false)
        }
    }

    func testAQuoteThatIsNeverClosedStopsWithTheRowWhereItOpened() throws {
        let broken = "ID;Verksamhet;Beskriv;Svar\n1;BUP;HAB;\"unterminated\n2;BUP;EH;ok\n"
        XCTAssertThrowsError(try SpreadsheetReader.csv(Data(broken.utf8), file: "enkät.csv")) { error in
            XCTAssertEqual((error as? SpreadsheetError)?.message(.sv),
                           "enkät.csv: rad 2: citattecknet avslutas aldrig (resten av filen skulle bli en enda cell); ingenting importerades")
            XCTAssertEqual((error as? SpreadsheetError)?.message(.en),
                           "enkät.csv: row 2: the quotation mark is never closed (the rest of the file would become one cell); nothing was imported")
        }
        // After a quoted line break the numbering counts rows, not lines.
        let later = survey + "\n4;2026-01-13;BUP;HAB;\"Barn \"\"med\"\" CP;\n5;2026-01-14;EH;HAB;x;y\n"
        XCTAssertThrowsError(try SpreadsheetReader.csv(Data(later.utf8), file: "enkät.csv")) { error in
            XCTAssertEqual((error as? SpreadsheetError)?.reason, .unterminatedQuote(row: 5))
        }
        // Quotes that close, escaped quotes and a quote inside an unquoted field are fine.
        let fine = "A,B\r\n\"x \"\"y\"\"\",a\"b\r\n\"1\",\"2\""
        XCTAssertEqual(try SpreadsheetReader.csv(Data(fine.utf8), file: "ok.csv").rows.map(\.cells),
                       [["x \"y\"", "a\"b"], ["1", "2"]])
    }

    func testACommaSeparatedExportReadsTheSame() throws {
        let comma = "ID,Din verksamhet,Verksamhet som beskrivs,Målgrupp,Insatser\r\n7,BUP,HAB,\"Barn med CP, 0-6 år\",\r\n"
        let table = try SpreadsheetReader.csv(Data(comma.utf8), file: "enkät.csv")
        XCTAssertEqual(table.rows.first?.cells, ["7", "BUP", "HAB", "Barn med CP, 0-6 år", ""])
    }

    /// An .xlsx as spreadsheet programs write it: shared strings, an inline string, a number.
    private func xlsx(at url: URL, sheet: String, shared: String?, extra: [(String, Data)] = []) throws {
        let archive = try Archive(url: url, accessMode: .create)
        var entries: [(String, Data)] = [("[Content_Types].xml", Data("<Types/>".utf8)), ("xl/worksheets/sheet1.xml", Data(sheet.utf8))]
        if let shared { entries.append(("xl/sharedStrings.xml", Data(shared.utf8))) }
        for (path, data) in entries + extra {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    func testAnXLSXSheetIsReadWithSharedAndInlineStrings() throws {
        let url = try folder().appendingPathComponent("enkät.xlsx")
        let shared = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">
            <si><t>Din verksamhet</t></si><si><t>Verksamhet som beskrivs</t></si><si><t>Målgrupp</t></si>
            <si><t>Insatser</t></si><si><t>BUP</t></si><si><r><t>Barn med CP</t></r><r><t xml:space="preserve">
            autism 0-6 år &amp; IF</t></r></si></sst>
            """
        let sheet = """
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
            <row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="inlineStr"><is><t>Habiliteringen</t></is></c><c r="C2" t="s"><v>5</v></c></row>
            </sheetData></worksheet>
            """
        try xlsx(at: url, sheet: sheet, shared: shared)
        let table = try SpreadsheetReader.read(url.path)
        XCTAssertEqual(table.header, ["Din verksamhet", "Verksamhet som beskrivs", "Målgrupp", "Insatser"])
        XCTAssertEqual(table.rows.first?.cells, ["BUP", "Habiliteringen", "Barn med CP\nautism 0-6 år & IF", ""])
        let (_, report) = try ExpectationImport.apply(table, mapping: mapping, skipBadRows: false, to: try ws1())
        XCTAssertEqual(report.added + report.joined, 2)
    }

    func testHostileArchivesAreRefusedBeforeAnythingIsRead() throws {
        let folder = try folder()
        let entity = folder.appendingPathComponent("entity.xlsx")
        try xlsx(at: entity, sheet: "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&a;</t></is></c></row></sheetData></worksheet>",
                 shared: nil)
        XCTAssertThrowsError(try SpreadsheetReader.read(entity.path)) { XCTAssertEqual(($0 as? SpreadsheetError)?.reason, .unsafeMarkup) }
        let slip = folder.appendingPathComponent("slip.xlsx")
        try xlsx(at: slip, sheet: "<worksheet/>", shared: nil, extra: [("../../etc/evil", Data("x".utf8))])
        XCTAssertThrowsError(try SpreadsheetReader.read(slip.path)) {
            XCTAssertEqual(($0 as? SpreadsheetError)?.reason, .unsafePath("../../etc/evil"))
        }
        let bomb = folder.appendingPathComponent("bomb.xlsx")
        try xlsx(at: bomb, sheet: "<worksheet/>", shared: nil,
                 extra: [("xl/media/zeros.bin", Data(count: SpreadsheetReader.maximumExpandedSize + 1))])
        XCTAssertThrowsError(try SpreadsheetReader.read(bomb.path)) { XCTAssertEqual(($0 as? SpreadsheetError)?.reason, .tooLarge) }
        XCTAssertLessThan(try FileManager.default.attributesOfItem(atPath: bomb.path)[.size] as? Int ?? 0, 1_000_000,
                          "small on disk, large unpacked")
    }

    // MARK: - The survey's own names

    /// As the web survey exports it: its own spelling of the organisations ("Habilitering",
    /// "Elevhälsa"), not the workshop's ("Habiliteringen", "Elevhälsan").
    private let realSurvey = """
        ID;Starttid;Slutförandetid;E-post;Namn;Vilken verksamhet representerar du?;Vilken verksamhet beskriver du?;Vilka barn tror du att verksamheten möter?;Vilka insatser tror du att verksamheten ger?
        1;2026-01-10 09:12;2026-01-10 09:20;anonymous;;BUP;Habilitering;"Barn med CP
        Autism 0-6 år";"Hjälpmedel; Föräldrastöd"
        2;2026-01-10 10:01;2026-01-10 10:09;anonymous;;Elevhälsa;Habilitering;Barn med CP;Sjukgymnastik
        3;2026-01-11 08:30;2026-01-11 08:41;anonymous;;Habilitering;Elevhälsa;Alla skolbarn;"Hälsobesök; Kuratorssamtal"
        4;2026-01-11 13:15;2026-01-11 13:22;anonymous;;BUP;Elevhälsa;Elever med skolfrånvaro;Utredning av ADHD
        5;2026-01-12 15:40;2026-01-12 15:51;anonymous;;Elevhälsa;BUP;Barn med psykisk ohälsa;"Utredning; Behandling; Konsultation"
        """

    private var realMapping: ExpectationMapping {
        ExpectationMapping(respondent: "Vilken verksamhet representerar du?", described: "Vilken verksamhet beskriver du?",
                           targetGroup: ["Vilka barn tror du att verksamheten möter?"],
                           services: ["Vilka insatser tror du att verksamheten ger?"])
    }

    func testTheSurveysOwnNamesAreProposedTakenAsAliasesAndRememberedByTheWorkshop() throws {
        let table = try SpreadsheetReader.csv(Data(realSurvey.utf8), file: "Enkät förväntningar.csv")
        let before = try ws1()
        let (without, dropped) = try ExpectationImport.apply(table, mapping: realMapping, skipBadRows: false, to: before)
        XCTAssertEqual(dropped.added + dropped.joined, 4, "only what Elevhälsa said of BUP")
        XCTAssertEqual(dropped.leftOut, 11, "the items about Habilitering and Elevhälsa, said, not invented")
        XCTAssertEqual(dropped.unknownOrganisations, ["Habilitering": [2, 3, 4], "Elevhälsa": [3, 4, 5, 6]])
        XCTAssertEqual(without.closestOrganisation(to: "Habilitering")?.abbreviation, "HAB")
        XCTAssertEqual(without.closestOrganisation(to: "Elevhälsa")?.abbreviation, "EH")
        XCTAssertEqual(without.closestOrganisation(to: "elevhalsan")?.abbreviation, "EH", "one letter off")
        XCTAssertNil(without.closestOrganisation(to: "Socialtjänsten"), "nothing close: no guess")
        XCTAssertNil(without.closestOrganisation(to: "Skolan"))

        var mapping = realMapping
        mapping.organisations = ["Habilitering": "HAB", "Elevhälsa": "Elevhälsan"]
        let (with, report) = try ExpectationImport.apply(table, mapping: mapping, skipBadRows: false, to: without)
        XCTAssertEqual(report.leftOut, 0)
        XCTAssertEqual(report.unknownOrganisations, [:])
        XCTAssertEqual(report.added + report.joined + report.sameSource, 11, "the 11 left out before, now in")
        XCTAssertEqual(report.alreadyImported, 0)
        XCTAssertEqual(report.sourcesFilled, 4, "the items about BUP, imported before without the respondent Elevhälsa")
        XCTAssertEqual(report.aliasesAdded.map(\.name), ["Elevhälsa", "Habilitering"])
        XCTAssertEqual(with.expectations.first { $0.text == "Hälsobesök" }?.sources, ["actor-hab"])
        XCTAssertEqual(with.expectations.first { $0.text == "Behandling" && $0.organisation == "actor-bup" }?.sources, ["actor-elevhalsa"],
                       "filled in later")
        let cp = try XCTUnwrap(with.expectations.first { $0.text == "Barn med CP" })
        XCTAssertEqual(cp.sources, ["actor-bup", "actor-elevhalsa"], "the same expectation from two: recurring")
        XCTAssertEqual(with.organisation(named: " habilitering ")?.id, "actor-hab", "the workshop knows the name now")
        XCTAssertEqual(with.uses(of: .actor("actor-hab")).counts[.aliases], 1, "the alias is a use of the organisation")
        XCTAssertEqual(Validation.check(with), [])

        // The next import needs no mapping of names: the workshop has them.
        let (again, third) = try ExpectationImport.apply(table, mapping: realMapping, skipBadRows: false, to: with)
        XCTAssertEqual(again, with)
        XCTAssertEqual(third.alreadyImported, 15)
        XCTAssertEqual(third.added + third.joined + third.sameSource + third.sourcesFilled + third.leftOut, 0)
    }

    func testAnAliasMustNameAnOrganisationAndNotBeAnothersName() throws {
        let table = try SpreadsheetReader.csv(Data(realSurvey.utf8), file: "enkät.csv")
        var mapping = realMapping
        mapping.organisations = ["Habilitering": "Habiliteringen Syd"]
        XCTAssertThrowsError(try ExpectationImport.apply(table, mapping: mapping, skipBadRows: false, to: try ws1())) { error in
            XCTAssertEqual((error as? ExpectationImport.Failure)?.message(.sv),
                           "\"Habilitering\" = \"Habiliteringen Syd\": ingen verksamhet i workshopen heter \"Habiliteringen Syd\" "
                           + "(kända: HAB, BUP, EH); ingenting importerades")
        }
        mapping.organisations = ["BUP": "HAB"]
        XCTAssertThrowsError(try ExpectationImport.apply(table, mapping: mapping, skipBadRows: false, to: try ws1())) { error in
            XCTAssertEqual((error as? ExpectationImport.Failure)?.message(.en),
                           "\"BUP\" is already the name of Barn- och ungdomspsykiatrin (BUP); nothing was imported")
        }
    }

    func testANameTheWorkshopRemembersIsNotMadeAnotherOrganisationsAndOneNameGetsOneTarget() throws {
        let table = try SpreadsheetReader.csv(Data(realSurvey.utf8), file: "enkät.csv")
        var known = try ws1()
        try known.apply(.alias("Habilitering", OrganisationAlias(name: "Habilitering", organisation: "actor-hab")))
        var mapping = realMapping
        mapping.organisations = ["Habilitering": "BUP"]
        XCTAssertThrowsError(try ExpectationImport.apply(table, mapping: mapping, skipBadRows: false, to: known)) { error in
            XCTAssertEqual((error as? ExpectationImport.Failure)?.message(.sv),
                           "\"Habilitering\" är redan HAB i workshopen, inte BUP; ingenting importerades")
        }
        mapping.organisations = ["Habilitering": "HAB"]
        XCTAssertNoThrow(try ExpectationImport.apply(table, mapping: mapping, skipBadRows: false, to: known), "the same again is fine")
        mapping.organisations = ["Habilitering": "HAB", "habilitering ": "BUP"]
        XCTAssertThrowsError(try ExpectationImport.apply(table, mapping: mapping, skipBadRows: false, to: try ws1())) { error in
            XCTAssertEqual((error as? ExpectationImport.Failure)?.message(.en),
                           "\"habilitering\" is given two organisations: HAB and BUP; give one; nothing was imported")
        }
        XCTAssertThrowsError(try ExpectationImport.aliases([("Habilitering", "HAB"), ("Habilitering", "BUP")], in: try ws1())) { error in
            XCTAssertEqual(error as? ExpectationImport.Failure, .aliasTwoTargets(alias: "Habilitering", targets: ["HAB", "BUP"]))
        }
        XCTAssertEqual(try ExpectationImport.aliases([("Habilitering", "HAB"), ("Habilitering", "Habiliteringen")], in: try ws1()).count, 1,
                       "one organisation by two of its names is no conflict")
    }

    /// Google Forms exports have no ID column: a response is what it says, not where its row is.
    func testWithoutAnIDColumnTheSameAnswersInAnotherOrderAreTheSameAnswers() throws {
        let heading = "Tidstämpel;Din verksamhet;Verksamhet som beskrivs;Målgrupp;Insatser\n"
        let rows = ["2026-01-10;BUP;HAB;Barn med CP;Utredning", "2026-01-11;EH;HAB;Tonåringar;Utredning",
                    "2026-01-12;EH;BUP;Barn med psykisk ohälsa;", "2026-01-12;EH;BUP;Barn med psykisk ohälsa;"]
        let table = try SpreadsheetReader.csv(Data((heading + rows.joined(separator: "\n")).utf8), file: "Formulärsvar.csv")
        let (once, first) = try ExpectationImport.apply(table, mapping: mapping, skipBadRows: false, to: try ws1())
        XCTAssertEqual(first.added + first.joined + first.sameSource, 6, "identical answers are two answers")
        let tonåringar = try XCTUnwrap(once.expectations.first { $0.text == "Tonåringar" })
        XCTAssertEqual(tonåringar.sources, ["actor-elevhalsa"])

        let reordered = try SpreadsheetReader.csv(Data((heading + rows.reversed().joined(separator: "\n")).utf8), file: "Formulärsvar.xlsx")
        let (twice, again) = try ExpectationImport.apply(reordered, mapping: mapping, skipBadRows: false, to: once)
        XCTAssertEqual(again.alreadyImported, 6)
        XCTAssertEqual(again.added + again.joined + again.sameSource + again.sourcesFilled, 0)
        XCTAssertEqual(twice, once, "no item got another row's organisation as its source")

        // One more response in the next export: only it is new.
        let more = heading + (rows + ["2026-01-13;HAB;BUP;Barn med psykisk ohälsa;Konsultation"]).shuffled().joined(separator: "\n")
        let (_, third) = try ExpectationImport.apply(try SpreadsheetReader.csv(Data(more.utf8), file: "Formulärsvar.csv"),
                                                     mapping: mapping, skipBadRows: false, to: twice)
        XCTAssertEqual(third.alreadyImported, 6)
        XCTAssertEqual(third.joined + third.added, 2, "HAB says Barn med psykisk ohälsa too, and Konsultation is new")
    }

    func testItemsImportedByRowNumberBeforeAreStillKnown() throws {
        var before = try ws1()
        let old = ExpectationItem(id: before.nextExpectationID, organisation: "actor-hab", area: .targetGroup, side: .perception,
                                  text: "Barn med CP", sources: ["actor-bup"], origins: ["Formulärsvar.csv#row2#Målgrupp#1"])
        try before.apply(.expectation(old.id, old))
        let moved = "Din verksamhet;Verksamhet som beskrivs;Målgrupp;Insatser\nEH;HAB;Tonåringar;\nBUP;HAB;barn med CP;\n"
        let (after, report) = try ExpectationImport.apply(try SpreadsheetReader.csv(Data(moved.utf8), file: "Formulärsvar.csv"),
                                                          mapping: mapping, skipBadRows: false, to: before)
        XCTAssertEqual(report.alreadyImported, 1, "the row-2 item, now on row 3")
        XCTAssertEqual(report.added, 1)
        XCTAssertEqual(after.expectation(old.id), old, "its sources and stored origin unchanged")
    }

    func testTwoRowsWithOneResponseIDStopTheImport() throws {
        let twice = "ID;Din verksamhet;Verksamhet som beskrivs;Målgrupp;Insatser\n1;BUP;HAB;Barn med CP;\n2;EH;HAB;Tonåringar;\n1;EH;BUP;Barn;\n"
        let table = try SpreadsheetReader.csv(Data(twice.utf8), file: "enkät.csv")
        XCTAssertThrowsError(try ExpectationImport.apply(table, mapping: mapping, skipBadRows: false, to: try ws1())) { error in
            XCTAssertEqual((error as? ExpectationImport.Failure)?.message(.sv),
                           "enkät.csv: svars-id \"1\" finns på flera rader (rad 2, 4); varje svar behöver ett eget id; ingenting importerades")
            XCTAssertEqual((error as? ExpectationImport.Failure)?.message(.en),
                           "enkät.csv: response id \"1\" is on several rows (rows 2, 4); each response needs an id of its own; nothing was imported")
        }
    }

    /// The names a survey uses in practice: a compound of the first and a later word, or the
    /// first word alone; unrelated or ambiguous names get no guess.
    func testTheClosestOrganisationByFirstWordOrCompoundAndNoGuessOtherwise() throws {
        var workshop = try ws1()
        workshop.actors.append(Actor(id: "actor-soc", name: "Socialtjänst Malmö", abbreviation: "SOC", principal: .municipality))
        XCTAssertEqual(workshop.closestOrganisation(to: "Barnpsykiatrin")?.abbreviation, "BUP")
        XCTAssertEqual(workshop.closestOrganisation(to: "barnpsykiatri")?.abbreviation, "BUP")
        XCTAssertEqual(workshop.closestOrganisation(to: "Socialtjänsten")?.abbreviation, "SOC")
        XCTAssertNil(workshop.closestOrganisation(to: "Barnhälsovården"), "Barn- alone is not BUP")
        XCTAssertNil(workshop.closestOrganisation(to: "Skolan"))
        XCTAssertNil(workshop.closestOrganisation(to: "Socialtjänsten Lund"), "another place is not the same organisation")
        workshop.actors.append(Actor(id: "actor-soc2", name: "Socialtjänst Lund", abbreviation: "SOCL", principal: .municipality))
        XCTAssertNil(workshop.closestOrganisation(to: "Socialtjänsten"), "two equally close: no guess")
    }

    func testTheSameItemFromTheSameOrganisationIsNotRecurring() throws {
        let twice = """
            ID;Din verksamhet;Verksamhet som beskrivs;Målgrupp;Insatser
            1;BUP;HAB;Barn med CP;
            2;BUP;HAB;barn med CP ;
            """
        let table = try SpreadsheetReader.csv(Data(twice.utf8), file: "enkät.csv")
        let (after, report) = try ExpectationImport.apply(table, mapping: mapping, skipBadRows: false, to: try ws1())
        XCTAssertEqual(report.joined, 0, "no new source: not recurring")
        XCTAssertEqual(report.sameSource, 1)
        XCTAssertEqual(after.expectations.filter { $0.text.lowercased() == "barn med cp" }.map(\.sources), [["actor-bup"]])
    }

    func testTheXLSXAndThenTheCSVOfOneSurveyAreTheSameAnswers() throws {
        let folder = try folder()
        let url = folder.appendingPathComponent("enkät.xlsx")
        let rows = survey.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let table = try SpreadsheetReader.csv(Data(survey.utf8), file: folder.appendingPathComponent("enkät.csv").path)
        XCTAssertEqual(rows.count, 5, "a quoted line break: five lines, four rows")
        func cell(_ text: String, _ reference: String) -> String {
            "<c r=\"\(reference)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(text.replacingOccurrences(of: "&", with: "&amp;"))</t></is></c>"
        }
        var sheet = "<worksheet><sheetData>"
        for (number, cells) in ([table.header] + table.rows.map(\.cells)).enumerated() {
            sheet += "<row r=\"\(number + 1)\">"
            for (column, text) in cells.enumerated() where !text.isEmpty {
                sheet += cell(text, XLSXReader.reference(row: number + 1, column: column + 1))
            }
            sheet += "</row>"
        }
        try xlsx(at: url, sheet: sheet + "</sheetData></worksheet>", shared: nil)
        let workbook = try SpreadsheetReader.read(url.path)
        XCTAssertEqual(workbook.rows.map(\.cells), table.rows.map(\.cells))
        let (once, first) = try ExpectationImport.apply(workbook, mapping: mapping, skipBadRows: false, to: try ws1())
        XCTAssertEqual(first.added + first.joined, 6)
        let (twice, second) = try ExpectationImport.apply(table, mapping: mapping, skipBadRows: false, to: once)
        XCTAssertEqual(twice, once, "the CSV brings nothing the workbook did not")
        XCTAssertEqual(second.joined, 0, "not \"återkommande\"")
        XCTAssertEqual(second.alreadyImported, 6)
    }

    func testABrokenWorkbookIsSaidInTheUsersLanguage() throws {
        let folder = try folder()
        let renamed = folder.appendingPathComponent("enkät.xlsx")
        try Data(survey.utf8).write(to: renamed)
        XCTAssertThrowsError(try SpreadsheetReader.read(renamed.path)) { error in
            XCTAssertEqual((error as? SpreadsheetError)?.message(.sv),
                           "\(renamed.path): filen är inte en Excel-arbetsbok (den ser ut som text: är det en CSV-fil? Byt då namn till .csv)")
        }
        let good = folder.appendingPathComponent("hel.xlsx")
        let sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>"
        try xlsx(at: good, sheet: sheet, shared: "<sst><si><t>ID</t></si></sst>")
        XCTAssertEqual(try SpreadsheetReader.read(good.path).header, ["ID"])
        let whole = try Data(contentsOf: good)
        let cut = folder.appendingPathComponent("avkortad.xlsx")
        try whole.prefix(whole.count * 2 / 3).write(to: cut)
        XCTAssertThrowsError(try SpreadsheetReader.read(cut.path)) { error in
            XCTAssertEqual((error as? SpreadsheetError)?.message(.sv),
                           "\(cut.path): arbetsboken är avkortad (slutet saknas; spara eller ladda ner den igen)")
        }
        let dangling = folder.appendingPathComponent("pekare.xlsx")
        let pointer = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\">"
            + "<c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>7</v></c></row></sheetData></worksheet>"
        try xlsx(at: dangling, sheet: pointer, shared: "<sst><si><t>ID</t></si></sst>")
        XCTAssertThrowsError(try SpreadsheetReader.read(dangling.path)) { error in
            XCTAssertEqual((error as? SpreadsheetError)?.message(.sv), "\(dangling.path): cell B2 pekar på en text som saknas i arbetsboken")
            XCTAssertEqual((error as? SpreadsheetError)?.message(.en),
                           "\(dangling.path): cell B2 refers to a text the workbook does not have")
        }
        XCTAssertThrowsError(try SpreadsheetReader.read(folder.appendingPathComponent("borta.xlsx").path)) { error in
            XCTAssertEqual((error as? SpreadsheetError)?.reason, .missing)
        }
        XCTAssertEqual(XLSXReader.reference(row: 3, column: 28), "AB3")
    }
}
