import RollkartaModel

/// The verification walk's texts about its keys and the terminal, in Swedish and English;
/// what it asks is `WalkText` (RollkartaModel), shared with the verification page.
struct VerifyText: TextTable {
    let title: String
    let progress: @Sendable (Int, Int, Int) -> String
    let yourAnswer: @Sendable (Vote, String) -> String
    let notAnswered: String
    let changedSince: @Sendable (Vote) -> String
    let commentPrompt: String
    let commentHint: String
    let suggestionTypingHint: String
    let answerFirst: String
    let allAnswered: @Sendable (String) -> String
    let unsavedQuit: String
    let savedElsewhere: @Sendable (String) -> String
    let onBehalf: String
    let tooSmall: @Sendable (Int, Int) -> String
    let meanings: @Sendable (VerificationSubject.Kind) -> String
    let missingExplained: String
    let noSuggestions: String
    let suggestionPrompt: String
    let suggestionSaved: String
    let suggestionHint: String
    let suggestionsLabel: String
}

extension VerifyText {
    /// Svenska.
    static let sv = VerifyText(
        title: "Verifiering",
        progress: { position, total, answered in "\(position)/\(total) · besvarade \(answered)/\(total)" },
        yourAnswer: { vote, comment in
            let said = "Ditt svar: " + vote.label(.sv)
            return comment.isEmpty ? said : said + " – \"\(comment.replacingNewlines())\""
        },
        notAnswered: "Inte besvarad än.",
        changedSince: { vote in "Du svarade \(vote.label(.sv)) på en tidigare version; den har ändrats sedan. Svara igen." },
        commentPrompt: "Kommentar (valfri): ",
        commentHint: "Enter sparar · Esc utan kommentar",
        suggestionTypingHint: "Enter sparar förslaget · Esc avbryter det",
        answerFirst: { () -> String in
            let (yes, no, discuss) = (Vote.yes.label(.sv), Vote.no.label(.sv), Vote.discuss.label(.sv))
            return "Svara först: " + "\(key(.voteYes, in: .verify)) \(yes), \(key(.voteNo, in: .verify)) \(no)"
                + " eller " + "\(key(.voteDiscuss, in: .verify)) \(discuss)"
        }(),
        allAnswered: { path in "Alla besvarade och sparade i \(path) – lämna filen till facilitatorn. \(key(.back, in: .verify)) avslutar." },
        unsavedQuit: "Svaren är inte sparade! \(key(.back, in: .verify)) igen avslutar ändå.",
        savedElsewhere: { path in "Workshopens mapp kan inte skrivas: svaren sparas i \(path)" },
        onBehalf: VerificationText.of(.sv).viaFacilitator,
        tooSmall: { width, height in "Terminalen är för liten (behöver \(VerifyScreen.minimumWidth)×\(VerifyScreen.minimumHeight), är \(width)×\(height))" },
        meanings: { kind in
            let (yes, no, discuss) = (Vote.yes.label(.sv), Vote.no.label(.sv), Vote.discuss.label(.sv))
            return "\(key(.voteYes, in: .verify)) \(yes) = det stämmer · \(key(.voteNo, in: .verify)) \(no) = det stämmer inte, skriv vad · \(key(.voteDiscuss, in: .verify)) \(discuss) = ta upp det i gruppen"
        },
        missingExplained: "Skriv fritt, ett förslag i taget: \(key(.writeComment, in: .verify)) skriver ett nytt. Facilitatorn får dem med dina svar.",
        noSuggestions: "Inga förslag än.",
        suggestionPrompt: "Förslag: ",
        suggestionSaved: "Förslaget sparat",
        suggestionHint: "Här svarar du inte med siffror: \(key(.writeComment, in: .verify)) skriver ett förslag",
        suggestionsLabel: "Förslag ·"
    )
}

extension VerifyText {
    /// English.
    static let en = VerifyText(
        title: "Verification",
        progress: { position, total, answered in "\(position)/\(total) · answered \(answered)/\(total)" },
        yourAnswer: { vote, comment in
            let said = "Your answer: " + vote.label(.en)
            return comment.isEmpty ? said : said + " – \"\(comment.replacingNewlines())\""
        },
        notAnswered: "Not answered yet.",
        changedSince: { vote in "You answered \(vote.label(.en)) to an earlier version; it has changed since. Please answer again." },
        commentPrompt: "Comment (optional): ",
        commentHint: "Enter saves · Esc without comment",
        suggestionTypingHint: "Enter saves the suggestion · Esc cancels it",
        answerFirst: { () -> String in
            let (yes, no, discuss) = (Vote.yes.label(.en), Vote.no.label(.en), Vote.discuss.label(.en))
            return "Answer first: " + "\(key(.voteYes, in: .verify)) \(yes), \(key(.voteNo, in: .verify)) \(no)"
                + " or " + "\(key(.voteDiscuss, in: .verify)) \(discuss)"
        }(),
        allAnswered: { path in "All answered and saved in \(path) – hand the file to the facilitator. \(key(.back, in: .verify)) quits." },
        unsavedQuit: "The answers are not saved! \(key(.back, in: .verify)) again quits anyway.",
        savedElsewhere: { path in "The workshop's folder cannot be written: the answers are saved in \(path)" },
        onBehalf: VerificationText.of(.en).viaFacilitator,
        tooSmall: { width, height in "Terminal too small (need \(VerifyScreen.minimumWidth)×\(VerifyScreen.minimumHeight), is \(width)×\(height))" },
        meanings: { kind in
            let (yes, no, discuss) = (Vote.yes.label(.en), Vote.no.label(.en), Vote.discuss.label(.en))
            return "\(key(.voteYes, in: .verify)) \(yes) = it is right · \(key(.voteNo, in: .verify)) \(no) = it is not, say what · \(key(.voteDiscuss, in: .verify)) \(discuss) = raise it with the group"
        },
        missingExplained: "Write freely, one suggestion at a time: \(key(.writeComment, in: .verify)) writes a new one. The facilitator gets them with your answers.",
        noSuggestions: "No suggestions yet.",
        suggestionPrompt: "Suggestion: ",
        suggestionSaved: "Suggestion saved",
        suggestionHint: "No numbers here: \(key(.writeComment, in: .verify)) writes a suggestion",
        suggestionsLabel: "Suggestions ·"
    )
}
