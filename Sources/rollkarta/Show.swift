import ArgumentParser
import RollkartaModel

/// `rollkarta show FILE`: the map as a plain-text outline, for screen readers and logs.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: say("Skriver kartan som en linjär disposition i ren text (för skärmläsare och loggar).",
                      "Prints the map as a linear plain-text outline (for screen readers and logs)."))

    @Argument(help: ArgumentHelp(say("Workshopfilen.", "The workshop file.")))
    var file: String

    @Option(help: ArgumentHelp(say("Bara en resa: child eller adult.", "Only one journey: child or adult.")))
    var journey: JourneyID?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let workshop = try loadWorkshopOrExit(file)
        print(MapOutline.text(workshop, language: commandLanguage, journeys: journey.map { [$0] }), terminator: "")
    }
}
