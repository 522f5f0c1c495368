import ArgumentParser
import RollkartaModel

/// `rollkarta merge WORKSHOP FILE...`: folds participants' answer files into the workshop.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: say("Slår samman deltagarnas svarsfiler (från 'rollkarta verify') med workshopen.",
                      "Merges participants' answer files (from 'rollkarta verify') into the workshop."),
        discussion: say("""
            Samma fil två gånger ändrar ingenting; av två svar på samma fråga gäller det nyaste. \
            En fil för en annan workshop stoppar sammanslagningen utan att något skrivs. Svar på en roll \
            som ändrats sedan deltagaren svarade behålls men markeras inaktuella och räknas inte. En fil utan svar \
            och förslag sägs ut och ändrar ingenting.
            """, """
            The same file twice changes nothing; of two answers to the same question the newer counts. \
            A file for another workshop stops the merge before anything is written. Answers about a role \
            that changed after the participant answered are kept but marked stale and not counted. A file with no \
            answers and no suggestions is named and changes nothing.
            """))

    @Argument(help: ArgumentHelp(say("Workshopfilen.", "The workshop file.")))
    var workshop: String

    @Argument(help: ArgumentHelp(say("Deltagarnas svarsfiler.", "The participants' answer files.")))
    var files: [String]

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard !files.isEmpty else {
            throw ValidationError(say("ange minst en svarsfil", "give at least one answer file"))
        }
    }

    func run() throws {
        try takeWritingLockOrExit(workshop)
        defer { FileLock.release(workshop) }
        var merged = try loadWorkshopOrExit(workshop)
        var answerFiles: [(path: String, file: ParticipantFile)] = []
        var failed = false
        for path in files {
            do {
                answerFiles.append((path, try ParticipantStore.load(path)))
            } catch {
                printProblems(error)
                failed = true
            }
        }
        if failed {
            printError(say("\(workshop): ingenting slogs samman (filen lämnas orörd)",
                           "\(workshop): nothing was merged (the file is left untouched)"))
            throw ExitCode.failure
        }
        let original = merged
        let reports: [VerificationMerge.Report]
        do {
            reports = try VerificationMerge.merge(answerFiles, into: &merged)
        } catch {
            printError(error.message(commandLanguage))
            throw ExitCode.failure
        }
        for report in reports where !report.empty { print(DisplayText.sanitized(Self.describe(report))) }
        for report in reports where report.empty {
            printError(DisplayText.sanitized(say(
                "\(report.file): filen har inga svar och inga förslag; ingenting från den slogs samman (be deltagaren spara svarsfilen igen)",
                "\(report.file): the file has no answers and no suggestions; nothing of it was merged (ask the participant to save the answer file again)")))
        }
        guard merged != original else {
            print(say("\(workshop): inget nytt, filen lämnas orörd", "\(workshop): nothing new, the file is left untouched"))
            return
        }
        try saveHoldingTheLock(merged, to: workshop)
        print(say("\(workshop): sparad", "\(workshop): saved"))
    }

    /// "BUP (AB): 3 nya, 1 ändrat, 0 oförändrade; 1 inaktuellt (ej räknat)"
    static func describe(_ report: VerificationMerge.Report) -> String {
        let who = report.shownName
        var parts = [say("\(report.added) nya, \(report.changed) ändrade, \(report.unchanged) oförändrade",
                         "\(report.added) new, \(report.changed) changed, \(report.unchanged) unchanged")]
        if report.suggestions > 0 {
            parts.append(say("\(report.suggestions) förslag om vad som saknas", "\(report.suggestions) suggestions of what is missing"))
        }
        if report.stale > 0 {
            parts.append(say("\(report.stale) inaktuella (ändrat sedan svaret, räknas inte)",
                             "\(report.stale) stale (changed since answered, not counted)"))
        }
        if report.older > 0 {
            parts.append(say("\(report.older) äldre än redan inlagda svar (hoppades över)",
                             "\(report.older) older than answers already merged (skipped)"))
        }
        if !report.skipped.isEmpty {
            parts.append(say("finns inte längre: ", "no longer exist: ") + report.skipped.joined(separator: ", "))
        }
        if report.onBehalf { parts.append(say("ifyllt av facilitatorn", "recorded by the facilitator")) }
        return "\(report.file): \(who): " + parts.joined(separator: "; ")
    }
}
