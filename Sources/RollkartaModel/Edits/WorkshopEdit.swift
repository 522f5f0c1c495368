/// A change to a workshop, as data: what the app asks for, what undo and redo keep. Each is
/// checked before it applies, and applying it returns the edit that undoes it.
///
/// The entity edits set one entity by its key: a value puts it in (replacing the one with that
/// key, or inserting it at `at`, else at the end), nil takes it out. Their inverses put back
/// what was there, at the same place, so undo restores the file exactly.
public enum WorkshopEdit: Equatable, Sendable {
    case assignment(CellKey, Assignment?, at: Int? = nil)
    case actor(Actor.ID, Actor?, at: Int? = nil)
    case gap(Gap.ID, Gap?, at: Int? = nil)
    case handover(Handover.ID, Handover?, at: Int? = nil)
    case roleNote(RoleKey, RoleNote?, at: Int? = nil)
    case tally(VerificationSubject, Tally?, at: Int? = nil)
    /// A role of a journey: reworded in place (its id stays), added (at a place in the list),
    /// or taken out (only when nothing uses it any more: see `retire(role:movingTo:)`).
    case role(RoleKey, WorkshopRole?, at: Int? = nil)
    /// A role moved to another place in its journey's list.
    case moveRole(RoleKey, to: Int)
    /// A step of a journey: renamed, added or taken out (only when nothing uses it).
    case step(StepKey, JourneyStep?, at: Int? = nil)
    /// A step moved to another place in its journey.
    case moveStep(StepKey, to: Int)
    /// The positions that hold a role at one organisation.
    case position(PositionKey, RolePosition?, at: Int? = nil)
    /// A participant's answer, moved with a retired role to the role that took its place.
    case answer(AnswerKey, VerificationAnswer?, at: Int? = nil)
    /// A workshop-1 item: added, changed, answered, merged into another (taken out), split again.
    case expectation(ExpectationItem.ID, ExpectationItem?, at: Int? = nil)
    /// An organisation's uppdrag.
    case mission(Actor.ID, OrganisationMission?, at: Int? = nil)
    /// Another name of an organisation, by the name (compared without case).
    case alias(String, OrganisationAlias?, at: Int? = nil)
    /// Something a participant said, or a next step.
    case insight(Insight.ID, Insight?, at: Int? = nil)
    /// The whole agenda at once (empty: the default for the workshop's kind).
    case agenda([AgendaItem])
    /// A session and its attendance.
    case session(Session.ID, Session?, at: Int? = nil)
    /// The start page's own wording (nil: the catalog's throughout).
    case frame(WorkshopFrame?)
    /// A participant's suggestion set aside (nil) or put back.
    case suggestion(String, Suggestion?, at: Int? = nil)
    /// A revision recorded (true) or taken back (false, the last one equal to it).
    case revision(RoleRevision, recorded: Bool)
    /// Settles a merge conflict by keeping one side's value.
    case settleConflict(String, taking: MergeConflict.Side)
    /// The whole workshop at once: reading the file in again, and the undoing of a settled conflict.
    case replaceWorkshop(Workshop)
    /// Several edits as one step (a new actor and the cell that names it), undone together.
    /// Ids recorded as retired (a removed gap's, handover's, activity's or step's), or taken
    /// out of that record again (its removal undone). Removals record their ids themselves.
    case retiredIDs([String], recorded: Bool)
    indirect case batch([WorkshopEdit])
}

extension Workshop {
    /// Checks the edit and applies it; the edit that undoes it. Nothing changes when it is refused.
    @discardableResult
    public mutating func apply(_ edit: WorkshopEdit, language: Language = .sv) throws(EditRefusal) -> WorkshopEdit {
        var changed = self
        let inverse = try changed.applyUnchecked(edit, language: language)
        self = changed
        return inverse
    }

