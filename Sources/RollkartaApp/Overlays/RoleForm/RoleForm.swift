import Foundation
import RollkartaModel

/// `r` in the role walk: the room rewords a role (title, short name, description, examples, in
/// Swedish and English) or sorts it into the other tier, and says why; kept as a revision.
enum RoleForm {
    static func make(_ state: AppState) -> FormState? {
        guard let cell = SelectedCell(state) else { return nil }
        let role = cell.role
        let language = state.language
        func text(_ id: String, _ label: RoleWalkText, _ value: String, multiline: Bool = false) -> FormField {
            .text(id, label.text(language), value, multiline: multiline)
        }
        let fields: [FormField] = [
            text("titleSv", .titleSv, role.title.sv), text("titleEn", .titleEn, role.title.en),
            text("labelSv", .labelSv, role.gridLabel.sv), text("labelEn", .labelEn, role.gridLabel.en),
            text("descriptionSv", .descriptionSv, role.description.sv, multiline: true),
            text("descriptionEn", .descriptionEn, role.description.en, multiline: true),
            text("examplesSv", .examplesSv, role.examples.sv.joined(separator: "\n"), multiline: true),
            text("examplesEn", .examplesEn, role.examples.en.joined(separator: "\n"), multiline: true),
            .choice("tier", RoleWalkText.tier.text(language), role.tier, language: language),
            text("reason", .reason, "", multiline: true),
        ]
        return FormState(purpose: .role(cell.roleKey), title: RoleWalkText.formTitle(role.id).text(language), fields: fields)
    }

    /// The reworded role and its revision, as one step to undo.
    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        guard case .role(let key) = form.purpose, let old = state.workshop.journey(key.journey)?.role(key.role) else {
            return .problem("")
        }
        let language = state.language
        func lines(_ id: String) -> [String] {
            (form[id]?.text ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var role = old
        role.title = Localized(sv: form.trimmed("titleSv"), en: form.trimmed("titleEn"))
        role.label = Localized(sv: form.trimmed("labelSv"), en: form.trimmed("labelEn"))
        if role.label == old.gridLabel && old.label == nil { role.label = nil }  // still the file's own fallback
        role.description = Localized(sv: form.trimmed("descriptionSv"), en: form.trimmed("descriptionEn"))
        role.examples = LocalizedList(sv: lines("examplesSv"), en: lines("examplesEn"))
        role.tier = form["tier"]?.choice.flatMap(RoleTier.init(rawValue:)) ?? old.tier
        guard role != old else { return .problem(RoleWalkText.nothingChanged.text(language)) }
        let reason = form.trimmed("reason")
        guard !reason.isEmpty else { return .problem(RoleWalkText.reasonRequired.text(language)) }
        let revision = RoleRevision(journey: key.journey, role: key.role, before: old, after: role, reason: reason,
                                    date: CalendarDay.string())
        let result = FormResult.of(&state, .batch([.role(key, role), .revision(revision, recorded: true)]),
                                   message: RoleWalkText.roleSaved(role.id).text(language))
        // A short name that now reads like another role's: the room is told at once.
        if case .saved = result, let clash = state.workshop.journey(key.journey)?.labelClashes(language)
            .first(where: { $0.contains { $0.id == key.role } }) {
            let roles = clash.map(\.id).joined(separator: ", ")
            return .saved([.save], message: RoleWalkText.labelClash(roles).text(language))
        }
        return result
    }
}
