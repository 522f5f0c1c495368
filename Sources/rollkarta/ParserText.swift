import ArgumentParser
import Foundation
import RollkartaModel

/// What swift-argument-parser itself writes (its headings, its errors), in the language of this
/// run: a Swedish facilitator reads "Fel: Värdet 'pdf' gäller inte för '--format <format>'"
/// rather than the parser's English. Our own texts are already in the language (`say`).
enum ParserText {
    /// Runs the command line as `ParsableCommand.main()` does, its messages translated.
    static func main<Command: ParsableCommand>(_ command: Command.Type) -> Never {
        do {
            var parsed = try command.parseAsRoot()
            try parsed.run()
            exit(0)
        } catch {
            let code = command.exitCode(for: error)
            if code != .success, !(error is ExitCode), let mistyped = mistypedSubcommand(in: Array(CommandLine.arguments.dropFirst()), of: command) {
                printError(mistyped)
                exit(ExitCode.validationFailure.rawValue)
            }
            let message = translated(command.fullMessage(for: error))
            if code == .success {
                if !message.isEmpty { print(message) }
            } else if !message.isEmpty {
                printError(message)
            }
            exit(code.rawValue)
        }
    }

    /// `rollkarta verfy ws.json --as BUP`: the first word is no file and almost a subcommand's
    /// name, so the default subcommand (open) would otherwise complain about `--as`. Says which
    /// command was meant instead.
    static func mistypedSubcommand<Command: ParsableCommand>(in arguments: [String], of command: Command.Type) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !first.contains("/"), !first.contains("."),
              !FileManager.default.fileExists(atPath: first) else { return nil }
        let names = command.configuration.subcommands.map { $0._commandName }
        guard !names.contains(first) else { return nil }
        let scored = names.map { ($0, Workshop.editDistance(first.lowercased(), $0)) }.filter { $0.1 <= max(1, $0.0.count / 3) }
        guard let best = scored.min(by: { $0.1 < $1.1 })?.0 else { return nil }
        return say("Fel: '\(first)' är inget kommando. Menade du 'rollkarta \(best)'? (rollkarta --help visar alla)",
                   "Error: '\(first)' is not a command. Did you mean 'rollkarta \(best)'? (rollkarta --help lists them all)")
    }

    /// The parser's English, in Swedish when this run speaks Swedish.
    static func translated(_ message: String, language: Language = commandLanguage) -> String {
        guard language == .sv else { return message }
        var text = message
        for (pattern, template) in patterns {
            text = pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
        return text
    }

    private static let patterns: [(NSRegularExpression, String)] = [
        (#"(?m)^Error: "#, "Fel: "),
        (#"(?m)^Usage: "#, "Användning: "),
        (#"(?m)^Help:  "#, "Hjälp: "),
        (#"(?m)^  See '([^']+)' for more information\."#, "  Se '$1' för mer information."),
        (#"(?m)^OVERVIEW:"#, "ÖVERSIKT:"),
        (#"(?m)^USAGE:"#, "ANVÄNDNING:"),
        (#"(?m)^ARGUMENTS:"#, "ARGUMENT:"),
        (#"(?m)^OPTIONS:"#, "FLAGGOR:"),
        (#"(?m)^SUBCOMMANDS:"#, "UNDERKOMMANDON:"),
        (#"(?m)^  See '([^']+)' for detailed help\."#, "  Se '$1' för utförlig hjälp."),
        (#"Show the version\."#, "Visa versionen."),
        (#"Show help information\."#, "Visa hjälpen."),
        (#"\(default:(\s+)([^)]*)\)"#, "(standard:$1$2)"),
        (#"\(default\)"#, "(standard)"),
        (#"The value '([^']*)' is invalid for '([^']*)'\. Please provide one of ([^\n]*)\."#, "Värdet '$1' gäller inte för '$2'. Välj ett av $3."),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "Värdet '$1' gäller inte för '$2'"),
        (#"Please provide one of the following:"#, "Välj ett av dessa:"),
        (#"\(values:(\s)"#, "(värden:$1"),
        (#"; default: "#, "; standard: "),
        (#"Did you mean '([^']*)'\?"#, "Menade du '$1'?"),
        (#"Did you mean one of these\?"#, "Menade du något av dessa?"),
        (#"Missing expected argument '([^']*)'"#, "Argumentet '$1' saknas"),
        (#"Missing value for '([^']*)'"#, "Värde saknas för '$1'"),
        (#"Unknown option '([^']*)'"#, "Okänd flagga '$1'"),
        (#"Unexpected arguments? '([^\n]*)'"#, "Oväntat argument '$1'"),
        (#"'([^']*)' and '([^']*)'"#, "'$1' och '$2'"),
        (#"Duplicate exclusive value '([^']*)'"#, "'$1' angavs två gånger"),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }  // literal patterns: checked by ParserTextTests
}
