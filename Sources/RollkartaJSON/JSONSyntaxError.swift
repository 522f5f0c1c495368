/// Where a document is not one well-formed JSON value, and why: the model turns it into a
/// problem with line and column.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case empty
        case invalidUTF8
        case syntax(expected: SyntaxExpectation, endOfFile: Bool)
        case trailingContent
        case tooDeep(limit: Int)
        case duplicateKey(String)
    }

    /// The byte offset where the document stops being JSON.
    public var offset: Int
    public var kind: Kind

    public init(offset: Int, kind: Kind) {
        self.offset = offset
        self.kind = kind
    }
}

/// What the JSON syntax check expected where it stopped.
public enum SyntaxExpectation: Equatable, Sendable {
    case value, key, colon, commaOrBrace, commaOrBracket, closingQuote, escape, hexDigits
    case noControlCharacter, digit
    case literal(String)
}
