/// The interface language. Swedish is the default; English is chosen with `--lang en`
/// or a locale that starts with "en".
public enum Language: String, CaseIterable, Codable, Sendable {
    case sv
    case en

    /// Decides the language from an explicit choice (the `--lang` value) or, failing that,
    /// the POSIX locale variables in their order of precedence (LC_ALL, LC_MESSAGES, LANG).
    public static func resolve(explicit: String?, environment: [String: String]) -> Language {
        if let explicit, let language = Language(rawValue: explicit.lowercased()) { return language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty, value != "C", value != "POSIX",
                  !value.hasPrefix("C.") else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .sv
        }
        return .sv
    }

    /// Finds `--lang X` or `--lang=X` among command-line arguments, so that help texts,
    /// which are built before parsing finishes, already speak the chosen language.
    public static func explicitChoice(in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
        }
        return nil
    }
}

/// A text in both interface languages.
public struct Localized: Codable, Hashable, Sendable {
    public var sv: String
    public var en: String

    public init(sv: String, en: String) {
        self.sv = sv
        self.en = en
    }

    public init(_ both: String) {
        self.init(sv: both, en: both)
    }

    public subscript(language: Language) -> String {
        switch language {
        case .sv: return sv
        case .en: return en.isEmpty ? sv : en
        }
    }
}

/// A list of texts in both interface languages (for example a role's example titles).
public struct LocalizedList: Codable, Hashable, Sendable {
    public var sv: [String]
    public var en: [String]

    public init(sv: [String], en: [String]) {
        self.sv = sv
        self.en = en
    }

    public subscript(language: Language) -> [String] {
        switch language {
        case .sv: return sv
        case .en: return en.isEmpty ? sv : en
        }
    }
}
