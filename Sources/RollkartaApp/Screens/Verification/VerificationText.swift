import RollkartaModel

/// The Verification view's texts.
struct VerificationText: TextTable {
    let verificationSummary: @Sendable (Int, Int, Int) -> String
    let votesShown: String
    let votesHidden: String
    let onlyToDiscuss: String
    let nothingToDiscuss: String
    let verificationSubject: String
    let answeredColumn: String
    let staleColumn: String
    let discussShort: String
    let hidden: String
    let staleCount: @Sendable (Int) -> String
    let haveAnswered: String
    let notYetAnswered: String
    let revealHint: String
    let showOfHands: String
    let staleWord: String
    let viaFacilitator: String
    let revealFirst: String
    let suggestionCount: @Sendable (Int, String) -> String
    let suggestionsHeading: String
    let noSuggestions: String
    let showSuggestionsFirst: String
}

extension VerificationText {
    /// Svenska.
    static let sv = VerificationText(
        verificationSummary: { answered, participants, stale in "Svar från \(answered) av \(participants) deltagare"
            + (stale > 0 ? " · \(stale) inaktuella (räknas inte)" : "") },
        votesShown: "rösterna visas (\(key(.revealVotes, .verification)) döljer)",
        votesHidden: "rösterna är dolda (\(key(.revealVotes, .verification)) visar)",
        onlyToDiscuss: "bara att diskutera, mest oenighet först (\(key(.toggleToDiscuss, .verification)): alla)",
        nothingToDiscuss: "Inget att diskutera: ingen har sagt nej eller velat lyfta något.",
        verificationSubject: "Roll, glapp, överlämning",
        answeredColumn: "Svarat",
        staleColumn: "Inaktuella",
        discussShort: "Lyfts vidare",
        hidden: "dolt",
        staleCount: { count in "~ \(count) inaktuella" },
        haveAnswered: "Har svarat",
        notYetAnswered: "inte än",
        revealHint: "Röster och kommentarer visas med \(key(.revealVotes, .verification)).",
        showOfHands: "Handuppräckning",
        staleWord: "inaktuellt: rollen har ändrats sedan svaret, räknas inte",
        viaFacilitator: "ifyllt av facilitatorn",
        revealFirst: "Visa rösterna först (\(key(.revealVotes, .verification))): listan avslöjar var oenigheten finns",
        suggestionCount: { count, key in "\(count) förslag om vad som saknas (\(key))" },
        suggestionsHeading: "Saknas en roll, ett steg eller en aktör? – deltagarnas förslag (\(key(.draftRole, .verification)) utkast till roll, \(key(.draftStep, .verification)) nytt steg)",
        noSuggestions: "Inga förslag från deltagarna än",
        showSuggestionsFirst: "Visa förslagen först: \(key(.toggleSuggestions, .verification))"
    )
}

extension VerificationText {
    /// English.
    static let en = VerificationText(
        verificationSummary: { answered, participants, stale in "Answers from \(answered) of \(participants) participants"
            + (stale > 0 ? " · \(stale) stale (not counted)" : "") },
        votesShown: "votes shown (\(key(.revealVotes, .verification)) hides)",
        votesHidden: "votes hidden (\(key(.revealVotes, .verification)) shows)",
        onlyToDiscuss: "only what to discuss, most disagreement first (\(key(.toggleToDiscuss, .verification)): all)",
        nothingToDiscuss: "Nothing to discuss: no one said no or asked to discuss.",
        verificationSubject: "Role, gap, handover",
        answeredColumn: "Answered",
        staleColumn: "Stale",
        discussShort: "Discuss",
        hidden: "hidden",
        staleCount: { count in "~ \(count) stale" },
        haveAnswered: "Answered",
        notYetAnswered: "not yet",
        revealHint: "\(key(.revealVotes, .verification)) shows the votes and comments.",
        showOfHands: "Show of hands",
        staleWord: "stale: changed since answered, not counted",
        viaFacilitator: "recorded by the facilitator",
        revealFirst: "Show the votes first (\(key(.revealVotes, .verification))): the list reveals where the disagreement is",
        suggestionCount: { count, key in "\(count) suggestions of what is missing (\(key))" },
        suggestionsHeading: "Is a role, a step or an actor missing? – the participants' suggestions (\(key(.draftRole, .verification)) draft role, \(key(.draftStep, .verification)) new step)",
        noSuggestions: "No suggestions from the participants yet",
        showSuggestionsFirst: "Show the suggestions first: \(key(.toggleSuggestions, .verification))"
    )
}
