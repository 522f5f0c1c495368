import RollkartaModel

/// The role walk's texts and the role form's: what the room sees when it revises a role.
struct RoleWalkText: TextTable {
    let tierDefinition: @Sendable (RoleTier, JourneyID) -> String
    let changedInWorkshop: @Sendable (String, Int) -> String
    let changedNote: @Sendable (String) -> String
    let previousWording: String
    let catalogWording: String
    let notChanged: String
    let addedInWorkshop: String
    let formTitle: @Sendable (String) -> String
    let titleSv: String
    let titleEn: String
    let labelSv: String
    let labelEn: String
    let descriptionSv: String
    let descriptionEn: String
    let examplesSv: String
    let examplesEn: String
    let tier: String
    let reason: String
    let reasonRequired: String
    let nothingChanged: String
    let roleSaved: @Sendable (String) -> String
    let labelClash: @Sendable (String) -> String
    let effectGoals: @Sendable (String) -> String
    let respondsTo: String
    let suggestionBy: @Sendable (String, String) -> String
    let notAVariant: String
    let roleID: String
    let variantOf: String
    let newRoleTitle: String
    let fromSuggestion: String
    let addedWithReason: @Sendable (String) -> String
    let roleExists: @Sendable (String) -> String
    let handoverLine: @Sendable (Bool, String, String, String, String) -> String
    let tierEdge: @Sendable (String, String, String) -> String
    let tierChanged: @Sendable (String, String) -> String
    let sortedInRoom: @Sendable (String) -> String
    let roleIDRetired: @Sendable (String, String) -> String
    let roleIDUsedBefore: @Sendable (String) -> String
    let roleAdded: @Sendable (String) -> String
    let moved: @Sendable (String) -> String
}

extension RoleWalkText {
    /// Svenska.
    static let sv = RoleWalkText(
        tierDefinition: { tier, journey in tier.definition(for: journey, .sv) },
        changedInWorkshop: { reason, count in
            let times = count == 1 ? "" : " (\(count) gånger)"
            return "Ändrad i workshopen\(times): \(reason) – \(key(.togglePrevious, .roles)) visar tidigare lydelse"
        },
        changedNote: { reason in "Ändrad i workshopen: " + reason + " (rollvandringen visar tidigare lydelse)" },
        previousWording: "Tidigare lydelse",
        catalogWording: "Katalogens lydelse",
        notChanged: "Rollen är inte ändrad i workshopen",
        addedInWorkshop: "Rollen lades till i workshopen; den har ingen tidigare lydelse",
        formTitle: { role in "Ändra roll " + role },
        titleSv: "Titel (svenska)",
        titleEn: "Titel (engelska)",
        labelSv: "Kort namn i kartan (svenska)",
        labelEn: "Kort namn i kartan (engelska)",
        descriptionSv: "Beskrivning (svenska)",
        descriptionEn: "Beskrivning (engelska)",
        examplesSv: "Exempel (svenska), ett per rad",
        examplesEn: "Exempel (engelska), ett per rad",
        tier: Glossary.level.heading(.sv),
        reason: "Varför (det rummet sa)",
        reasonRequired: "Skriv varför rollen ändras",
        nothingChanged: "Inget är ändrat",
        roleSaved: { role in "Roll \(role) ändrad – \(key(.undo, .roles)) ångrar" },
        labelClash: { roles in "Obs: rollerna \(roles) har nu samma korta namn i kartan" },
        effectGoals: { goals in "Effektmålen (0 visar dem i sin helhet): " + goals },
        respondsTo: "Svarar på (det en deltagare sa)",
        suggestionBy: { who, text in "Förslag från " + "\(who): \(text)" },
        notAVariant: "– (en egen roll, ingen variant)",
        roleID: "Id (till exempel 5C för en variant av 5)",
        variantOf: "Variant av",
        newRoleTitle: "Ny roll eller variant",
        fromSuggestion: "Saknades enligt en deltagare",
        addedWithReason: { reason in "Tillagd i workshopen: " + reason },
        roleExists: { id in "Det finns redan en roll \(id); välj ett annat id" },
        handoverLine: { outgoing, here, role, there, what in
            outgoing ? "\(here): lämnar över till roll \(role) (\(there)): \(what)" : "\(here): tar emot från roll \(role) (\(there)): \(what)"
        },
        tierEdge: { id, tier, key in "Roll \(id) står först eller sist bland de \(tier)a rollerna – \(key) byter nivå" },
        tierChanged: { id, tier in "Roll \(id) är nu \(tier) – \(key(.undo)) ångrar" },
        sortedInRoom: { tier in "Sorterad som \(tier) i rummet" },
        roleIDRetired: { id, date in "\(id) användes av en roll som togs bort \(date); välj ett annat id" },
        roleIDUsedBefore: { id in "\(id) har använts av en roll förut; välj ett annat id" },
        roleAdded: { id in "Roll \(id) tillagd – \(key(.undo, .roles)) ångrar" },
        moved: { id in "Roll \(id) flyttad – \(key(.undo, .roles)) ångrar" }
    )
}

