import ArgumentParser
import Foundation
import RollkartaImport
import RollkartaModel

/// `rollkarta import-expectations FILE SURVEY.csv|SURVEY.xlsx`: the web survey's answers
/// (what the organisations expect of each other) as workshop-1 perception items.
struct ImportExpectations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-expectations",
        abstract: say("Läser in enkätsvar (CSV eller XLSX) som andras uppfattning i förväntanskartläggningen.",
                      "Reads survey answers (CSV or XLSX) as others' perception in the expectation mapping."),
        discussion: say("""
            En rad per svarande, en kolumn per fråga. Ange vilken kolumn som har den svarandes verksamhet, \
            vilken som har verksamheten som beskrivs, och vilka som har punkter om målgrupp och insatser \
            (en per rad i cellen, eller åtskilda med ;). Samma enkät igen lägger inte till något två gånger. \
            Allt eller inget: en felaktig rad stoppar med sitt radnummer och ingenting skrivs.
            """, """
            One row per respondent, one column per question. Say which column holds the respondent's \
            organisation, which the organisation described, and which hold target-group and services items \
            (one per line in the cell, or separated by ;). The same survey again adds nothing twice. \
            All or nothing: a malformed row stops with its row number and nothing is written.
            """))

    @Argument(help: ArgumentHelp(say("Workshopfilen.", "The workshop file.")))
    var workshop: String

    @Argument(help: ArgumentHelp(say("Enkätens export: .csv eller .xlsx.", "The survey's export: .csv or .xlsx.")))
    var survey: String

    @Option(help: ArgumentHelp(say("Kolumnen med den svarandes verksamhet.", "The column with the respondent's organisation.")))
    var respondent: String?

    @Option(help: ArgumentHelp(say("Kolumnen med verksamheten som beskrivs.", "The column with the organisation described.")))
    var described: String?

    @Option(help: ArgumentHelp(say("En kolumn med målgruppspunkter (kan anges flera gånger).",
                                   "A column with target-group items (may be given several times).")))
    var targetGroup: [String] = []

    @Option(help: ArgumentHelp(say("En kolumn med insatspunkter (kan anges flera gånger).",
                                   "A column with services items (may be given several times).")))
    var services: [String] = []

    @Option(help: ArgumentHelp(say("En JSON-fil med samma uppgifter: respondent, described, targetGroup, services, id.",
                                   "A JSON file with the same: respondent, described, targetGroup, services, id.")))
    var mapping: String?

    @Flag(help: ArgumentHelp(say("Visa vad som skulle läggas till; skriv ingenting.", "Show what would be added; write nothing.")))
    var dryRun = false

    @Flag(help: ArgumentHelp(say("Hoppa över felaktiga rader och lista dem, i stället för att stoppa.",
                                 "Skip malformed rows and list them, instead of stopping.")))
    var skipBadRows = false

    @OptionGroup var language: LanguageOption

    private func columns() throws -> ExpectationMapping {
        if let mapping {
            guard let data = FileManager.default.contents(atPath: mapping) else {
                printError(say("\(mapping): kan inte läsas", "\(mapping): cannot be read"))
                throw ExitCode.failure
            }
            do {
                return try JSONDecoder().decode(ExpectationMapping.self, from: data)
            } catch {
                printError(say("\(mapping): väntade {\"respondent\": …, \"described\": …, \"targetGroup\": […], \"services\": […]}",
                               "\(mapping): expected {\"respondent\": …, \"described\": …, \"targetGroup\": […], \"services\": […]}"))
                throw ExitCode.failure
            }
        }
        guard let respondent, let described, !(targetGroup.isEmpty && services.isEmpty) else {
            throw ValidationError(say("ange --respondent, --described och minst en --target-group eller --services (eller --mapping)",
                                      "give --respondent, --described and at least one --target-group or --services (or --mapping)"))
        }
        return ExpectationMapping(respondent: respondent, described: described, targetGroup: targetGroup, services: services)
    }

    func run() throws {
        let mapping = try columns()
        let original = try loadWorkshopOrExit(workshop)
        let imported: Workshop
        let report: ExpectationImport.Report
        do {
            let table = try SpreadsheetReader.read(survey)
            (imported, report) = try ExpectationImport.apply(table, mapping: mapping, skipBadRows: skipBadRows, to: original)
        } catch let error as SpreadsheetError {
            printError(DisplayText.sanitized(error.message(commandLanguage)))
            throw ExitCode.failure
        } catch let error as ExpectationImport.Failure {
            printError(DisplayText.sanitized(error.message(commandLanguage)))
            throw ExitCode.failure
        }
        print(say("\(report.added) nya punkter, \(report.joined) återkommande (en källa till), \(report.alreadyImported) redan inlästa",
                  "\(report.added) new items, \(report.joined) recurring (one more source), \(report.alreadyImported) already imported"))
        for (name, rows) in report.unknownOrganisations.sorted(by: { $0.key < $1.key }) {
            let known = original.actors.map(\.abbreviation).joined(separator: ", ")
            print(DisplayText.sanitized(say("okänd verksamhet \"\(name)\" (rad \(rows.map(String.init).joined(separator: ", "))); kända: \(known)",
                                            "unknown organisation \"\(name)\" (row \(rows.map(String.init).joined(separator: ", "))); known: \(known)")))
        }
        if !report.skippedRows.isEmpty {
            print(say("hoppade över felaktiga rader: ", "skipped malformed rows: ") + report.skippedRows.map(String.init).joined(separator: ", "))
        }
        if dryRun {
            print(say("torrkörning: ingenting skrevs", "dry run: nothing was written"))
            return
        }
        guard imported != original else {
            print(say("\(workshop): inget nytt, filen lämnas orörd", "\(workshop): nothing new, the file is left untouched"))
            return
        }
        try saveHoldingTheLock(imported, to: workshop)
        print(say("\(workshop): sparad", "\(workshop): saved"))
    }
}
