import RollkartaModel

/// The participant's verification walk: one subject at a time, answered with one key.
/// The workshop is only read; the answers go to the participant's own file.
public struct VerifyState: Sendable {
    public let workshop: Workshop
    public let subjects: [VerificationSubject]
    let hashes: SubjectHashes
    /// The journey maps, built once: the workshop does not change during the walk.
    let maps: [JourneyID: MapModel]
    /// The participant's answers; changed only through `record`, which keeps the index.
    public private(set) var file: ParticipantFile
    /// Where each subject's answer is in the file, and which subjects have a current one: an
    /// answer costs the same with ten answers or ten thousand.
    private var answerIndex: [VerificationSubject: Int] = [:]
    private var answeredNow: Set<VerificationSubject> = []
    public var filePath: String
    public var language: Language
    public var theme: AppState.Theme
    public var width: Int
    public var height: Int
    /// The subject on screen; a new one is shown from its first line.
    public var index = 0 { didSet { if index != oldValue { scroll = 0 } } }
    /// How many lines of a long subject's text are scrolled past (PgDn / PgUp).
    public var scroll = 0
    /// The comment being typed, and whether closing it moves on (it was opened by a vote).
    public var comment: TextField?
    var commentMovesOn = false
    public var message: String?
    /// Answers not yet written (the last save failed, or it is under way): only in memory.
    /// Said until the first key when the answer file is not beside the workshop, because the
    /// workshop's folder cannot be written.
    public mutating func sayAnswersSavedElsewhere() { message = VerifyText.of(language).savedElsewhere(filePath) }

    public private(set) var isDirty = false
    /// Counts the changes to the answers: a save writes one version, and only the newest one
    /// written makes the answers saved.
    public private(set) var changeCount = 0
    /// The last save of the answer file failed: only then does quitting ask twice (a save still
    /// running is finished before the walk ends).
    public var saveFailed = false
    var quitGuard = QuitGuard()
    /// Set by the clock the runtime passes in; answers carry it.
    public var now: @Sendable () -> String

    public init(workshop: Workshop, file: ParticipantFile, filePath: String, language: Language = .sv,
                theme: AppState.Theme = .standard, width: Int = 80, height: Int = 24,
                now: @escaping @Sendable () -> String = { ParticipantFile.timestamp() }) {
        self.workshop = workshop
        self.file = file
        self.filePath = filePath
        self.language = language
        self.theme = theme
        self.width = width
        self.height = height
        self.now = now
        hashes = workshop.subjectHashes
        maps = Dictionary(workshop.journeys.map { ($0.id, MapModel(workshop: workshop, journey: $0)) },
                          uniquingKeysWith: { first, _ in first })
        subjects = workshop.verificationSubjects(including: Set(file.include), organisation: file.organisation)
        let asked = Set(subjects)
        for (position, answer) in file.answers.enumerated() {
            answerIndex[answer.subject] = position
            if asked.contains(answer.subject), answer.seen == hashes[answer.subject] { answeredNow.insert(answer.subject) }
        }
        // Resuming: start where answering stopped.
        index = firstUnanswered(after: -1) ?? 0
    }

    public var subject: VerificationSubject? { subjects.indices.contains(index) ? subjects[index] : nil }

    /// The page after the last subject: "Saknas en roll, ett steg eller en aktör?".
    public var isOnSuggestions: Bool { index == subjects.count }

    /// A suggestion written on the last page, kept in the participant's file.
    mutating func addSuggestion(_ text: String) {
        file.suggestions.append(.init(text: text, writtenAt: now()))
    }

    /// The participant's answer to the subject, whichever version it was given to.
    public func answer(for subject: VerificationSubject) -> ParticipantFile.Answer? {
        answerIndex[subject].map { file.answers[$0] }
    }

    /// The participant's answer to the subject as it reads now (not one to an earlier version).
    public func currentAnswer(_ subject: VerificationSubject) -> ParticipantFile.Answer? {
        guard answeredNow.contains(subject) else { return nil }
        return answer(for: subject)
    }

    /// An answer given to an earlier version of the subject.
    func outdatedAnswer(_ subject: VerificationSubject) -> ParticipantFile.Answer? {
        guard let answer = answer(for: subject), answer.seen != hashes[subject] else { return nil }
        return answer
    }

    /// Puts an answer in the file, in place of the subject's earlier one.
    mutating func record(_ answer: ParticipantFile.Answer) {
        if let position = answerIndex[answer.subject] {
            file.answers[position] = answer
        } else {
            answerIndex[answer.subject] = file.answers.count
            file.answers.append(answer)
        }
        if answer.seen == hashes[answer.subject] { answeredNow.insert(answer.subject) } else { answeredNow.remove(answer.subject) }
    }

    public var answeredCount: Int { answeredNow.count }
    public var isComplete: Bool { !subjects.isEmpty && answeredCount == subjects.count }

    /// The next subject without a current answer, wrapping round.
    func firstUnanswered(after position: Int) -> Int? {
        guard !subjects.isEmpty else { return nil }
        for step in 1...subjects.count {
            let candidate = (position + step + subjects.count) % subjects.count
            if currentAnswer(subjects[candidate]) == nil { return candidate }
        }
        return nil
    }
}

extension VerifyState {
    /// An answer, a comment or a suggestion changed: the file must be written again.
    mutating func markChanged() {
        isDirty = true
        changeCount += 1
    }

    /// What became of the save of `version`: the answers are saved once the newest is written.
    mutating func markSaved(version: Int) {
        if version == changeCount { isDirty = false }
    }

    /// The job for the walk's save: the answers as they are now, where they go.
    public var saveJob: AnswerSave {
        AnswerSave(file: file, path: filePath, version: changeCount, language: language)
    }
}

/// What can happen to the walk: the terminal's messages and what became of a save. Nothing of
/// the facilitator's app (reloads, locks, exports) can reach it.
public enum WalkMessage: TerminalMessage {
    case key(Key)
    case resize(width: Int, height: Int)
    case closing(ClosingReason)
    case tick
    /// What became of the save of `version` (`VerifyState.changeCount` when it was asked for).
    case saved(SaveOutcome, version: Int)
}

/// Work the runtime does for the walk.
public enum VerifyEffect: Equatable, Sendable {
    /// Write the participant file (after every answer).
    case save
    case quit
}

extension VerifyState: ProgramModel {
    public static var quitEffect: VerifyEffect { .quit }
    public mutating func handle(_ message: WalkMessage) -> [VerifyEffect] { updateVerify(&self, message) }
    public func render() -> CellBuffer { VerifyScreen.render(self) }
}
