import RollkartaModel

/// `a` on the start page: the agenda, one item per line as "minutes name" ("30 Rollerna:
/// genomgång"); the view an item uses is kept when its name stays.
enum AgendaForm {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// The agenda's items.
        case agenda

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            return AgendaForm.save(form, &state)
        }
    }

    static func make(_ state: AppState) -> FormState {
        let text = state.workshop.effectiveAgenda.map { "\($0.minutes) \($0.name)" }.joined(separator: "\n")
        return FormState(purpose: Purpose.agenda, title: AgendaText.of(state.language).title,
                         fields: [.text("agenda", AgendaText.of(state.language).field, text, multiline: true)])
    }

    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        let old = state.workshop.effectiveAgenda
        var items: [AgendaItem] = []
        for (number, line) in form.trimmed("agenda").split(separator: "\n").enumerated() {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            let digits = text.prefix { $0.isNumber }
            let name = text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
            guard let minutes = Int(digits), !name.isEmpty else { return .problem(AgendaText.of(state.language).badLine(number + 1)) }
            items.append(AgendaItem(name: name, minutes: minutes, view: old.first { $0.name == name }?.view))
        }
        let isDefault = items == Workshop.defaultAgenda(state.workshop.kind)
        return .of(&state, .agenda(isDefault ? [] : items), message: AgendaText.of(state.language).saved)
    }
}

struct AgendaText: TextTable {
    let title: String
    let field: String
    let badLine: @Sendable (Int) -> String
    let saved: String
    let heading: String
}

extension AgendaText {
    /// Svenska.
    static let sv = AgendaText(
        title: "Agenda",
        field: "En punkt per rad: minuter och namn, t.ex. 30 Rollerna: genomgång",
        badLine: { line in "Rad \(line): skriv minuterna först, sedan namnet" },
        saved: "Agendan sparad – F7 startar timern, F8 nästa punkt",
        heading: "Agenda (F7 startar/pausar, F8 nästa punkt)"
    )
}

extension AgendaText {
    /// English.
    static let en = AgendaText(
        title: "Agenda",
        field: "One item per line: minutes and name, e.g. 30 The roles",
        badLine: { line in "Line \(line): the minutes first, then the name" },
        saved: "Agenda saved – F7 starts the timer, F8 the next item",
        heading: "Agenda (F7 start/pause, F8 next item)"
    )
}
