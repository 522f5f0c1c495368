import Foundation
import XCTest

/// The manager's workbook through the real binary and LibreOffice: `export --format xlsx`, a
/// date typed and a row of the manager's own added and saved by LibreOffice headless,
/// `import-plan`, then the same workbook again with that row's status changed, and `plan`.
final class PlanWorkbookEndToEndTests: XCTestCase {
    private func run(_ arguments: [String]) throws -> Binary.Result {
        let result = try Binary.run(arguments)
        XCTAssertEqual(result.status, 0, "\(arguments): \(result.stdout)\(result.stderr)")
        return result
    }

    /// openpyxl edits `input` into `edited`, LibreOffice saves it again (its own date cells).
    private func editInLibreOffice(_ folder: String, _ script: String, _ input: String, _ edited: String) throws -> String {
        let python = try Binary.shell("python3 - '\(input)' '\(folder)/\(edited)' <<'PY'\n\(script)\nPY")
        XCTAssertEqual(python.status, 0, python.output)
        let out = "\(folder)/lo-\(UUID().uuidString)"
        let soffice = try Binary.shell("soffice -env:UserInstallation=file://\(folder)/profile --headless --convert-to xlsx "
                                       + "--outdir '\(out)' '\(folder)/\(edited)'")
        XCTAssertEqual(soffice.status, 0, soffice.output)
        return "\(out)/\(edited)"
    }

    func testADateTypedInLibreOfficeAndAManagersOwnRowComeBackThroughTheBinary() throws {
        let folder = try Binary.temporaryFolder(self)
        let workshop = "\(folder)/w.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: workshop)
        _ = try run(["export", workshop, "--format", "xlsx", "-o", "\(folder)/plan.xlsx"])
        let saved = try editInLibreOffice(folder, """
            import sys, datetime, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["Handlingsplan"]
            for row in ws.iter_rows(min_row=2):
                if row[0].value == "gap-0003-a1": row[9].value = datetime.datetime(2026, 10, 5); row[9].number_format = "d/m"
            ws.append([None, "gap-0002", None, None, None, None, None, "Egen rutin", "Rektor", None, None, None, None, "ej påbörjad"])
            wb.save(sys.argv[2])
            """, "\(folder)/plan.xlsx", "plan.xlsx")
        let first = try run(["import-plan", workshop, saved, "--today", "2026-12-01"])
        XCTAssertTrue(first.stdout.contains("gap-0003-a1 · Tidplan: \"Hösten 2026\" → \"2026-10-05\""), first.stdout)
        XCTAssertTrue(first.stdout.contains("ny aktivitet gap-0002-a2: Egen rutin"), first.stdout)
        let overdue = try run(["plan", workshop, "--overdue", "--today", "2026-12-01"])
        XCTAssertTrue(overdue.stdout.contains("⚠ FÖRSENAD · gap-0003-a1") && overdue.stdout.contains("2026-10-05"), overdue.stdout)
        XCTAssertFalse(overdue.stdout.contains("46300"), overdue.stdout)

        let again = try editInLibreOffice(folder, """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.worksheets[0]
            for row in ws.iter_rows(min_row=2):
                if row[7].value == "Egen rutin": row[13].value = "pågår"
            wb.save(sys.argv[2])
            """, saved, "plan.xlsx")
        let second = try run(["import-plan", workshop, again, "--today", "2026-12-15"])
        XCTAssertTrue(second.stdout.contains("gap-0002-a2 · Status: \"ej påbörjad\" → \"pågår\""), second.stdout)
        XCTAssertTrue(second.stdout.contains("1 ändringar, 0 nya aktiviteter"), second.stdout)
        _ = try run(["validate", workshop])
    }
}
