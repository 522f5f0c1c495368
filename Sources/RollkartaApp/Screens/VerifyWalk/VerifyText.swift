import RollkartaModel

/// The verification walk's texts, in Swedish and English.
enum VerifyText {
    case title, from, to
    case progress(position: Int, total: Int, answered: Int)
    case yourAnswer(Vote, comment: String), notAnswered, changedSince(Vote)
    case commentPrompt, commentHint
    case answerFirst, allAnswered(String), unsavedQuit
    case onBehalf
    case kindLabel(VerificationSubject.Kind)
    case tooSmall(width: Int, height: Int)

    func text(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .title: return sv ? "Verifiering" : "Verification"
        case .from: return sv ? "Från" : "From"
        case .to: return sv ? "Till" : "To"
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
        case .answerFirst: return sv ? "Svara först: 1 Ja, 2 Nej eller 3 Vill lyfta vidare" : "Answer first: 1 Yes, 2 No or 3 Let's discuss"
        case .allAnswered(let path):
            return sv ? "Alla besvarade och sparade i \(path) – lämna filen till facilitatorn. q avslutar."
                      : "All answered and saved in \(path) – hand the file to the facilitator. q quits."
        case .unsavedQuit:
            return sv ? "Svaren är inte sparade! q igen avslutar ändå." : "The answers are not saved! q again quits anyway."
        case .onBehalf: return sv ? "ifyllt av facilitatorn" : "recorded by the facilitator"
        case .tooSmall(let width, let height):
            return sv ? "Terminalen är för liten (behöver \(VerifyScreen.minimumWidth)×\(VerifyScreen.minimumHeight), är \(width)×\(height))"
                      : "Terminal too small (need \(VerifyScreen.minimumWidth)×\(VerifyScreen.minimumHeight), is \(width)×\(height))"
        case .kindLabel(let kind):
            switch kind {
            case .roles: return sv ? "Roll" : "Role"
            case .gaps: return sv ? "Glapp" : "Gap"
            case .handovers: return sv ? "Överlämning" : "Handover"
            }
        }
    }
}
