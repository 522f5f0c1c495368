import Foundation
import RollkartaModel

/// The language of this run, settled before parsing so that `--help` speaks it too.
let commandLanguage = Language.resolve(explicit: Language.explicitChoice(in: CommandLine.arguments),
                                       environment: ProcessInfo.processInfo.environment)

/// The Swedish or English text, whichever this run speaks. All command-line text goes
/// through here, next to the option it documents (as swift-argument-parser intends).
func say(_ swedish: String, _ english: String) -> String {
    commandLanguage == .sv ? swedish : english
}

/// `--lang sv|en`, shared by every command.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(say("Språk: sv (standard) eller en.", "Language: sv (default) or en.")))
    var lang: String?

    mutating func validate() throws {
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError(say("--lang ska vara sv eller en", "--lang must be sv or en"))
        }
    }
}

/// Prints to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

import ArgumentParser
import RollkartaModel

extension JourneyID: ExpressibleByArgument {}

/// `--journey child|adult|both`
enum JourneyChoice: String, ExpressibleByArgument, CaseIterable {
    case child, adult, both

    var journeys: [JourneyID] {
        switch self {
        case .child: return [.child]
        case .adult: return [.adult]
        case .both: return [.child, .adult]
        }
    }
}

/// `--include gaps,handovers,expectations`: what a verification covers besides the roles, for
/// `verify` and for `export --format verify-html`; parsed once, here.
struct IncludeOption: ParsableArguments {
    @Option(help: ArgumentHelp(say("Verifiera också: gaps, handovers, expectations (kommaseparerat; expectations är den egna organisationens sida i workshop 1).",
                                   "Verify as well: gaps, handovers, expectations (comma-separated; expectations is the organisation's own page in workshop 1)."),
                               valueName: "gaps,handovers,expectations"),
            transform: IncludeOption.kinds)
    var include: [VerificationSubject.Kind] = []

    /// The roles first, then what was asked for, each once.
    var kinds: [VerificationSubject.Kind] {
        var kinds: [VerificationSubject.Kind] = [.roles]
        for kind in include where !kinds.contains(kind) { kinds.append(kind) }
        return kinds
    }

    static func kinds(_ text: String) throws -> [VerificationSubject.Kind] {
        try text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { name in
            guard let kind = VerificationSubject.Kind(rawValue: name) else {
                throw ValidationError(say("--include känner inte till \"\(name)\" (välj gaps, handovers, expectations)",
                                          "--include does not know \"\(name)\" (choose gaps, handovers, expectations)"))
            }
            return kind
        }
    }
}

/// When the expectations page is asked for: the organisation `--as` names must be one of the
/// workshop's (by abbreviation, name or a remembered other name), since its page is found by
/// it. The message lists the names it knows and the way on without the page.
func unknownOrganisation(_ name: String, in workshop: Workshop, include: [VerificationSubject.Kind]) -> String? {
    guard include.contains(.expectations), workshop.organisation(named: name) == nil else { return nil }
    let known = workshop.actors.map { "\($0.abbreviation) (\($0.name))" }.joined(separator: ", ")
    let closest = workshop.closestOrganisation(to: name).map { say(" Närmast: \($0.abbreviation).", " Closest: \($0.abbreviation).") } ?? ""
    return DisplayText.sanitized(say(
        "--as \(name): finns inte bland workshopens organisationer, så dess förväntanssida kan inte hittas.\(closest) Kända: \(known). Ange en av dem med --as, eller verifiera utan sidan (utan expectations i --include).",
        "--as \(name): not among the workshop's organisations, so its expectations page cannot be found.\(closest) Known: \(known). Give one of them with --as, or verify without the page (no expectations in --include)."))
}

/// A day given on the command line (`--today`, `--date`): a real day written YYYY-MM-DD, else
/// a message saying what is wrong with it, in the user's language.
func commandDay(_ text: String) throws -> String {
    let example = CalendarDay.string()
    switch CalendarDay.problem(in: text) {
    case nil:
        return text
    case .notADay:
        throw ValidationError(say("\"\(text)\" är inget datum: skriv ÅÅÅÅ-MM-DD, till exempel \(example)",
                                  "\"\(text)\" is not a date: write YYYY-MM-DD, for example \(example)"))
    case .noSuchMonth(let month):
        throw ValidationError(say("\"\(text)\": månad \(month) finns inte (01–12)", "\"\(text)\": there is no month \(month) (01–12)"))
    case .noSuchDay(let day, let days):
        throw ValidationError(say("\"\(text)\": den månaden har \(days) dagar, inte \(day)",
                                  "\"\(text)\": that month has \(days) days, not \(day)"))
    }
}
