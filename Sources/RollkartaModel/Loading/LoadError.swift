import Foundation

/// Every problem that kept a file from loading. The file itself is never touched.
public struct LoadError: Error, Equatable, Sendable {
    public var file: String
    public var problems: [Problem]

    public init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    /// At most this many problems are listed, each on a line; the rest are counted after them.
    public static let listedLimit = 100

    /// What a person reads: the first `listedLimit` problems, one a line, then (when there
    /// are more) how many more and how many in all.
    public func lines(_ language: Language) -> [String] {
        var lines = problems.prefix(Self.listedLimit).map { $0.message(language) }
        if problems.count > Self.listedLimit {
            lines.append(ProblemKind.unlisted(problems.count - Self.listedLimit, of: problems.count, language))
        }
        return lines
    }

    public func message(_ language: Language) -> String {
        lines(language).joined(separator: "\n")
    }
}
