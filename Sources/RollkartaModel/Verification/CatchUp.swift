import Foundation

/// A catch-up session ("uppsamlingstillfälle", FAQ 6) works on a copy of the workshop; its work
/// comes back with the git driver's entity-level merge against the workshop as it was when
/// the copy was made (the base, kept beside the copy). The main workshop records each fold-in
/// by the copy's id and content, so folding the same copy in again changes nothing, and the
/// base moves on to what was folded, so a copy changed since brings only what changed.
public struct CatchUpReference: Codable, Equatable, Sendable {
    /// The id of the workshop this is a catch-up copy of.
    public var main: String
    public var id: String
}

/// A catch-up copy folded into the main workshop.
public struct FoldIn: Codable, Equatable, Sendable {
    public var catchUp: String
    public var contentHash: String
    /// ISO date.
    public var date: String
}

public enum CatchUp {
    public enum Refusal: Error, Equatable, Sendable {
        case notACatchUp(String)
        case ofAnotherWorkshop(file: String, found: String, expected: String)
        case merge([Validation.Finding])

        public func message(_ language: Language) -> String {
            let sv = language == .sv
            switch self {
            case .notACatchUp(let file):
                return sv ? "\(file) är inget uppsamlingstillfälle (skapa ett med rollkarta new --catch-up); ingenting skrevs"
                          : "\(file) is not a catch-up copy (make one with rollkarta new --catch-up); nothing was written"
            case .ofAnotherWorkshop(let file, let found, let expected):
                return sv ? "\(file) är en kopia av en annan workshop (\(found), inte \(expected)); ingenting skrevs"
                          : "\(file) is a copy of another workshop (\(found), not \(expected)); nothing was written"
            case .merge(let problems):
                return (sv ? "sammanslagningen blev inte giltig; ingenting skrevs: " : "the merge was not valid; nothing was written: ")
                    + problems.map { $0.kind.text(language) }.joined(separator: "; ")
            }
        }
    }

    /// The copy for a catch-up session, and the base to fold it back against.
    public static func make(from main: Workshop, date: String) -> (copy: Workshop, base: Workshop) {
        var copy = main
        copy.catchUpOf = CatchUpReference(main: main.id, id: "catch-up-\(date)-\(ContentHash.hex(String(decoding: WorkshopCodec.encode(main), as: UTF8.self)).prefix(6))")
        copy.foldIns = []
        return (copy, main)
    }

    /// The main workshop with the copy's work folded in and the fold-in recorded, and the new
    /// base; nil when this very copy was folded in already.
    public static func foldIn(_ copy: Workshop, file: String, base: Workshop, into main: Workshop,
                              date: String) throws(Refusal) -> (workshop: Workshop, outcome: WorkshopMerge.Outcome)? {
        guard let reference = copy.catchUpOf else { throw .notACatchUp(file) }
        guard reference.main == main.id else { throw .ofAnotherWorkshop(file: file, found: reference.main, expected: main.id) }
        var content = copy
        content.catchUpOf = nil
        let hash = ContentHash.hex(String(decoding: WorkshopCodec.encode(content), as: UTF8.self))
        if main.foldIns.contains(where: { $0.catchUp == reference.id && $0.contentHash == hash }) { return nil }
        var theirs = content
        theirs.foldIns = main.foldIns
        var outcome: WorkshopMerge.Outcome
        do {
            outcome = try WorkshopMerge.merge(base: base, ours: main, theirs: theirs)
        } catch {
            throw .merge(error.problems)
        }
        outcome.workshop.foldIns.removeAll { $0.catchUp == reference.id }
        outcome.workshop.foldIns.append(FoldIn(catchUp: reference.id, contentHash: hash, date: date))
        return (outcome.workshop, outcome)
    }

    /// Where a copy's base is kept: `x.rollkarta.json` -> `x.base.rollkarta.json`.
    public static func basePath(for copyPath: String) -> String {
        for suffix in [".rollkarta.json", ".json"] where copyPath.hasSuffix(suffix) {
            return String(copyPath.dropLast(suffix.count)) + ".base" + suffix
        }
        return copyPath + ".base"
    }
}
