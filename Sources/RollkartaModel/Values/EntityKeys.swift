/// Where a role is held: one cell of a journey's map. The key of an assignment, instead of
/// journey, step and role strings joined by hand.
public struct CellKey: Hashable, Sendable, Codable {
    public var journey: JourneyID
    public var step: String
    public var role: String

    public init(journey: JourneyID, step: String, role: String) {
        self.journey = journey
        self.step = step
        self.role = role
    }

    /// "child/concern/3": how merge conflicts and messages name the cell.
    public var label: String { "\(journey.rawValue)/\(step)/\(role)" }
}

/// A role of one journey: the key of a role's notes.
public struct RoleKey: Hashable, Sendable, Codable {
    public var journey: JourneyID
    public var role: String

    public init(journey: JourneyID, role: String) {
        self.journey = journey
        self.role = role
    }

    /// "child/7"
    public var label: String { "\(journey.rawValue)/\(role)" }
}

/// One participant's answer about one subject: the key of a verification answer.
public struct AnswerKey: Hashable, Sendable {
    public var participant: Participant.ID
    public var subject: VerificationSubject

    public init(participant: Participant.ID, subject: VerificationSubject) {
        self.participant = participant
        self.subject = subject
    }

    public var label: String { "\(participant)/\(subject.label)" }
}

extension Assignment {
    public var key: CellKey { CellKey(journey: journey, step: step, role: role) }
}

extension RoleNote {
    public var key: RoleKey { RoleKey(journey: journey, role: role) }
}

extension VerificationAnswer {
    public var key: AnswerKey { AnswerKey(participant: participant, subject: subject) }
}

/// A step of one journey: where a handover goes.
public struct StepKey: Hashable, Sendable {
    public var journey: JourneyID
    public var step: String

    public init(journey: JourneyID, step: String) {
        self.journey = journey
        self.step = step
    }

    /// "child/concern"
    public var label: String { "\(journey.rawValue)/\(step)" }
}

extension Workshop {
    /// The id a new gap gets: one more than the highest ever used (`gap-0007`), a removed
    /// gap's included.
    public var nextGapID: Gap.ID { Gap.ID(rawValue: Identifiers.next(prefix: "gap", existing: gaps.map(\.id.rawValue) + retired)) }

    /// The id a new handover gets (`ho-0005`), never a removed one's.
    public var nextHandoverID: Handover.ID {
        Handover.ID(rawValue: Identifiers.next(prefix: "ho", existing: handovers.map(\.id.rawValue) + retired))
    }

    /// The id a new activity of the gap gets (`gap-0002-a3`), never a removed one's.
    public func nextActivityID(in gap: Gap) -> Activity.ID { gap.nextActivityID(avoiding: retired) }

    /// The id a new step of the journey gets from its title, never a removed step's.
    public func newStepID(_ title: String, in journey: WorkshopJourney) -> String {
        let used = journey.steps.map(\.id) + retired.compactMap { label in
            label.hasPrefix(journey.id.rawValue + "/") ? String(label.dropFirst(journey.id.rawValue.count + 1)) : nil
        }
        return Identifiers.fromName(title, prefix: "step", existing: used)
    }

    /// The id a new actor gets, made from its abbreviation (`actor-bup`, `actor-bup-2`).
    public func newActorID(abbreviation: String) -> Actor.ID {
        Actor.ID(rawValue: Identifiers.fromName(abbreviation, prefix: "actor", existing: actors.map(\.id.rawValue)))
    }

    public func assignment(at key: CellKey) -> Assignment? {
        assignments.first { $0.key == key }
    }

    public func roleNote(_ key: RoleKey) -> RoleNote? {
        roleNotes.first { $0.key == key }
    }
}
