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
            let message = translated(command.fullMessage(for: error))
            if code == .success {
                if !message.isEmpty { print(message) }
            } else if !message.isEmpty {
                printError(message)
            }
            exit(code.rawValue)
        }
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
        (#"Missing expected argument '([^']*)'"#, "Argumentet '$1' saknas"),
        (#"Missing value for '([^']*)'"#, "Värde saknas för '$1'"),
        (#"Unknown option '([^']*)'"#, "Okänd flagga '$1'"),
        (#"Unexpected arguments? '([^\n]*)'"#, "Oväntat argument '$1'"),
        (#"'([^']*)' and '([^']*)'"#, "'$1' och '$2'"),
        (#"Duplicate exclusive value '([^']*)'"#, "'$1' angavs två gånger"),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }  // literal patterns: checked by ParserTextTests
}