extension RoleWalkText {
    /// English.
    static let en = RoleWalkText(
        tierDefinition: { tier, journey in tier.definition(for: journey, .en) },
        changedInWorkshop: { reason, count in
            let times = count == 1 ? "" : " (\(count) times)"
            return "Changed in the workshop\(times): \(reason) – \(key(.togglePrevious, .roles)) shows the earlier wording"
        },
        changedNote: { reason in "Changed in the workshop: " + reason + " (the role walk shows the earlier wording)" },
        previousWording: "Earlier wording",
        catalogWording: "The catalog's wording",
        notChanged: "The role has not been changed in the workshop",
        addedInWorkshop: "The role was added in the workshop; it has no earlier wording",
        formTitle: { role in "Revise role " + role },
        titleSv: "Title (Swedish)",
        titleEn: "Title (English)",
        labelSv: "Short name on the map (Swedish)",
        labelEn: "Short name on the map (English)",
        descriptionSv: "Description (Swedish)",
        descriptionEn: "Description (English)",
        examplesSv: "Examples (Swedish), one per line",
        examplesEn: "Examples (English), one per line",
        tier: Glossary.level.heading(.en),
        reason: "Why (what the room said)",
        reasonRequired: "Say why the role changes",
        nothingChanged: "Nothing has changed",
        roleSaved: { role in "Role \(role) revised – \(key(.undo, .roles)) undoes" },
        labelClash: { roles in "Note: roles \(roles) now have the same short name on the map" },
        effectGoals: { goals in "The effect goals (0 shows them in full): " + goals },
        respondsTo: "Responds to (what a participant said)",
        suggestionBy: { who, text in "Suggestion from " + "\(who): \(text)" },
        notAVariant: "– (a role of its own, not a variant)",
        roleID: "Id (for example 5C for a variant of 5)",
        variantOf: "Variant of",
        newRoleTitle: "New role or variant",
        fromSuggestion: "Missing, a participant said",
        addedWithReason: { reason in "Added in the workshop: " + reason },
        roleExists: { id in "There is already a role \(id); choose another id" },
        handoverLine: { outgoing, here, role, there, what in
            outgoing ? "\(here): hands over to role \(role) (\(there)): \(what)" : "\(here): takes over from role \(role) (\(there)): \(what)"
        },
        tierEdge: { id, tier, key in "Role \(id) is the first or last of the \(tier) roles – \(key) changes its level" },
        tierChanged: { id, tier in "Role \(id) is now \(tier) – \(key(.undo)) undoes" },
        sortedInRoom: { tier in "Sorted as \(tier) in the room" },
        roleIDRetired: { id, date in "\(id) was used by a role retired on \(date); choose another id" },
        roleIDUsedBefore: { id in "\(id) was used by a role before; choose another id" },
        roleAdded: { id in "Role \(id) added – \(key(.undo, .roles)) undoes" },
        moved: { id in "Role \(id) moved – \(key(.undo, .roles)) undoes" }
    )
}