    private mutating func applyUnchecked(_ edit: WorkshopEdit, language: Language) throws(EditRefusal) -> WorkshopEdit {
        switch edit {
        case .assignment(let key, let value, let index):
            if let value { try check(value, at: key) }
            let (old, oldIndex) = Self.set(value, at: index, in: &assignments) { $0.key == key }
            return .assignment(key, old, at: oldIndex)
        case .actor(let id, let value, let index):
            if let value { try check(value) } else if actor(id) != nil { try checkUnused(actor: id) }
            let (old, oldIndex) = Self.set(value, at: index, in: &actors) { $0.id == id }
            return .actor(id, old, at: oldIndex)
        case .gap(let id, let value, let index):
            if let value { try check(value) } else { try checkUnused(.gap(id)) }
            let (old, oldIndex) = Self.set(value, at: index, in: &gaps) { $0.id == id }
            func ids(_ gap: Gap?) -> Set<String> { Set(gap.map { [$0.id.rawValue] + $0.activities.map(\.id.rawValue) } ?? []) }
            return retiring(ids(old).subtracting(ids(value)), added: ids(value).subtracting(ids(old)), inverse: .gap(id, old, at: oldIndex))
        case .handover(let id, let value, let index):
            if let value { try check(value) } else { try checkUnused(.handover(id)) }
            let (old, oldIndex) = Self.set(value, at: index, in: &handovers) { $0.id == id }
            return retiring(old != nil && value == nil ? [id.rawValue] : [], added: old == nil && value != nil ? [id.rawValue] : [],
                            inverse: .handover(id, old, at: oldIndex))
        case .roleNote(let key, let value, let index):
            if value != nil, journey(key.journey)?.role(key.role) == nil { throw EditRefusal(.unknownRole(key.role)) }
            let (old, oldIndex) = Self.set(value, at: index, in: &roleNotes) { $0.key == key }
            return .roleNote(key, old, at: oldIndex)
        case .tally(let subject, let value, let index):
            if let value, [value.yes, value.no, value.discuss].contains(where: { $0 < 0 }) { throw EditRefusal(.negativeCount) }
            let (old, oldIndex) = Self.set(value, at: index, in: &tallies) { $0.subject == subject }
            return .tally(subject, old, at: oldIndex)
        case .role(let key, let value, let index):
            guard let journey = journeys.firstIndex(where: { $0.id == key.journey }) else {
                throw EditRefusal(.unknownPlace(key.journey.rawValue))
            }
            if let value { try check(value, at: key, in: journeys[journey]) } else { try checkUnused(role: key) }
            let (old, oldIndex) = Self.set(value, at: index, in: &journeys[journey].roles) { $0.id == key.role }
            return .role(key, old, at: oldIndex)
        case .moveRole(let key, let target):
            guard let journey = journeys.firstIndex(where: { $0.id == key.journey }),
                  let from = journeys[journey].roles.firstIndex(where: { $0.id == key.role }) else {
                throw EditRefusal(.unknownRole(key.role))
            }
            Self.move(from: from, to: target, in: &journeys[journey].roles)
            return .moveRole(key, to: from)
        case .step(let key, let value, let index):
            guard let journey = journeys.firstIndex(where: { $0.id == key.journey }) else {
                throw EditRefusal(.unknownPlace(key.journey.rawValue))
            }
            if let value { try check(value, at: key) } else { try checkUnused(step: key) }
            let (old, oldIndex) = Self.set(value, at: index, in: &journeys[journey].steps) { $0.id == key.step }
            return retiring(old != nil && value == nil ? [key.label] : [], added: old == nil && value != nil ? [key.label] : [],
                            inverse: .step(key, old, at: oldIndex))
        case .moveStep(let key, let target):
            guard let journey = journeys.firstIndex(where: { $0.id == key.journey }),
                  let from = journeys[journey].steps.firstIndex(where: { $0.id == key.step }) else {
                throw EditRefusal(.unknownPlace("\(key.journey.rawValue)/\(key.step)"))
            }
            Self.move(from: from, to: target, in: &journeys[journey].steps)
            return .moveStep(key, to: from)
        case .position(let key, let value, let index):
            if value != nil {
                guard journey(key.journey)?.role(key.role) != nil else { throw EditRefusal(.unknownRole(key.role)) }
                try checkActors([key.actor])
            }
            let (old, oldIndex) = Self.set(value, at: index, in: &positions) { $0.key == key }
            return .position(key, old, at: oldIndex)
        case .answer(let key, let value, let index):
            if let value {
                guard value.key == key, contains(key.subject) else { throw EditRefusal(.unknownPlace(key.subject.label)) }
            }
            let (old, oldIndex) = Self.set(value, at: index, in: &answers) { $0.key == key }
            return .answer(key, old, at: oldIndex)
        case .expectation(let id, let value, let index):
            if let value { try check(value, id: id) } else if expectation(id) != nil { try checkUnused(.expectation(id)) }
            let (old, oldIndex) = Self.set(value, at: index, in: &expectations) { $0.id == id }
            return .expectation(id, old, at: oldIndex)
        case .mission(let organisation, let value, let index):
            if value != nil { try checkActors([organisation]) }
            let (old, oldIndex) = Self.set(value, at: index, in: &missions) { $0.organisation == organisation }
            return .mission(organisation, old, at: oldIndex)
        case .alias(let name, let value, let index):
            let key = OrganisationAlias.key(name)
            if let value {
                guard value.key == key, !key.isEmpty else { throw EditRefusal(.itemTextRequired) }
                try checkActors([value.organisation])
            }
            let (old, oldIndex) = Self.set(value, at: index, in: &aliases) { $0.key == key }
            return .alias(name, old, at: oldIndex)
        case .insight(let id, let value, let index):
            if let value {
                guard value.id == id, !value.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw EditRefusal(.itemTextRequired)
                }
                try checkReferences(of: value)
            }
            let (old, oldIndex) = Self.set(value, at: index, in: &insights) { $0.id == id }
            return .insight(id, old, at: oldIndex)
        case .agenda(let items):
            if items.contains(where: { $0.minutes < 0 }) { throw EditRefusal(.negativeCount) }
            let old = agenda
            agenda = items
            return .agenda(old)
        case .session(let id, let value, let index):
            if let value {
                guard value.id == id, Checker.isISODate(value.date) else { throw EditRefusal(.unknownPlace(value.date)) }
                if value.attendance.contains(where: { $0.count < 0 }) { throw EditRefusal(.negativeCount) }
                try checkActors(value.attendance.map(\.organisation))
            }
            let (old, oldIndex) = Self.set(value, at: index, in: &sessions) { $0.id == id }
            return .session(id, old, at: oldIndex)
        case .frame(let value):
            let old = frame
            frame = value
            return .frame(old)
        case .suggestion(let label, let value, let index):
            let (old, oldIndex) = Self.set(value, at: index, in: &suggestions) { $0.label == label }
            return .suggestion(label, old, at: oldIndex)
        case .revision(let revision, let recorded):
            if recorded {
                revisions.append(revision)
            } else if let index = revisions.lastIndex(of: revision) {
                revisions.remove(at: index)
            }
            return .revision(revision, recorded: !recorded)
        case .settleConflict(let id, let side):
            let before = self
            if let refusal = WorkshopMerge.resolve(id, taking: side, in: &self, language: language) {
                throw EditRefusal(.conflictNotSettled(refusal))
            }
            return .replaceWorkshop(before)
        case .replaceWorkshop(let workshop):
            let before = self
            self = workshop
            return .replaceWorkshop(before)
        case .retiredIDs(let ids, let recorded):
            let changed = recorded ? ids.filter { !retired.contains($0) } : ids.filter { retired.contains($0) }
            retired = recorded ? (retired + changed).sorted() : retired.filter { !changed.contains($0) }
            return .retiredIDs(changed, recorded: !recorded)
        case .batch(let edits):
            var inverses: [WorkshopEdit] = []
            for edit in edits { inverses.append(try applyUnchecked(edit, language: language)) }
            return .batch(inverses.reversed())
        }
    }

    /// Records the ids an edit removed (`gone`) as retired. Its inverse puts back what the edit
    /// changed and leaves the record as it was: it takes out the ids retired here, and those of
    /// what the edit `added` (the inverse removes that, which would retire them), so undo
    /// restores the workshop exactly and redo the edit.
    private mutating func retiring(_ gone: Set<String>, added: Set<String>, inverse: WorkshopEdit) -> WorkshopEdit {
        let new = gone.filter { !retired.contains($0) }
        let compensated = new.union(added.filter { !retired.contains($0) }).sorted()
        retired = (retired + new).sorted()
        guard !compensated.isEmpty else { return inverse }
        return .batch([inverse, .retiredIDs(compensated, recorded: false)])
    }

    /// Moves one element to `target` (clamped to the list); the others keep their order.
    private static func move<E>(from: Int, to target: Int, in list: inout [E]) {
        let element = list.remove(at: from)
        list.insert(element, at: min(max(0, target), list.count))
    }

    /// Puts the value in place of the entity the predicate finds (or inserts it), or takes it
    /// out; what was there before and where.
    private static func set<E>(_ value: E?, at index: Int?, in list: inout [E],
                               where matches: (E) -> Bool) -> (E?, Int?) {
        let found = list.firstIndex(where: matches)
        let old = found.map { list[$0] }
        switch (value, found) {
        case (let value?, let found?):
            list[found] = value
        case (let value?, nil):
            list.insert(value, at: min(max(0, index ?? list.count), list.count))
        case (nil, let found?):
            list.remove(at: found)
        case (nil, nil):
            break
        }
        return (old, found)
    }
}
