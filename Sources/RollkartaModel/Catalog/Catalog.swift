import Foundation

/// The role catalog of data/catalog.json: journeys with their default steps, the functional
/// roles in child and adult wording, the effect goals and the kinds of actor.
/// It is compiled into the binary (see Plugins/EmbedData), so `Catalog.bundled` needs no files.
public struct Catalog: Codable, Sendable {
    public var format: String
    public var catalogVersion: String
    public var source: String
    public var journeys: [CatalogJourney]
    public var roles: [CatalogRole]
    public var effectGoals: [EffectGoal]
    public var actorKinds: [ActorKind]
    /// The project's own texts from the seed (vision, effect goals' lead-ins, hypothesis, target
    /// groups, delimitations, each workshop's purpose); absent in catalogs that carry none.
    public var project: ProjectTexts?
    /// What is the seed's and what Rollkarta added, so that a reader can tell.
    public var provenance: [Provenance]?

    /// The catalog embedded at build time from data/catalog.json.
    public static let bundled: Catalog = {
        do {
            return try JSONDecoder().decode(Catalog.self, from: Data(EmbeddedData.catalogJSON.utf8))
        } catch {
            // The catalog is part of the program; a test decodes it, so this cannot ship broken.
            preconditionFailure("data/catalog.json embedded in the binary does not decode: \(error)")
        }
    }()

    /// The exact text of data/catalog.json as embedded at build time.
    public static var bundledJSON: String { EmbeddedData.catalogJSON }

    public func journey(_ id: JourneyID) -> CatalogJourney? {
        journeys.first { $0.id == id }
    }

    /// The roles used on one journey, in catalog order.
    public func roles(for journey: JourneyID) -> [CatalogRole] {
        roles.filter { $0.journeys.contains(journey) }
    }

    public func effectGoals(for journey: JourneyID) -> [EffectGoal] {
        effectGoals.filter { $0.journeys.contains(journey) }
    }
}

public struct CatalogJourney: Codable, Sendable {
    public var id: JourneyID
    public var name: Localized
    public var steps: [JourneyStep]
}

/// One step of a journey, for example "Första kontakt".
public struct JourneyStep: Codable, Hashable, Sendable {
    public var id: String
    public var title: Localized

    public init(id: String, title: Localized) {
        self.id = id
        self.title = title
    }
}

/// The texts of a role as one journey words them.
public struct RoleWording: Codable, Hashable, Sendable {
    public var title: Localized
    /// A short name for the map's role column, where every title would start "Den som …".
    public var label: Localized
    public var description: Localized
    public var examples: LocalizedList
}

public struct CatalogRole: Codable, Sendable {
    public var id: String
    public var tier: RoleTier
    public var journeys: [JourneyID]
    /// Set on 5B and 6B: the role they are a variant of.
    public var variantOf: String?
    public var child: RoleWording?
    public var adult: RoleWording?

    /// The wording for a journey; a role with no adult wording of its own reads the same
    /// in both journeys (and the adult-only roles have no child wording).
    public func wording(for journey: JourneyID) -> RoleWording? {
        switch journey {
        case .child: return child ?? adult
        case .adult: return adult ?? child
        }
    }
}

/// One part of the catalog and where it comes from: "seed" (the project's own material) or
/// "rollkarta" (added here, for the adult journey, the map or translation).
public struct Provenance: Codable, Sendable {
    public var what: String
    public var source: String
}

/// The seed's texts that frame every workshop: shown on the start page, editable per workshop.
public struct ProjectTexts: Codable, Sendable {
    public var source: String
    public var vision: Localized
    public var visionNote: Localized
    public var hypothesis: Localized
    public var targetGroups: Localized
    public var delimitations: Localized
    /// "Den enskilde (+ ev familj) upplever:"
    public var patientGoalsLead: Localized
    /// "Verksamhetsfokus"
    public var organisationGoalsLead: Localized
    /// Goal 2's footnote: "I rimlig tid för att göra skillnad samt i relation till problemets allvar."
    public var footnote: Localized
    /// Each workshop kind's "Syfte:", by the kind's stored value.
    public var purposes: [String: Localized]
}

public struct EffectGoal: Codable, Sendable {
    public enum Kind: String, StrictEnum {
        case patient
        case organisation
    }

    public var id: String
    public var kind: Kind
    public var journeys: [JourneyID]
    public var text: Localized
}

public struct ActorKind: Codable, Sendable {
    public var id: String
    public var abbreviation: String
    public var principal: Principal
    public var journeys: [JourneyID]
    public var name: Localized
}

extension EffectGoal {
    /// How people read the goal's name: "2" for a patient goal, "Verksamhetsfokus 1" (not "V1")
    /// for the organisational one.
    public func label(_ language: Language) -> String {
        guard kind == .organisation else { return id }
        let lead = Catalog.bundled.project?.organisationGoalsLead[language] ?? (language == .sv ? "Verksamhetsfokus" : "Organisational focus")
        return "\(lead) \(id.drop { !$0.isNumber })"
    }
}

extension Catalog {
    /// An effect goal's name and text: "2 Det är enkelt att få kontakt …" (ids it does not know as they are).
    public func effectGoalText(_ id: String, _ language: Language) -> String {
        guard let goal = effectGoals.first(where: { $0.id == id }) else { return id }
        return "\(goal.label(language)): \(goal.text[language])"
    }
}

