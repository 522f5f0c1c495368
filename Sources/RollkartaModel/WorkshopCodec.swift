import Foundation

/// Turns a workshop into the bytes of its file and back, with every problem located.
/// The same workshop always gives the same bytes, so files diff and merge well in git.
public enum WorkshopCodec {
    public static func encode(_ workshop: Workshop) -> Data {
        DocumentCodec.encode(workshop)
    }

    /// Decodes and validates. Throws every problem found, each with file, line and JSON path.
    public static func decode(_ data: Data, file: String, catalog: Catalog = .bundled) throws(LoadError) -> Workshop {
        try DocumentCodec.decode(Workshop.self, from: data, file: file, format: Workshop.formatMarker,
                                 schemaVersion: Workshop.schemaVersion) { Validation.check($0, catalog: catalog) }
    }
}

/// The JSON documents Rollkarta writes (workshops, participants' answer files): deterministic
/// output (sorted keys, pretty-printed, final newline), so the same value always gives the
/// same bytes; strict reading, every problem located by line and column.
enum DocumentCodec {
    static func encode<Document: Encodable>(_ document: Document) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(document)
            data.append(UInt8(ascii: "\n"))
            return data
        } catch {
            // Every field is a string, an integer, a list or a nested struct: encoding cannot fail.
            preconditionFailure("encoding \(Document.self) failed: \(error)")
        }
    }

    /// Syntax, then the header (a newer schema or another kind of file is refused before its
    /// fields are judged), then the fields, then `validate`.
    static func decode<Document: Decodable>(
        _ type: Document.Type, from data: Data, file: String, format: String, schemaVersion: Int,
        validate: (Document) -> [Validation.Finding]
    ) throws(LoadError) -> Document {
        let bytes = [UInt8](data)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(LoadError) -> Document in
            let locate = Locator(file: file, bytes: buffer)
            if let failure = JSONScanner.check(buffer) {
                throw LoadError(file: file, problems: [locate.problem(failure.kind, at: failure.offset)])
            }
            let decoder = JSONDecoder()
            let header: Header
            do {
                header = try decoder.decode(Header.self, from: data)
            } catch {
                throw LoadError(file: file, problems: [locate.problem(for: error)])
            }
            guard header.format == format else {
                throw LoadError(file: file, problems: [locate.problem(.wrongFormat(found: header.format, expected: format),
                                                                      at: JSONPath([.key("format")]))])
            }
            if let version = header.schemaVersion, version > schemaVersion {
                throw LoadError(file: file, problems: [
                    locate.problem(.newerSchema(found: version, supported: schemaVersion),
                                   at: JSONPath([.key("schemaVersion")]))])
            }
            let document: Document
            do {
                document = try decoder.decode(Document.self, from: data)
            } catch {
                throw LoadError(file: file, problems: [locate.problem(for: error)])
            }
            let findings = validate(document)
            if !findings.isEmpty {
                throw LoadError(file: file, problems: findings.map { locate.problem($0.kind, at: $0.path) })
            }
            return document
        }
    }

    private struct Header: Decodable {
        var format: String?
        var schemaVersion: Int?
    }
}

/// Every problem that kept a file from loading. The file itself is never touched.
public struct LoadError: Error, Equatable, Sendable {
    public var file: String
    public var problems: [Problem]

    public init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    public func message(_ language: Language) -> String {
        problems.map { $0.message(language) }.joined(separator: "\n")
    }
}

/// Gives problems their line and column.
private struct Locator {
    let file: String
    let bytes: UnsafeBufferPointer<UInt8>
    /// Locating a path rescans the file; beyond this many problems the rest carry the path alone.
    static let maxLocated = 100

    func problem(_ kind: ProblemKind, at offset: Int) -> Problem {
        let (line, column) = JSONScanner.lineAndColumn(of: offset, in: bytes)
        return Problem(file: file, line: line, column: column, kind: kind)
    }

    func problem(_ kind: ProblemKind, at path: JSONPath, index: Int = 0) -> Problem {
        guard index < Locator.maxLocated, let offset = JSONScanner.offset(of: path, in: bytes) else {
            return Problem(file: file, path: path, kind: kind)
        }
        let (line, column) = JSONScanner.lineAndColumn(of: offset, in: bytes)
        return Problem(file: file, line: line, column: column, path: path, kind: kind)
    }

    /// Translates Foundation's DecodingError, which knows the coding path but not the line.
    func problem(for error: any Error) -> Problem {
        guard let error = error as? DecodingError else {
            return Problem(file: file, kind: .invalidData(String(describing: error)))
        }
        switch error {
        case .keyNotFound(let key, let context):
            return problem(.missingField(key.stringValue), at: JSONPath(codingPath: context.codingPath))
        case .typeMismatch(let type, let context):
            return problem(.wrongType(expected: Self.typeName(type)), at: JSONPath(codingPath: context.codingPath))
        case .valueNotFound(let type, let context):
            return problem(.wrongType(expected: Self.typeName(type)), at: JSONPath(codingPath: context.codingPath))
        case .dataCorrupted(let context):
            let path = JSONPath(codingPath: context.codingPath)
            if let (got, expected) = ExpectedValues.decode(context.debugDescription) {
                return problem(.invalidValue(got: got, expected: expected), at: path)
            }
            return problem(.invalidData(context.debugDescription), at: path)
        @unknown default:
            return Problem(file: file, kind: .invalidData(String(describing: error)))
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") { return "Array" }
        if name.hasPrefix("Dictionary") || name.hasPrefix("KeyedDecodingContainer") { return "Object" }
        if name.hasPrefix("Optional<") { return String(name.dropFirst("Optional<".count).dropLast()) }
        return name
    }
}
