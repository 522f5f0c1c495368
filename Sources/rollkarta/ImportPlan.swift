import ArgumentParser
import Foundation
import RollkartaImport
import RollkartaModel

/// `rollkarta import-plan FILE PLAN.xlsx|PLAN.csv [--dry-run]`: what the responsible managers
/// changed in the action plan's spreadsheet, shown first, then applied all at once.
struct ImportPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-plan",
        abstract: say("Läser tillbaka handlingsplanen från kalkylarket (xlsx eller csv): ändringar per aktivitet och nya aktiviteter.",
                      "Reads the action plan back from the spreadsheet (xlsx or csv): changes per activity and new activities."),
        discussion: say("""
            Raderna matchas på aktivitetens id; en rad som lagts till utan id känns igen nästa gång på sin \
            ursprungliga åtgärd eller sin rad i samma arbetsbok. Datumceller läses som datum (ÅÅÅÅ-MM-DD) och \
            varje ändring dateras i aktivitetens historik. Ändringarna visas först och skrivs sedan på en gång; den förra \
            versionen finns kvar som .bak. En rad som saknas tar aldrig bort något. Okända id, ändrade glapptexter \
            eller värden som inte finns stoppar allt och ingenting skrivs.
            """, """
            Rows are matched by the activity's id; a row added without an id is known again by its original \
            action or its row in the same workbook. Date cells are read as dates (YYYY-MM-DD) and every change \
            is dated in the activity's history. The changes are shown first and then written at once; the previous \
            version stays as .bak. A missing row never deletes anything. Unknown ids, changed gap texts or values that \
            do not exist stop everything and nothing is written.
            """))

    @Argument(help: ArgumentHelp(say("Workshopfilen.", "The workshop file.")))
    var workshop: String

    @Argument(help: ArgumentHelp(say("Kalkylarket: .xlsx eller .csv.", "The spreadsheet: .xlsx or .csv.")))
    var plan: String

    @Flag(help: ArgumentHelp(say("Visa ändringarna; skriv ingenting.", "Show the changes; write nothing.")))
    var dryRun = false

    @Option(help: ArgumentHelp(say("Dagens datum (ÅÅÅÅ-MM-DD) i aktivitetens historik; standard: i dag.",
                                   "Today's date (YYYY-MM-DD) in the activity's history; default: today."),
                               valueName: say("ÅÅÅÅ-MM-DD", "YYYY-MM-DD")),
            transform: commandDay)
    var today: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        if !dryRun { try takeWritingLockOrExit(workshop) }
        defer { if !dryRun { FileLock.release(workshop) } }
        let original = try loadWorkshopOrExit(workshop)
        let updated: Workshop
        let report: PlanImport.Report
        do {
            let table = try SpreadsheetReader.read(plan)
            (updated, report) = try PlanImport.apply(table, to: original, today: today ?? CalendarDay.string(), language: commandLanguage)
        } catch let error as SpreadsheetError {
            printError(DisplayText.sanitized(error.message(commandLanguage)))
            throw ExitCode.failure
        } catch let error as PlanImport.Failure {
            for problem in error.problems { printError(DisplayText.sanitized(problem)) }
            printError(say("\(workshop): ingenting importerades (filen lämnas orörd)", "\(workshop): nothing was imported (the file is left untouched)"))
            throw ExitCode.failure
        }
        for change in report.changes {
            print(DisplayText.sanitized("\(change.activity) · \(change.column.heading(commandLanguage)): \"\(change.before)\" → \"\(change.after)\""))
        }
        for (id, action) in report.added { print(DisplayText.sanitized(say("ny aktivitet \(id): \(action)", "new activity \(id): \(action)"))) }
        if !report.missing.isEmpty {
            print(say("finns inte i kalkylarket, behålls: ", "not in the spreadsheet, kept: ") + report.missing.joined(separator: ", "))
        }
        print(say("\(report.changes.count) ändringar, \(report.added.count) nya aktiviteter", "\(report.changes.count) changes, \(report.added.count) new activities"))
        if dryRun {
            print(say("torrkörning: ingenting skrevs", "dry run: nothing was written"))
            return
        }
        guard !report.isEmpty else {
            print(say("\(workshop): inget nytt, filen lämnas orörd", "\(workshop): nothing new, the file is left untouched"))
            return
        }
        try saveHoldingTheLock(updated, to: workshop)
        print(say("\(workshop): sparad (förra versionen finns som .bak)", "\(workshop): saved (the previous version is kept as .bak)"))
    }
}
