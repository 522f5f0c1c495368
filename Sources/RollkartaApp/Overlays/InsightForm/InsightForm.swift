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
                         title: InsightText.of(language).title(link.describe(state)), fields: [
            .text("text", InsightText.of(language).text, "", multiline: true),
            .choice("kind", InsightText.of(language).kind, Insight.Kind.quote, language: language),
            .choice("theme", InsightText.of(language).theme, Insight.Theme.continuity, language: language),
            .choice("polarity", InsightText.of(language).polarity, Insight.Polarity.challenge, language: language),
            FormField(id: "organisation", label: InsightText.of(language).who, value: .choice(options: organisations, selected: 0)),
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
        return .of(&state, .insight(id, insight), message: InsightText.of(state.language).saved)
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
            let parts = [gap?.rawValue, handover?.rawValue, role.map { "\(UIText.of(language).role) \($0)" },
                         step.flatMap { journeyCopy?.step($0)?.title[language] }]
            return parts.compactMap { $0 }.joined(separator: " · ")
        }
    }
}

struct InsightText: TextTable {
    let title: @Sendable (String) -> String
    let text: String
    let kind: String
    let theme: String
    let polarity: String
    let who: String
    let saved: String
    let heading: String
    let count: @Sendable (Int) -> String
}

extension InsightText {
    /// Svenska.
    static let sv = InsightText(
        title: { link in "Vad deltagarna sa" + (link.isEmpty ? "" : " · " + link) },
        text: "Citat, iakttagelse eller nästa steg",
        kind: "Slag",
        theme: "Tema",
        polarity: "Positivt eller utmaning",
        who: "Vem sa det (verksamhet)",
        saved: "Insikten sparad – \(key(.undo)) ångrar",
        heading: "Vad deltagarna sa",
        count: { count in "\(count) sagt" }
    )
}

extension InsightText {
    /// English.
    static let en = InsightText(
        title: { link in "What participants said" + (link.isEmpty ? "" : " · " + link) },
        text: "Quote, observation or next step",
        kind: "Kind",
        theme: "Theme",
        polarity: "Positive or challenge",
        who: "Who said it (organisation)",
        saved: "Insight saved – \(key(.undo)) undoes",
        heading: "What participants said",
        count: { count in "\(count) said" }
    )
}
