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
                              "lists": [d.formula1 for d in ws.data_validations.dataValidation], "rows": rows,
                              "paper": str(ws.page_setup.paperSize), "orientation": ws.page_setup.orientation,
                              "titles": ws.print_title_rows, "fit": ws.sheet_properties.pageSetUpPr.fitToPage}))
            """
        struct Read: Decodable {
            var sheets: [String]; var frozen: String; var filter: String; var lists: [String]; var rows: [[String?]]
            var paper: String; var orientation: String; var titles: String; var fit: Bool
        }
        let read = try JSONDecoder().decode(Read.self, from: Data(try python(script, [url.path]).utf8))
        XCTAssertEqual(read.sheets, ["Handlingsplan", "Glapp", "Överlämningar"])
        XCTAssertEqual(read.frozen, "A2", "the header stays in view")
        XCTAssertEqual(read.filter, "A1:O5")
        XCTAssertEqual(read.lists, ["\"ej påbörjad,pågår,klar,återkommande,bevakar,avvaktar\"", "\"generell,enhetsnivå\""],
                       "Status and Nivå offer their values")
        XCTAssertEqual([read.paper, read.orientation, read.titles], ["9", "landscape", "$1:$1"], "A4 landscape, the header on every page")
        XCTAssertTrue(read.fit, "one page wide")
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
            XCTAssertEqual((error as? SpreadsheetError)?.message(.sv),
                           "\(notAWorkbook.path): filen är inte en Excel-arbetsbok (den ser ut som text: är det en CSV-fil? Byt då namn till .csv)")
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

    /// LibreOffice headless, with a profile of its own (another soffice running would hold the
    /// default one): converts `input` into `folder` as `format`, with an import filter if given.
    private func soffice(_ input: URL, to format: String, in folder: URL, filter: String? = nil) throws -> URL {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("rollkarta-lo-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: profile) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["soffice", "-env:UserInstallation=\(profile.absoluteString)", "--headless"]
            + (filter.map { ["--infilter=\($0)"] } ?? []) + ["--convert-to", format, "--outdir", folder.path, input.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, output)
        let converted = folder.appendingPathComponent(input.deletingPathExtension().lastPathComponent + "." + format)
        XCTAssertTrue(FileManager.default.fileExists(atPath: converted.path), "soffice wrote nothing: \(output)")
        return converted
    }

    /// A manager keeps the workbook in LibreOffice: types dates into Tidplan (LibreOffice makes
    /// date cells of them) and adds an activity of their own without an id; later, in the same
    /// workbook, changes that row's status and action; later still, in a fresh export, its
    /// responsible. Each import brings back exactly that, dated in the history, and no duplicate.
    func testAWorkbookSavedByLibreOfficeKeepsTypedDatesAndAManagersOwnRowThroughTwoChanges() throws {
        let folder = try folder()
        let before = try example()
        let exported = folder.appendingPathComponent("plan.xlsx")
        try Exporter.render(before, as: .xlsx).write(to: exported)
        let edited = folder.appendingPathComponent("edit/plan.xlsx")
        try FileManager.default.createDirectory(at: edited.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = try python("""
            import sys, datetime, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["Handlingsplan"]
            for row in ws.iter_rows(min_row=2):
                if row[0].value == "gap-0001-a1": row[9].value = datetime.datetime(2027, 3, 31)
                if row[0].value == "gap-0003-a1":
                    row[9].value = datetime.datetime(2026, 10, 5); row[9].number_format = "d/m"
            ws.append([None, "gap-0002", None, None, None, None, None, "Egen rutin för återkoppling", "Enhetschef BUP",
                       "Våren 2027", None, None, None, "ej påbörjad"])
            wb.save(sys.argv[2])
            """, [exported.path, edited.path])
        let saved = try soffice(edited, to: "xlsx", in: folder.appendingPathComponent("lo1"))
        let (first, added) = try PlanImport.apply(try SpreadsheetReader.read(saved.path), to: before, today: "2026-12-01", language: .sv)
        XCTAssertEqual(first.gaps[0].activities[0].timeline, "2027-03-31", "the date cell as the date it shows, not its day number")
        XCTAssertEqual(first.gaps[2].activities[0].timeline, "2026-10-05")
        XCTAssertTrue(first.gaps[0].activities[0].isOverdue(today: "2027-04-01", year: first.year))
        XCTAssertFalse(first.gaps[0].activities[0].isOverdue(today: "2027-03-31", year: first.year))
        let mail = PlanFollowUp(first, today: "2027-04-01", grouping: .responsible).text(first, .sv)
        XCTAssertTrue(mail.contains("⚠ FÖRSENAD · gap-0001-a1") && mail.contains("2027-03-31"), mail)
        XCTAssertFalse(mail.contains("46477") || mail.contains("46300"), mail)
        XCTAssertEqual(first.gaps[0].activities[0].history.last,
                       StatusChange(date: "2026-12-01", field: .timeline, before: "2026 Q3", after: "2027-03-31", status: .ongoing,
                                    note: "från kalkylarket"), "the timeline's change is dated like a status")
        XCTAssertEqual(added.added.map(\.id), ["gap-0002-a2"])
        let reexported = try SpreadsheetReader.read({
            let url = folder.appendingPathComponent("again.xlsx")
            try Exporter.render(first, as: .xlsx).write(to: url)
            return url.path
        }())
        let timeline = try XCTUnwrap(reexported.column("Tidplan"))
        XCTAssertEqual(reexported.rows.first { $0.cells[0] == "gap-0001-a1" }?.cell(timeline), "2027-03-31", "written back as the ISO date")

        // The same LibreOffice workbook again: the manager's own row, still without an id, now under way and renamed.
        let second = folder.appendingPathComponent("edit2/plan.xlsx")
        try FileManager.default.createDirectory(at: second.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = try python("""
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.worksheets[0]
            for row in ws.iter_rows(min_row=2):
                if row[7].value == "Egen rutin för återkoppling":
                    row[13].value = "pågår"; row[7].value = "Egen rutin för återkoppling till skolan"
            wb.save(sys.argv[2])
            """, [saved.path, second.path])
        let savedAgain = try soffice(second, to: "xlsx", in: folder.appendingPathComponent("lo2"))
        let (secondImport, changed) = try PlanImport.apply(try SpreadsheetReader.read(savedAgain.path), to: first, today: "2026-12-15",
                                                           language: .sv)
        XCTAssertTrue(changed.added.isEmpty, "no duplicate: \(changed.added)")
        XCTAssertEqual(secondImport.gaps[1].activities.map(\.id), ["gap-0002-a1", "gap-0002-a2"])
        let own = secondImport.gaps[1].activities[1]
        XCTAssertEqual(own.status, .ongoing)
        XCTAssertEqual(own.action, "Egen rutin för återkoppling till skolan")
        XCTAssertEqual(Set(changed.changes.map(\.column)), [.status, .action])
        XCTAssertEqual(own.history.map(\.date), ["2026-12-15", "2026-12-15"])

        // And a third time, the row (now with its id) in a fresh export: the responsible changed.
        let fresh = folder.appendingPathComponent("fresh.xlsx")
        try Exporter.render(secondImport, as: .xlsx).write(to: fresh)
        let third = folder.appendingPathComponent("fresh-edited.xlsx")
        _ = try python("""
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["Handlingsplan"]
            for row in ws.iter_rows(min_row=2):
                if row[0].value == "gap-0002-a2": row[8].value = "Rektor"
            wb.save(sys.argv[2])
            """, [fresh.path, third.path])
        let (thirdImport, last) = try PlanImport.apply(try SpreadsheetReader.read(third.path), to: secondImport, today: "2027-01-10",
                                                       language: .sv)
        XCTAssertEqual(last.changes, [PlanImport.Change(activity: "gap-0002-a2", column: .responsible, before: "Enhetschef BUP", after: "Rektor")])
        XCTAssertEqual(thirdImport.gaps[1].activities[1].history.last,
                       StatusChange(date: "2027-01-10", field: .responsible, before: "Enhetschef BUP", after: "Rektor", status: .ongoing,
                                    note: "från kalkylarket"))
        XCTAssertEqual(thirdImport.gaps[1].activities.count, 2)
        let file = WorkshopCodec.encode(thirdImport)
        XCTAssertEqual(try WorkshopCodec.decode(file, file: "w.json"), thirdImport, "the new history entries and the row's origin are kept")
    }

    /// A manager's own row (no id) after its first import: the sheet sorted (the row elsewhere),
    /// its action reworded, the workbook saved under another name in LibreOffice. Known again by
    /// what its first import recorded and what else it says: no duplicate, the new action taken.
    func testAManagersOwnRowSortedRewordedAndSavedUnderAnotherNameIsNoDuplicate() throws {
        let folder = try folder()
        let before = try example()
        let exported = folder.appendingPathComponent("plan.xlsx")
        try Exporter.render(before, as: .xlsx).write(to: exported)
        let added = folder.appendingPathComponent("edit/plan.xlsx")
        try FileManager.default.createDirectory(at: added.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = try python("""
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["Handlingsplan"]
            ws.append([None, "gap-0002", None, None, None, None, None, "Egen rutin för återkoppling", "Enhetschef BUP",
                       "Våren 2027", None, None, None, "ej påbörjad"])
            wb.save(sys.argv[2])
            """, [exported.path, added.path])
        let saved = try soffice(added, to: "xlsx", in: folder.appendingPathComponent("lo1"))
        let (first, report) = try PlanImport.apply(try SpreadsheetReader.read(saved.path), to: before, today: "2026-12-01", language: .sv)
        XCTAssertEqual(report.added.map(\.id), ["gap-0002-a2"])

        let sorted = folder.appendingPathComponent("mars/plan-mars.xlsx")
        try FileManager.default.createDirectory(at: sorted.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = try python("""
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.worksheets[0]
            rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2) if any(c.value for c in row)]
            rows.reverse()
            for row in rows:
                if row[7] == "Egen rutin för återkoppling": row[7] = "Rutin: skolan får svar varje termin"
            ws.delete_rows(2, ws.max_row)
            for row in rows: ws.append(row)
            wb.save(sys.argv[2])
            """, [saved.path, sorted.path])
        let savedAgain = try soffice(sorted, to: "xlsx", in: folder.appendingPathComponent("lo2"))
        XCTAssertEqual(savedAgain.lastPathComponent, "plan-mars.xlsx")
        let table = try SpreadsheetReader.read(savedAgain.path)
        let row = try XCTUnwrap(table.rows.first { $0.cells.contains("Rutin: skolan får svar varje termin") })
        XCTAssertNotEqual(row.number, first.gaps[1].activities[1].origin?.row, "the row is elsewhere now")
        let (second, changed) = try PlanImport.apply(table, to: first, today: "2026-12-15", language: .sv)
        XCTAssertTrue(changed.added.isEmpty, "no duplicate: \(changed.added)")
        XCTAssertEqual(second.gaps[1].activities.map(\.id), ["gap-0002-a1", "gap-0002-a2"])
        XCTAssertEqual(second.gaps[1].activities[1].action, "Rutin: skolan får svar varje termin")
        XCTAssertEqual(changed.changes.map(\.column), [.action])
        XCTAssertFalse(changed.missing.contains("gap-0002-a2"), "found, not missing")
    }

    /// Texts that start like a formula go into the `--excel` CSV behind an apostrophe: opened in
    /// LibreOffice (semicolons, UTF-8, formulas evaluated as it does by default) no cell is a
    /// formula and each shows its text; `import-plan` of the same CSV changes nothing.
    func testFormulaLikeTextsInTheExcelCSVStayTextInLibreOffice() throws {
        let folder = try folder()
        var workshop = try example()
        let hostile = ["=HYPERLINK(\"http://example.invalid\";\"klicka\")", "+46 70 123 45 67", "-20 % väntetid", "@SUMMA(A1:A2)"]
        workshop.gaps[0].activities[0].action = hostile[0]
        workshop.gaps[0].activities[0].responsible = hostile[1]
        workshop.gaps[0].activities[0].measure = hostile[2]
        workshop.gaps[0].activities[0].goal = hostile[3]
        let csv = folder.appendingPathComponent("plan.csv")
        try Exporter.render(workshop, as: .csv, options: ExportOptions(excel: true)).write(to: csv)
        let opened = try soffice(csv, to: "xlsx", in: folder.appendingPathComponent("lo"), filter: "CSV:59,34,76,1")
        let read = try python("""
            import json, sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
            print(json.dumps([[c.data_type, "" if c.value is None else str(c.value)] for row in ws.iter_rows() for c in row]))
            """, [opened.path])
        let cells = try JSONDecoder().decode([[String]].self, from: Data(read.utf8))
        XCTAssertFalse(cells.contains { $0[0] == "f" }, "a cell became a formula: \(cells.filter { $0[0] == "f" })")
        for text in hostile {
            XCTAssertTrue(cells.contains { $0 == ["s", "'" + text] }, "\(text) is not shown as text: \(cells)")
        }
        let (again, report) = try PlanImport.apply(try SpreadsheetReader.read(csv.path), to: workshop, today: "2026-12-01", language: .sv)
        XCTAssertTrue(report.isEmpty, "the apostrophe is not part of the text: \(report.changes)")
        XCTAssertEqual(again, workshop)
    }

    /// Whatever program saved it: Excel's built-in date format (14), a date with a time, a
    /// custom format, a workbook on the 1904 system are dates; a number, a number with a quoted
    /// "d" and a percentage stay numbers.
    func testDateCellsAreDatesByTheirNumberFormatAndNumbersStayNumbers() throws {
        let folder = try folder()
        func read(date1904: Bool) throws -> [String] {
            let url = folder.appendingPathComponent("cells-\(date1904).xlsx")
            _ = try python("""
                import sys, datetime, openpyxl
                wb = openpyxl.Workbook(); ws = wb.active
                if sys.argv[2] == "1": wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
                ws.append(["a", "b", "c", "d", "e", "f", "g"])
                ws.append([datetime.datetime(2027, 3, 31), datetime.datetime(2026, 10, 5, 14, 30), datetime.datetime(2028, 2, 29),
                           46477, 12, 0.25, "2027-03-31"])
                ws["A2"].number_format = "mm-dd-yy"
                ws["B2"].number_format = "m/d/yy h:mm"
                ws["C2"].number_format = '[$-41D]d mmmm yyyy;@'
                ws["E2"].number_format = '0" dagar"'
                ws["F2"].number_format = "0%"
                wb.save(sys.argv[1])
                """, [url.path, date1904 ? "1" : "0"])
            return try XCTUnwrap(SpreadsheetReader.read(url.path).rows.first).cells
        }
        XCTAssertEqual(try read(date1904: false), ["2027-03-31", "2026-10-05", "2028-02-29", "46477", "12", "0.25", "2027-03-31"])
        XCTAssertEqual(try read(date1904: true).prefix(3), ["2027-03-31", "2026-10-05", "2028-02-29"])
        XCTAssertTrue(DateCells.isDateFormat(14, nil) && DateCells.isDateFormat(47, nil) && !DateCells.isDateFormat(2, nil))
        XCTAssertTrue(DateCells.isDateFormat(165, "yyyy\\-mm\\-dd\\ h:mm:ss"), "LibreOffice's own")
        XCTAssertFalse(DateCells.isDateFormat(164, "General"))
        XCTAssertFalse(DateCells.isDateFormat(166, "[Red]0.00"))
    }
}
