import Foundation
import RollkartaModel

/// The report formats a workshop is sent out in, the validated roles as a catalog, and the
/// verification as a web page for participants.
public enum ExportFormat: String, CaseIterable, Sendable {
    case md, html, csv, dot
    /// The workshop's roles and steps as revised, in the format of data/catalog.json.
    case catalog
    /// Workshop 1's items, one row each.
    case expectationsCSV = "expectations-csv"
    /// The action plan, the gaps and the handovers as a workbook for the responsible managers.
    case xlsx
    /// The verification walk as one offline page (`VerifyPage`), for one participant.
    case verifyHTML = "verify-html"

    /// What "write the reports" writes beside the workshop: everything but the page, which is
    /// made for one participant at a time.
    public static var reports: [ExportFormat] { allCases.filter { $0 != .verifyHTML } }

    public var fileExtension: String {
        switch self {
        case .catalog: return "catalog.json"
        case .expectationsCSV: return "expectations.csv"
        case .verifyHTML: return "verify.html"
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
    /// The verification page only: who answers (nil: the page asks), what is asked, and the
    /// workshop's path (its answer files are named after it).
    public var page: PageOptions

    public struct PageOptions: Sendable {
        public var workshopPath: String
        public var organisation: String?
        public var initials: String?
        public var include: [VerificationSubject.Kind]

        public init(workshopPath: String = "workshop.rollkarta.json", organisation: String? = nil, initials: String? = nil,
                    include: [VerificationSubject.Kind] = [.roles]) {
            (self.workshopPath, self.organisation, self.initials, self.include) = (workshopPath, organisation, initials, include)
        }
    }

    public init(journeys: [JourneyID]? = nil, language: Language = .sv, byteOrderMark: Bool = false, excel: Bool = false,
                page: PageOptions = PageOptions()) {
        self.journeys = journeys
        self.language = language
        self.byteOrderMark = byteOrderMark
        self.excel = excel
        self.page = page
    }
}

public enum Exporter {
    public static func render(_ workshop: Workshop, as format: ExportFormat, options: ExportOptions = ExportOptions()) -> Data {
        // The reports' data, gathered for the formats that read it (the page has its own).
        let report = { ReportData(workshop, options: options) }
        switch format {
        case .md: return Data(MarkdownReport.render(report()).utf8)
        case .html: return Data(HTMLReport.render(report()).utf8)
        case .csv: return ActionPlanCSV.render(report(), byteOrderMark: options.byteOrderMark, excel: options.excel)
        case .dot: return Data(HandoverGraph.render(report()).utf8)
        case .catalog: return Catalog(validatedFrom: workshop).fileData
        case .expectationsCSV: return ExpectationReport.csv(report(), byteOrderMark: options.byteOrderMark)
        case .xlsx: return PlanWorkbook.render(report())
        case .verifyHTML:
            let page = options.page
            return Data(VerifyPage.html(workshop, workshopPath: page.workshopPath, organisation: page.organisation, initials: page.initials,
                                        include: page.include, language: options.language).utf8)
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
