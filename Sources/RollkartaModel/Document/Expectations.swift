import Tagged

/// Workshop 1, "Förväntanskartläggning": per organisation its uppdrag, and in two areas
/// (målgrupp, insatser) its own description against what the others expect of it.
/// The seed's worked example (Habilitering) is the shape: own-description items the others
/// agree with or not, perception items the organisation answers Yes / No / Let's discuss.

/// The two areas the seed asks about.
public enum ExpectationArea: String, StrictEnum {
    case targetGroup = "target-group"
    case services
}

/// Whose words an item is: the organisation's own description, or the others' perception of it.
public enum ExpectationSide: String, StrictEnum {
    case own
    case perception
}

/// One item on an organisation's page ("0-18 år", "Utredning"). A perception item keeps who
/// expects it (several organisations make it recurring) and the described organisation's one
/// answer; an own-description item keeps one response from each organisation that responded.
public struct ExpectationItem: Codable, Equatable, Sendable {
    public typealias ID = Tagged<ExpectationItem, String>

    public var id: ID
    /// The organisation described.
    public var organisation: Actor.ID
    public var area: ExpectationArea
    public var side: ExpectationSide
    public var text: String
    /// An age range or a note ("0-6 år").
    public var note: String
    /// Perception: the organisations that expect it (from the room or the survey).
    public var sources: [Actor.ID]
    /// Perception: the described organisation's answer.
    public var answer: ExpectationAnswer?
    /// Own description: one response per organisation that responded.
    public var responses: [ExpectationResponse]
    /// Where an imported item came from, so that importing the same survey again adds nothing.
    public var origins: [String]
    /// Items merged into this one (the same expectation said twice), kept whole so that a
    /// split gives them back as they were.
    public var merged: [ExpectationItem]

    public init(id: ID, organisation: Actor.ID, area: ExpectationArea, side: ExpectationSide, text: String, note: String = "",
                sources: [Actor.ID] = [], answer: ExpectationAnswer? = nil, responses: [ExpectationResponse] = [],
                origins: [String] = [], merged: [ExpectationItem] = []) {
        self.id = id
        self.organisation = organisation
        self.area = area
        self.side = side
        self.text = text
        self.note = note
        self.sources = sources
        self.answer = answer
        self.responses = responses
        self.origins = origins
        self.merged = merged
    }

    /// How many organisations expect it: more than one is a recurring expectation.
    public var recurrence: Int { max(1, sources.count) }

    /// The organisations that do not agree with an own description, or raise it.
    public func responders(_ vote: Vote) -> [Actor.ID] { responses.filter { $0.vote == vote }.map(\.organisation) }

    /// This item with `other` merged in: sources and origins joined, `other` kept for a split.
    public func merging(_ other: ExpectationItem) -> ExpectationItem {
        var result = self
        result.sources += other.sources.filter { !result.sources.contains($0) }
        result.origins += other.origins.filter { !result.origins.contains($0) }
        result.merged.append(other)
        return result
    }

    /// The last item merged in, given back as it was, and this item without it (sources and
    /// origins only this item brought stay). Nil when nothing was merged.
    public func splittingLast() -> (kept: ExpectationItem, split: ExpectationItem)? {
        guard let last = merged.last else { return nil }
        var kept = self
        kept.merged.removeLast()
        let others = kept.merged
        kept.sources.removeAll { source in last.sources.contains(source) && !others.contains { $0.sources.contains(source) } }
        kept.origins.removeAll { origin in last.origins.contains(origin) && !others.contains { $0.origins.contains(origin) } }
        return (kept, last)
    }
}

/// The described organisation's answer to a perception item.
public struct ExpectationAnswer: Codable, Equatable, Sendable {
    public var vote: Vote
    public var comment: String

    public init(vote: Vote, comment: String = "") {
        self.vote = vote
        self.comment = comment
    }
}

/// Another organisation's response to an own-description item.
public struct ExpectationResponse: Codable, Equatable, Sendable {
    public var organisation: Actor.ID
    public var vote: Vote
    public var comment: String

    public init(organisation: Actor.ID, vote: Vote, comment: String = "") {
        self.organisation = organisation
        self.vote = vote
        self.comment = comment
    }
}

/// An organisation's uppdrag, in its own words.
public struct OrganisationMission: Codable, Equatable, Sendable {
    public var organisation: Actor.ID
    public var text: String

