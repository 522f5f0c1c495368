import RollkartaJSON

/// One thing wrong with a file, with where it is: the file, the line and column when known,
/// and the JSON path. Its text is built in the reader's language (see ProblemKind+Text).
public struct Problem: Equatable, Sendable, Error {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var path: JSONPath?
    public var kind: ProblemKind

    public init(file: String, line: Int? = nil, column: Int? = nil, path: JSONPath? = nil, kind: ProblemKind) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.kind = kind
    }

    /// "FILE:LINE:COLUMN: $.path: what is wrong", the form compilers use, so editors can jump there.
    public func message(_ language: Language) -> String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        var text = place + ": "
        if let path, !path.components.isEmpty { text += "\(path): " }
        return text + kind.text(language)
    }
}

/// What can be wrong with a workshop (or participant) file.
public enum ProblemKind: Equatable, Sendable {
    // Reading
    case cannotOpen(reason: String)
    case notARegularFile
    case tooLarge(bytes: Int, limit: Int)
    case empty
    // Syntax
    case invalidUTF8
    case syntax(expected: SyntaxExpectation, endOfFile: Bool)
    case trailingContent
    case tooDeep(limit: Int)
    case duplicateKey(String)
    // Structure
    /// The file's `format` is not the one expected (a workshop, a participant's answers).
    case wrongFormat(found: String?, expected: String)
    case newerSchema(found: Int, supported: Int)
    case missingField(String)
    case wrongType(expected: String)
    case invalidValue(got: String, expected: [String])
    case invalidData(String)
    // References and content
    case unknownReference(kind: ReferenceKind, id: String, known: [String])
    case duplicateID(String)
    case duplicateCell(journey: JourneyID, step: String, role: String)
    case emptyValue(field: String)
    case negativeCount(field: String)
    case badDate(String)
}

/// What a dangling reference pointed at.
public enum ReferenceKind: String, Sendable {
    case journey, step, role, actor, participant, effectGoal, actorKind, gap, handover, expectation
}

extension ProblemKind {
    /// A JSON syntax error as the problem a person is told about.
    init(_ kind: JSONSyntaxError.Kind) {
        switch kind {
        case .empty: self = .empty
        case .invalidUTF8: self = .invalidUTF8
        case .syntax(let expected, let endOfFile): self = .syntax(expected: expected, endOfFile: endOfFile)
        case .trailingContent: self = .trailingContent
        case .tooDeep(let limit): self = .tooDeep(limit: limit)
        case .duplicateKey(let key): self = .duplicateKey(key)
        }
    }
}
