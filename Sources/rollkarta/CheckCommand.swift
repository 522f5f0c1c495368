import ArgumentParser
import RollkartaModel

/// `rollkarta check FILE`: the Summary view's checks, for scripts; exit 1 when any is found.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: say("Kontrollerar kartan: steg utan primär roll, roller utan någon, överlämningar till ingen, ofullständiga handlingsplaner.",
                      "Checks the map: steps with no primary role, roles no one holds, handovers to no one, incomplete action plans."),
        discussion: say("Avslutar med 1 när något hittas.", "Exits 1 when anything is found."))

    @Argument(help: ArgumentHelp(say("Workshopfilen.", "The workshop file.")))
    var file: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        let workshop = try loadWorkshopOrExit(file)
        let checks = Check.run(workshop)
        for check in checks { print(DisplayText.sanitized("\(file): " + check.text(workshop, commandLanguage))) }
        if checks.isEmpty {
            print(say("\(file): inget att anmärka", "\(file): nothing found"))
        } else {
            throw ExitCode.failure
        }
    }
}
