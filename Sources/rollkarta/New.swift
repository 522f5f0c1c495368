import ArgumentParser
import Foundation
import RollkartaModel

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: say("Skapar en ny workshopfil från rollkatalogen.", "Creates a new workshop file from the role catalog."))

    @Argument(help: ArgumentHelp(say("Filen som skapas (skrivs aldrig över).", "The file to create (never overwritten).")))
    var file: String

    @Option(help: ArgumentHelp(say("Resa: child, adult eller both.", "Journey: child, adult or both.")))
    var journey: JourneyChoice = .both

    @Option(help: ArgumentHelp(say("Workshopens titel.", "The workshop's title.")))
    var title: String = "Workshop"

    @Option(help: ArgumentHelp(say("Datum ÅÅÅÅ-MM-DD (standard: i dag).", "Date YYYY-MM-DD (default: today)."), valueName: say("ÅÅÅÅ-MM-DD", "YYYY-MM-DD")),
            transform: commandDay)
    var date: String?

    @Option(help: ArgumentHelp(say("Typ: expectation-mapping (workshop 1, förväntanskartläggning), role-validation (workshop 2, validering av roller) eller other (annan).",
                                   "Kind: expectation-mapping (workshop 1), role-validation (workshop 2) or other.")))
    var kind: WorkshopKind = .roleValidation

    @Option(help: ArgumentHelp(say("Ta roller och steg från denna workshop eller katalog (t.ex. rollerna efter validering).",
                                   "Take roles and steps from this workshop or catalog (e.g. the roles after validation).")))
    var rolesFrom: String?

    @Option(help: ArgumentHelp(say("Gör FILE till en kopia av denna workshop för ett uppsamlingstillfälle (basen sparas bredvid).",
                                   "Make FILE a copy of this workshop for a catch-up session (its base is kept beside it).")))
    var catchUp: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        if let catchUp { return try makeCatchUp(of: catchUp) }
        var workshop = WorkshopFactory.make(title: title, journeys: journey.journeys, date: date ?? CalendarDay.string(),
                                            kind: kind)
        if let rolesFrom { workshop.journeys = try Self.journeys(from: rolesFrom, wanted: journey.journeys) }
        do {
            try WorkshopStore.create(workshop, at: file)
        } catch {
            printError(error.message(commandLanguage))
            throw ExitCode.failure
        }
        print(say("Skapade \(file) (\(workshop.journeys.map { $0.name.sv }.joined(separator: ", ")))",
                  "Created \(file) (\(workshop.journeys.map { $0.name.en }.joined(separator: ", ")))"))
    }

    /// `new COPY --catch-up MAIN`: the copy for a catch-up session and, beside it, its base.
    private func makeCatchUp(of mainPath: String) throws {
        let main = try loadWorkshopOrExit(mainPath)
        let (copy, base) = CatchUp.make(from: main, date: date ?? CalendarDay.string())
        let basePath = CatchUp.basePath(for: file)
        do {
            try WorkshopStore.create(copy, at: file)
            try WorkshopStore.create(base, at: basePath)
        } catch {
            printError(error.message(commandLanguage))
            throw ExitCode.failure
        }
        print(say("Skapade \(file), ett uppsamlingstillfälle för \(mainPath) (basen i \(basePath)); rollkarta fold-in för tillbaka arbetet",
                  "Created \(file), a catch-up copy of \(mainPath) (its base in \(basePath)); rollkarta fold-in brings the work back"))
    }

    /// The roles and steps of the wanted journeys as a workshop or a catalog file has them.
    static func journeys(from path: String, wanted: [JourneyID]) throws -> [WorkshopJourney] {
        let found = try journeysOrExit(from: path).filter { wanted.contains($0.id) }
        guard !found.isEmpty else {
            printError(say("\(path) har ingen av de valda resorna", "\(path) has none of the chosen journeys"))
            throw ExitCode.failure
        }
        return found
    }
}

extension WorkshopKind: ExpressibleByArgument {}
