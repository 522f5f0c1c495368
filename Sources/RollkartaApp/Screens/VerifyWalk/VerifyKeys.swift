import RollkartaModel

/// The participant's keys in the verification walk: the same in both languages.
enum VerifyKeys {
    static let bindings: [Binding] = [
        Binding([.character("1")], .voteYes, Localized(sv: "Ja, stämmer", en: "Yes, that is right"),
                short: Localized(sv: "Ja", en: "Yes")),
        Binding([.character("2")], .voteNo, Localized(sv: "Nej (och varför, om du vill)", en: "No (and why, if you like)"),
                short: Localized(sv: "Nej", en: "No")),
        Binding([.character("3")], .voteDiscuss, Localized(sv: "Vill lyfta vidare (och vad)", en: "Let's discuss (and what)"),
                short: Localized(sv: "Vill lyfta vidare", en: "Let's discuss")),
        Binding([.enter, .character("c")], .writeComment,
                Localized(sv: "Skriv eller ändra kommentaren", en: "Write or change the comment"),
                short: Localized(sv: "kommentar", en: "comment")),
        Binding([.right, .down, .character("j"), .tab], .nextSubject, Localized(sv: "Nästa", en: "Next"),
                short: Localized(sv: "bläddra", en: "browse")),
        Binding([.left, .up, .character("k"), .backTab], .previousSubject, Localized(sv: "Föregående", en: "Previous")),
        Binding([.pageDown, .character(" ")], .pageDown,
                Localized(sv: "Visa mer av en lång sida", en: "Show more of a long page")),
        Binding([.pageUp], .pageUp, Localized(sv: "Tillbaka upp på en lång sida", en: "Back up a long page")),
        Binding([.character("n")], .nextUnanswered, Localized(sv: "Nästa obesvarade", en: "Next unanswered"),
                short: Localized(sv: "nästa obesvarade", en: "next unanswered")),
        Binding([.character("q")], .back,
                Localized(sv: "Avsluta (allt är redan sparat; fortsätt senare med samma kommando)",
                          en: "Quit (all is saved already; resume later with the same command)"),
                short: Localized(sv: "avsluta", en: "quit")),
    ]
}
