import Foundation
import RollkartaModel

/// `t` in the Verification view: a show of hands in the room about the selected subject.
enum TallyForm {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// A show of hands in the room about one subject.
        case tally(VerificationSubject)

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            return TallyForm.save(form, &state)
        }
    }

    static func make(_ state: AppState) -> FormState? {
        guard let result = VerificationScreen.selected(state) else { return nil }
        let language = state.language
        let tally = result.tally
        let fields: [FormField] = [
            .text("yes", Vote.yes.label(language), tally.map { String($0.yes) } ?? ""),
            .text("no", Vote.no.label(language), tally.map { String($0.no) } ?? ""),
            .text("discuss", Vote.discuss.label(language), tally.map { String($0.discuss) } ?? ""),
            .text("note", FormText.of(language).fieldNote, tally?.note ?? ""),
        ]
        return FormState(purpose: Purpose.tally(result.subject),
                         title: FormText.of(language).tallyTitle + " · "
                            + SubjectText.name(result.subject, in: state.workshop, language),
                         fields: fields)
    }

    /// Empty counts are 0; all zero and no note takes the show of hands away. A count that is
    /// not a whole number of 0 or more keeps the form open, saying so.
    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        guard case .tally(let subject)? = form.purpose as? Purpose else { return .problem("") }
        var counts: [Int] = []
        for key in ["yes", "no", "discuss"] {
            let text = (form[key]?.text ?? "").trimmingCharacters(in: .whitespaces)
            guard let count = text.isEmpty ? 0 : Int(text), count >= 0 else {
                return .problem(FormText.of(state.language).countRequired(text))
            }
            counts.append(count)
        }
        let note = form["note"]?.text ?? ""
        let tally = counts.contains(where: { $0 > 0 }) || !note.isEmpty
            ? Tally(subject: subject, yes: counts[0], no: counts[1], discuss: counts[2], note: note,
                    seen: state.workshop.subjectHashes[subject])
            : nil
        return .of(&state, .tally(subject, tally), message: FormText.of(state.language).tallySaved)
    }
}
