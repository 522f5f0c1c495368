import RollkartaModel

/// The Expectations view's texts, in the seed's words where it has them.
struct ExpectationsText: TextTable {
    let viewTitle: String
    let notInThisWorkshop: String
    let organisationsHeading: @Sendable (Bool) -> String
    let noOrganisations: String
    let organisation: String
    let items: String
    let answered: String
    let no: String
    let discussCount: String
    let otherArea: @Sendable (String, String) -> String
    let mission: @Sendable (String?, String) -> String
    let emptyColumn: @Sendable (String) -> String
    let openFirst: String
    let noItem: String
    let nothingToMergeWith: String
    let deleted: String
    let moved: @Sendable (String) -> String
    let notMerged: String
    let split: @Sendable (String) -> String
    let answeredWith: @Sendable (String) -> String
    let hasGap: @Sendable (String) -> String
    let resultsTitle: String
    let resultsHint: @Sendable (String, String) -> String
    let outsideMission: String
    let onOthers: String
    let toDiscuss: String
    let expectedOf: @Sendable (String) -> String
    let expectedBy: @Sendable (String) -> String
}

extension ExpectationsText {
    /// Svenska.
    static let sv = ExpectationsText(
        viewTitle: "Förväntningar",
        notInThisWorkshop: "Förväntningar hör till workshop 1 (Förväntanskartläggning); den här workshopen har inga (import-expectations läser in en enkät)",
        organisationsHeading: { kind in
            let purpose = "Förväntanskartläggning: uppdrag, målgrupp och insatser per verksamhet – Enter öppnar"
            return kind ? purpose : purpose + " (workshopen är inte märkt som workshop 1)"
        },
        noOrganisations: { () -> String in
            let key = Keymap.keyName(.addItem, in: .screen(.expectations))
            return "Inga organisationer än: \(key) lägger till en"
        }(),
        organisation: "Verksamhet",
        items: "Punkter",
        answered: "Besvarade",
        no: "Nej",
        discussCount: "Lyfts vidare",
        otherArea: { area, key in "\(key): \(area)" },
        mission: { text, key in
            // Worded as the verification walk and its page word it (WalkText), plus the key here.
            let said = WalkText.of(.sv).mission(text)
            guard text == nil, !key.isEmpty else { return said }
            return said + " (\(key) skriver det)"
        },
        emptyColumn: { key in "Inga punkter – \(key) lägger till" },
        openFirst: "Öppna en organisation först (Enter)",
        noItem: "Ingen punkt vald",
        nothingToMergeWith: "Ingen annan punkt i kolumnen att slå ihop med",
        deleted: "Punkten borttagen – \(undo) ångrar",
        moved: { area in "Punkten flyttad till \(area) – \(undo) ångrar" },
        notMerged: "Punkten är inte hopslagen med någon",
        split: { text in "\"\(text)\" är en egen punkt igen" },
        answeredWith: { meaning in "Svar: \(meaning) – \(undo) ångrar" },
        hasGap: { id in "Blev glapp \(id)" },
        resultsTitle: "Resultat av förväntanskartläggningen",
        resultsHint: { gap, note in "\(gap) gör punkten till ett glapp · \(note) lägger den till en rolls största hinder" },
        outsideMission: "Förväntningar utanför uppdraget",
        onOthers: "Förväntningar på andra aktörer",
        toDiscuss: "Att lyfta vidare",
        expectedOf: { name in "Förväntas av \(name), utanför uppdraget:" },
        expectedBy: { name in "\(name) förväntar sig av andra:" }
    )
}

extension ExpectationsText {
    /// English.
    static let en = ExpectationsText(
        viewTitle: "Expectations",
        notInThisWorkshop: "Expectations belong to workshop 1 (expectation mapping); this workshop has none (import-expectations reads a survey in)",
        organisationsHeading: { kind in
            let purpose = "Expectation mapping: mission, target group and services per organisation – Enter opens"
            return kind ? purpose : purpose + " (the workshop is not marked as workshop 1)"
        },
        noOrganisations: { () -> String in
            let key = Keymap.keyName(.addItem, in: .screen(.expectations))
            return "No organisations yet: \(key) adds one"
        }(),
        organisation: "Organisation",
        items: "Items",
        answered: "Answered",
        no: "No",
        discussCount: "Discuss",
        otherArea: { area, key in "\(key): \(area)" },
        mission: { text, key in
            // Worded as the verification walk and its page word it (WalkText), plus the key here.
            let said = WalkText.of(.en).mission(text)
            guard text == nil, !key.isEmpty else { return said }
            return said + " (\(key) writes it)"
        },
        emptyColumn: { key in "No items – \(key) adds one" },
        openFirst: "Open an organisation first (Enter)",
        noItem: "No item selected",
        nothingToMergeWith: "No other item in the column to merge with",
        deleted: "Item deleted – \(undo) undoes",
        moved: { area in "Item moved to \(area) – \(undo) undoes" },
        notMerged: "The item is not merged with any",
        split: { text in "\"\(text)\" is an item of its own again" },
        answeredWith: { meaning in "Answer: \(meaning) – \(undo) undoes" },
        hasGap: { id in "Became gap \(id)" },
        resultsTitle: "Results of the expectation mapping",
        resultsHint: { gap, note in "\(gap) makes the item a gap · \(note) adds it to a role's biggest obstacles" },
        outsideMission: "Expectations outside the mission",
        onOthers: "Expectations on other actors",
        toDiscuss: "To raise further",
        expectedOf: { name in "Expected of \(name), outside its mission:" },
        expectedBy: { name in "\(name) expects of others:" }
    )
}

private var undo: String { Keymap.keyName(.undo) }
