import RollkartaModel

/// The Conflicts view's texts and the banner that leads to it.
enum ConflictsText: Sendable {
    case noConflicts, conflictSettled(String), allConflictsSettled, conflictsBanner(Int)
    case conflictHolds(MergeConflict.Side), conflictOther(MergeConflict.Side), conflictDeleted, conflictWhole
    case conflictHint

    func text(_ language: Language) -> String {
        let sv = language == .sv
        // Keys are named from their bindings, so a message never names a key that does something else.
        func key(_ action: Action, _ screen: ScreenID? = nil) -> String { Keymap.keyName(action, in: screen.map(KeyContext.screen) ?? .global) }
        switch self {
        case .noConflicts: return sv ? "Inga konflikter från sammanslagning" : "No conflicts from a merge"
        case .conflictSettled(let id): return sv ? "\(id) löst" : "\(id) settled"
        case .allConflictsSettled: return sv ? "Alla konflikter lösta" : "All conflicts settled"
        case .conflictsBanner(let count):
            return sv ? "⚠ \(count) \(count == 1 ? "konflikt" : "konflikter") från en sammanslagning i git – \(key(.show(.conflicts))) visar och löser"
                      : "⚠ \(count) \(count == 1 ? "conflict" : "conflicts") from a git merge – \(key(.show(.conflicts))) shows and settles"
        case .conflictHolds(let side):
            return sv ? "Filen har nu (\(side == .ours ? "vår sida" : "deras sida"))" : "The file holds (\(side == .ours ? "our side" : "their side"))"
        case .conflictOther(let side):
            return sv ? "Andra sidan (\(side == .ours ? "vår" : "deras"))" : "The other side (\(side == .ours ? "ours" : "theirs"))"
        case .conflictDeleted: return sv ? "borttagen" : "deleted"
        case .conflictWhole: return sv ? "hela posten (borttagen på ena sidan, ändrad eller använd på den andra)" : "the whole entry (deleted on one side, changed or used on the other)"
        case .conflictHint:
            let (keep, take, undo) = (key(.keepConflictValue, .conflicts), key(.takeOtherConflictValue, .conflicts), key(.undo))
            return sv ? "\(keep) behåller det som står i filen · \(take) tar den andra sidans · \(undo) ångrar"
                      : "\(keep) keeps what the file holds · \(take) takes the other side's · \(undo) undoes"
        }
    }
}
