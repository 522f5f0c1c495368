import RollkartaModel

/// Finds the search text in role titles, descriptions and examples, actors, gaps,
/// handovers, role notes, positions ("psykolog") and what participants said (quotes and
/// observations, at what they are tied to), across every journey of the workshop.
enum Search {
    static func hits(for query: String, in workshop: Workshop) -> [SearchHit] {
        let needle = query.lowercased()
        guard !needle.isEmpty else { return [] }
        func matches(_ texts: [String]) -> Bool { texts.contains { $0.lowercased().contains(needle) } }

        var hits: [SearchHit] = []
        for journey in workshop.journeys {
            let model = MapModel(workshop: workshop, journey: journey)
            let rowOf = Dictionary(model.roles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            let columnOf = Dictionary(model.steps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            func add(role: String?, step: String?) {
                guard let role, let row = rowOf[role] else { return }
                let hit = SearchHit(journey: journey.id, row: row, column: step.flatMap { columnOf[$0] })
                if !hits.contains(hit) { hits.append(hit) }
            }
            for role in model.roles {
                let texts = [role.title.sv, role.title.en, role.description.sv, role.description.en]
                    + role.examples.sv + role.examples.en
                if matches(texts) { add(role: role.id, step: nil) }
            }
            for note in workshop.roleNotes where note.journey == journey.id
                && matches([note.needs, note.obstacles, note.entersWhere, note.whoTakesOver]) {
                add(role: note.role, step: nil)
            }
            for position in workshop.positions where position.journey == journey.id && matches([position.positions]) {
                add(role: position.role, step: nil)
            }
            for assignment in workshop.assignments where assignment.journey == journey.id {
                let actors = assignment.actors.compactMap { workshop.actor($0) }
                if matches(actors.flatMap { [$0.name, $0.abbreviation] }) { add(role: assignment.role, step: assignment.step) }
            }
            for gap in workshop.gaps where gap.journey == journey.id {
                let plan = gap.activities.flatMap { [$0.action, $0.responsible, $0.goal, $0.measure, $0.timeline] }
                if matches([gap.description] + plan) {
                    add(role: gap.role, step: gap.step)
                }
            }
            for handover in workshop.handovers where matches([handover.what, handover.note]) {
                if handover.from.journey == journey.id { add(role: handover.from.role, step: handover.from.step) }
                if handover.to.journey == journey.id { add(role: handover.to.role, step: handover.to.step) }
            }
            for insight in workshop.insights where matches([insight.text]) {
                let gap = insight.gap.flatMap { id in workshop.gaps.first { $0.id == id } }
                let handover = insight.handover.flatMap { id in workshop.handovers.first { $0.id == id } }
                let place: (journey: JourneyID, role: String?, step: String?)? =
                    if let gap { (gap.journey, gap.role, gap.step) }
                    else if let handover { (handover.from.journey, handover.from.role, handover.from.step) }
                    else if let tied = insight.journey { (tied, insight.role, insight.step) }
                    else { nil }
                guard let place, place.journey == journey.id else { continue }
                // Tied to a step only: the step's column, from the first role.
                add(role: place.role ?? model.roles.first?.id, step: place.step)
            }
        }
        let journeyOrder = workshop.journeys.map(\.id)
        return hits.sorted {
            let left = (journeyOrder.firstIndex(of: $0.journey) ?? 0, $0.row, $0.column ?? -1)
            let right = (journeyOrder.firstIndex(of: $1.journey) ?? 0, $1.row, $1.column ?? -1)
            return left < right
        }
    }
}