    public init(organisation: Actor.ID, text: String) {
        self.organisation = organisation
        self.text = text
    }
}

/// Another name an organisation goes by where people write it themselves: a survey's answers
/// or a participant's page ("Habilitering" for Habiliteringen, HAB). Matched like the name,
/// without case and surrounding blanks.
public struct OrganisationAlias: Codable, Equatable, Sendable {
    public var name: String
    public var organisation: Actor.ID

    public init(name: String, organisation: Actor.ID) {
        self.name = name
        self.organisation = organisation
    }

    /// What two aliases are compared by: one name points at one organisation.
    public var key: String { Self.key(name) }

    public static func key(_ name: String) -> String { name.trimmingCharacters(in: .whitespaces).lowercased() }
}

extension ExpectationArea: Labelled {
    public func label(_ language: Language) -> String {
        switch self {
        case .targetGroup: return language == .sv ? "Målgrupp" : "Target group"
        case .services: return language == .sv ? "Insatser/aktiviteter" : "Services/activities"
        }
    }
}

extension ExpectationSide: Labelled {
    public func label(_ language: Language) -> String {
        switch self {
        case .own: return language == .sv ? "Egen beskrivning" : "Own description"
        case .perception: return language == .sv ? "Andras uppfattning" : "Others' perception"
        }
    }

    /// What Yes, No and Let's discuss mean here, in the seed's words.
    public func meaning(_ vote: Vote, area: ExpectationArea, _ language: Language) -> String {
        let sv = language == .sv
        switch (self, vote) {
        case (.own, .yes): return sv ? "Ja, jag håller med om beskrivningen" : "Yes, I agree with the description"
        case (.own, .no): return sv ? "Nej, jag håller inte med om beskrivningen" : "No, I do not agree with the description"
        case (_, .discuss): return sv ? "Denna vill jag lyfta vidare" : "I want to raise this further"
        case (.perception, .yes):
            return area == .targetGroup ? (sv ? "Ja de ingår i vår målgrupp" : "Yes, they are in our target group")
                                        : (sv ? "Ja det ingår i vårt uppdrag" : "Yes, it is part of our mission")
        case (.perception, .no):
            return area == .targetGroup ? (sv ? "Nej, de ingår INTE i vår målgrupp" : "No, they are NOT in our target group")
                                        : (sv ? "Nej, det ingår INTE i vårt uppdrag" : "No, it is NOT part of our mission")
        }
    }
}

extension Workshop {
    /// The id a new item gets (`exp-0007`).
    public var nextExpectationID: ExpectationItem.ID {
        ExpectationItem.ID(rawValue: Identifiers.next(prefix: "exp", existing: expectations.map(\.id.rawValue)))
    }

    public func expectation(_ id: ExpectationItem.ID) -> ExpectationItem? {
        expectations.first { $0.id == id }
    }

    public func mission(of organisation: Actor.ID) -> String {
        missions.first { $0.organisation == organisation }?.text ?? ""
    }

    /// One organisation's items of one area and side, in the file's order.
    public func expectations(of organisation: Actor.ID, _ area: ExpectationArea, _ side: ExpectationSide) -> [ExpectationItem] {
        expectations.filter { $0.organisation == organisation && $0.area == area && $0.side == side }
    }
}

extension Workshop {
    /// An item in one line as reports and the verification walk give it: its text and note,
    /// who expects it, and the answer with its meaning from the seed (on an own description,
    /// the responses other than agreement).
    public func describe(_ item: ExpectationItem, _ language: Language) -> String {
        func name(_ id: Actor.ID) -> String { actor(id)?.abbreviation ?? id.rawValue }
        let line = item.text + (item.note.isEmpty ? "" : " (\(item.note))")
        switch item.side {
        case .perception:
            let who = item.sources.isEmpty ? "" : " – " + item.sources.map(name).joined(separator: ", ")
            let answer = item.answer.map {
                " – " + item.side.meaning($0.vote, area: item.area, language) + ($0.comment.isEmpty ? "" : ": " + $0.comment)
            } ?? ""
            return line + who + answer
        case .own:
            let responses = item.responses.filter { $0.vote != .yes }.map {
                "\(name($0.organisation)): \(item.side.meaning($0.vote, area: item.area, language))"
                    + ($0.comment.isEmpty ? "" : " (\($0.comment))")
            }
            return line + (responses.isEmpty ? "" : " – " + responses.joined(separator: "; "))
        }
    }
}
