import ArgumentParser
import RollkartaModel

struct Roles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: say("Visar katalogens funktionella roller med nivå, titel och exempel.",
                      "Prints the catalog's functional roles with tier, title and examples."))

    @Option(help: ArgumentHelp(say("Resa: child eller adult.", "Journey: child or adult.")))
    var journey: JourneyID = .child

    @Flag(help: ArgumentHelp(say("Visa även rollbeskrivningarna.", "Also print the role descriptions.")))
    var descriptions = false

    @OptionGroup var language: LanguageOption

    func run() {
        let catalog = Catalog.bundled
        let lang = commandLanguage
        print("\(journey.label(lang)) – \(say("rollkatalog", "role catalog")) \(catalog.catalogVersion)")
        for tier in RoleTier.allCases {
            print("")
            print(tier == .primary ? say("Primära roller", "Primary roles") : say("Sekundära roller", "Secondary roles"))
            for role in catalog.roles(for: journey) where role.tier == tier {
                guard let wording = role.wording(for: journey) else { continue }
                print("  \(role.id.padding(toLength: 3, withPad: " ", startingAt: 0)) \(wording.title[lang])")
                if descriptions { print("      \(wording.description[lang])") }
                let examples = wording.examples[lang]
                if !examples.isEmpty {
                    print("      \(say("Exempel", "Examples")): \(examples.joined(separator: ", "))")
                }
            }
        }
    }
}
