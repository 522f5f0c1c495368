import Foundation
import XCTest
@testable import RollkartaExport
@testable import RollkartaImport
@testable import RollkartaModel

/// The action plan goes out as a real workbook and comes back: read with Python's openpyxl
/// (as a manager's spreadsheet program would), one status changed there, imported again.
final class PlanImportTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private func example() throws -> Workshop {
        try WorkshopStore.load(Self.root.appendingPathComponent("data/examples/example.rollkarta.json").path)
    }

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rollkarta-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private func python(_ script: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: output, as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, text)
        return text
    }

    func testTheWorkbookReadsInOpenpyxlWithItsFrozenHeaderFilterStatusListAndDates() throws {
        let url = try folder().appendingPathComponent("plan.xlsx")
        try Exporter.render(try example(), as: .xlsx).write(to: url)
        let script = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb["Handlingsplan"]
            rows = [[c if c is None or isinstance(c, str) else c.isoformat()[:10] for c in r] for r in ws.iter_rows(values_only=True)]
            print(json.dumps({"sheets": wb.sheetnames, "frozen": ws.freeze_panes, "filter": ws.auto_filter.ref,
                              "lists": [d.formula1 for d in ws.data_validations.dataValidation], "rows": rows}))
            """
        struct Read: Decodable { var sheets: [String]; var frozen: String; var filter: String; var lists: [String]; var rows: [[String?]] }
        let read = try JSONDecoder().decode(Read.self, from: Data(try python(script, [url.path]).utf8))
        XCTAssertEqual(read.sheets, ["Handlingsplan", "Glapp", "Överlämningar"])
        XCTAssertEqual(read.frozen, "A2", "the header stays in view")
        XCTAssertEqual(read.filter, "A1:O5")
        XCTAssertEqual(read.lists, ["\"ej påbörjad,pågår,klar,återkommande,bevakar,avvaktar\""])
        XCTAssertEqual(read.rows[0].prefix(3), ["Aktivitet", "Glapp", "Identifierat och prioriterat gap"])
        let first = try XCTUnwrap(read.rows.first { $0.first == "gap-0001-a1" })
        XCTAssertEqual(first[13], "pågår")
        XCTAssertEqual(first[14], "2026-09-30", "2026 Q3 as a real date")
    }

    func testAStatusChangedInTheSpreadsheetComesBackAndNothingElse() throws {
        let folder = try folder()
        let exported = folder.appendingPathComponent("plan.xlsx")
        let changed = folder.appendingPathComponent("plan-ändrad.xlsx")
        let before = try example()
        try Exporter.render(before, as: .xlsx).write(to: exported)
        _ = try python("""
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["Handlingsplan"]
            for row in ws.iter_rows(min_row=2):
                if row[0].value == "gap-0003-a1": row[13].value = "Avvakta"
            wb.save(sys.argv[2])
            """, [exported.path, changed.path])
        let (after, report) = try PlanImport.apply(try SpreadsheetReader.read(changed.path), to: before, today: "2026-11-23", language: .sv)
        XCTAssertEqual(report.changes, [PlanImport.Change(activity: "gap-0003-a1", column: .status, before: "ej påbörjad", after: "avvaktar")])
        XCTAssertTrue(report.added.isEmpty)
        var expected = before
        expected.gaps[2].activities[0].setStatus(.waiting, on: "2026-11-23", note: "från kalkylarket")
        XCTAssertEqual(after, expected, "that status changed, with its history, and nothing else")
        let (again, none) = try PlanImport.apply(try SpreadsheetReader.read(exported.path), to: before, today: "2026-11-23", language: .sv)
        XCTAssertTrue(none.isEmpty, "the untouched export changes nothing")
        XCTAssertEqual(again, before)
    }

    func testBadSheetsStopWithRowAndColumnAndChangeNothing() throws {
        let before = try example()
        func refused(_ csv: String) -> [String] {
            do {
                _ = try PlanImport.apply(try SpreadsheetReader.csv(Data(csv.utf8), file: "plan.csv"), to: before, today: "2026-11-23",
                                         language: .sv)
                return []
            } catch let failure as PlanImport.Failure {
                return failure.problems
            } catch {
                return ["\(error)"]
            }
        }
        XCTAssertEqual(refused("Glapp;Status\ngap-0001;pågår\n"), ["plan.csv: kolumnen \"Aktivitet\" saknas (rubrikerna är: Glapp, Status)"])
        XCTAssertEqual(refused("Aktivitet;Glapp;Status\ngap-0001-a1;gap-0001;kanske\ngap-0009-a1;gap-0009;pågår\n"), [
            "plan.csv:2: Status: \"kanske\" finns inte (välj: ej påbörjad, pågår, klar, återkommande, bevakar, avvaktar)",
            "plan.csv:3: Glapp: okänt glapp \"gap-0009\"",
        ])
        XCTAssertEqual(refused("Aktivitet;Glapp;Identifierat och prioriterat gap\ngap-0001-a1;gap-0001;Annan text\n"),
                       ["plan.csv:2: Identifierat och prioriterat gap: glappets text är ändrad; ändra den i Rollkarta, inte i kalkylarket"])
        XCTAssertThrowsError(try SpreadsheetReader.read("/etc/hostname.xlsx"))
        let notAWorkbook = try folder().appendingPathComponent("plan.xlsx")
        try Data("inte en arbetsbok".utf8).write(to: notAWorkbook)
        XCTAssertThrowsError(try SpreadsheetReader.read(notAWorkbook.path)) { error in
            XCTAssertTrue((error as? SpreadsheetError)?.message(.sv).hasPrefix("\(notAWorkbook.path): kan inte läsas") ?? false, "\(error)")
        }
    }

    func testANewActivityTypedUnderAGapIsAddedOnce() throws {
        let before = try example()
        let csv = "Aktivitet;Glapp;Åtgärd/aktivitet;Ansvarig;Status\n;gap-0004;Ny rutin för uppföljning;Enhetschef;Pågår\n"
        let table = try SpreadsheetReader.csv(Data(csv.utf8), file: "plan.csv")
        let (once, report) = try PlanImport.apply(table, to: before, today: "2026-11-23", language: .sv)
        XCTAssertEqual(report.added.map(\.id), ["gap-0004-a1"])
        XCTAssertEqual(once.gaps[3].activities.first?.status, .ongoing)
        let (twice, again) = try PlanImport.apply(table, to: once, today: "2026-11-23", language: .sv)
        XCTAssertTrue(again.added.isEmpty)
        XCTAssertEqual(twice, once)
    }
}
