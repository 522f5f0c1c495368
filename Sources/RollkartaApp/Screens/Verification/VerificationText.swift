import RollkartaModel

/// The Verification view's texts.
enum VerificationText: Sendable {
    case verificationSummary(answered: Int, participants: Int, stale: Int), votesShown, votesHidden, onlyToDiscuss
    case nothingToDiscuss, verificationSubject, answeredColumn, staleColumn, discussShort, hidden, staleCount(Int)
    case haveAnswered, notYetAnswered, revealHint, showOfHands, staleWord, viaFacilitator, revealFirst
    case suggestionCount(Int, key: String), suggestionsHeading, noSuggestions, showSuggestionsFirst

    func text(_ language: Language) -> String {
        let sv = language == .sv
        // Keys are named from their bindings, so a message never names a key that does something else.
        func key(_ action: Action, _ screen: ScreenID? = nil) -> String { Keymap.keyName(action, in: screen.map(KeyContext.screen) ?? .global) }
        switch self {
        case .suggestionCount(let count, let key):
            return sv ? "\(count) förslag om vad som saknas (\(key))" : "\(count) suggestions of what is missing (\(key))"
        case .suggestionsHeading:
            return sv ? "Saknas en roll, ett steg eller en aktör? – deltagarnas förslag (\(key(.draftRole, .verification)) utkast till roll, \(key(.draftStep, .verification)) nytt steg)"
                      : "Is a role, a step or an actor missing? – the participants' suggestions (\(key(.draftRole, .verification)) draft role, \(key(.draftStep, .verification)) new step)"
        case .noSuggestions: return sv ? "Inga förslag från deltagarna än" : "No suggestions from the participants yet"
        case .showSuggestionsFirst:
            return sv ? "Visa förslagen först: \(key(.toggleSuggestions, .verification))" : "Show the suggestions first: \(key(.toggleSuggestions, .verification))"
        case .verificationSummary(let answered, let participants, let stale):
            return (sv ? "Svar från \(answered) av \(participants) deltagare" : "Answers from \(answered) of \(participants) participants")
                + (stale > 0 ? (sv ? " · \(stale) inaktuella (räknas inte)" : " · \(stale) stale (not counted)") : "")
        case .votesShown: return sv ? "rösterna visas (\(key(.revealVotes, .verification)) döljer)" : "votes shown (\(key(.revealVotes, .verification)) hides)"
        case .votesHidden: return sv ? "rösterna är dolda (\(key(.revealVotes, .verification)) visar)" : "votes hidden (\(key(.revealVotes, .verification)) shows)"
        case .onlyToDiscuss: return sv ? "bara att diskutera, mest oenighet först (\(key(.toggleToDiscuss, .verification)): alla)"
                          : "only what to discuss, most disagreement first (\(key(.toggleToDiscuss, .verification)): all)"
        case .nothingToDiscuss: return sv ? "Inget att diskutera: ingen har sagt nej eller velat lyfta något." : "Nothing to discuss: no one said no or asked to discuss."
        case .verificationSubject: return sv ? "Roll, glapp, överlämning" : "Role, gap, handover"
        case .answeredColumn: return sv ? "Svarat" : "Answered"
        case .staleColumn: return sv ? "Inaktuella" : "Stale"
        case .discussShort: return sv ? "Lyfts vidare" : "Discuss"
        case .hidden: return sv ? "dolt" : "hidden"
        case .staleCount(let count): return sv ? "~ \(count) inaktuella" : "~ \(count) stale"
        case .haveAnswered: return sv ? "Har svarat" : "Answered"
        case .notYetAnswered: return sv ? "inte än" : "not yet"
        case .revealHint: return sv ? "Röster och kommentarer visas med \(key(.revealVotes, .verification))."
                          : "\(key(.revealVotes, .verification)) shows the votes and comments."
        case .showOfHands: return sv ? "Handuppräckning" : "Show of hands"
        case .staleWord: return sv ? "inaktuellt: rollen har ändrats sedan svaret, räknas inte" : "stale: changed since answered, not counted"
        case .viaFacilitator: return sv ? "ifyllt av facilitatorn" : "recorded by the facilitator"
        case .revealFirst: return sv ? "Visa rösterna först (\(key(.revealVotes, .verification))): listan avslöjar var oenigheten finns"
                          : "Show the votes first (\(key(.revealVotes, .verification))): the list reveals where the disagreement is"
        }
    }
}
