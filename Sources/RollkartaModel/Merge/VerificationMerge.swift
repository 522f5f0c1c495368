/// Folds participants' answer files into the workshop. Merging is idempotent (the same file
/// twice changes nothing), keeps the newer of two answers to the same question, refuses a
/// file made for another workshop, and keeps answers to a changed subject, which the
/// results then show as stale instead of counting them.
public enum VerificationMerge {
    /// What one participant file brought.
    public struct Report: Equatable, Sendable {
        public var file: String
        public var organisation: String
        public var initials: String?
        public var participant: Participant.ID
        public var onBehalf: Bool
        /// The file's participant code (shown when there are no initials).
        public var token: String?

        /// "BUP (AB)", or "BUP (7k3q)" without initials.
        public var shownName: String { Participant.shownName(organisation, initials: initials, token: token) }
        public var added = 0
        public var changed = 0
        public var unchanged = 0
        /// Answers older than the ones already merged for the same question: left out.
        public var older = 0
        /// Answers given to a version of the subject that has changed since.
        public var stale = 0
        /// Subjects the workshop no longer has (a deleted gap, say), by label.
        public var skipped: [String] = []
        /// Suggestions ("Saknas en roll, ett steg eller en aktör?") not already in the workshop.
        public var suggestions = 0
        /// The file held no answer and no suggestion (a page saved before its answers were in
        /// it, say): nothing of it was merged, not even its participant.
        public var empty = false
    }

    public enum Refusal: Error, Equatable, Sendable {
        /// The file was made for another workshop; nothing was merged.
        case otherWorkshop(file: String, found: String, foundTitle: String, expected: String)

        public func message(_ language: Language) -> String {
            switch self {
            case .otherWorkshop(let file, let found, let title, let expected):
                let shownTitle = DisplayText.sanitized(title)
                return language == .sv
                    ? "\(file): svaren gäller en annan workshop (\"\(shownTitle)\", id \(found)), inte \(expected); ingenting slogs samman"
                    : "\(file): the answers are for another workshop (\"\(shownTitle)\", id \(found)), not \(expected); nothing was merged"
            }
        }
    }

    public static func merge(_ files: [(path: String, file: ParticipantFile)], into workshop: inout Workshop)
        throws(Refusal) -> [Report] {
        for (path, file) in files where file.workshop.id != workshop.id {
            throw .otherWorkshop(file: path, found: file.workshop.id, foundTitle: file.workshop.title, expected: workshop.id)
        }
        // Every subject has a hash: whether one still exists is a look-up, as is the answer
        // already merged for a question and a suggestion already made, so a file of many
        // answers merges in time proportional to them.
        let hashes = workshop.subjectHashes
        var merged: [AnswerKey: Int] = [:]
        for (index, answer) in workshop.answers.enumerated() where merged[answer.key] == nil { merged[answer.key] = index }
        var suggestionLabels = Set(workshop.suggestions.map(\.label))
        var reports: [Report] = []
        for (path, file) in files {
            if file.answers.isEmpty && file.suggestions.isEmpty {
                var copy = workshop
                var report = Report(file: path, organisation: file.organisation, initials: file.initials,
                                    participant: participantID(for: file, in: &copy), onBehalf: file.onBehalf, token: file.token)
                report.empty = true
                reports.append(report)
                continue
            }
            let participant = participantID(for: file, in: &workshop)
            var report = Report(file: path, organisation: file.organisation, initials: file.initials,
                                participant: participant, onBehalf: file.onBehalf, token: file.token)
            for given in file.answers {
                guard hashes[given.subject] != nil else {
                    report.skipped.append(given.subject.label)
                    continue
                }
                if hashes.isStale(given.subject, seen: given.seen) { report.stale += 1 }
                let answer = VerificationAnswer(participant: participant, subject: given.subject, vote: given.vote,
                                                comment: given.comment, seen: given.seen, answeredAt: given.answeredAt,
                                                onBehalf: file.onBehalf)
                guard let index = merged[answer.key] else {
                    merged[answer.key] = workshop.answers.count
                    workshop.answers.append(answer)
                    report.added += 1
                    continue
                }
                let existing = workshop.answers[index]
                if existing == answer {
                    report.unchanged += 1
                } else if (existing.answeredAt ?? "") > given.answeredAt {
                    report.older += 1
                } else {
                    workshop.answers[index] = answer
                    report.changed += 1
                }
            }
            for suggested in file.suggestions {
                let text = suggested.text.trimmingCharacters(in: .whitespacesAndNewlines)
                let suggestion = Suggestion(participant: participant, text: text, writtenAt: suggested.writtenAt)
                guard !text.isEmpty, suggestionLabels.insert(suggestion.label).inserted else { continue }
                workshop.suggestions.append(suggestion)
                report.suggestions += 1
            }
            reports.append(report)
        }
        return reports
    }

    /// The workshop's participant the file is from, added when new: by organisation and
    /// initials; without initials by the file's code (two colleagues without initials are two
    /// participants), and a file without a code (written before codes) as it always was.
    private static func participantID(for file: ParticipantFile, in workshop: inout Workshop) -> Participant.ID {
        let token = Participant.hasInitials(file.initials) ? nil : file.token
        if let known = workshop.participants.first(where: { participant in
            file.belongs(to: participant.organisation, initials: participant.initials)
                && (Participant.hasInitials(file.initials) || participant.token == token)
        }) {
            return known.id
        }
        let id = Participant.ID(rawValue: Identifiers.fromName(file.organisation + " " + (file.initials ?? token ?? ""), prefix: "p",
                                                     existing: workshop.participants.map(\.id.rawValue)))
        workshop.participants.append(Participant(id: id, organisation: file.organisation, initials: file.initials, token: token))
        return id
    }
}
