import RollkartaModel

/// View 0, the workshop's start page on the projector: title, date, purpose, the project's
/// vision, the effect goals in full in the seed's words, the working hypothesis, the
/// prioritised target groups and the delimitations. `e` rewords them for this workshop.
enum StartScreen: AppScreen {
    static let id = ScreenID.start
    static let key = Key.character("0")
    static let keyHelp = Localized(sv: "Vy: startsidan (syfte, vision, effektmål, hypotes, målgrupper)",
                                   en: "View: the start page (purpose, vision, effect goals, hypothesis, target groups)")
    static func title(_ language: Language) -> String { StartText.viewTitle.text(language) }
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
        return state.workshop.actors.isEmpty ? PositionsText.noOrganisations.text(state.language) : nil
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
        let t = { (text: StartText) in text.text(language) }
        lines.add(workshop.title, .heading)
        lines.add("\(workshop.date) · \(workshop.kind.label(language)) · "
            + workshop.journeys.map { $0.name[language] }.joined(separator: ", "), .dim)
        for line in workshop.attendanceLines(language) { lines.add(line, .normal) }
        func section(_ heading: StartText, _ text: String, note: String? = nil) {
            guard !text.isEmpty else { return }
            lines.append(StyledLine(text: ""))
            lines.add(t(heading), .heading)
            lines.add(text, .normal, indent: 2)
            if let note, !note.isEmpty { lines.add(note, .dim, indent: 2) }
        }
        section(.purpose, workshop.frameText(.purpose, language))
        let project = Catalog.bundled.project
        section(.vision, workshop.frameText(.vision, language), note: workshop.frame?.vision == nil ? project?.visionNote[language] : nil)
        let journeys = Set(workshop.journeys.map(\.id))
        let goals = Catalog.bundled.effectGoals.filter { !journeys.isDisjoint(with: $0.journeys) }
        if !goals.isEmpty {
            lines.append(StyledLine(text: ""))
            lines.add(t(.effectGoals), .heading)
            if let lead = project?.patientGoalsLead[language] { lines.add(lead, .normal, indent: 2) }
            for goal in goals where goal.kind == .patient { lines.add("\(goal.id). \(goal.text[language])", .normal, indent: 4) }
            for goal in goals where goal.kind == .organisation { lines.add("\(goal.label(language)). \(goal.text[language])", .normal, indent: 2) }
            if let footnote = project?.footnote[language] { lines.add("* " + footnote, .dim, indent: 2) }
        }
        section(.hypothesis, workshop.frameText(.hypothesis, language))
        section(.targetGroups, workshop.frameText(.targetGroups, language))
        section(.delimitations, workshop.frameText(.delimitations, language))
        lines.append(StyledLine(text: ""))
        lines.add(AgendaText.heading.text(language), .heading)
        for (index, item) in workshop.effectiveAgenda.enumerated() {
            let current = state.timer.isStarted && state.timer.item == index ? "▶ " : "  "
            lines.add("\(current)\(item.minutes) min · \(item.name)", .normal, indent: 2)
        }
        if workshop.frame == nil, project != nil {
            lines.append(StyledLine(text: ""))
            lines.add(t(.fromSeed), .dim)
        }
        return lines.lines
    }

    static func render(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        TextView.draw(lines(state), scroll: state.screens.start.scroll, in: area.inset(columns: 1), into: &buffer)
    }
}

enum StartText: Sendable {
    case viewTitle, purpose, vision, effectGoals, hypothesis, targetGroups, delimitations, fromSeed, formTitle, saved

    func text(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .viewTitle: return sv ? "Start" : "Start"
        case .purpose: return sv ? "Syfte" : "Purpose"
        case .vision: return "Vision"
        case .effectGoals: return sv ? "Effektmål – vad vill vi uppnå" : "Effect goals – what we want to achieve"
        case .hypothesis: return sv ? "Arbetshypotes" : "Working hypothesis"
        case .targetGroups: return sv ? "Prioriterade målgrupper" : "Prioritised target groups"
        case .delimitations: return sv ? "Avgränsningar" : "Delimitations"
        case .fromSeed:
            return sv ? "Texterna är projektets egna (Ingen ska falla mellan stolarna); e formulerar om dem för den här workshopen."
                      : "The texts are the project's own (Ingen ska falla mellan stolarna); e rewords them for this workshop."
        case .formTitle: return sv ? "Startsidan för den här workshopen" : "The start page for this workshop"
        case .saved: return sv ? "Startsidan sparad – u ångrar" : "Start page saved – u undoes"
        }
    }
}
