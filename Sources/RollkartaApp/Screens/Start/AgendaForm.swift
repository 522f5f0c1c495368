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
        return FormState(purpose: Purpose.agenda, title: AgendaText.title.text(state.language),
                         fields: [.text("agenda", AgendaText.field.text(state.language), text, multiline: true)])
    }

    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        let old = state.workshop.effectiveAgenda
        var items: [AgendaItem] = []
        for (number, line) in form.trimmed("agenda").split(separator: "\n").enumerated() {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            let digits = text.prefix { $0.isNumber }
            let name = text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
            guard let minutes = Int(digits), !name.isEmpty else { return .problem(AgendaText.badLine(number + 1).text(state.language)) }
            items.append(AgendaItem(name: name, minutes: minutes, view: old.first { $0.name == name }?.view))
        }
        let isDefault = items == Workshop.defaultAgenda(state.workshop.kind)
        return .of(&state, .agenda(isDefault ? [] : items), message: AgendaText.saved.text(state.language))
    }
}

enum AgendaText: Sendable {
    case title, field, badLine(Int), saved, heading

    func text(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .title: return sv ? "Agenda" : "Agenda"
        case .field: return sv ? "En punkt per rad: minuter och namn, t.ex. 30 Rollerna: genomgång" : "One item per line: minutes and name, e.g. 30 The roles"
        case .badLine(let line): return sv ? "Rad \(line): skriv minuterna först, sedan namnet" : "Line \(line): the minutes first, then the name"
        case .saved: return sv ? "Agendan sparad – F7 startar timern, F8 nästa punkt" : "Agenda saved – F7 starts the timer, F8 the next item"
        case .heading: return sv ? "Agenda (F7 startar/pausar, F8 nästa punkt)" : "Agenda (F7 start/pause, F8 next item)"
        }
    }
}
