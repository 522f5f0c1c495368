/// What workshop 1 found, as the seed names it: "Förväntningar utanför uppdraget" (what others
/// expect of an organisation that it answered No to, most recurring first), the same seen
/// from the expecting side ("Förväntningar på andra aktörer"), and what is to be raised further.
public struct ExpectationResults: Sendable {
    public struct Group: Equatable, Sendable {
        public var organisation: Actor.ID
        public var items: [ExpectationItem]
    }

    public var outsideMission: [Group]
    public var onOthers: [Group]
    /// Perception items answered "Let's discuss", and own descriptions someone wants to raise.
    public var toDiscuss: [ExpectationItem]

    public init(_ workshop: Workshop) {
        let refused = workshop.expectations.filter { $0.side == .perception && $0.answer?.vote == .no }
            .sorted { $0.recurrence > $1.recurrence }
        func grouped(_ key: (ExpectationItem) -> [Actor.ID]) -> [Group] {
            let groups = workshop.actors.map { actor in Group(organisation: actor.id, items: refused.filter { key($0).contains(actor.id) }) }
            return groups.filter { !$0.items.isEmpty }.enumerated()
                .sorted { ($0.element.items.count, -$0.offset) > ($1.element.items.count, -$1.offset) }.map(\.element)
        }
        outsideMission = grouped { [$0.organisation] }
        onOthers = grouped(\.sources)
        toDiscuss = workshop.expectations.filter {
            $0.side == .perception ? $0.answer?.vote == .discuss : $0.responses.contains { $0.vote == .discuss }
        }
    }
}
