import ArgumentParser
import RollkartaModel

/// `rollkarta plan FILE [--overdue] [--responsible NAME]`: the action plan as text to paste
/// into an e-mail before the follow-up meeting, overdue first.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: say("Skriver handlingsplanen som text per ansvarig, försenade först.",
                      "Prints the action plan as text by responsible, overdue first."))

    @Argument(help: ArgumentHelp(say("Workshopfilen.", "The workshop file.")))
    var file: String

    @Flag(help: ArgumentHelp(say("Bara försenade aktiviteter.", "Only overdue activities.")))
    var overdue = false

    @Option(help: ArgumentHelp(say("Bara aktiviteter där ansvarig innehåller NAMN.", "Only activities whose responsible contains NAME.")))
    var responsible: String?

    @Option(help: ArgumentHelp(say("Gruppera efter responsible eller timeline.", "Group by responsible or timeline.")))
    var by: PlanFollowUp.Grouping = .responsible

    @Option(help: ArgumentHelp(say("Dagens datum (ÅÅÅÅ-MM-DD) för vad som är försenat; standard: i dag.",
                                   "Today's date (YYYY-MM-DD) for what is overdue; default: today."), valueName: say("ÅÅÅÅ-MM-DD", "YYYY-MM-DD")),
            transform: commandDay)
    var today: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let workshop = try loadWorkshopOrExit(file)
        let followUp = PlanFollowUp(workshop, today: today ?? CalendarDay.string(), grouping: by,
                                    filter: PlanFollowUp.Filter(responsible: responsible, onlyOverdue: overdue))
        print(followUp.text(workshop, commandLanguage), terminator: "")
    }
}

extension PlanFollowUp.Grouping: ExpressibleByArgument {}
