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
