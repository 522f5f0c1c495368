/// A table of the texts of one screen, form, report or command, written once in Swedish and
/// once in English as two values of the same type: a text missing in one language does not
/// compile, and a reviewer reads every text of a language in one place. The review file
/// (`texts.sv-en.txt` beside the goldens) lists every table in both languages.
public protocol TextTable: Sendable {
    /// Svenska.
    static var sv: Self { get }
    /// English.
    static var en: Self { get }
}

extension TextTable {
    /// The table in the given language.
    public static func of(_ language: Language) -> Self { language == .sv ? sv : en }
}
