/// Where the participants agree and what must be discussed: per subject the current votes
/// (participants' answers plus any show of hands), the stale ones apart, and the comments.
public struct VerificationResult: Sendable {
    public var subject: VerificationSubject
    /// Answers about the subject as it reads now; only these are counted.
    public var answers: [VerificationAnswer] = []
    /// Answers given to an earlier version of the subject: shown, never counted.
    public var staleAnswers: [VerificationAnswer] = []
    public var tally: Tally?
    public var isTallyStale = false

    public var yes: Int { count(.yes) }
    public var no: Int { count(.no) }
    public var discuss: Int { count(.discuss) }
    public var total: Int { yes + no + discuss }
    public var objections: Int { no + discuss }

    /// How divided the room is: the smaller side of yes against no-or-discuss.
    public var split: Int { min(yes, objections) }

    public var staleCount: Int { staleAnswers.count + (isTallyStale ? 1 : 0) }

    /// Participants who answered, current or stale (one answer each per subject).
    public var answeredCount: Int { answers.count + staleAnswers.count }

    /// Anyone said no or wants to discuss, or answered an earlier version.
    public var needsDiscussion: Bool { objections > 0 || staleCount > 0 }

    private func count(_ vote: Vote) -> Int {
        let fromTally: Int
        switch (tally, isTallyStale) {
        case (let tally?, false):
            fromTally = vote == .yes ? tally.yes : vote == .no ? tally.no : tally.discuss
        default:
            fromTally = 0
        }
        return answers.filter { $0.vote == vote }.count + fromTally
    }
}

public struct VerificationResults: Sendable {
    /// Every subject of the workshop's roles, and every gap or handover someone answered
    /// about, in walk order.
    public private(set) var all: [VerificationResult]
    /// What must be talked through, most objections first; among equals the most divided
    /// room, then the most stale answers; otherwise walk order.
    public private(set) var toDiscuss: [VerificationResult]
    /// How many participants have answered anything.
    public private(set) var participantsAnswering: Int

    public init(_ workshop: Workshop) {
        let hashes = workshop.subjectHashes
        participantsAnswering = Set(workshop.answers.map(\.participant)).count
        var bySubject: [VerificationSubject: VerificationResult] = [:]
        // Appended in place (`default:`): taking a result out, appending and putting it back
        // would copy its list on every answer.
        for answer in workshop.answers {
            if hashes.isStale(answer.subject, seen: answer.seen) {
                bySubject[answer.subject, default: VerificationResult(subject: answer.subject)].staleAnswers.append(answer)
            } else {
                bySubject[answer.subject, default: VerificationResult(subject: answer.subject)].answers.append(answer)
            }
        }
        for tally in workshop.tallies {
            bySubject[tally.subject, default: VerificationResult(subject: tally.subject)].tally = tally
            bySubject[tally.subject]?.isTallyStale = hashes.isStale(tally.subject, seen: tally.seen)
        }
        all = workshop.verificationSubjects(including: Set(VerificationSubject.Kind.allCases)).compactMap { subject in
            if case .role = subject { return bySubject[subject] ?? VerificationResult(subject: subject) }
            return bySubject[subject]
        }
        toDiscuss = all.enumerated().filter { $0.element.needsDiscussion }
            .sorted { lhs, rhs in
                let left = (lhs.element.objections, lhs.element.split, lhs.element.staleCount)
                let right = (rhs.element.objections, rhs.element.split, rhs.element.staleCount)
                return left != right ? left > right : lhs.offset < rhs.offset
            }
            .map(\.element)
    }

    public func result(for subject: VerificationSubject) -> VerificationResult? {
        all.first { $0.subject == subject }
    }

    /// Current answers about roles, for coverage. The same as counting `all`, without
    /// fingerprinting every gap and handover, which the summary of a large file does not need.
    public static func currentRoleAnswers(in workshop: Workshop) -> Int {
        let hashes = SubjectHashes(workshop, kinds: [.roles])
        return workshop.answers.filter { $0.subject.kind == .roles && !hashes.isStale($0.subject, seen: $0.seen) }.count
    }
}
