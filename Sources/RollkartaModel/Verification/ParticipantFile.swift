import RollkartaJSON
import Foundation

/// One participant's answers, in a small file of their own: the workshop file is never
/// handed out for editing. It names the workshop by id and by the content hash of what the
/// walk showed, so answers given to an earlier version are recognised when merged.
public struct ParticipantFile: Codable, Equatable, Sendable {
    public static let formatMarker = "rollkarta-verification"
    public static let schemaVersion = 1

    public struct WorkshopReference: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var contentHash: String
    }

    public struct Answer: Codable, Equatable, Sendable {
        public var subject: VerificationSubject
        public var vote: Vote
        public var comment: String
        /// The subject's content hash when it was answered.
        public var seen: String
        /// ISO 8601, UTC.
        public var answeredAt: String

        public init(subject: VerificationSubject, vote: Vote, comment: String, seen: String, answeredAt: String) {
            self.subject = subject
            self.vote = vote
            self.comment = comment
            self.seen = seen
            self.answeredAt = answeredAt
        }
    }

    public var format: String
    public var schemaVersion: Int
    public var workshop: WorkshopReference
    public var organisation: String
    public var initials: String?
    /// The participant's own identity, made once by the page or the walk that wrote the file
    /// (a short random code, "7k3q"): two colleagues of one organisation who give no initials
    /// stay two participants. Absent in files written before.
    public var token: String?
    /// The facilitator answered on the organisation's behalf (a participant without a machine).
    public var onBehalf: Bool
    /// What the walk covers besides roles, as the facilitator asked.
    public var include: [VerificationSubject.Kind]
    public var answers: [Answer]
    /// "Saknas en roll, ett steg eller en aktör?": free text, one entry each; absent in older files.
    @EmptyWhenAbsent public var suggestions: [Suggested]

    /// One suggestion as the participant wrote it.
    public struct Suggested: Codable, Equatable, Sendable {
        public var text: String
        /// ISO 8601, UTC.
        public var writtenAt: String

        public init(text: String, writtenAt: String) {
            self.text = text
            self.writtenAt = writtenAt
        }
    }

    public init(for workshop: Workshop, organisation: String, initials: String?, onBehalf: Bool,
                include: [VerificationSubject.Kind], token: String? = nil) {
        format = Self.formatMarker
        schemaVersion = Self.schemaVersion
        let kinds = include.contains(.roles) ? include : [.roles] + include
        self.include = kinds
        self.workshop = WorkshopReference(id: workshop.id, title: workshop.title,
                                          contentHash: workshop.contentHash(of: workshop.verificationSubjects(including: Set(kinds), organisation: organisation)))
        self.organisation = organisation
        self.initials = initials
        self.token = token
        self.onBehalf = onBehalf
        answers = []
        suggestions = []
    }

    public func answer(for subject: VerificationSubject) -> Answer? {
        answers.first { $0.subject == subject }
    }

    /// Records an answer, replacing an earlier one about the same subject.
    public mutating func record(_ answer: Answer) {
        if let index = answers.firstIndex(where: { $0.subject == answer.subject }) {
            answers[index] = answer
        } else {
            answers.append(answer)
        }
    }

    /// Whether this file is the one organisation and initials would write (compared without
    /// regard to case or surrounding spaces).
    /// Whether the file is this participant's: the same initials, and the same organisation by
    /// name or, in `workshop`, by the actor both names stand for ("Habilitering" and "HAB").
    public func belongs(to organisation: String, initials: String?, in workshop: Workshop? = nil) -> Bool {
        guard Self.sameName(self.initials ?? "", initials ?? "") else { return false }
        if Self.sameName(self.organisation, organisation) { return true }
        guard let workshop, let mine = workshop.organisation(named: self.organisation) else { return false }
        return workshop.organisation(named: organisation)?.id == mine.id
    }

    static func sameName(_ left: String, _ right: String) -> Bool {
        left.trimmingCharacters(in: .whitespaces).lowercased() == right.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// "ws.rollkarta.json", "BUP", "AB" -> "ws.verify-bup-ab.json" in the workshop's folder;
    /// without initials the participant's code tells two colleagues' files apart
    /// ("ws.verify-bup-7k3q.json").
    public static func defaultPath(workshopPath: String, organisation: String, initials: String?, token: String? = nil) -> String {
        let base = answerFileBase(workshopPath: workshopPath)
        let who = Participant.hasInitials(initials) ? initials ?? "" : token ?? ""
        let name = Identifiers.slug(organisation + " " + who, maxLength: 40)
        return base + ".verify-" + (name.isEmpty ? "participant" : name) + ".json"
    }

    /// A participant's code: four letters and digits that cannot be misread (no 0/o, 1/l/i).
    public static func newToken() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<4).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }

    /// Whether a token is one a page or a walk could have made: a short run of lower-case
    /// letters and digits (it goes into file names and on screen).
    public static func isValidToken(_ token: String) -> Bool {
        (1...16).contains(token.count) && token.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    /// "BUP (AB)", or "BUP (7k3q)" without initials: how people are named on screen and in reports.
    public var shownName: String { Participant.shownName(organisation, initials: initials, token: token) }

    /// "ws.rollkarta.json" -> "ws": what an answer file's name starts with (the verification
    /// page names its downloads the same way, from this).
    public static func answerFileBase(workshopPath: String) -> String {
        for suffix in [".rollkarta.json", ".json"] where workshopPath.hasSuffix(suffix) {
            return String(workshopPath.dropLast(suffix.count))
        }
        return workshopPath
    }

    /// Now, as the files write it.
    public static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}

/// Reads and writes participant files with the same care as workshops.
public enum ParticipantStore {
    public static func load(_ path: String) throws(LoadError) -> ParticipantFile {
        let data = try AtomicFile.read(path)
        return try DocumentCodec.decode(ParticipantFile.self, from: data, file: path, format: ParticipantFile.formatMarker,
                                        schemaVersion: ParticipantFile.schemaVersion, validate: validate)
    }

    public static func save(_ file: ParticipantFile, to path: String) throws(AtomicFile.WriteError) {
        try AtomicFile.write(DocumentCodec.encode(file), to: path)
    }

    static func validate(_ file: ParticipantFile) -> [Validation.Finding] {
        var findings: [Validation.Finding] = []
        if file.organisation.trimmingCharacters(in: .whitespaces).isEmpty {
            findings.append(.init(path: JSONPath([.key("organisation")]), kind: .emptyValue(field: "organisation")))
        }
        if let token = file.token, !ParticipantFile.isValidToken(token) {
            findings.append(.init(path: JSONPath([.key("token")]), kind: .emptyValue(field: "token")))
        }
        if file.workshop.id.isEmpty {
            findings.append(.init(path: JSONPath([.key("workshop"), .key("id")]), kind: .emptyValue(field: "id")))
        }
        var seen = Set<VerificationSubject>()
        for (index, answer) in file.answers.enumerated() where !seen.insert(answer.subject).inserted {
            findings.append(.init(path: JSONPath([.key("answers"), .index(index)]), kind: .duplicateID(answer.subject.label)))
        }
        return findings
    }
}
