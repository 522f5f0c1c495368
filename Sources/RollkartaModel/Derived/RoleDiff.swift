/// What a workshop changed in its roles and steps against a baseline (the catalog it started
/// from, or the workshop it was started from): the validated roles as a result of workshop 2.
public struct RoleDiff: Equatable, Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case title, label, description, examples, tier
    }

    public struct Change: Equatable, Sendable {
        public var field: Field
        public var before: String
        public var after: String
    }

    public enum Entry: Equatable, Sendable {
        case roleAdded(WorkshopRole)
        case roleRetired(WorkshopRole)
        case roleChanged(id: String, changes: [Change], reasons: [String])
        case stepAdded(JourneyStep)
        case stepRetired(JourneyStep)
        case stepRenamed(id: String, before: Localized, after: Localized)
    }

    public var journeys: [(journey: JourneyID, entries: [Entry])]

    public var isEmpty: Bool { journeys.allSatisfy { $0.entries.isEmpty } }

    public static func == (left: RoleDiff, right: RoleDiff) -> Bool {
        left.journeys.map(\.journey) == right.journeys.map(\.journey)
            && left.journeys.map(\.entries) == right.journeys.map(\.entries)
    }

    /// The workshop against the baseline's journeys of the same id, in the given language.
    public init(_ workshop: Workshop, against baseline: [WorkshopJourney], language: Language) {
        journeys = workshop.journeys.map { journey in
            guard let base = baseline.first(where: { $0.id == journey.id }) else { return (journey.id, []) }
            var entries: [Entry] = []
            for role in journey.roles {
                guard let old = base.role(role.id) else {
                    entries.append(.roleAdded(role))
                    continue
                }
                let changes = Self.changes(old, role, language)
                if !changes.isEmpty {
                    let reasons = workshop.revisions(of: RoleKey(journey: journey.id, role: role.id)).map { $0.explained(language) }
                    entries.append(.roleChanged(id: role.id, changes: changes, reasons: reasons))
                }
            }
            entries += base.roles.filter { journey.role($0.id) == nil }.map { .roleRetired($0) }
            for step in journey.steps {
                if let old = base.step(step.id) {
                    if old.title != step.title { entries.append(.stepRenamed(id: step.id, before: old.title, after: step.title)) }
                } else {
                    entries.append(.stepAdded(step))
                }
            }
            entries += base.steps.filter { journey.step($0.id) == nil }.map { .stepRetired($0) }
            return (journey.id, entries)
        }
    }

    private static func changes(_ old: WorkshopRole, _ new: WorkshopRole, _ language: Language) -> [Change] {
        var changes: [Change] = []
        func compare(_ field: Field, _ before: String, _ after: String) {
            if before != after { changes.append(Change(field: field, before: before, after: after)) }
        }
        for language in [language] + Language.allCases.filter({ $0 != language }) {
            compare(.title, old.title[language], new.title[language])
            compare(.label, old.gridLabel[language], new.gridLabel[language])
            compare(.description, old.description[language], new.description[language])
            compare(.examples, old.examples[language].joined(separator: ", "), new.examples[language].joined(separator: ", "))
        }
        compare(.tier, old.tier.rawValue, new.tier.rawValue)
        return changes
    }
}

extension Catalog {
    /// The catalog's roles and steps as a new workshop would copy them.
    public var journeysAsWorkshop: [WorkshopJourney] {
        WorkshopFactory.make(title: "", journeys: JourneyID.allCases, date: "2000-01-01", catalog: self).journeys
    }
}
