import RollkartaModel

/// `n` on the start page: who came to the workshop, one line per organisation ("2" or "2 AB CD":
/// how many, and initials if they like), and an organisation not yet in the workshop added on
/// the spot (attendance is the first thing the room does); `c`: the same for a new catch-up.
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
        // One more organisation, typed in, with how many came from it.
        fields += AssignmentForm.newActorFields(journey: state.journey, language)
        fields.append(.text("newCount", AttendanceText.of(language).newCount, ""))
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
        var edits: [WorkshopEdit] = []
        if let actor = AssignmentForm.newActor(form, state.workshop) {
            let text = form.trimmed("newCount")
            let number = text.prefix { $0.isNumber }
            guard text.isEmpty || !number.isEmpty, let count = text.isEmpty ? 1 : Int(number) else {
                return .problem(AttendanceText.of(language).countFirst(actor.abbreviation))
            }
            edits.append(.actor(actor.id, actor))
            attendance.append(Attendance(organisation: actor.id, count: count,
                                         initials: text.dropFirst(number.count).trimmingCharacters(in: .whitespaces)))
        }
        let session = Session(id: id, kind: catchUp ? .catchUp : .main, date: form.trimmed("date"), attendance: attendance)
        let index = catchUp ? nil : Optional(0)
        return .of(&state, .batch(edits + [.session(id, session, at: index)]), message: AttendanceText.of(language).saved(session.total))
    }
}

struct AttendanceText: TextTable {
    let title: String
    let catchUpTitle: String
    let date: String
    let countFirst: @Sendable (String) -> String
    let newCount: String
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
        newCount: "Antal från den nya organisationen (t.ex. 2 AB CD; tomt: 1)",
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
        newCount: "Number from the new organisation (e.g. 2 AB CD; empty: 1)",
        saved: { total in "Attendance saved: \(total) participants – \(key(.undo)) undoes" },
        heading: "Attendance"
    )
}
