import ArgumentParser
import Foundation
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
    var format: ExportFormat

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
        if format == .verifyHTML, let organisation, let unknown = unknownOrganisation(organisation, in: workshop, include: include.kinds) {
            printError(unknown)
            throw ExitCode.failure
        }
        let page = ExportOptions.PageOptions(workshopPath: file, organisation: organisation, initials: initials, include: include.kinds)
        let options = ExportOptions(journeys: journey.map { [$0] }, language: commandLanguage, byteOrderMark: bom, excel: excel, page: page)
        let data = Exporter.render(workshop, as: format, options: options)
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

/// `--format`: one of `RollkartaExport`'s formats, by the name it is given on the command line.
extension ExportFormat: ExpressibleByArgument {}
