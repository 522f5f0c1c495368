import Foundation

/// The validated roles as a result of workshop 2: the workshop's roles and steps, as revised,
/// written as a catalog in the format of data/catalog.json, for the next workshop to start from
/// (`rollkarta new --roles-from`) and for the region to keep.
extension Catalog {
    /// The workshop's journeys, steps and roles; effect goals and kinds of actor from `base`.
    /// A role found in both journeys keeps one entry with a wording for each; its tier and
    /// variant are the first journey's (the bundled catalog has one tier per role too).
    public init(validatedFrom workshop: Workshop, base: Catalog = .bundled) {
        format = base.format
        catalogVersion = "\(workshop.catalogVersion)+\(workshop.id)"
        source = "\(base.source) – validerad i \(workshop.title) (\(workshop.date))"
        journeys = workshop.journeys.map { CatalogJourney(id: $0.id, name: $0.name, steps: $0.steps) }
        var roles: [CatalogRole] = []
        for journey in workshop.journeys {
            for role in journey.roles {
                let wording = RoleWording(title: role.title, label: role.gridLabel, description: role.description,
                                          examples: role.examples)
                let index = roles.firstIndex { $0.id == role.id } ?? {
                    roles.append(CatalogRole(id: role.id, tier: role.tier, journeys: [], variantOf: role.variantOf))
                    return roles.count - 1
                }()
                roles[index].journeys.append(journey.id)
                switch journey.id {
                case .child: roles[index].child = wording
                case .adult: roles[index].adult = wording
                }
            }
        }
        self.roles = roles
        effectGoals = base.effectGoals
        actorKinds = base.actorKinds
        project = base.project
        provenance = base.provenance
    }

    /// The catalog as a file: pretty-printed, keys sorted, a final newline.
    public var fileData: Data {
        DocumentCodec.encode(self)
    }
}
