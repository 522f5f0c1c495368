import ArgumentParser
import Foundation
import RollkartaApp
import RollkartaExport
import RollkartaModel

/// `rollkarta export FILE --format …`: the reports sent to every organisation, the validated
/// roles, the spreadsheets, and the offline verification page for participants.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: say("Skriver rapporter: md, html, csv/xlsx (handlingsplanen), dot (överlämningar), catalog (rollerna efter validering), expectations-csv, verify-html (verifieringen som webbsida utan nät).",
                      "Writes reports: md, html, csv/xlsx (the action plan), dot (handovers), catalog (the roles after validation), expectations-csv, verify-html (the verification as an offline web page)."))

    @Argument(help: ArgumentHelp(say("Workshopfilen.", "The workshop file.")))
    var file: String

    @Option(help: ArgumentHelp(say("Format: md, html, csv, xlsx, dot, catalog, expectations-csv eller verify-html.",
                                   "Format: md, html, csv, xlsx, dot, catalog, expectations-csv or verify-html.")))
    var format: ExportChoice

    @Option(name: .customLong("as"), help: ArgumentHelp(say("verify-html: deltagarens verksamhet (annars frågar sidan).",
                                                            "verify-html: the participant's organisation (else the page asks).")))
    var organisation: String?

    @Option(help: ArgumentHelp(say("verify-html: deltagarens initialer (valfritt; sidan låter dem ändras).",
                                   "verify-html: the participant's initials (optional; the page lets them be changed).")))
    var initials: String?

    @OptionGroup var include: IncludeOption

    @Option(name: .shortAndLong, help: ArgumentHelp(say("Utfil (standard: standard ut).", "Output file (default: standard output).")))
    var output: String?

    @Option(help: ArgumentHelp(say("Bara en resa: child eller adult.", "Only one journey: child or adult.")))
    var journey: JourneyID?

    @Flag(help: ArgumentHelp(say("CSV: inled med en UTF-8-BOM (för kalkylprogram som kräver det).",
                                 "CSV: start with a UTF-8 byte-order mark (for spreadsheets that need it).")))
    var bom = false

    @Flag(help: ArgumentHelp(say("CSV: för Excel med svenska inställningar (semikolon, UTF-8-BOM, CRLF).",
                                 "CSV: for Excel with Swedish settings (semicolons, UTF-8 BOM, CRLF).")))
    var excel = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let workshop = try loadWorkshopOrExit(file)
        let data: Data
        switch format {
        case .report(let format):
            let options = ExportOptions(journeys: journey.map { [$0] }, language: commandLanguage, byteOrderMark: bom, excel: excel)
            data = Exporter.render(workshop, as: format, options: options)
        case .verifyHTML:
            if let organisation, let unknown = unknownOrganisation(organisation, in: workshop, include: include.kinds) {
                printError(unknown)
                throw ExitCode.failure
            }
            data = Data(VerifyPage.html(workshop, workshopPath: file, organisation: organisation, initials: initials, include: include.kinds,
                                        language: commandLanguage).utf8)
        }
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try AtomicFile.write(data, to: output, keepBackup: false)
        } catch {
            printError(error.message(commandLanguage))
            throw ExitCode.failure
        }
        printError(say("Skrev \(output)", "Wrote \(output)"))
    }
}

/// `--format`: a report of `RollkartaExport`, or the verification as a web page.
enum ExportChoice: ExpressibleByArgument, CaseIterable, Equatable {
    case report(ExportFormat)
    case verifyHTML

    static var allCases: [ExportChoice] { ExportFormat.allCases.map(ExportChoice.report) + [.verifyHTML] }

    init?(argument: String) {
        guard let found = Self.allCases.first(where: { $0.name == argument }) else { return nil }
        self = found
    }

    var name: String {
        switch self {
        case .report(let format): return format.rawValue
        case .verifyHTML: return "verify-html"
        }
    }

    var defaultValueDescription: String { name }
    static var allValueStrings: [String] { allCases.map(\.name) }
}
