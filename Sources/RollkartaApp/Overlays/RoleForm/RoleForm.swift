import Foundation
import RollkartaModel

/// `r` in the role walk: the room rewords a role (title, short name, description, examples, in
/// Swedish and English) or sorts it into the other tier, and says why; kept as a revision.
/// `a`: a new role, or a variant of the selected one ("5C" after 5 and 5B), the same way.
enum RoleForm {
    /// What this form is for, and how it saves.
    enum Purpose: FormPurpose, Equatable {
        /// A role reworded or sorted into the other tier, with why.
        case role(RoleKey)
        /// A new role or variant in a journey, with why.
        case newRole(JourneyID)

        func save(_ form: FormState, _ state: inout AppState) -> FormResult {
            switch self {
            case .role: return RoleForm.save(form, &state)
            case .newRole: return RoleForm.saveNew(form, &state)
            }
        }
    }

    static func make(_ state: AppState) -> FormState? {
        guard let cell = SelectedCell(state) else { return nil }
        let language = state.language
        // What a participant said about the role: the revision may answer one of those.
        let subject = VerificationSubject.role(journey: cell.journey.id, role: cell.role.id)
        let said = state.workshop.answers.filter { $0.subject == subject && ($0.vote != .yes || !$0.comment.isEmpty) }.map { answer in
            who(answer.participant, state.workshop) + ": " + answer.vote.label(language)
                + (answer.comment.isEmpty ? "" : " – " + answer.comment.replacingNewlines())
        }
        return FormState(purpose: Purpose.role(cell.roleKey), title: RoleWalkText.of(language).formTitle(cell.role.id),
                         fields: wordingFields(cell.role, language) + [.text("reason", RoleWalkText.of(language).reason, "", multiline: true),
                                                                       respondsTo(said, selected: nil, language)])
    }

    /// A variant of the selected role (its wording to start from), or with `draft` a role as a
    /// participant suggested it (the suggestion's text as its description and reason).
    static func makeNew(_ state: AppState, draft: Suggestion? = nil) -> FormState? {
        guard let journey = state.currentJourney else { return nil }
        let language = state.language
        let selected = SelectedCell(state)?.role
        let base = selected.map { $0.variantOf ?? $0.id }
        var start = draft == nil ? selected.flatMap { role in journey.role(role.variantOf ?? role.id) }
            : nil
        if start == nil {
            start = WorkshopRole(id: "", tier: selected?.tier ?? .primary, title: Localized(sv: "", en: ""),
                                 description: Localized(sv: draft?.text ?? "", en: ""), examples: LocalizedList(sv: [], en: []))
        }
        let options = [FormField.Option(id: "", label: RoleWalkText.of(language).notAVariant)]
            + journey.roles.filter { $0.variantOf == nil }.map { FormField.Option(id: $0.id, label: "\($0.id) \($0.title[language])") }
        let variantOf = draft == nil ? base : nil
        let suggested = state.workshop.suggestions.map { suggestion in
            RoleWalkText.of(language).suggestionBy(who(suggestion.participant, state.workshop), suggestion.text.replacingNewlines())
        }
        let drafted = draft.map { RoleWalkText.of(language).suggestionBy(who($0.participant, state.workshop), $0.text.replacingNewlines()) }
        let fields: [FormField] = [
            .text("id", RoleWalkText.of(language).roleID,
                  journey.suggestedRoleID(variantOf: variantOf, used: state.workshop.roleIDsEverUsed(in: journey.id))),
            FormField(id: "variantOf", label: RoleWalkText.of(language).variantOf,
                      value: .choice(options: options, selected: options.firstIndex { $0.id == (variantOf ?? "") } ?? 0)),
        ] + wordingFields(start!, language) + [
            .text("reason", RoleWalkText.of(language).reason, draft == nil ? "" : RoleWalkText.of(language).fromSuggestion,
                  multiline: true),
            respondsTo(suggested, selected: drafted, language),
        ]
        return FormState(purpose: Purpose.newRole(journey.id), title: RoleWalkText.of(language).newRoleTitle, fields: fields)
    }

    /// "Svarar på": none, or one of what participants said (kept as it reads).
    private static func respondsTo(_ said: [String], selected: String?, _ language: Language) -> FormField {
        let options = [FormField.Option(id: "", label: "–")] + said.map { FormField.Option(id: $0, label: $0) }
        return FormField(id: "respondsTo", label: RoleWalkText.of(language).respondsTo,
                         value: .choice(options: options, selected: options.firstIndex { $0.id == selected } ?? 0))
    }

    /// "BUP (AB)": the participant as the room knows them.
    private static func who(_ id: Participant.ID, _ workshop: Workshop) -> String {
        guard let participant = workshop.participants.first(where: { $0.id == id }) else { return id.rawValue }
        return participant.shownName
    }

    private static func wordingFields(_ role: WorkshopRole, _ language: Language) -> [FormField] {
        func text(_ id: String, _ label: String, _ value: String, multiline: Bool = false) -> FormField {
            .text(id, label, value, multiline: multiline)
        }
        let t = RoleWalkText.of(language)
        return [
            text("titleSv", t.titleSv, role.title.sv), text("titleEn", t.titleEn, role.title.en),
            text("labelSv", t.labelSv, role.label?.sv ?? ""), text("labelEn", t.labelEn, role.label?.en ?? ""),
            text("descriptionSv", t.descriptionSv, role.description.sv, multiline: true),
            text("descriptionEn", t.descriptionEn, role.description.en, multiline: true),
            text("examplesSv", t.examplesSv, role.examples.sv.joined(separator: "\n"), multiline: true),
            text("examplesEn", t.examplesEn, role.examples.en.joined(separator: "\n"), multiline: true),
            .choice("tier", RoleWalkText.of(language).tier, role.tier, language: language),
        ]
    }

