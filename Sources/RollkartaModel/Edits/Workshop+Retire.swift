/// Retiring a role or a step: what uses it (everything the table of references in
/// References.swift lists) moves to another one the facilitator chooses, or it is refused with
/// the list of what uses it. One batch, so one undo brings everything back where it was.
extension Workshop {
    /// The edit that retires a role: its uses moved to `target` (refused when it has uses and
    /// no target is given), the role taken out, and a revision with the reason.
    /// Where the target already has what is moved (a cell at the same step, a note, the same
    /// participant's answer), the two are joined: actors as a set, texts one after the other.
    public func retire(role key: RoleKey, movingTo target: String?, reason: String, date: String)
        throws(EditRefusal) -> WorkshopEdit {
        guard let journey = journey(key.journey), let role = journey.role(key.role) else { throw EditRefusal(.unknownRole(key.role)) }
        let uses = uses(of: key)
        guard let target else {
            if uses.total > 0 { throw EditRefusal(.inUse(key.role, uses: uses)) }
            return .batch([.role(key, nil), .revision(RoleRevision(journey: key.journey, role: key.role, before: role, after: nil,
                                                                   reason: reason, date: date), recorded: true)])
        }
        guard target != key.role, journey.role(target) != nil else { throw EditRefusal(.unknownRole(target)) }
        var edits = moves(of: .role(key), to: .role(RoleKey(journey: key.journey, role: target)))
        edits.append(.role(key, nil))
        edits.append(.revision(RoleRevision(journey: key.journey, role: key.role, before: role, after: nil,
                                            reason: reason, date: date), recorded: true))
        return .batch(edits)
    }

    /// The edit that retires a step: its cells, gaps and handovers moved to `target` (refused
    /// when it has uses and no target is given), the step taken out.
    public func retire(step key: StepKey, movingTo target: String?) throws(EditRefusal) -> WorkshopEdit {
        guard let journey = journey(key.journey), journey.step(key.step) != nil else {
            throw EditRefusal(.unknownPlace(key.label))
        }
        let uses = uses(of: key)
        guard let target else {
            if uses.total > 0 { throw EditRefusal(.inUse(key.step, uses: uses)) }
            return .step(key, nil)
        }
        guard target != key.step, journey.step(target) != nil else { throw EditRefusal(.unknownPlace(target)) }
        var edits = moves(of: .step(key), to: .step(StepKey(journey: key.journey, step: target)))
        edits.append(.step(key, nil))
        return .batch(edits)
    }

    /// Every use of a role or step moved to another of the same journey, kind by kind as the
    /// table of references lists them. Where the target already has what is moved (a cell at
    /// the same step, a note, the same participant's answer), the two are joined: actors as a
    /// set, texts one after the other.
    private func moves(of old: Referent, to new: Referent) -> [WorkshopEdit] {
        func moved<E: Referring>(_ list: [E], _ edit: (E) -> WorkshopEdit) -> [WorkshopEdit] {
            list.filter { $0.refers(to: old) }.map { element in
                var changed = element
                changed.replace(old, with: new)
                return edit(changed)
            }
        }
        var edits: [WorkshopEdit] = []
        for referrer in Referrer.allCases {
            switch referrer {
            case .cells:
                for cell in assignments where cell.refers(to: old) {
                    var place = cell
                    place.replace(old, with: new)
                    var joined = assignment(at: place.key) ?? place
                    joined.actors += cell.actors.filter { !joined.actors.contains($0) }
                    edits += [.assignment(cell.key, nil), .assignment(joined.key, joined)]
                }
            case .gaps: edits += moved(gaps) { .gap($0.id, $0) }
            case .handovers: edits += moved(handovers) { .handover($0.id, $0) }
            case .insights: edits += moved(insights) { .insight($0.id, $0) }
            case .expectations: edits += moved(expectations) { .expectation($0.id, $0) }
            case .missions: edits += moved(missions) { .mission($0.organisation, $0) }
            case .aliases: edits += moved(aliases) { .alias($0.name, $0) }
            case .sessions: edits += moved(sessions) { .session($0.id, $0) }
            case .notes:
                for note in roleNotes where note.refers(to: old) {
                    var place = note
                    place.replace(old, with: new)
                    var joined = roleNote(place.key) ?? RoleNote(journey: place.journey, role: place.role)
                    joined.needs = Self.joined(joined.needs, note.needs)
                    joined.obstacles = Self.joined(joined.obstacles, note.obstacles)
                    joined.entersWhere = Self.joined(joined.entersWhere, note.entersWhere)
                    joined.whoTakesOver = Self.joined(joined.whoTakesOver, note.whoTakesOver)
                    edits += [.roleNote(note.key, nil), .roleNote(joined.key, joined)]
                }
            case .answers:
                for answer in answers where answer.refers(to: old) {
                    var place = answer
                    place.replace(old, with: new)
                    let joined: VerificationAnswer
                    if let existing = answers.first(where: { $0.key == place.key }) {
                        // The participant answered both: theirs about the target stands; what they said
                        // about the retired one stays readable in its comment.
                        var kept = existing
                        if !answer.comment.isEmpty { kept.comment = Self.joined(existing.comment, "\(old.id): \(answer.comment)") }
                        joined = kept
                    } else {
                        // Given to the retired one's text: its hash never matches the target's, so the
                        // answer is shown as stale and never counted (also one from before hashes were kept).
                        var kept = place
                        kept.seen = answer.seen ?? subjectHashes[answer.subject]
                        joined = kept
                    }
                    edits += [.answer(answer.key, nil), .answer(joined.key, joined)]
                }
            case .tallies:
                for tally in tallies where tally.refers(to: old) {
                    var place = tally
                    place.replace(old, with: new)
                    var joined = tallies.first { $0.subject == place.subject }
                        ?? Tally(subject: place.subject, yes: 0, no: 0, discuss: 0, seen: tally.seen ?? subjectHashes[tally.subject])
                    joined.yes += tally.yes
                    joined.no += tally.no
                    joined.discuss += tally.discuss
                    joined.note = Self.joined(joined.note, tally.note)
                    edits += [.tally(tally.subject, nil), .tally(joined.subject, joined)]
                }
            case .positions:
                for position in positions where position.refers(to: old) {
                    var place = position
                    place.replace(old, with: new)
                    var joined = positions.first { $0.key == place.key } ?? RolePosition(journey: place.journey, role: place.role,
                                                                                          actor: place.actor, positions: "")
                    joined.positions = Self.joined(joined.positions, position.positions, separator: ", ")
                    edits += [.position(position.key, nil), .position(joined.key, joined)]
                }
            case .variants:
                // A variant of the retired role becomes a variant of the target (the target itself, a base).
                guard case .role(let from) = old, case .role(let to) = new, let journey = journey(from.journey) else { continue }
                for var variant in journey.roles where variant.variantOf == from.role {
                    variant.variantOf = variant.id == to.role ? nil : to.role
                    edits.append(.role(RoleKey(journey: from.journey, role: variant.id), variant))
                }
            case .revisions:
                break // history keeps the name it had
            }
        }
        return edits
    }

    private static func joined(_ first: String, _ second: String, separator: String = "\n") -> String {
        [first, second].filter { !$0.isEmpty }.joined(separator: separator)
    }
}
