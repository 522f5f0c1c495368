/// A closed set of string values in a file. Decoding an unknown value fails with a message
/// that lists what was expected, instead of Foundation's generic "invalid value".
public protocol StrictEnum: RawRepresentable, CaseIterable, Codable, Hashable, Sendable
where RawValue == String {}

extension StrictEnum {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: ExpectedValues.encode(got: raw, expected: Self.allCases.map(\.rawValue)))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The next value in declaration order, wrapping round: what a "cycle" key does.
    public var next: Self {
        let all = Array(Self.allCases)
        let index = all.firstIndex(of: self)!
        return all[(index + 1) % all.count]
    }
}

/// Carries "what was found, what was expected" through DecodingError's only free-text field,
/// so that the loader can turn it back into a structured, translatable problem.
enum ExpectedValues {
    private static let marker = "rollkarta-expected:"

    static func encode(got: String, expected: [String]) -> String {
        marker + ([got] + expected).joined(separator: "\u{1F}")
    }

    static func decode(_ description: String) -> (got: String, expected: [String])? {
        guard description.hasPrefix(marker) else { return nil }
        let parts = description.dropFirst(marker.count).split(separator: "\u{1F}", omittingEmptySubsequences: false)
            .map(String.init)
        guard let first = parts.first else { return nil }
        return (first, Array(parts.dropFirst()))
    }
}
