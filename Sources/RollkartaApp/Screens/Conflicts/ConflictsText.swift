import RollkartaModel

/// The Conflicts view's texts and the banner that leads to it.
struct ConflictsText: TextTable {
    let noConflicts: String
    let conflictSettled: @Sendable (String) -> String
    let allConflictsSettled: String
    let conflictsBanner: @Sendable (Int) -> String
    let conflictHolds: @Sendable (MergeConflict.Side) -> String
    let conflictOther: @Sendable (MergeConflict.Side) -> String
    let conflictDeleted: String
    let conflictWhole: String
    let conflictHint: String
}

extension ConflictsText {
    /// Svenska.
    static let sv = ConflictsText(
        noConflicts: "Inga konflikter från sammanslagning",
        conflictSettled: { id in "\(id) löst" },
        allConflictsSettled: "Alla konflikter lösta",
        conflictsBanner: { count in "⚠ \(count) \(count == 1 ? "konflikt" : "konflikter") från en sammanslagning i git – \(key(.show(.conflicts))) visar och löser" },
        conflictHolds: { side in "Filen har nu (\(side == .ours ? "vår sida" : "deras sida"))" },
        conflictOther: { side in "Andra sidan (\(side == .ours ? "vår" : "deras"))" },
        conflictDeleted: "borttagen",
        conflictWhole: "hela posten (borttagen på ena sidan, ändrad eller använd på den andra)",
        conflictHint: { () -> String in
            let (keep, take, undo) = (key(.keepConflictValue, .conflicts), key(.takeOtherConflictValue, .conflicts), key(.undo))
            return "\(keep) behåller det som står i filen · \(take) tar den andra sidans · \(undo) ångrar"
        }()
    )
}

extension ConflictsText {
    /// English.
    static let en = ConflictsText(
        noConflicts: "No conflicts from a merge",
        conflictSettled: { id in "\(id) settled" },
        allConflictsSettled: "All conflicts settled",
        conflictsBanner: { count in "⚠ \(count) \(count == 1 ? "conflict" : "conflicts") from a git merge – \(key(.show(.conflicts))) shows and settles" },
        conflictHolds: { side in "The file holds (\(side == .ours ? "our side" : "their side"))" },
        conflictOther: { side in "The other side (\(side == .ours ? "ours" : "theirs"))" },
        conflictDeleted: "deleted",
        conflictWhole: "the whole entry (deleted on one side, changed or used on the other)",
        conflictHint: { () -> String in
            let (keep, take, undo) = (key(.keepConflictValue, .conflicts), key(.takeOtherConflictValue, .conflicts), key(.undo))
            return "\(keep) keeps what the file holds · \(take) takes the other side's · \(undo) undoes"
        }()
    )
}
