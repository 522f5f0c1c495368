import ArgumentParser
import RollkartaModel

/// `rollkarta fold-in MAIN CATCHUP`: a catch-up session's work back into the workshop, merged
/// entity by entity against the copy's base; the same copy twice changes nothing.
struct FoldInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fold-in",
        abstract: say("För in ett uppsamlingstillfälles arbete i workshopen (en gång; konflikter sparas som data).",
                      "Folds a catch-up session's work into the workshop (once; conflicts kept as data)."))

    @Argument(help: ArgumentHelp(say("Workshopen.", "The workshop.")))
    var main: String

    @Argument(help: ArgumentHelp(say("Uppsamlingstillfällets kopia (från rollkarta new --catch-up).",
                                     "The catch-up copy (from rollkarta new --catch-up).")))
    var catchUp: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        try takeWritingLockOrExit(main)
        defer { FileLock.release(main) }
        let workshop = try loadWorkshopOrExit(main)
        let copy = try loadWorkshopOrExit(catchUp)
        let basePath = CatchUp.basePath(for: catchUp)
        let base = try loadWorkshopOrExit(basePath)
        let result: (workshop: Workshop, outcome: WorkshopMerge.Outcome)?
        do {
            result = try CatchUp.foldIn(copy, file: catchUp, base: base, into: workshop, date: CalendarDay.string())
        } catch {
            printError(DisplayText.sanitized(error.message(commandLanguage)))
            throw ExitCode.failure
        }
        guard let (folded, outcome) = result else {
            print(say("\(catchUp) är redan infört; ingenting ändrades", "\(catchUp) was folded in already; nothing changed"))
            return
        }
        try saveHoldingTheLock(folded, to: main)
        // The next fold-in of this copy brings only what changes from here.
        var newBase = copy
        newBase.catchUpOf = nil
        do {
            try WorkshopStore.save(newBase, to: basePath)
        } catch {
            printError(error.message(commandLanguage))
            throw ExitCode.failure
        }
        print(say("\(catchUp) infört i \(main)", "\(catchUp) folded into \(main)")
            + (outcome.conflicts.isEmpty ? "" : say("; \(outcome.conflicts.count) konflikter att lösa med K", "; \(outcome.conflicts.count) conflicts to settle with K")))
    }
}
