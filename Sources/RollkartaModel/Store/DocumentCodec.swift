import RollkartaJSON
import Foundation

/// A file that says what it is and which schema it follows.
protocol VersionedDocument {
    var format: String { get }
    var schemaVersion: Int { get }
}

extension Workshop: VersionedDocument {}
extension ParticipantFile: VersionedDocument {}

/// The JSON documents Rollkarta writes (workshops, participants' answer files): deterministic
/// output (sorted keys, pretty-printed, final newline), so the same value always gives the
/// same bytes; strict reading, every problem located by line and column.
enum DocumentCodec {
    static func encode<Document: Encodable>(_ document: Document) -> Data {
        if var bytes = try? DocumentEncoder.encode(document) {
            bytes.append(UInt8(ascii: "\n"))
            return Data(bytes)
        }
        return foundationEncode(document)
    }

    /// Foundation's encoder, which `DocumentEncoder` writes byte for byte when it can.
    static func foundationEncode<Document: Encodable>(_ document: Document) -> Data {
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
    ///
    /// For speed on large files two cores share the work: on this thread the project's own
    /// decoder reads the document (`DocumentDecoder`, which splits long lists between the cores),
    /// on the other the strict syntax scan runs. When the fast decoder cannot read a file,
    /// Foundation's decodes it, and its error is what is reported. What is reported is the same
    /// as doing it all in order: a syntax problem first, then the header, then the fields, then
    /// validation.
    static func decode<Document: Decodable & VersionedDocument & Sendable>(
        _ type: Document.Type, from data: Data, file: String, format: String, schemaVersion: Int,
        validate: @escaping @Sendable (Document) -> [Validation.Finding]
    ) throws(LoadError) -> Document {
        try decode(type, from: data, file: file, format: format, schemaVersion: schemaVersion, validate: validate,
                   alongside: { _ in () }).0
    }

    static func decode<Document: Decodable & VersionedDocument & Sendable, Extra>(
        _ type: Document.Type, from data: Data, file: String, format: String, schemaVersion: Int,
        validate: @escaping @Sendable (Document) -> [Validation.Finding], alongside work: (Document) -> Extra
    ) throws(LoadError) -> (Document, Extra) {
        // Read where they lie: a copy of the bytes was one more file's worth of memory at the peak.
        let outcome = data.withUnsafeBytes { raw in
            Result { () throws(LoadError) -> (Document, Extra) in
                try decode(type, bytes: SharedBytes(buffer: raw.bindMemory(to: UInt8.self)), data: data, file: file,
                           format: format, schemaVersion: schemaVersion, validate: validate, alongside: work)
            }
        }
        return try outcome.get()
    }

    /// Bytes that stay put while both threads read them.
    private struct SharedBytes: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
    }

    private static func decode<Document: Decodable & VersionedDocument & Sendable, Extra>(
        _ type: Document.Type, bytes: SharedBytes, data: Data, file: String, format: String, schemaVersion: Int,
        validate: @escaping @Sendable (Document) -> [Validation.Finding], alongside work: (Document) -> Extra
    ) throws(LoadError) -> (Document, Extra) {
        let scan = ScanResult()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            scan.failure = JSONScanner.check(bytes.buffer)
        }
        let decoded = Result { try fastOrFoundation(Document.self, bytes: bytes.buffer, data: data) }
        group.wait()
        do {
            let buffer = bytes.buffer
            let locate = Locator(file: file, bytes: buffer)
            if let failure = scan.failure {
                throw LoadError(file: file, problems: [locate.problem(ProblemKind(failure.kind), at: failure.offset)])
            }
            let header: Header
            switch decoded {
            case .success(let document):
                header = Header(format: document.format, schemaVersion: document.schemaVersion)
            case .failure:
                do {
                    header = try JSONDecoder().decode(Header.self, from: data)
                } catch {
                    throw LoadError(file: file, problems: [locate.problem(for: error)])
                }
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
            switch decoded {
            case .success(let value): document = value
            case .failure(let error): throw LoadError(file: file, problems: [locate.problem(for: error)])
            }
            let complete = document
            let validation = Validated()
            let checking = DispatchGroup()
            DispatchQueue.global().async(group: checking) { validation.findings = validate(complete) }
            let extra = work(complete)
            checking.wait()
            if !validation.findings.isEmpty {
                throw LoadError(file: file, problems: locate.problems(for: validation.findings).problems)
            }
            return (complete, extra)
        }
    }

    private final class Validated: @unchecked Sendable {
        var findings: [Validation.Finding] = []
    }

    /// The other thread's outcome, written before the group is left.
    private final class ScanResult: @unchecked Sendable {
        var failure: JSONScanner.Failure?
    }

    /// The project's own decoder when it can read the bytes (nearly always, and several times
    /// faster); otherwise Foundation's, which gives what it always gave: the value or the error
    /// that `Locator` turns into a located problem.
    private static func fastOrFoundation<Value: Decodable>(_ type: Value.Type, bytes: UnsafeBufferPointer<UInt8>,
                                                           data: Data) throws -> Value {
        if let value = try? DocumentDecoder.decode(type, from: bytes) { return value }
        return try JSONDecoder().decode(type, from: data)
    }

    private struct Header: Decodable {
        var format: String?
        var schemaVersion: Int?
    }
}
