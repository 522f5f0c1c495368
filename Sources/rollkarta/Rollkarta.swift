import ArgumentParser
import RollkartaModel

@main
struct Rollkarta: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollkarta",
        abstract: say("Kartlägg funktionella roller längs patientresan – live, med tangentbordet.",
                      "Map functional roles along the patient journey – live, from the keyboard."),
        version: "0.1.0",
        subcommands: [New.self, Validate.self, Roles.self, SummaryCommand.self],
        defaultSubcommand: nil)
}
