import RollkartaModel

/// The verification walk's texts about its keys and the terminal, in Swedish and English;
/// what it asks is `WalkText` (RollkartaModel), shared with the verification page.
enum VerifyText {
    case title
    case progress(position: Int, total: Int, answered: Int)
    case yourAnswer(Vote, comment: String), notAnswered, changedSince(Vote)
    case commentPrompt, commentHint
    case answerFirst, allAnswered(String), unsavedQuit, savedElsewhere(String)
    case onBehalf
    /// A page longer than the screen: how much is out of sight, and the keys that show it.
    case morePage(above: Int, below: Int)
    case tooSmall(width: Int, height: Int)
    case meanings(VerificationSubject.Kind)
    case missingExplained, noSuggestions, suggestionPrompt, suggestionSaved, suggestionHint, suggestionsLabel

    func text(_ language: Language) -> String {
        let sv = language == .sv
        func key(_ action: Action) -> String { Keymap.keyName(action, in: .verify) }
        switch self {
        case .title: return sv ? "Verifiering" : "Verification"
        case .progress(let position, let total, let answered):
            return sv ? "\(position)/\(total) · besvarade \(answered)/\(total)" : "\(position)/\(total) · answered \(answered)/\(total)"
        case .yourAnswer(let vote, let comment):
            let said = (sv ? "Ditt svar: " : "Your answer: ") + vote.label(language)
            return comment.isEmpty ? said : said + " – \"\(comment.replacingNewlines())\""
        case .notAnswered: return sv ? "Inte besvarad än." : "Not answered yet."
        case .changedSince(let vote):
            return sv ? "Du svarade \(vote.label(language)) på en tidigare version; den har ändrats sedan. Svara igen."
                      : "You answered \(vote.label(language)) to an earlier version; it has changed since. Please answer again."
        case .commentPrompt: return sv ? "Kommentar (valfri): " : "Comment (optional): "
        case .commentHint: return sv ? "Enter sparar · Esc utan kommentar" : "Enter saves · Esc without comment"
        case .answerFirst:
            let (yes, no, discuss) = (Vote.yes.label(language), Vote.no.label(language), Vote.discuss.label(language))
            return (sv ? "Svara först: " : "Answer first: ") + "\(key(.voteYes)) \(yes), \(key(.voteNo)) \(no)"
                + (sv ? " eller " : " or ") + "\(key(.voteDiscuss)) \(discuss)"
        case .allAnswered(let path):
            return sv ? "Alla besvarade och sparade i \(path) – lämna filen till facilitatorn. \(key(.back)) avslutar."
                      : "All answered and saved in \(path) – hand the file to the facilitator. \(key(.back)) quits."
        case .unsavedQuit:
            return sv ? "Svaren är inte sparade! \(key(.back)) igen avslutar ändå."
                      : "The answers are not saved! \(key(.back)) again quits anyway."
        case .savedElsewhere(let path):
            return sv ? "Workshopens mapp kan inte skrivas: svaren sparas i \(path)"
                      : "The workshop's folder cannot be written: the answers are saved in \(path)"
        case .onBehalf: return VerificationText.viaFacilitator.text(language)
        case .tooSmall(let width, let height):
            return sv ? "Terminalen är för liten (behöver \(VerifyScreen.minimumWidth)×\(VerifyScreen.minimumHeight), är \(width)×\(height))"
                      : "Terminal too small (need \(VerifyScreen.minimumWidth)×\(VerifyScreen.minimumHeight), is \(width)×\(height))"
        case .meanings(let kind):
            let (yes, no, discuss) = (Vote.yes.label(language), Vote.no.label(language), Vote.discuss.label(language))
            return sv ? "\(key(.voteYes)) \(yes) = det stämmer · \(key(.voteNo)) \(no) = det stämmer inte, skriv vad · \(key(.voteDiscuss)) \(discuss) = ta upp det i gruppen"
                      : "\(key(.voteYes)) \(yes) = it is right · \(key(.voteNo)) \(no) = it is not, say what · \(key(.voteDiscuss)) \(discuss) = raise it with the group"
        case .missingExplained:
            return sv ? "Skriv fritt, ett förslag i taget: \(key(.writeComment)) skriver ett nytt. Facilitatorn får dem med dina svar."
                      : "Write freely, one suggestion at a time: \(key(.writeComment)) writes a new one. The facilitator gets them with your answers."
        case .noSuggestions: return sv ? "Inga förslag än." : "No suggestions yet."
        case .suggestionPrompt: return sv ? "Förslag: " : "Suggestion: "
        case .suggestionSaved: return sv ? "Förslaget sparat" : "Suggestion saved"
        case .suggestionHint:
            return sv ? "Här svarar du inte med siffror: \(key(.writeComment)) skriver ett förslag"
                      : "No numbers here: \(key(.writeComment)) writes a suggestion"
        case .suggestionsLabel: return sv ? "Förslag ·" : "Suggestions ·"
        case .morePage(let above, let below):
            let down = Keymap.keyName(.pageDown, in: .verify), up = Keymap.keyName(.pageUp, in: .verify)
            var parts: [String] = []
            if below > 0 { parts.append(sv ? "▼ \(below) rader till – \(down) visar dem" : "▼ \(below) more lines – \(down) shows them") }
            if above > 0 { parts.append(sv ? "▲ \(above) rader ovanför – \(up)" : "▲ \(above) lines above – \(up)") }
            return parts.joined(separator: " · ")
        }
    }
}
