import ArgumentParser
import Foundation
import RollkartaImport
import RollkartaModel

/// `rollkarta import-expectations FILE SURVEY.csv|SURVEY.xlsx`: the web survey's answers
/// (what the organisations expect of each other) as workshop-1 perception items.
struct ImportExpectations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-expectations",
        abstract: say("Läser in enkätsvar (CSV eller XLSX) som andras uppfattning i förväntanskartläggningen.",
                      "Reads survey answers (CSV or XLSX) as others' perception in the expectation mapping."),
        discussion: say("""
            En rad per svarande, en kolumn per fråga. Ange vilken kolumn som har den svarandes verksamhet, \
            vilken som har verksamheten som beskrivs, och vilka som har punkter om målgrupp och insatser \
            (en per rad i cellen, eller åtskilda med ;). Samma enkät igen lägger inte till något två gånger. \
            Allt eller inget: en felaktig rad stoppar med sitt radnummer och ingenting skrivs.
            """, """
            One row per respondent, one column per question. Say which column holds the respondent's \
            organisation, which the organisation described, and which hold target-group and services items \
            (one per line in the cell, or separated by ;). The same survey again adds nothing twice. \
            All or nothing: a malformed row stops with its row number and nothing is written.
            """))

    @Argument(help: ArgumentHelp(say("Workshopfilen.", "The workshop file.")))
    var workshop: String

    @Argument(help: ArgumentHelp(say("Enkätens export: .csv eller .xlsx.", "The survey's export: .csv or .xlsx.")))
    var survey: String

    @Option(help: ArgumentHelp(say("Kolumnen med den svarandes verksamhet.", "The column with the respondent's organisation.")))
    var respondent: String?

    @Option(help: ArgumentHelp(say("Kolumnen med verksamheten som beskrivs.", "The column with the organisation described.")))
    var described: String?

    @Option(help: ArgumentHelp(say("En kolumn med målgruppspunkter (kan anges flera gånger).",
                                   "A column with target-group items (may be given several times).")))
    var targetGroup: [String] = []

    @Option(help: ArgumentHelp(say("En kolumn med insatspunkter (kan anges flera gånger).",
                                   "A column with services items (may be given several times).")))
    var services: [String] = []

    @Option(name: .customLong("organisation"),
            help: ArgumentHelp(say("Enkätens namn på en verksamhet: \"Habilitering=HAB\" (förkortning eller namn). "
                                   + "Workshopen kommer ihåg det. Kan anges flera gånger.",
                                   "The survey's name for an organisation: \"Habilitering=HAB\" (abbreviation or name). "
                                   + "The workshop remembers it. May be given several times."),
                               valueName: say("namn=verksamhet", "name=organisation")))
    var organisations: [String] = []

    @Option(help: ArgumentHelp(say("En JSON-fil med samma uppgifter: respondent, described, targetGroup, services, id, "
                                   + "organisations ({\"Habilitering\": \"HAB\"}).",
                                   "A JSON file with the same: respondent, described, targetGroup, services, id, "
                                   + "organisations ({\"Habilitering\": \"HAB\"}).")))
    var mapping: String?

    @Flag(help: ArgumentHelp(say("Visa vad som skulle läggas till; skriv ingenting.", "Show what would be added; write nothing.")))
    var dryRun = false

    @Flag(help: ArgumentHelp(say("Hoppa över felaktiga rader och lista dem, i stället för att stoppa.",
                                 "Skip malformed rows and list them, instead of stopping.")))
    var skipBadRows = false

    @OptionGroup var language: LanguageOption

    /// Missing columns are a usage error of this command: said with its own usage.
    func validate() throws {
        for pair in organisations where aliasPair(pair) == nil {
            throw ValidationError(say("--organisation väntade namn=verksamhet, som \"Habilitering=HAB\"; fick \"\(pair)\"",
                                      "--organisation expected name=organisation, like \"Habilitering=HAB\"; got \"\(pair)\""))
        }
        guard mapping == nil else { return }
        guard respondent != nil, described != nil, !(targetGroup.isEmpty && services.isEmpty) else {
            throw ValidationError(say("ange --respondent, --described och minst en --target-group eller --services (eller --mapping)",
                                      "give --respondent, --described and at least one --target-group or --services (or --mapping)"))
        }
    }

    /// "Habilitering=HAB" -> ("Habilitering", "HAB").
    private func aliasPair(_ text: String) -> (String, String)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let name = text[..<equals].trimmingCharacters(in: .whitespaces)
        let target = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        return name.isEmpty || target.isEmpty ? nil : (name, target)
    }

    /// The mapping, and the survey's names in the order given: the mapping file's, then the
    /// options' (the options win in the mapping; two targets for one name are refused).
    private func columns() throws -> (ExpectationMapping, [(name: String, target: String)]) {
        var result: ExpectationMapping
        if let mapping {
            guard let data = FileManager.default.contents(atPath: mapping) else {
                printError(say("\(mapping): kan inte läsas", "\(mapping): cannot be read"))
                throw ExitCode.failure
            }
            // The file may give only some of it (just "organisations", as the dry run proposes):
            // the options give the rest, and an option given wins over the file.
            let file: PartialMapping
            do {
                file = try JSONDecoder().decode(PartialMapping.self, from: data)
            } catch {
                let at = (error as? DecodingError).map(Self.place) ?? ""
                printError(say("\(mapping)\(at): väntade {\"respondent\": …, \"described\": …, \"targetGroup\": […], \"services\": […], \"organisations\": {…}}",
                               "\(mapping)\(at): expected {\"respondent\": …, \"described\": …, \"targetGroup\": […], \"services\": […], \"organisations\": {…}}"))
                throw ExitCode.failure
            }
            result = ExpectationMapping(respondent: respondent ?? file.respondent ?? "", described: described ?? file.described ?? "",
                                        targetGroup: targetGroup.isEmpty ? file.targetGroup ?? [] : targetGroup,
                                        services: services.isEmpty ? file.services ?? [] : services, id: file.id,
                                        organisations: file.organisations)
            guard !result.respondent.isEmpty, !result.described.isEmpty, !(result.targetGroup.isEmpty && result.services.isEmpty) else {
                printError(say("\(mapping): ange --respondent, --described och minst en --target-group eller --services, i filen eller som flaggor",
                               "\(mapping): give --respondent, --described and at least one --target-group or --services, in the file or as options"))
                throw ExitCode.validationFailure
            }
        } else {
            // validate() saw to these.
            result = ExpectationMapping(respondent: respondent ?? "", described: described ?? "", targetGroup: targetGroup, services: services)
        }
        var names = (result.organisations ?? [:]).sorted { $0.key < $1.key }.map { (name: $0.key, target: $0.value) }
        for (name, target) in organisations.compactMap(aliasPair) {
            names.append((name, target))
            result.organisations = (result.organisations ?? [:]).merging([name: target]) { _, given in given }
        }
        return (result, names)
    }

    /// A mapping file's fields, each optional: what it leaves out comes from the options.
    private struct PartialMapping: Decodable {
        var respondent: String?
        var described: String?
        var targetGroup: [String]?
        var services: [String]?
        var id: String?
        var organisations: [String: String]?
    }

    /// Where in the mapping file decoding stopped: " (vid \"organisations\")", or nothing.
    private static func place(_ error: DecodingError) -> String {
        let path: [any CodingKey]
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        @unknown default:
            path = []
        }
        let keys = path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        return keys.isEmpty ? "" : say(" (vid \"\(keys)\")", " (at \"\(keys)\")")
    }

    func run() throws {
        let (mapping, names) = try columns()
        if !dryRun { try takeWritingLockOrExit(workshop) }
        defer { if !dryRun { FileLock.release(workshop) } }
        let original = try loadWorkshopOrExit(workshop)
        let imported: Workshop
        let report: ExpectationImport.Report
        do {
            _ = try ExpectationImport.aliases(names, in: original)
            let table = try SpreadsheetReader.read(survey)
            (imported, report) = try ExpectationImport.apply(table, mapping: mapping, skipBadRows: skipBadRows, to: original)
        } catch let error as SpreadsheetError {
            printError(DisplayText.sanitized(error.message(commandLanguage)))
            throw ExitCode.failure
        } catch let error as ExpectationImport.Failure {
            printError(DisplayText.sanitized(error.message(commandLanguage)))
            throw ExitCode.failure
        }
        print(summary(report))
        for alias in report.aliasesAdded {
            let organisation = original.actor(alias.organisation)?.abbreviation ?? ""
            print(DisplayText.sanitized(say("\"\(alias.name)\" = \(organisation): workshopen kommer ihåg namnet",
                                            "\"\(alias.name)\" = \(organisation): the workshop remembers the name")))
        }
        if !report.undescribedRows.isEmpty {
            let rows = report.undescribedRows.map(String.init).joined(separator: ", ")
            let several = report.undescribedRows.count > 1
            print(DisplayText.sanitized(say("rad \(rows): ingen verksamhet som beskrivs (kolumnen \"\(mapping.described)\" är tom); \(several ? "deras" : "dess") punkter lämnades utanför",
                      "\(several ? "rows" : "row") \(rows): no organisation described (the column \"\(mapping.described)\" is empty); \(several ? "their" : "its") items were left out")))
        }
        var proposals: [(String, String)] = []
        for (name, rows) in report.unknownOrganisations.sorted(by: { $0.key < $1.key }) {
            let rowList = rows.map(String.init).joined(separator: ", ")
            // A multiple-choice answer ("HAB;EH;") is several organisations, not a name to map.
            let parts = name.split { $0 == ";" || $0 == "," || $0.isNewline }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if parts.count > 1 {
                print(DisplayText.sanitized(say(
                    "\"\(name)\" (rad \(rowList)) nämner flera verksamheter; en rad gäller en verksamhet: rätta cellen i enkätfilen",
                    "\"\(name)\" (row \(rowList)) names several organisations; a row is about one organisation: correct the cell in the survey file")))
                continue
            }
            if let closest = imported.closestOrganisation(to: name) {
                proposals.append((name, closest.abbreviation))
                print(DisplayText.sanitized(say(
                    "okänd verksamhet \"\(name)\" (rad \(rowList)); närmast: \(closest.name) (\(closest.abbreviation)) – "
                        + "ange --organisation \"\(name)=\(closest.abbreviation)\" om det är den",
                    "unknown organisation \"\(name)\" (row \(rowList)); closest: \(closest.name) (\(closest.abbreviation)) – "
                        + "give --organisation \"\(name)=\(closest.abbreviation)\" if it is that one")))
            } else {
                let known = original.actors.map(\.abbreviation).joined(separator: ", ")
                print(DisplayText.sanitized(say("okänd verksamhet \"\(name)\" (rad \(rowList)); kända: \(known)",
                                                "unknown organisation \"\(name)\" (row \(rowList)); known: \(known)")))
            }
        }
        if proposals.count > 1 {
            let json = proposals.map { "\"\($0.0)\": \"\($0.1)\"" }.joined(separator: ", ")
            print(DisplayText.sanitized(say("alla på en gång, i --mapping-filen: \"organisations\": {\(json)}",
                                            "all at once, in the --mapping file: \"organisations\": {\(json)}")))
        }
        if !report.skippedRows.isEmpty {
            print(say("hoppade över felaktiga rader: ", "skipped malformed rows: ") + report.skippedRows.map(String.init).joined(separator: ", "))
        }
        if dryRun {
            print(say("torrkörning: ingenting skrevs", "dry run: nothing was written"))
            return
        }
        guard imported != original else {
            print(say("\(workshop): inget nytt, filen lämnas orörd", "\(workshop): nothing new, the file is left untouched"))
            return
        }
        try saveHoldingTheLock(imported, to: workshop)
        print(say("\(workshop): sparad", "\(workshop): saved"))
    }

    /// "1 ny punkt" or "3 nya punkter": the count with the word it takes.
    private func count(_ number: Int, _ one: (sv: String, en: String), _ many: (sv: String, en: String)) -> String {
        let word = number == 1 ? one : many
        return "\(number) " + say(word.sv, word.en)
    }

    /// "3 nya punkter, 1 återkommande (en källa till), 0 redan inlästa", and what else happened.
    private func summary(_ report: ExpectationImport.Report) -> String {
        var parts = [count(report.added, ("ny punkt", "new item"), ("nya punkter", "new items")),
                     say("\(report.joined) återkommande (en källa till)", "\(report.joined) recurring (one more source)"),
                     count(report.alreadyImported, ("redan inläst", "already imported"), ("redan inlästa", "already imported"))]
        if report.sameSource > 0 {
            parts.append(say("\(report.sameSource) fanns redan från samma verksamhet", "\(report.sameSource) already there from the same organisation"))
        }
        if report.sourcesFilled > 0 {
            parts.append(count(report.sourcesFilled, ("inläst förut fick den svarandes verksamhet som källa",
                                                      "imported before got the respondent's organisation as source"),
                               ("inlästa förut fick den svarandes verksamhet som källa",
                                "imported before got the respondent's organisation as source")))
        }
        if report.leftOut > 0 {
            let rows = report.leftOutRows.map(String.init).joined(separator: ", ")
            parts.append(say("\(report.leftOut) lämnades utanför (okänd verksamhet som beskrivs, rad \(rows))",
                             "\(report.leftOut) left out (unknown organisation described, \(report.leftOutRows.count == 1 ? "row" : "rows") \(rows))"))
        }
        return parts.joined(separator: ", ")
    }
}
