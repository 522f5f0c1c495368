import Foundation
import RollkartaModel

/// The report formats a workshop is sent out in, and the validated roles as a catalog.
public enum ExportFormat: String, CaseIterable, Sendable {
    case md, html, csv, dot
    /// The workshop's roles and steps as revised, in the format of data/catalog.json.
    case catalog
    /// Workshop 1's items, one row each.
    case expectationsCSV = "expectations-csv"
    /// The action plan, the gaps and the handovers as a workbook for the responsible managers.
    case xlsx

    public var fileExtension: String {
        switch self {
        case .catalog: return "catalog.json"
        case .expectationsCSV: return "expectations.csv"
        default: return rawValue
        }
    }
}

/// What to put in a report: which journeys, in which language.
public struct ExportOptions: Sendable {
    public var journeys: [JourneyID]?
    public var language: Language
    /// CSV only: a UTF-8 byte-order mark for spreadsheet programs that need one to see åäö.
    public var byteOrderMark: Bool
    /// CSV only: as Excel with Swedish settings reads it (semicolons, BOM, CRLF).
    public var excel: Bool

    public init(journeys: [JourneyID]? = nil, language: Language = .sv, byteOrderMark: Bool = false, excel: Bool = false) {
        self.journeys = journeys
        self.language = language
        self.byteOrderMark = byteOrderMark
        self.excel = excel
    }
}

public enum Exporter {
    public static func render(_ workshop: Workshop, as format: ExportFormat, options: ExportOptions = ExportOptions()) -> Data {
        let report = ReportData(workshop, options: options)
        switch format {
        case .md: return Data(MarkdownReport.render(report).utf8)
        case .html: return Data(HTMLReport.render(report).utf8)
        case .csv: return ActionPlanCSV.render(report, byteOrderMark: options.byteOrderMark, excel: options.excel)
        case .dot: return Data(HandoverGraph.render(report).utf8)
        case .catalog: return Catalog(validatedFrom: workshop).fileData
        case .expectationsCSV: return ExpectationReport.csv(report, byteOrderMark: options.byteOrderMark)
        case .xlsx: return PlanWorkbook.render(report)
        }
    }

    /// Where the TUI writes a report: beside the workshop, "NAME.rollkarta.json" -> "NAME.md".
    public static func defaultPath(for workshopPath: String, format: ExportFormat) -> String {
        var base = workshopPath
        for suffix in [".rollkarta.json", ".json"] where base.hasSuffix(suffix) {
            base = String(base.dropLast(suffix.count))
            break
        }
        return base + "." + format.fileExtension
    }
}
