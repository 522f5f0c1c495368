import RollkartaModel

/// The Expectations view's texts, in the seed's words where it has them.
enum ExpectationsText: Sendable {
    case viewTitle, notInThisWorkshop, organisationsHeading(kind: Bool), noOrganisations, organisation, items, answered, no, discussCount
    case otherArea(String, key: String), mission(String?, key: String), emptyColumn(key: String)
    case openFirst, noItem, nothingToMergeWith, deleted, moved(String), notMerged, split(String), answeredWith(String)
    case hasGap(String), resultsTitle, resultsHint(gap: String, note: String)
    case outsideMission, onOthers, toDiscuss, expectedOf(String), expectedBy(String)

    func text(_ language: Language) -> String {
        let sv = language == .sv
        let undo = Keymap.keyName(.undo)
        switch self {
        case .viewTitle: return sv ? "Förväntningar" : "Expectations"
        case .notInThisWorkshop:
            return sv ? "Förväntningar hör till workshop 1 (Förväntanskartläggning); den här workshopen har inga (import-expectations läser in en enkät)"
                      : "Expectations belong to workshop 1 (expectation mapping); this workshop has none (import-expectations reads a survey in)"
        case .organisationsHeading(let kind):
            let purpose = sv ? "Förväntanskartläggning: uppdrag, målgrupp och insatser per verksamhet – Enter öppnar"
                             : "Expectation mapping: mission, target group and services per organisation – Enter opens"
            return kind ? purpose : purpose + (sv ? " (workshopen är inte märkt som workshop 1)" : " (the workshop is not marked as workshop 1)")
        case .noOrganisations:
            let key = Keymap.keyName(.addItem, in: .screen(.expectations))
            return sv ? "Inga organisationer än: \(key) lägger till en" : "No organisations yet: \(key) adds one"
        case .organisation: return sv ? "Verksamhet" : "Organisation"
        case .items: return sv ? "Punkter" : "Items"
        case .answered: return sv ? "Besvarade" : "Answered"
        case .no: return sv ? "Nej" : "No"
        case .discussCount: return sv ? "Lyfts vidare" : "Discuss"
        case .otherArea(let area, let key): return sv ? "\(key): \(area)" : "\(key): \(area)"
        case .mission(let text, let key):
            // Worded as the verification walk and its page word it (WalkText), plus the key here.
            let said = WalkText.mission(text).text(language)
            guard text == nil, !key.isEmpty else { return said }
            return said + (sv ? " (\(key) skriver det)" : " (\(key) writes it)")
        case .emptyColumn(let key): return sv ? "Inga punkter – \(key) lägger till" : "No items – \(key) adds one"
        case .openFirst: return sv ? "Öppna en organisation först (Enter)" : "Open an organisation first (Enter)"
        case .noItem: return sv ? "Ingen punkt vald" : "No item selected"
        case .nothingToMergeWith: return sv ? "Ingen annan punkt i kolumnen att slå ihop med" : "No other item in the column to merge with"
        case .deleted: return sv ? "Punkten borttagen – \(undo) ångrar" : "Item deleted – \(undo) undoes"
        case .moved(let area): return sv ? "Punkten flyttad till \(area) – \(undo) ångrar" : "Item moved to \(area) – \(undo) undoes"
        case .notMerged: return sv ? "Punkten är inte hopslagen med någon" : "The item is not merged with any"
        case .split(let text): return sv ? "\"\(text)\" är en egen punkt igen" : "\"\(text)\" is an item of its own again"
        case .answeredWith(let meaning): return sv ? "Svar: \(meaning) – \(undo) ångrar" : "Answer: \(meaning) – \(undo) undoes"
        case .hasGap(let id): return sv ? "Blev glapp \(id)" : "Became gap \(id)"
        case .resultsTitle: return sv ? "Resultat av förväntanskartläggningen" : "Results of the expectation mapping"
        case .resultsHint(let gap, let note):
            return sv ? "\(gap) gör punkten till ett glapp · \(note) lägger den till en rolls största hinder"
                      : "\(gap) makes the item a gap · \(note) adds it to a role's biggest obstacles"
        case .outsideMission: return sv ? "Förväntningar utanför uppdraget" : "Expectations outside the mission"
        case .onOthers: return sv ? "Förväntningar på andra aktörer" : "Expectations on other actors"
        case .toDiscuss: return sv ? "Att lyfta vidare" : "To raise further"
        case .expectedOf(let name): return sv ? "Förväntas av \(name), utanför uppdraget:" : "Expected of \(name), outside its mission:"
        case .expectedBy(let name): return sv ? "\(name) förväntar sig av andra:" : "\(name) expects of others:"
        }
    }
}
