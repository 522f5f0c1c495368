import Tagged

/// What participants said, kept as evidence the way seed 003 documents its dialogues: a quote
/// or an observation under one of four themes, positive or a challenge, from an organisation,
/// tied to the step, role, gap or handover it speaks of; and the workshop's "Nästa steg /
/// återkoppling".
public struct Insight: Codable, Equatable, Sendable {
    public typealias ID = Tagged<Insight, String>

    public enum Kind: String, StrictEnum {
        case quote, observation, nextStep = "next-step"
    }

    /// Seed 003's four themes.
    public enum Theme: String, StrictEnum {
        case healthPromotion = "health-promotion"
        case personCentred = "person-centred"
        case continuity
        case collaboration
    }

    public enum Polarity: String, StrictEnum {
        case positive, challenge
    }

    public var id: ID
    public var kind: Kind
    public var text: String
    public var theme: Theme
    public var polarity: Polarity
    public var organisation: Actor.ID?
    public var journey: JourneyID?
    public var step: String?
    public var role: String?
    public var gap: Gap.ID?
    public var handover: Handover.ID?

    public init(id: ID, kind: Kind, text: String, theme: Theme, polarity: Polarity, organisation: Actor.ID? = nil,
                journey: JourneyID? = nil, step: String? = nil, role: String? = nil, gap: Gap.ID? = nil, handover: Handover.ID? = nil) {
        self.id = id
        self.kind = kind
        self.text = text
        self.theme = theme
        self.polarity = polarity
        self.organisation = organisation
        self.journey = journey
        self.step = step
        self.role = role
        self.gap = gap
        self.handover = handover
    }
}

extension Insight.Kind: Labelled {
    public func label(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .quote: return sv ? "citat" : "quote"
        case .observation: return sv ? "iakttagelse" : "observation"
        case .nextStep: return sv ? "nästa steg / återkoppling" : "next step / feedback"
        }
    }
}

extension Insight.Theme: Labelled {
    public func label(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .healthPromotion: return sv ? "Hälsofrämjande och sjukdomsförebyggande" : "Health promotion and disease prevention"
        case .personCentred: return sv ? "Personcentrerat förhållningssätt" : "Person-centred approach"
        case .continuity: return sv ? "Kontinuitet och samordning" : "Continuity and coordination"
        case .collaboration: return sv ? "Samverkan" : "Collaboration"
        }
    }
}

extension Insight.Polarity: Labelled {
    public func label(_ language: Language) -> String {
        switch self {
        case .positive: return language == .sv ? "Positivt" : "Positive"
        case .challenge: return language == .sv ? "Utmaningar" : "Challenges"
        }
    }
}

extension Workshop {
    public var nextInsightID: Insight.ID {
        Insight.ID(rawValue: Identifiers.next(prefix: "ins", existing: insights.map(\.id.rawValue)))
    }

    /// The insight in one line: "“Vi tappar dem vid 18” – BUP (citat, Kontinuitet och samordning, Utmaningar)".
    public func describe(_ insight: Insight, _ language: Language) -> String {
        let text = insight.kind == .quote ? "\u{201C}\(insight.text)\u{201D}" : insight.text
        let who = insight.organisation.flatMap { actor($0)?.abbreviation }.map { " – \($0)" } ?? ""
        return text + who + " (\(insight.kind.label(language)), \(insight.theme.label(language)), \(insight.polarity.label(language)))"
    }

    /// The insights that speak of a cell: its step and role, or one of the given gaps.
    public func insights(journey: JourneyID, step: String?, role: String?, gaps: [Gap.ID] = []) -> [Insight] {
        insights.filter { insight in
            (insight.gap.map { gaps.contains($0) } ?? false)
                || (insight.journey == journey && (insight.role != nil || insight.step != nil)
                    && (insight.role == nil || insight.role == role) && (insight.step == nil || step == nil || insight.step == step))
        }
    }
}
