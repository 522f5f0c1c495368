import RollkartaModel

/// The role walk's texts and the role form's: what the room sees when it revises a role.
enum RoleWalkText: Sendable {
    case tierDefinition(RoleTier, JourneyID)
    case changedInWorkshop(reason: String, count: Int), changedNote(String)
    case previousWording, catalogWording, notChanged, addedInWorkshop
    case formTitle(String), titleSv, titleEn, labelSv, labelEn, descriptionSv, descriptionEn, examplesSv, examplesEn
    case tier, reason, reasonRequired, nothingChanged, roleSaved(String), labelClash(String)
    case effectGoals(String), respondsTo, suggestionBy(String, String), notAVariant, roleID, variantOf, newRoleTitle, fromSuggestion, addedWithReason(String), roleExists(String), roleAdded(String), moved(String)

    func text(_ language: Language) -> String {
        let sv = language == .sv
        func key(_ action: Action) -> String { Keymap.keyName(action, in: .screen(.roles)) }
        switch self {
        case .tierDefinition(let tier, let journey): return tier.definition(for: journey, language)
        case .changedInWorkshop(let reason, let count):
            let times = count == 1 ? "" : (sv ? " (\(count) gånger)" : " (\(count) times)")
            return (sv ? "Ändrad i workshopen\(times): \(reason) – \(key(.togglePrevious)) visar tidigare lydelse"
                       : "Changed in the workshop\(times): \(reason) – \(key(.togglePrevious)) shows the earlier wording")
        case .changedNote(let reason):
            return (sv ? "Ändrad i workshopen: " : "Changed in the workshop: ") + reason + (sv ? " (rollvandringen visar tidigare lydelse)" : " (the role walk shows the earlier wording)")
        case .previousWording: return sv ? "Tidigare lydelse" : "Earlier wording"
        case .addedInWorkshop: return sv ? "Rollen lades till i workshopen; den har ingen tidigare lydelse" : "The role was added in the workshop; it has no earlier wording"
        case .notChanged: return sv ? "Rollen är inte ändrad i workshopen" : "The role has not been changed in the workshop"
        case .catalogWording: return sv ? "Katalogens lydelse" : "The catalog's wording"
        case .formTitle(let role): return (sv ? "Ändra roll " : "Revise role ") + role
        case .titleSv: return sv ? "Titel (svenska)" : "Title (Swedish)"
        case .titleEn: return sv ? "Titel (engelska)" : "Title (English)"
        case .labelSv: return sv ? "Kort namn i kartan (svenska)" : "Short name on the map (Swedish)"
        case .labelEn: return sv ? "Kort namn i kartan (engelska)" : "Short name on the map (English)"
        case .descriptionSv: return sv ? "Beskrivning (svenska)" : "Description (Swedish)"
        case .descriptionEn: return sv ? "Beskrivning (engelska)" : "Description (English)"
        case .examplesSv: return sv ? "Exempel (svenska), ett per rad" : "Examples (Swedish), one per line"
        case .examplesEn: return sv ? "Exempel (engelska), ett per rad" : "Examples (English), one per line"
        case .tier: return sv ? "Nivå" : "Tier"
        case .reason: return sv ? "Varför (det rummet sa)" : "Why (what the room said)"
        case .reasonRequired: return sv ? "Skriv varför rollen ändras" : "Say why the role changes"
        case .nothingChanged: return sv ? "Inget är ändrat" : "Nothing has changed"
        case .roleSaved(let role): return sv ? "Roll \(role) ändrad – \(key(.undo)) ångrar" : "Role \(role) revised – \(key(.undo)) undoes"
        case .effectGoals(let goals): return (sv ? "Effektmålen (0 visar dem i sin helhet): " : "The effect goals (0 shows them in full): ") + goals
        case .respondsTo: return sv ? "Svarar på (det en deltagare sa)" : "Responds to (what a participant said)"
        case .suggestionBy(let who, let text): return (sv ? "Förslag från " : "Suggestion from ") + "\(who): \(text)"
        case .notAVariant: return sv ? "– (en egen roll, ingen variant)" : "– (a role of its own, not a variant)"
        case .roleID: return sv ? "Id (till exempel 5C för en variant av 5)" : "Id (for example 5C for a variant of 5)"
        case .variantOf: return sv ? "Variant av" : "Variant of"
        case .newRoleTitle: return sv ? "Ny roll eller variant" : "New role or variant"
        case .fromSuggestion: return sv ? "Saknades enligt en deltagare" : "Missing, a participant said"
        case .addedWithReason(let reason): return (sv ? "Tillagd i workshopen: " : "Added in the workshop: ") + reason
        case .roleExists(let id): return sv ? "Det finns redan en roll \(id); välj ett annat id" : "There is already a role \(id); choose another id"
        case .roleAdded(let id): return sv ? "Roll \(id) tillagd – \(key(.undo)) ångrar" : "Role \(id) added – \(key(.undo)) undoes"
        case .moved(let id): return sv ? "Roll \(id) flyttad – \(key(.undo)) ångrar" : "Role \(id) moved – \(key(.undo)) undoes"
        case .labelClash(let roles):
            return sv ? "Obs: rollerna \(roles) har nu samma korta namn i kartan" : "Note: roles \(roles) now have the same short name on the map"
        }
    }
}
