import RollkartaModel

/// `!` from wherever the facilitator is: what a participant just said (a quote or an
/// observation, its theme, positive or a challenge, who said it), or a next step, tied to what
/// is on screen: the selected cell or role, gap or handover.
enum InsightForm {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// What a participant said, tied to what was on screen.
        case insight(journey: JourneyID?, step: String?, role: String?, gap: Gap.ID?, handover: Handover.ID?)

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            return InsightForm.save(form, &state)
        }
    }

    static func make(_ state: AppState) -> FormState? {
        let language = state.language
        var link = Link()
        switch state.view {
        case .map:
            if let cell = SelectedCell(state) { link = Link(journey: cell.journey.id, step: cell.step.id, role: cell.role.id) }
        case .roles:
            if let cell = SelectedCell(state) { link = Link(journey: cell.journey.id, role: cell.role.id) }
        case .gaps:
            if let gap = GapsRows.selected(state) { link = Link(journey: gap.journey, gap: gap.id) }
        case .handovers:
            let rows = HandoverLines.of(state).rows
            if rows.indices.contains(state.screens.handovers.selected) {
                let handover = rows[state.screens.handovers.selected]
                link = Link(journey: handover.from.journey, handover: handover.id)
            }
        default:
            break
        }
        let organisations = [FormField.Option(id: "", label: "–")]
            + state.workshop.actors.map { FormField.Option(id: $0.id.rawValue, label: $0.abbreviation, hint: $0.name) }
        return FormState(purpose: Purpose.insight(journey: link.journey, step: link.step, role: link.role, gap: link.gap, handover: link.handover),
                         title: InsightText.title(link.describe(state)).text(language), fields: [
            .text("text", InsightText.text.text(language), "", multiline: true),
            .choice("kind", InsightText.kind.text(language), Insight.Kind.quote, language: language),
            .choice("theme", InsightText.theme.text(language), Insight.Theme.continuity, language: language),
            .choice("polarity", InsightText.polarity.text(language), Insight.Polarity.challenge, language: language),
            FormField(id: "organisation", label: InsightText.who.text(language), value: .choice(options: organisations, selected: 0)),
        ])
    }

    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        guard case .insight(let journey, let step, let role, let gap, let handover)? = form.purpose as? Purpose else { return .problem("") }
        let id = state.workshop.nextInsightID
        let insight = Insight(id: id, kind: form["kind"]?.choice.flatMap(Insight.Kind.init(rawValue:)) ?? .quote, text: form.trimmed("text"),
                              theme: form["theme"]?.choice.flatMap(Insight.Theme.init(rawValue:)) ?? .continuity,
                              polarity: form["polarity"]?.choice.flatMap(Insight.Polarity.init(rawValue:)) ?? .challenge,
                              organisation: form["organisation"]?.chosenActor, journey: journey, step: step, role: role, gap: gap,
                              handover: handover)
        return .of(&state, .insight(id, insight), message: InsightText.saved.text(state.language))
    }

    /// What the insight is tied to.
    struct Link {
        var journey: JourneyID?
        var step: String?
        var role: String?
        var gap: Gap.ID?
        var handover: Handover.ID?

        func describe(_ state: AppState) -> String {
            let language = state.language
            let journeyCopy = journey.flatMap { state.workshop.journey($0) }
            let parts = [gap?.rawValue, handover?.rawValue, role.map { "\(UIText.role.text(language)) \($0)" },
                         step.flatMap { journeyCopy?.step($0)?.title[language] }]
            return parts.compactMap { $0 }.joined(separator: " · ")
        }
    }
}

enum InsightText: Sendable {
    case title(String), text, kind, theme, polarity, who, saved, heading, count(Int)

    func text(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .title(let link):
            return (sv ? "Vad deltagarna sa" : "What participants said") + (link.isEmpty ? "" : " · " + link)
        case .text: return sv ? "Citat, iakttagelse eller nästa steg" : "Quote, observation or next step"
        case .kind: return sv ? "Slag" : "Kind"
        case .theme: return sv ? "Tema" : "Theme"
        case .polarity: return sv ? "Positivt eller utmaning" : "Positive or challenge"
        case .who: return sv ? "Vem sa det (verksamhet)" : "Who said it (organisation)"
        case .saved: return sv ? "Insikten sparad – u ångrar" : "Insight saved – u undoes"
        case .heading: return sv ? "Vad deltagarna sa" : "What participants said"
        case .count(let count): return sv ? "\(count) sagt" : "\(count) said"
        }
    }
}
