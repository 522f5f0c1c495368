import RollkartaModel

/// The map's texts: its legend, the search, the panel under the grid, the cell's detail.
struct MapText: TextTable {
    let primaryRoles: String
    let secondaryRoles: String
    let noActors: String
    let handoverTo: String
    let handoverFrom: String
    let otherJourney: String
    let onlyOneJourney: String
    let searchPrompt: String
    let searchHits: @Sendable (Int, Int) -> String
    let searchNoHits: @Sendable (String) -> String
    let detailTitle: String
    let legend: String
    let detailHint: String
    let statusChanged: @Sendable (String) -> String
    let statusWithoutActors: @Sendable (String) -> String
    let cellEmptied: String
    let wholeJourney: @Sendable (Int) -> String
    let usualWidth: String
    let stepMoved: @Sendable (String) -> String
}

extension MapText {
    /// Svenska.
    static let sv = MapText(
        primaryRoles: "Primära roller",
        secondaryRoles: "Sekundära roller",
        noActors: "ingen har rollen här",
        handoverTo: "till",
        handoverFrom: "från",
        otherJourney: "annan resa",
        onlyOneJourney: "Workshopen har bara en resa",
        searchPrompt: "Sök: ",
        searchHits: { current, total in "träff \(current) av \(total) (\(hitKeys))" },
        searchNoHits: { query in "Ingen träff för \"\(query)\"" },
        detailTitle: "Detaljer",
        legend: "Teckenförklaring: ✓ har rollen  ~ delvis  ? oklart  · ingen  ! glapp  > lämnar över  < tar emot  = båda",
        detailHint: "\(key(.openDetail, .map)): " + "allt om cellen",
        statusChanged: { status in "Status: \(status)" },
        statusWithoutActors: { status in "Status: \(status), ingen aktör känd – \(key(.assignActors, .map)) väljer aktörer" },
        cellEmptied: "Cellen tom igen",
        wholeJourney: { count in "Hela resan: alla \(count) steg – \(key(.toggleWholeJourney, .map)) igen ger vanlig bredd" },
        usualWidth: "Vanlig bredd: steg som inte får plats nås med ← →",
        stepMoved: { step in
            let undo = Keymap.keyName(.undo, in: .global)
            return "Steget \(step) flyttat – \(undo) ångrar"
        }
    )
}

extension MapText {
    /// English.
    static let en = MapText(
        primaryRoles: "Primary roles",
        secondaryRoles: "Secondary roles",
        noActors: "no one holds the role here",
        handoverTo: "to",
        handoverFrom: "from",
        otherJourney: "other journey",
        onlyOneJourney: "The workshop has only one journey",
        searchPrompt: "Search: ",
        searchHits: { current, total in "match \(current) of \(total) (\(hitKeys))" },
        searchNoHits: { query in "No match for \"\(query)\"" },
        detailTitle: "Details",
        legend: "Marks: ✓ holds  ~ partly  ? unclear  · no one  ! gap  > hands over  < receives  = both",
        detailHint: "\(key(.openDetail, .map)): " + "everything about the cell",
        statusChanged: { status in "Status: \(status)" },
        statusWithoutActors: { status in "Status: \(status), no actor known – \(key(.assignActors, .map)) picks actors" },
        cellEmptied: "The cell is empty again",
        wholeJourney: { count in "The whole journey: all \(count) steps – \(key(.toggleWholeJourney, .map)) again for the usual width" },
        usualWidth: "Usual width: steps that do not fit are reached with ← →",
        stepMoved: { step in
            let undo = Keymap.keyName(.undo, in: .global)
            return "Step \(step) moved – \(undo) undoes"
        }
    )
}

private var hitKeys: String { key(.nextMatch, .map) + "/" + key(.previousMatch, .map) }
