import RollkartaJSON

extension WorkshopMerge {
    /// Settles a conflict: keeping what the file holds, or putting in the other side's value.
    /// Returns a message instead when the other side's value cannot go in (an actor still used
    /// elsewhere cannot be deleted, say); then nothing changes.
    public static func resolve(_ conflictID: String, taking side: MergeConflict.Side,
                               in workshop: inout Workshop, language: Language) -> String? {
        guard let conflict = workshop.conflicts.first(where: { $0.id == conflictID }) else { return nil }
        var changed = workshop
        changed.conflicts.removeAll { $0.id == conflictID }
        if side != conflict.kept {
            let value = conflict.other.flatMap(JSONValue.init(text:))
            let applied: Bool
            switch conflict.collection {
            case .workshop: applied = setField(conflict.field, to: value, in: &changed)
            case .journeys: applied = put(value, conflict, in: &changed.journeys) { $0.id.rawValue }
            case .actors: applied = put(value, conflict, in: &changed.actors) { $0.id.rawValue }
            case .participants: applied = put(value, conflict, in: &changed.participants) { $0.id.rawValue }
            case .assignments: applied = put(value, conflict, in: &changed.assignments) { $0.key.label }
            case .gaps: applied = put(value, conflict, in: &changed.gaps) { $0.id.rawValue }
            case .handovers: applied = put(value, conflict, in: &changed.handovers) { $0.id.rawValue }
            case .roleNotes: applied = put(value, conflict, in: &changed.roleNotes) { $0.key.label }
            case .answers: applied = put(value, conflict, in: &changed.answers) { $0.key.label }
            case .tallies: applied = put(value, conflict, in: &changed.tallies) { $0.subject.label }
            case .revisions: applied = put(value, conflict, in: &changed.revisions) { $0.label }
            case .positions: applied = put(value, conflict, in: &changed.positions) { $0.key.label }
            case .suggestions: applied = put(value, conflict, in: &changed.suggestions) { $0.label }
            case .expectations: applied = put(value, conflict, in: &changed.expectations) { $0.id.rawValue }
            case .missions: applied = put(value, conflict, in: &changed.missions) { $0.organisation.rawValue }
            case .aliases: applied = put(value, conflict, in: &changed.aliases) { $0.key }
            case .sessions: applied = put(value, conflict, in: &changed.sessions) { $0.id.rawValue }
            case .insights: applied = put(value, conflict, in: &changed.insights) { $0.id.rawValue }
            case .activities(let gap):
                guard let index = changed.gaps.firstIndex(where: { $0.id == gap }) else { applied = false; break }
                applied = put(value, conflict, in: &changed.gaps[index].activities) { $0.id.rawValue }
            case .steps(let journey), .roles(let journey):
                guard let index = changed.journeys.firstIndex(where: { $0.id == journey }) else { applied = false; break }
                if case .steps = conflict.collection {
                    applied = put(value, conflict, in: &changed.journeys[index].steps) { $0.id }
                } else {
                    applied = put(value, conflict, in: &changed.journeys[index].roles) { $0.id }
                }
            }
            let problems = Validation.check(changed)
            guard applied, problems.isEmpty else {
                let sv = language == .sv
                let reason = problems.first.map { $0.kind.text(language) } ?? (sv ? "värdet passar inte" : "the value does not fit")
                return sv ? "\(conflict.key): den andra sidans val går inte att ta in (\(reason)); ändra det i kartan först"
                          : "\(conflict.key): the other side's choice cannot be taken (\(reason)); change it on the map first"
            }
        }
        workshop = changed
        return nil
    }

    /// The entity, or one field of it, as the conflict's other side has it; nil removes.
    private static func put<E: Codable>(_ value: JSONValue?, _ conflict: MergeConflict, in list: inout [E],
                                        key: (E) -> String) -> Bool {
        let index = list.firstIndex { key($0) == conflict.key }
        guard let field = conflict.field else {
            guard let value else {
                if let index { list.remove(at: index) }
                return true
            }
            guard let entity = value.decoded(as: E.self) else { return false }
            if let index { list[index] = entity } else { list.append(entity) }
            return true
        }
        guard let index, case .object(var fields) = JSONValue.of(list[index]) else { return false }
        fields[field] = value
        guard let entity = JSONValue.object(fields).decoded(as: E.self) else { return false }
        list[index] = entity
        return true
    }

    private static func setField(_ field: String?, to value: JSONValue?, in workshop: inout Workshop) -> Bool {
        switch (field, value) {
        case ("title", .string(let text)?): workshop.title = text
        case ("date", .string(let text)?): workshop.date = text
        case ("catalogVersion", .string(let text)?): workshop.catalogVersion = text
        case ("kind", .string(let text)?):
            guard let kind = WorkshopKind(rawValue: text) else { return false }
            workshop.kind = kind
        case ("agenda", let value?):
            guard let agenda = value.decoded(as: [AgendaItem].self) else { return false }
            workshop.agenda = agenda
        case ("frame", nil), ("frame", .null?): workshop.frame = nil
        case ("frame", let value?):
            guard let frame = value.decoded(as: WorkshopFrame.self) else { return false }
            workshop.frame = frame
        default: return false
        }
        return true
    }
}
