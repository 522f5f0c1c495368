import ArgumentParser
import Foundation
import RollkartaModel

/// `rollkarta merge-driver %O %A %B`: git's merge driver for workshop files. It merges by
/// entity and field, writes the result (valid JSON, conflicts recorded inside) over %A, and
/// exits 1 when conflicts are left for a facilitator to settle in Rollkarta (view K).
struct MergeDriver: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: say("Gits sammanslagning av workshopfiler: per glapp, cell och fält, inte per rad.",
                      "git's merge of workshop files: by gap, cell and field, not by line."),
        discussion: say("""
            I .gitattributes: *.rollkarta.json merge=rollkarta
            git config merge.rollkarta.name "Rollkarta"
            git config merge.rollkarta.driver "rollkarta merge-driver %O %A %B"
            """, """
            In .gitattributes: *.rollkarta.json merge=rollkarta
            git config merge.rollkarta.name "Rollkarta"
            git config merge.rollkarta.driver "rollkarta merge-driver %O %A %B"
            """))

    @Argument(help: ArgumentHelp(say("Den gemensamma förfadern (%O).", "The common ancestor (%O).")))
    var base: String

    @Argument(help: ArgumentHelp(say("Vår version (%A); resultatet skrivs hit.", "Our version (%A); the result is written here.")))
    var ours: String

    @Argument(help: ArgumentHelp(say("Deras version (%B).", "Their version (%B).")))
    var theirs: String

    @OptionGroup var language: LanguageOption

    static func empty(like workshop: Workshop) -> Workshop {
        var empty = Workshop(id: workshop.id, title: workshop.title, date: workshop.date, kind: workshop.kind,
                             catalogVersion: workshop.catalogVersion, journeys: [])
        empty.format = workshop.format
        return empty
    }

    func run() throws {
        let (mine, other) = (try loadWorkshopOrExit(ours), try loadWorkshopOrExit(theirs))
        // Both branches added the file: git gives an empty ancestor; merge as from nothing.
        let baseSize = (try? FileManager.default.attributesOfItem(atPath: base))?[.size] as? Int
        let ancestor = baseSize == 0 ? Self.empty(like: mine) : try loadWorkshopOrExit(base)
        let outcome: WorkshopMerge.Outcome
        do {
            outcome = try WorkshopMerge.merge(base: ancestor, ours: mine, theirs: other)
        } catch {
            for finding in error.problems.prefix(20) {
                printError("\(ours): \(finding.path): \(finding.kind.text(commandLanguage))")
            }
            printError(say("rollkarta merge-driver: sammanslagningen blev ogiltig; vår version lämnas för git att markera",
                           "rollkarta merge-driver: the merge came out invalid; our version is left for git to mark"))
            throw ExitCode.failure
        }
        do {
            try AtomicFile.write(WorkshopCodec.encode(outcome.workshop), to: ours, keepBackup: false)
        } catch {
            printError(error.message(commandLanguage))
            throw ExitCode.failure
        }
        for (old, new) in outcome.renumbered.sorted(by: { $0.key < $1.key }) {
            printError(say("rollkarta: deras \(old) heter nu \(new) (samma id fanns på båda sidor)",
                           "rollkarta: their \(old) is now \(new) (both sides had that id)"))
        }
        guard outcome.conflicts.isEmpty else {
            printError(DisplayText.sanitized(say(
                "rollkarta: konflikter sparade i filen (\(outcome.conflicts.count)); öppna den i Rollkarta och tryck K",
                "rollkarta: conflicts recorded in the file (\(outcome.conflicts.count)); open it in Rollkarta and press K")))
            throw ExitCode.failure
        }
    }
}
