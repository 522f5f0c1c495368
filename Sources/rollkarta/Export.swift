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
    var format: String

    @Option(name: .customLong("as"), help: ArgumentHelp(say("verify-html: deltagarens verksamhet (annars frågar sidan).",
                                                            "verify-html: the participant's organisation (else the page asks).")))
    var organisation: String?

    @Option(help: ArgumentHelp(say("verify-html: deltagarens initialer (valfritt; sidan låter dem ändras).",
                                   "verify-html: the participant's initials (optional; the page lets them be changed).")))
    var initials: String?

    @Option(help: ArgumentHelp(say("verify-html: verifiera också gaps, handovers, expectations (kommaseparerat).",
                                   "verify-html: verify as well gaps, handovers, expectations (comma-separated).")))
    var include: String?

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

    func validate() throws {
        guard format == "verify-html" || ExportFormat(rawValue: format) != nil else {
            let all = ExportFormat.allCases.map(\.rawValue) + ["verify-html"]
            throw ValidationError(say("--format: välj \(all.joined(separator: ", "))", "--format: choose \(all.joined(separator: ", "))"))
        }
        for name in (include ?? "").split(separator: ",") where VerificationSubject.Kind(rawValue: name.trimmingCharacters(in: .whitespaces)) == nil {
            throw ValidationError(say("--include känner inte till \"\(name)\" (välj gaps, handovers, expectations)",
                                      "--include does not know \"\(name)\" (choose gaps, handovers, expectations)"))
        }
    }

    func run() throws {
        let workshop = try loadWorkshopOrExit(file)
        let data: Data
        if let format = ExportFormat(rawValue: format) {
            let options = ExportOptions(journeys: journey.map { [$0] }, language: commandLanguage, byteOrderMark: bom, excel: excel)
            data = Exporter.render(workshop, as: format, options: options)
        } else {
            let kinds = [VerificationSubject.Kind.roles] + (include ?? "").split(separator: ",")
                .compactMap { VerificationSubject.Kind(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
            data = Data(VerifyPage.html(workshop, workshopPath: file, organisation: organisation, initials: initials, include: kinds,
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


