import ArgumentParser
import RollkartaModel

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: say("Sammanfattar en workshop: täckning, glapp, överlämningar och verifiering.",
                      "Summarises a workshop: coverage, gaps, handovers and verification."))

    @Argument(help: ArgumentHelp(say("Workshopfilen.", "The workshop file.")))
    var file: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        let text = try loadWorkshopOrExit(file) { SummaryReport.text($0, language: commandLanguage) }
        print(text, terminator: "")
    }
}