    /// The form's wording on top of `role`. A short name left empty is none: the map then
    /// shortens the title, as for files made before there were labels.
    private static func reworded(_ role: WorkshopRole, _ form: FormState) -> WorkshopRole {
        func lines(_ id: String) -> [String] {
            (form[id]?.text ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var role = role
        role.title = Localized(sv: form.trimmed("titleSv"), en: form.trimmed("titleEn"))
        let label = Localized(sv: form.trimmed("labelSv"), en: form.trimmed("labelEn"))
        role.label = label.sv.isEmpty && label.en.isEmpty ? nil : label
        role.description = Localized(sv: form.trimmed("descriptionSv"), en: form.trimmed("descriptionEn"))
        role.examples = LocalizedList(sv: lines("examplesSv"), en: lines("examplesEn"))
        role.tier = form["tier"]?.choice.flatMap(RoleTier.init(rawValue:)) ?? role.tier
        return role
    }

    /// The reworded role and its revision, as one step to undo.
    static func save(_ form: FormState, _ state: inout AppState) -> FormResult {
        guard case .role(let key)? = form.purpose as? Purpose, let old = state.workshop.journey(key.journey)?.role(key.role) else {
            return .problem("")
        }
        let language = state.language
        let role = reworded(old, form)
        guard role != old else { return .problem(RoleWalkText.of(language).nothingChanged) }
        let reason = form.trimmed("reason")
        guard !reason.isEmpty else { return .problem(RoleWalkText.of(language).reasonRequired) }
        let revision = RoleRevision(journey: key.journey, role: key.role, before: old, after: role, reason: reason,
                                    date: state.today(), respondsTo: form["respondsTo"]?.optionalChoice)
        let result = FormResult.of(&state, .batch([.role(key, role), .revision(revision, recorded: true)]),
                                   message: RoleWalkText.of(language).roleSaved(role.id))
        return warnOfLabelClash(result, key, &state)
    }

    /// The new role after its base and the base's variants (a variant), else after the selected
    /// role; selected on the map and in the walk once saved.
    static func saveNew(_ form: FormState, _ state: inout AppState) -> FormResult {
        guard case .newRole(let journeyID)? = form.purpose as? Purpose, let journey = state.workshop.journey(journeyID) else { return .problem("") }
        let language = state.language
        let id = form.trimmed("id")
        if journey.role(id) != nil { return .problem(RoleWalkText.of(language).roleExists(id)) }
        if let retired = state.workshop.retirement(of: RoleKey(journey: journeyID, role: id)) {
            return .problem(RoleWalkText.of(language).roleIDRetired(id, retired.date))
        }
        if state.workshop.roleIDsEverUsed(in: journeyID).contains(id) {
            return .problem(RoleWalkText.of(language).roleIDUsedBefore(id))
        }
        let variantOf = form["variantOf"]?.optionalChoice
        let blank = WorkshopRole(id: id, tier: .primary, variantOf: variantOf, title: Localized(sv: "", en: ""),
                                 description: Localized(sv: "", en: ""), examples: LocalizedList(sv: [], en: []))
        let role = reworded(blank, form)
        let reason = form.trimmed("reason")
        guard !reason.isEmpty else { return .problem(RoleWalkText.of(language).reasonRequired) }
        let after: Int? = if let variantOf {
            journey.roles.lastIndex { $0.id == variantOf || $0.variantOf == variantOf }
        } else {
            SelectedCell(state).flatMap { cell in journey.roles.firstIndex { $0.id == cell.role.id } }
        }
        let index = after.map { $0 + 1 } ?? journey.roles.count
        let key = RoleKey(journey: journeyID, role: id)
        let revision = RoleRevision(journey: journeyID, role: id, before: nil, after: role, reason: reason, date: state.today(),
                                    respondsTo: form["respondsTo"]?.optionalChoice)
        let result = FormResult.of(&state, .batch([.role(key, role, at: index), .revision(revision, recorded: true)]),
                                   message: RoleWalkText.of(language).roleAdded(id))
        if case .saved = result { state.position.row = index }
        return warnOfLabelClash(result, key, &state)
    }

    /// A short name that now reads like another role's: the room is told at once.
    private static func warnOfLabelClash(_ result: FormResult, _ key: RoleKey, _ state: inout AppState) -> FormResult {
        if case .saved = result, let clash = state.workshop.journey(key.journey)?.labelClashes(state.language)
            .first(where: { $0.contains { $0.id == key.role } }) {
            let roles = clash.map(\.id).joined(separator: ", ")
            return .saved([.save], message: RoleWalkText.of(state.language).labelClash(roles))
        }
        return result
    }
}

extension WorkshopJourney {
    /// The id a new role is offered: the base's next variant letter ("5C" after 5 and 5B), or one
    /// more than the highest number ever used ("14"); `used` holds the ids of retired roles too.
    func suggestedRoleID(variantOf base: String?, used: Set<String>) -> String {
        let used = used.union(roles.map(\.id))
        if let base {
            for letter in "BCDEFGHIJKLMNOPQRSTUVWXYZ" where !used.contains(base + String(letter)) { return base + String(letter) }
        }
        let highest = used.compactMap { Int($0.prefix { $0.isNumber }) }.max() ?? 0
        return String(highest + 1)
    }
}
