import RollkartaModel

/// `n` on the start page: who came to the workshop, one line per organisation ("2" or "2 AB CD":
/// how many, and initials if they like); `c`: the same for a new catch-up session.
enum AttendanceForm {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// Who attended a session (the main one, or a new catch-up).
        case attendance(Session.ID, catchUp: Bool)

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            return AttendanceForm.save(form, &state)
        }
    }

    static func make(_ state: AppState, catchUp: Bool) -> FormState {
        let language = state.language
        let existing = catchUp ? nil : state.workshop.sessions.first { $0.kind == .main }
        let id = existing?.id ?? (catchUp ? state.workshop.nextSessionID : Session.ID(rawValue: "main"))
        var fields: [FormField] = [.text("date", AttendanceText.of(language).date, existing?.date ?? (catchUp ? state.today() : state.workshop.date))]
        for actor in state.workshop.actors {
            let entry = existing?.attendance.first { $0.organisation == actor.id }
            let value = entry.map { "\($0.count)" + ($0.initials.isEmpty ? "" : " " + $0.initials) } ?? ""
            fields.append(.text(actor.id.rawValue, "\(actor.abbreviation) · \(actor.name)", value))
        }
        return FormState(purpose: Purpose.attendance(id, catchUp: catchUp),
                         title: (catchUp ? AttendanceText.of(language).catchUpTitle : AttendanceText.of(language).title), fields: fields)
    }

    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        guard case .attendance(let id, let catchUp)? = form.purpose as? Purpose else { return .problem("") }
        let language = state.language
        var attendance: [Attendance] = []
        for actor in state.workshop.actors {
            let text = form.trimmed(actor.id.rawValue)
            guard !text.isEmpty else { continue }
            let number = text.prefix { $0.isNumber }
            guard let count = Int(number) else { return .problem(AttendanceText.of(language).countFirst(actor.abbreviation)) }
            let initials = text.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
            if count > 0 || !initials.isEmpty { attendance.append(Attendance(organisation: actor.id, count: count, initials: initials)) }
        }
        let session = Session(id: id, kind: catchUp ? .catchUp : .main, date: form.trimmed("date"), attendance: attendance)
        let index = catchUp ? nil : Optional(0)
        return .of(&state, .session(id, session, at: index), message: AttendanceText.of(language).saved(session.total))
    }
}

struct AttendanceText: TextTable {
    let title: String
    let catchUpTitle: String
    let date: String
    let countFirst: @Sendable (String) -> String
    let saved: @Sendable (Int) -> String
    let heading: String
}

extension AttendanceText {
    /// Svenska.
    static let sv = AttendanceText(
        title: "Närvaro: antal per verksamhet (t.ex. 2 eller 2 AB CD)",
        catchUpTitle: "Uppsamlingstillfälle: datum och närvaro",
        date: "Datum (ÅÅÅÅ-MM-DD)",
        countFirst: { name in "\(name): skriv antalet först, t.ex. 2 AB CD" },
        saved: { total in "Närvaron sparad: \(total) deltagare – \(key(.undo)) ångrar" },
        heading: "Närvaro"
    )
}

extension AttendanceText {
    /// English.
    static let en = AttendanceText(
        title: "Attendance: number per organisation (e.g. 2 or 2 AB CD)",
        catchUpTitle: "Catch-up session: date and attendance",
        date: "Date (YYYY-MM-DD)",
        countFirst: { name in "\(name): the number first, e.g. 2 AB CD" },
        saved: { total in "Attendance saved: \(total) participants – \(key(.undo)) undoes" },
        heading: "Attendance"
    )
}
