import ArgumentParser
import RollkartaModel

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: say("Kontrollerar workshopfiler: syntax, struktur och hänvisningar.",
                      "Checks workshop files: syntax, structure and references."),
        discussion: say("Avslutar med 0 när alla filer är giltiga, annars 1 och en rad per problem (de första 100, sedan hur många till).",
                        "Exits 0 when every file is valid; otherwise 1 and one line per problem (the first 100, then how many more)."))

    @Argument(help: ArgumentHelp(say("Filerna som ska kontrolleras.", "The files to check.")))
    var files: [String]

    @OptionGroup var language: LanguageOption

    func run() throws {
        var allValid = true
        for file in files {
            do {
                _ = try WorkshopStore.load(file)
                print(say("\(file): giltig", "\(file): valid"))
            } catch {
                allValid = false
                for line in error.lines(commandLanguage) { print(DisplayText.sanitized(line)) }
            }
        }
        if !allValid { throw ExitCode.failure }
    }
}
