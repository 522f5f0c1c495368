import ArgumentParser
import Foundation
import RollkartaExport
import RollkartaModel

/// `rollkarta export FILE --format md|html|csv|dot`: the reports sent to every organisation.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: say("Skriver rapporter: md, html, csv (handlingsplanen), dot (överlämningar för Graphviz) eller catalog (rollerna efter validering, som katalogfil).",
                      "Writes reports: md, html, csv (the action plan), dot (handovers for Graphviz) or catalog (the roles after validation, as a catalog file)."))

    @Argument(help: ArgumentHelp(say("Workshopfilen.", "The workshop file.")))
    var file: String

    @Option(help: ArgumentHelp(say("Format: md, html, csv, xlsx, dot, catalog eller expectations-csv.",
                                   "Format: md, html, csv, xlsx, dot, catalog or expectations-csv.")))
    var format: ExportFormat

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
        let options = ExportOptions(journeys: journey.map { [$0] }, language: commandLanguage, byteOrderMark: bom, excel: excel)
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

extension ExportFormat: ExpressibleByArgument {}
