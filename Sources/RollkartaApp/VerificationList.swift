import Foundation
import RollkartaModel

/// The Verification view's state. Votes start hidden at every start, so that the first
/// answers don't steer the room; the facilitator reveals them.
public struct VerificationViewState: Equatable, Sendable {
    public var row = 0
    public var isRevealed = false
    /// Only what must be discussed, most disagreement first.
    public var onlyToDiscuss = false
}

/// What the Verification view lists, and the show-of-hands form.
enum VerificationList {
    static func rows(_ state: AppState) -> [VerificationResult] {
        let results = state.verificationResults
        return state.verificationView.onlyToDiscuss ? results.toDiscuss : results.all
    }

    static func selected(_ state: AppState) -> VerificationResult? {
        let rows = rows(state)
        return rows.indices.contains(state.verificationView.row) ? rows[state.verificationView.row] : nil
    }

    static func tallyForm(_ state: AppState) -> FormState? {
        guard let result = selected(state) else { return nil }
        let language = state.language
        let tally = result.tally
        let fields: [FormField] = [
            .text("yes", Vote.yes.label(language), tally.map { String($0.yes) } ?? ""),
            .text("no", Vote.no.label(language), tally.map { String($0.no) } ?? ""),
            .text("discuss", Vote.discuss.label(language), tally.map { String($0.discuss) } ?? ""),
            .text("note", UIText.fieldNote.text(language), tally?.note ?? ""),
        ]
        return FormState(purpose: .tally(result.subject),
                         title: UIText.tallyTitle.text(language) + " · "
                            + SubjectText.name(result.subject, in: state.workshop, language),
                         fields: fields)
    }

    /// Stores the show of hands (empty counts are 0; all zero and no note removes it).
    /// Returns a problem to show instead when a count is not a whole number of 0 or more.
    static func applyTally(_ form: FormState, subject: VerificationSubject, to workshop: inout Workshop,
                           language: Language) -> String? {
        var counts: [Int] = []
        for key in ["yes", "no", "discuss"] {
            let text = (form[key]?.text ?? "").trimmingCharacters(in: .whitespaces)
            guard let count = text.isEmpty ? 0 : Int(text), count >= 0 else {
                return UIText.countRequired(text).text(language)
            }
            counts.append(count)
        }
        let note = form["note"]?.text ?? ""
        workshop.tallies.removeAll { $0.subject == subject }
        if counts.contains(where: { $0 > 0 }) || !note.isEmpty {
            workshop.tallies.append(Tally(subject: subject, yes: counts[0], no: counts[1], discuss: counts[2], note: note,
                                          seen: workshop.subjectHashes[subject]))
        }
        return nil
    }
}
