import ArgumentParser
import Foundation
import RollkartaModel

struct Roles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: say("Visar katalogens funktionella roller med nivå, titel och exempel.",
                      "Prints the catalog's functional roles with level, title and examples."))

    @Option(help: ArgumentHelp(say("Resa: child eller adult.", "Journey: child or adult.")))
    var journey: JourneyID = .child

    @Flag(help: ArgumentHelp(say("Visa även rollbeskrivningarna.", "Also print the role descriptions.")))
    var descriptions = false

    @Option(help: ArgumentHelp(say("Visa vad workshopen FIL ändrat i roller och steg (mot den inbyggda katalogen).",
                                   "Show what the workshop FILE changed in roles and steps (against the bundled catalog).")))
    var diff: String?

    @Option(help: ArgumentHelp(say("Med --diff: jämför mot denna katalog eller workshop i stället.",
                                   "With --diff: compare against this catalog or workshop instead.")))
    var against: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        if let diff {
            try printDiff(diff)
            return
        }
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

    /// A report: exit 0 with or without changes; 1 only when a file cannot be read.
    private func printDiff(_ path: String) throws {
        let workshop = try loadWorkshopOrExit(path)
        var baseline = Catalog.bundled.journeysAsWorkshop
        var baselineName = say("den inbyggda katalogen \(Catalog.bundled.catalogVersion)",
                               "the bundled catalog \(Catalog.bundled.catalogVersion)")
        if let against {
            baseline = try journeysOrExit(from: against)
            baselineName = against
        }
        let diff = RoleDiff(workshop, against: baseline, language: commandLanguage)
        print(say("Roller och steg som workshopen ändrat, mot \(baselineName):",
                  "Roles and steps the workshop changed, against \(baselineName):"))
        if diff.isEmpty { print(say("inga ändringar", "no changes")) }
        for (journey, lines) in diff.text(workshop, commandLanguage) {
            print("")
            print(DisplayText.sanitized(journey))
            for line in lines { print("  " + DisplayText.sanitized(line)) }
        }
    }
}
