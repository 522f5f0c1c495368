import RollkartaModel

/// View 0, the workshop's start page on the projector: title, date, purpose, the project's
/// vision, the effect goals in full in the seed's words, the working hypothesis, the
/// prioritised target groups and the delimitations. `e` rewords them for this workshop.
enum StartScreen: AppScreen {
    static let id = ScreenID.start
    static let key = Key.character("0")
    static let keyHelp = Localized(sv: "Vy: startsidan (syfte, vision, effektmål, hypotes, målgrupper)",
                                   en: "View: the start page (purpose, vision, effect goals, hypothesis, target groups)")
    static func title(_ language: Language) -> String { StartText.of(language).viewTitle }
    static func enter(_ state: inout AppState) { state.screens.start = TextViewState() }
    static let bindings: [Binding] = NavigationKeys.text + [
        Binding([.character("e")], .edit,
                Localized(sv: "Formulera om syfte, vision, hypotes, målgrupper och avgränsningar för den här workshopen",
                          en: "Reword the purpose, vision, hypothesis, target groups and delimitations for this workshop"),
                short: Localized(sv: "ändra", en: "edit"), unavailable: Unavailable.whenReadOnly),
        Binding([.character("n")], .recordAttendance,
                Localized(sv: "Närvaro: antal deltagare per verksamhet", en: "Attendance: participants per organisation"),
                short: Localized(sv: "närvaro", en: "attendance"), unavailable: StartScreen.noOrganisations),
        Binding([.character("a")], .editAgenda, Localized(sv: "Agendan: punkter och minuter", en: "The agenda: items and minutes"),
                short: Localized(sv: "agenda", en: "agenda"), unavailable: Unavailable.whenReadOnly),
        Binding([.character("c")], .newCatchUp,
                Localized(sv: "Nytt uppsamlingstillfälle med datum och närvaro", en: "A new catch-up session with date and attendance"),
                unavailable: StartScreen.noOrganisations),
    ]

    @Sendable static func noOrganisations(_ state: AppState) -> String? {
        if let reason = Unavailable.whenReadOnly(state) { return reason }
        return state.workshop.actors.isEmpty ? PositionsText.of(state.language).noOrganisations : nil
    }

    static func update(_ action: Action, _ state: inout AppState) -> [Effect] {
        switch action {
        case .edit:
            state.form = FrameForm.make(state)
            return []
        case .editAgenda:
            state.form = AgendaForm.make(state)
            return []
        case .recordAttendance, .newCatchUp:
            state.form = AttendanceForm.make(state, catchUp: action == .newCatchUp)
            return []
        default:
            break
        }
        _ = state.screens.start.move(action, lineCount: lines(state).count, visibleLines: area(state).height)
        return []
    }

    static func area(_ state: AppState) -> Rect { AppFrame(state).body.inset(columns: 1) }

    static func lines(_ state: AppState) -> [StyledLine] {
        let language = state.language
        let workshop = state.workshop
        var lines = WrappedLines(width: max(1, area(state).width))
        let t = StartText.of(language)
        lines.add(workshop.title, .heading)
        lines.add("\(workshop.date) · \(workshop.kind.label(language)) · "
            + workshop.journeys.map { $0.name[language] }.joined(separator: ", "), .dim)
        for line in workshop.attendanceLines(language) { lines.add(line, .normal) }
        func section(_ heading: String, _ text: String, note: String? = nil) {
            guard !text.isEmpty else { return }
            lines.append(StyledLine(text: ""))
            lines.add(heading, .heading)
            lines.add(text, .normal, indent: 2)
            if let note, !note.isEmpty { lines.add(note, .dim, indent: 2) }
        }
        section(t.purpose, workshop.frameText(.purpose, language))
        let project = Catalog.bundled.project
        section(t.vision, workshop.frameText(.vision, language), note: workshop.frame?.vision == nil ? project?.visionNote[language] : nil)
        let journeys = Set(workshop.journeys.map(\.id))
        let goals = Catalog.bundled.effectGoals.filter { !journeys.isDisjoint(with: $0.journeys) }
        if !goals.isEmpty {
            lines.append(StyledLine(text: ""))
            lines.add(t.effectGoals, .heading)
            if let lead = project?.patientGoalsLead[language] { lines.add(lead, .normal, indent: 2) }
            for goal in goals where goal.kind == .patient { lines.add("\(goal.id). \(goal.text[language])", .normal, indent: 4) }
            for goal in goals where goal.kind == .organisation { lines.add("\(goal.label(language)). \(goal.text[language])", .normal, indent: 2) }
            if let footnote = project?.footnote[language] { lines.add("* " + footnote, .dim, indent: 2) }
        }
        section(t.hypothesis, workshop.frameText(.hypothesis, language))
        section(t.targetGroups, workshop.frameText(.targetGroups, language))
        section(t.delimitations, workshop.frameText(.delimitations, language))
        lines.append(StyledLine(text: ""))
        lines.add(AgendaText.of(language).heading, .heading)
        for (index, item) in workshop.effectiveAgenda.enumerated() {
            let current = state.timer.isStarted && state.timer.item == index ? "▶ " : "  "
            lines.add("\(current)\(item.minutes) min · \(item.name)", .normal, indent: 2)
        }
        if workshop.frame == nil, project != nil {
            lines.append(StyledLine(text: ""))
            lines.add(t.fromSeed, .dim)
        }
        return lines.lines
    }

    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        TextView.draw(lines(state), scroll: state.screens.start.scroll, in: area.inset(columns: 1), into: &buffer)
    }
}

struct StartText: TextTable {
    let viewTitle: String
    let purpose: String
    let vision: String
    let effectGoals: String
    let hypothesis: String
    let targetGroups: String
    let delimitations: String
    let fromSeed: String
    let formTitle: String
    let saved: String
}

extension StartText {
    /// Svenska.
    static let sv = StartText(
        viewTitle: "Start",
        purpose: "Syfte",
        vision: "Vision",
        effectGoals: "Effektmål – vad vill vi uppnå",
        hypothesis: "Arbetshypotes",
        targetGroups: "Prioriterade målgrupper",
        delimitations: "Avgränsningar",
        fromSeed: "Texterna är projektets egna (Ingen ska falla mellan stolarna); e formulerar om dem för den här workshopen.",
        formTitle: "Startsidan för den här workshopen",
        saved: "Startsidan sparad – \(key(.undo)) ångrar"
    )
}

extension StartText {
    /// English.
    static let en = StartText(
        viewTitle: "Start",
        purpose: "Purpose",
        vision: "Vision",
        effectGoals: "Effect goals – what we want to achieve",
        hypothesis: "Working hypothesis",
        targetGroups: "Prioritised target groups",
        delimitations: "Delimitations",
        fromSeed: "The texts are the project's own (Ingen ska falla mellan stolarna); e rewords them for this workshop.",
        formTitle: "The start page for this workshop",
        saved: "Start page saved – \(key(.undo)) undoes"
    )
}
