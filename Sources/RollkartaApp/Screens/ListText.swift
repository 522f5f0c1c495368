import RollkartaModel

/// The Gaps and Handovers views' texts.
struct ListText: TextTable {
    let journeyLabel: String
    let noGaps: String
    let noHandovers: String
    let gapCount: @Sendable (Int, Int) -> String
    let sortedBy: @Sendable (String) -> String
    let filterActive: String
    /// A gap or a handover deleted, named by its text (never its id).
    let gapDeleted: @Sendable (String) -> String
    let handoverDeleted: @Sendable (String) -> String
    let gapsColumn: @Sendable (GapsState.Column) -> String
}

extension ListText {
    /// Svenska.
    static let sv = ListText(
        journeyLabel: "Resa",
        noGaps: "Inga glapp (tryck \(key(.markGap, .map)) på kartan för att markera ett)",
        noHandovers: "Inga överlämningar (tryck \(key(.newHandover, .map)) på kartan)",
        gapCount: { shown, total in "\(shown) av \(total) glapp" },
        sortedBy: { column in "sorterat på \(column)" },
        filterActive: "filter på" + " (\(key(.filterGaps, .gaps)))",
        gapDeleted: { text in "Glappet borttaget: \(text) – \(key(.undo)) ångrar" },
        handoverDeleted: { text in "Överlämningen borttagen: \(text) – \(key(.undo)) ångrar" },
        gapsColumn: { column in column.title(.sv) }
    )
}

extension ListText {
    /// English.
    static let en = ListText(
        journeyLabel: "Journey",
        noGaps: "No gaps (press \(key(.markGap, .map)) on the map to mark one)",
        noHandovers: "No handovers (press \(key(.newHandover, .map)) on the map)",
        gapCount: { shown, total in "\(shown) of \(total) gaps" },
        sortedBy: { column in "sorted by \(column)" },
        filterActive: "filtered" + " (\(key(.filterGaps, .gaps)))",
        gapDeleted: { text in "Gap deleted: \(text) – \(key(.undo)) undoes" },
        handoverDeleted: { text in "Handover deleted: \(text) – \(key(.undo)) undoes" },
        gapsColumn: { column in column.title(.en) }
    )
}
