import RollkartaModel

/// The map's texts: its legend, the search, the panel under the grid, the cell's detail.
enum MapText: Sendable {
    case primaryRoles, secondaryRoles, noActors, handoverTo, handoverFrom, otherJourney, onlyOneJourney
    case searchPrompt, searchHits(current: Int, total: Int), searchNoHits(String), detailTitle, legend, detailHint
    case noOneHoldsRole, statusChanged(String), stepMoved(String)

    func text(_ language: Language) -> String {
        let sv = language == .sv
        // Keys are named from their bindings, so a message never names a key that does something else.
        func key(_ action: Action, _ screen: ScreenID? = nil) -> String { Keymap.keyName(action, in: screen.map(KeyContext.screen) ?? .global) }
        let hitKeys = key(.nextMatch, .map) + "/" + key(.previousMatch, .map)
        switch self {
        case .stepMoved(let step):
            let undo = Keymap.keyName(.undo, in: .global)
            return sv ? "Steget \(step) flyttat – \(undo) ångrar" : "Step \(step) moved – \(undo) undoes"
        case .primaryRoles: return sv ? "Primära roller" : "Primary roles"
        case .secondaryRoles: return sv ? "Sekundära roller" : "Secondary roles"
        case .noActors: return sv ? "ingen har rollen här" : "no one holds the role here"
        case .handoverTo: return sv ? "till" : "to"
        case .handoverFrom: return sv ? "från" : "from"
        case .otherJourney: return sv ? "annan resa" : "other journey"
        case .onlyOneJourney: return sv ? "Workshopen har bara en resa" : "The workshop has only one journey"
        case .searchPrompt: return sv ? "Sök: " : "Search: "
        case .searchHits(let current, let total):
            return sv ? "träff \(current) av \(total) (\(hitKeys))" : "match \(current) of \(total) (\(hitKeys))"
        case .searchNoHits(let query): return sv ? "Ingen träff för \"\(query)\"" : "No match for \"\(query)\""
        case .detailTitle: return sv ? "Detaljer" : "Details"
        case .legend:
            return sv ? "Teckenförklaring: ✓ har rollen  ~ delvis  ? oklart  · ingen  ! glapp  > lämnar över  < tar emot  = båda"
                      : "Marks: ✓ holds  ~ partly  ? unclear  · no one  ! gap  > hands over  < receives  = both"
        case .detailHint: return "\(key(.openDetail, .map)): " + (sv ? "allt om cellen" : "everything about the cell")
        case .noOneHoldsRole: return sv ? "Ingen har rollen här – tryck \(key(.assignActors, .map)) för att välja aktörer"
                          : "No one holds the role here – press \(key(.assignActors, .map)) to pick actors"
        case .statusChanged(let status): return sv ? "Status: \(status)" : "Status: \(status)"
        }
    }
}
