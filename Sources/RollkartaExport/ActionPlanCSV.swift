import CSV
import Foundation
import RollkartaModel

/// The action plan for spreadsheets, one row per activity with seed 000's columns and where
/// its gap is (`PlanColumn`). RFC 4180 by default (comma, CRLF, quoted as needed); `excel`
/// writes what Excel with Swedish settings opens in columns: semicolons and a UTF-8 BOM, and
/// a text a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, a tab or carriage return
/// first) behind an apostrophe, as OWASP's guidance on CSV injection says; `import-plan` takes
/// the apostrophe off again.
enum ActionPlanCSV {
    /// The characters that start a formula (or a DDE call) in Excel and LibreOffice Calc.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// "=HYPERLINK(…)" -> "'=HYPERLINK(…)": shown as text, never run.
    static func neutralised(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    static func render(_ report: ReportData, byteOrderMark: Bool, excel: Bool = false) -> Data {
        let language = report.language
        let stream = OutputStream.toMemory()
        stream.open()
        do {
            let writer = try CSVWriter(stream: stream, delimiter: excel ? ";" : ",", newline: .crlf)
            try writer.write(row: PlanColumn.allCases.map { $0.heading(language) })
            for row in report.workshop.planRows(language, gaps: report.gaps) {
                try writer.write(row: row.map { excel ? neutralised(report.text($0)) : report.text($0) })
            }
            writer.stream.close()
        } catch {
            // Writing to memory cannot fail; an error here is a bug in the writer.
            preconditionFailure("CSV to memory failed: \(error)")
        }
        var data = byteOrderMark || excel ? Data([0xEF, 0xBB, 0xBF]) : Data()
        data.append(stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data())
        data.append(contentsOf: [0x0D, 0x0A])
        return data
    }
}
