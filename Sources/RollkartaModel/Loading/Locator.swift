import RollkartaJSON
import Foundation

/// Gives problems their line and column.
struct Locator {
    let file: String
    let bytes: UnsafeBufferPointer<UInt8>

    func problem(_ kind: ProblemKind, at offset: Int) -> Problem {
        let (line, column) = JSONScanner.lineAndColumn(of: offset, in: bytes)
        return Problem(file: file, line: line, column: column, kind: kind)
    }

    func problem(_ kind: ProblemKind, at path: JSONPath) -> Problem {
        problems(for: [Validation.Finding(path: path, kind: kind)]).problems[0]
    }

    /// Every finding with its line and column, all found in one pass over the file (and one
    /// more for lines and columns), so that ten thousand problems cost what one does.
    /// `scanned`: the bytes those passes read.
    func problems(for findings: [Validation.Finding]) -> (problems: [Problem], scanned: Int) {
        let (positions, scanned) = JSONScanner.positions(of: findings.map(\.path), in: bytes)
        let problems = zip(findings, positions).map { finding, position in
            Problem(file: file, line: position?.line, column: position?.column, path: finding.path, kind: finding.kind)
        }
        return (problems, scanned)
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
