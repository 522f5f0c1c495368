import ArgumentParser
import RollkartaModel


struct Rollkarta: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollkarta",
        abstract: say("Kartlägg funktionella roller längs patientresan – live, med tangentbordet.",
                      "Map functional roles along the patient journey – live, from the keyboard."),
        version: BuildInfo.versionLine,
        subcommands: [Open.self, New.self, Validate.self, Roles.self, SummaryCommand.self, CheckCommand.self, Show.self, Export.self,
                      Verify.self, MergeCommand.self, MergeDriver.self, ImportExpectations.self, PlanCommand.self, ImportPlan.self, FoldInCommand.self],
        defaultSubcommand: Open.self)
}
