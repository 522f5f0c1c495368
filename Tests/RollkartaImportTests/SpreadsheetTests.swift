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
}
