/// Every text of some tables in both languages, one after the other, for a translator or a
/// reviewer to read at once (the review files beside the goldens), and what is wrong with them:
/// an empty text, a Swedish text the same as its English one (unless it is one word in both),
/// an English word that has leaked into a Swedish text. A text that takes values is named with
/// what it takes (`ƒ (Int) -> String`).
public enum TextReview {
    /// Words that are the same in Swedish and English, or names.
    public static let sameInBoth: Set<String> = [
        "Rollkarta", "Status", "Workshop", "OK", "Start", "Agenda", "Vision", "PgDn", "PgUp", "Esc", "Enter", "Tab", "Del",
    ]

    /// English words that have been found in Swedish texts before.
    public static let leakedEnglish = ["level", "tier", "gap", "gaps", "handover", "handovers", "primary", "secondary"]

    public struct Result: Sendable {
        public var text: String
        public var problems: [String]
    }

    /// The tables, by name, each as its Swedish and its English value; then the glossary.
    public static func review(_ tables: [(name: String, type: any TextTable.Type)], glossary: Bool = true) -> Result {
        var lines: [String] = []
        var problems: [String] = []
        for (name, type) in tables.sorted(by: { $0.name < $1.name }) {
            lines.append("# \(name)")
            let sv = Mirror(reflecting: type.sv).children, en = Mirror(reflecting: type.en).children
            for (swedish, english) in zip(sv, en) {
                let field = swedish.label ?? "?"
                let svText = shown(swedish.value), enText = shown(english.value)
                lines += ["", field, "  sv: " + svText.replacingOccurrences(of: "\n", with: "⏎"),
                          "  en: " + enText.replacingOccurrences(of: "\n", with: "⏎")]
                problems += check(svText, enText, at: "\(name).\(field)")
            }
            lines.append("")
        }
        if glossary {
            lines.append("# Glossary")
            for (name, term) in Glossary.all {
                lines += ["", name, "  sv: \(term.sv), \(term.svPlural); \(term.svDefinite), \(term.svDefinitePlural) (\(term.gender == .common ? "en" : "ett"))",
                          "  en: \(term.en), \(term.enPlural)"]
            }
            lines.append("")
        }
        return Result(text: lines.joined(separator: "\n"), problems: problems)
    }

    /// What one text of a table says; a function by what it takes.
    static func shown(_ value: Any) -> String {
        if let text = value as? String { return text }
        // A text that takes values is named by what it takes. It is not called: Swift 6.3's
        // runtime crashes on casting a @Sendable function out of `Any` (it calls garbage), so
        // reflection cannot reach it.
        let signature = String(describing: type(of: value)).replacingOccurrences(of: "@Sendable ", with: "")
        return "ƒ " + signature
    }

    /// What is wrong with one text in its two languages.
    public static func check(_ sv: String, _ en: String, at place: String) -> [String] {
        var problems: [String] = []
        if sv.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append("\(place): the Swedish text is empty") }
        if en.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append("\(place): the English text is empty") }
        if sv == en, !sv.hasPrefix("ƒ "), !sameInBoth.contains(sv.trimmingCharacters(in: .whitespaces)),
           sv.contains(where: \.isLetter) {
            problems.append("\(place): the Swedish text is the English one: \"\(sv)\"")
        }
        let words = Set(sv.lowercased().split { !$0.isLetter }.map(String.init))
        for word in leakedEnglish where words.contains(word) {
            problems.append("\(place): an English word in the Swedish text (\(word)): \"\(sv)\"")
        }
        return problems
    }
}
