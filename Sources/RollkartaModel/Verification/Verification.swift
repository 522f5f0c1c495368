/// What a participant verifies: a role of a journey, or (when the facilitator asks for it)
/// a recorded gap or handover.
public enum VerificationSubject: Hashable, Sendable {
    case role(journey: JourneyID, role: String)
    case gap(Gap.ID)
    case handover(Handover.ID)
    /// Workshop 1: an organisation's own page (its mission, descriptions and the answers
    /// recorded for it), verified by that organisation.
    case expectations(Actor.ID)

    public enum Kind: String, StrictEnum {
        case roles, gaps, handovers, expectations
    }

    public var kind: Kind {
        switch self {
        case .role: return .roles
        case .gap: return .gaps
        case .handover: return .handovers
        case .expectations: return .expectations
        }
    }

    /// "child/7", "gap-0003", "ho-0002": how messages and reports name it.
    public var label: String {
        switch self {
        case .role(let journey, let role): return "\(journey.rawValue)/\(role)"
        case .gap(let id): return id.rawValue
        case .handover(let id): return id.rawValue
        case .expectations(let organisation): return "expectations/\(organisation.rawValue)"
        }
    }
}

/// In a file a subject is written as the fields of the object that holds it: `journey` and
/// `role`, or `gap`, or `handover` (so older files, which had only roles, read unchanged).
/// The keys a subject is written under, in the keys of every object that holds one: named as
/// cases, not looked up by their text (that was a tenth of loading a file of answers).
protocol SubjectCodingKeys: CodingKey {
    static var journey: Self { get }
    static var role: Self { get }
    static var gap: Self { get }
    static var handover: Self { get }
    static var expectations: Self { get }
}

extension VerificationSubject: Codable {
    private enum CodingKeys: String, SubjectCodingKeys {
        case journey, role, gap, handover, expectations
    }

    public init(from decoder: any Decoder) throws {
        try self.init(from: decoder.container(keyedBy: CodingKeys.self))
    }

    /// Reads the subject's fields from the container of the object that holds them (opening a
    /// second container on the same object would index its keys twice: measurable at 100k answers).
    init<Key: SubjectCodingKeys>(from container: KeyedDecodingContainer<Key>) throws {
        if let gap = try container.decodeIfPresent(String.self, forKey: .gap) {
            self = .gap(Gap.ID(rawValue: gap))
        } else if let handover = try container.decodeIfPresent(String.self, forKey: .handover) {
            self = .handover(Handover.ID(rawValue: handover))
        } else if let organisation = try container.decodeIfPresent(String.self, forKey: .expectations) {
            self = .expectations(Actor.ID(rawValue: organisation))
        } else {
            self = .role(journey: try container.decode(JourneyID.self, forKey: .journey),
                         role: try container.decode(String.self, forKey: .role))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .role(let journey, let role):
            try container.encode(journey, forKey: .journey)
            try container.encode(role, forKey: .role)
        case .gap(let id):
            try container.encode(id, forKey: .gap)
        case .handover(let id):
            try container.encode(id, forKey: .handover)
        case .expectations(let organisation):
            try container.encode(organisation, forKey: .expectations)
        }
    }
}

/// A participant's verdict: Ja / Nej / Vill lyfta vidare, with an optional comment.
public struct VerificationAnswer: Equatable, Sendable {
    public var participant: Participant.ID
    public var subject: VerificationSubject
    public var vote: Vote
    public var comment: String
    /// The content hash of the subject as the participant saw it. When the subject has
    /// changed since, the answer is stale: kept, shown, never counted. Absent for answers
    /// recorded before hashes were kept; those cannot be judged and count as current.
    public var seen: String?
    /// When it was answered (ISO 8601, UTC). Merging keeps the newer of two answers.
    public var answeredAt: String?
    /// The facilitator recorded it on the participant's behalf.
    public var onBehalf: Bool

    public init(participant: Participant.ID, subject: VerificationSubject, vote: Vote, comment: String = "",
                seen: String? = nil, answeredAt: String? = nil, onBehalf: Bool = false) {
        self.participant = participant
        self.subject = subject
        self.vote = vote
        self.comment = comment
        self.seen = seen
        self.answeredAt = answeredAt
        self.onBehalf = onBehalf
    }
}

extension VerificationAnswer: Codable {
    private enum CodingKeys: String, SubjectCodingKeys {
        case participant, vote, comment, seen, answeredAt, onBehalf
        case journey, role, gap, handover, expectations  // the subject's
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        participant = try container.decode(Participant.ID.self, forKey: .participant)
        subject = try VerificationSubject(from: container)
        vote = try container.decode(Vote.self, forKey: .vote)
        comment = try container.decodeIfPresent(String.self, forKey: .comment) ?? ""
        seen = try container.decodeIfPresent(String.self, forKey: .seen)
        answeredAt = try container.decodeIfPresent(String.self, forKey: .answeredAt)
        onBehalf = try container.decodeIfPresent(Bool.self, forKey: .onBehalf) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        try subject.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(participant, forKey: .participant)
        try container.encode(vote, forKey: .vote)
        try container.encode(comment, forKey: .comment)
        try container.encodeIfPresent(seen, forKey: .seen)
        try container.encodeIfPresent(answeredAt, forKey: .answeredAt)
        if onBehalf { try container.encode(true, forKey: .onBehalf) }
    }
}

/// A show of hands in the room about one subject, recorded by the facilitator for the
/// participants who have no machine of their own.
public struct Tally: Equatable, Sendable {
    public var subject: VerificationSubject
    public var yes: Int
    public var no: Int
    public var discuss: Int
    public var note: String
    /// As for answers: the subject's content hash when the hands went up.
    public var seen: String?

    public init(subject: VerificationSubject, yes: Int, no: Int, discuss: Int, note: String = "", seen: String? = nil) {
        self.subject = subject
        self.yes = yes
        self.no = no
        self.discuss = discuss
        self.note = note
        self.seen = seen
    }

    public var total: Int { yes + no + discuss }
}

extension Tally: Codable {
    private enum CodingKeys: String, SubjectCodingKeys {
        case yes, no, discuss, note, seen
        case journey, role, gap, handover, expectations  // the subject's
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        subject = try VerificationSubject(from: container)
        yes = try container.decode(Int.self, forKey: .yes)
        no = try container.decode(Int.self, forKey: .no)
        discuss = try container.decode(Int.self, forKey: .discuss)
        note = try container.decodeIfPresent(String.self, forKey: .note) ?? ""
        seen = try container.decodeIfPresent(String.self, forKey: .seen)
    }

    public func encode(to encoder: any Encoder) throws {
        try subject.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(yes, forKey: .yes)
        try container.encode(no, forKey: .no)
        try container.encode(discuss, forKey: .discuss)
        try container.encode(note, forKey: .note)
        try container.encodeIfPresent(seen, forKey: .seen)
    }
}

/// A list that older files do not have yet: read as empty when the key is absent.
@propertyWrapper
public struct EmptyWhenAbsent<Element: Codable & Equatable & Sendable>: Codable, Equatable, Sendable {
    public var wrappedValue: [Element]

    public init(wrappedValue: [Element]) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        wrappedValue = try decoder.singleValueContainer().decode([Element].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

extension KeyedDecodingContainer {
    /// Synthesised decoding asks for the wrapper by key; an absent key gives an empty list.
    public func decode<Element>(_ type: EmptyWhenAbsent<Element>.Type, forKey key: Key) throws -> EmptyWhenAbsent<Element> {
        try decodeIfPresent(type, forKey: key) ?? EmptyWhenAbsent(wrappedValue: [])
    }
}
