/// Retiring a role or a step: what uses it (cells, gaps, handovers, notes, answers, tallies,
/// positions) moves to another one the facilitator chooses, or the retirement is refused with
/// the list of what uses it. One batch, so one undo brings everything back where it was.
extension Workshop {
    /// How much of the workshop refers to a role or a step, by kind.
    public struct Uses: Equatable, Sendable {
        public var cells = 0, gaps = 0, handovers = 0, notes = 0, answers = 0, tallies = 0, positions = 0, variants = 0, insights = 0

        public var total: Int { cells + gaps + handovers + notes + answers + tallies + positions + variants + insights }

        /// "3 celler, 1 glapp, 2 överlämningar".
        public func text(_ language: Language) -> String {
            let sv = language == .sv
            let parts: [(Int, String, String)] = [
                (cells, sv ? "cell" : "cell", sv ? "celler" : "cells"),
                (gaps, sv ? "glapp" : "gap", sv ? "glapp" : "gaps"),
                (handovers, sv ? "överlämning" : "handover", sv ? "överlämningar" : "handovers"),
                (notes, sv ? "anteckning" : "note", sv ? "anteckningar" : "notes"),
                (answers, sv ? "svar" : "answer", sv ? "svar" : "answers"),
                (tallies, sv ? "handuppräckning" : "show of hands", sv ? "handuppräckningar" : "shows of hands"),
                (positions, sv ? "befattningsrad" : "positions line", sv ? "befattningsrader" : "positions lines"),
                (variants, sv ? "variant" : "variant", sv ? "varianter" : "variants"),
                (insights, sv ? "insikt" : "insight", sv ? "insikter" : "insights"),
            ]
            return parts.filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }.joined(separator: ", ")
        }
    }

    public func uses(of key: RoleKey) -> Uses {
        var uses = Uses()
        let subject = VerificationSubject.role(journey: key.journey, role: key.role)
        uses.cells = assignments.count { $0.journey == key.journey && $0.role == key.role }
        uses.gaps = gaps.count { $0.journey == key.journey && $0.role == key.role }
        uses.handovers = handovers.count { [$0.from, $0.to].contains { $0.journey == key.journey && $0.role == key.role } }
        uses.notes = roleNotes.count { $0.key == key }
        uses.answers = answers.count { $0.subject == subject }
        uses.tallies = tallies.count { $0.subject == subject }
        uses.positions = positions.count { $0.journey == key.journey && $0.role == key.role }
        uses.variants = journey(key.journey)?.roles.count { $0.variantOf == key.role } ?? 0
        return uses
    }

    public func uses(of key: StepKey) -> Uses {
        var uses = Uses()
        uses.cells = assignments.count { $0.journey == key.journey && $0.step == key.step }
        uses.gaps = gaps.count { $0.journey == key.journey && $0.step == key.step }
        uses.handovers = handovers.count { [$0.from, $0.to].contains { $0.journey == key.journey && $0.step == key.step } }
        return uses
    }

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
        let to = RoleKey(journey: key.journey, role: target)
        var edits = movingPlaces(in: key.journey, cell: \.role, gap: \.role, end: \.role, from: key.role, to: target)
        if let note = roleNote(key) {
            var moved = roleNote(to) ?? RoleNote(journey: key.journey, role: target)
            moved.needs = Self.joined(moved.needs, note.needs)
            moved.obstacles = Self.joined(moved.obstacles, note.obstacles)
            moved.entersWhere = Self.joined(moved.entersWhere, note.entersWhere)
            moved.whoTakesOver = Self.joined(moved.whoTakesOver, note.whoTakesOver)
            edits += [.roleNote(key, nil), .roleNote(to, moved)]
        }
        let oldSubject = VerificationSubject.role(journey: key.journey, role: key.role)
        let newSubject = VerificationSubject.role(journey: key.journey, role: target)
        let oldHash = subjectHashes[oldSubject]
        for answer in answers where answer.subject == oldSubject {
            let newKey = AnswerKey(participant: answer.participant, subject: newSubject)
            var moved: VerificationAnswer
            if let existing = answers.first(where: { $0.key == newKey }) {
                // The participant answered both: theirs about the target stands; what they said
                // about the retired role stays readable in its comment.
                moved = existing
                if !answer.comment.isEmpty { moved.comment = Self.joined(existing.comment, "\(key.role): \(answer.comment)") }
            } else {
                moved = answer
                moved.subject = newSubject
                // Given to the retired role's text: its hash never matches the target's, so the
                // answer is shown as stale and never counted (also one from before hashes were kept).
                moved.seen = answer.seen ?? oldHash
            }
            edits += [.answer(answer.key, nil), .answer(newKey, moved)]
        }
        if let tally = tallies.first(where: { $0.subject == oldSubject }) {
            var moved = tallies.first { $0.subject == newSubject } ?? Tally(subject: newSubject, yes: 0, no: 0, discuss: 0,
                                                                               seen: tally.seen ?? oldHash)
            moved.yes += tally.yes
            moved.no += tally.no
            moved.discuss += tally.discuss
            moved.note = Self.joined(moved.note, tally.note)
            edits += [.tally(oldSubject, nil), .tally(newSubject, moved)]
        }
        for position in positions where position.journey == key.journey && position.role == key.role {
            let newKey = PositionKey(journey: key.journey, role: target, actor: position.actor)
            var moved = positions.first { $0.key == newKey } ?? RolePosition(journey: key.journey, role: target,
                                                                              actor: position.actor, positions: "")
            moved.positions = Self.joined(moved.positions, position.positions, separator: ", ")
            edits += [.position(position.key, nil), .position(newKey, moved)]
        }
        for var variant in journey.roles where variant.variantOf == key.role {
            variant.variantOf = variant.id == target ? nil : target
            edits.append(.role(RoleKey(journey: key.journey, role: variant.id), variant))
        }
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
        var edits = movingPlaces(in: key.journey, cell: \.step, gap: \.step, end: \.step, from: key.step, to: target)
        edits.append(.step(key, nil))
        return .batch(edits)
    }

    /// The cells, gaps and handovers at a role or step of a journey moved to another: a cell
    /// that is there already takes the moved one's actors as well.
    private func movingPlaces(in journey: JourneyID, cell: WritableKeyPath<Assignment, String>, gap: WritableKeyPath<Gap, String?>,
                              end: WritableKeyPath<HandoverEnd, String>, from: String, to: String) -> [WorkshopEdit] {
        var edits: [WorkshopEdit] = []
        for old in assignments where old.journey == journey && old[keyPath: cell] == from {
            var place = old
            place[keyPath: cell] = to
            var moved = assignment(at: place.key) ?? place
            moved.actors += old.actors.filter { !moved.actors.contains($0) }
            edits += [.assignment(old.key, nil), .assignment(moved.key, moved)]
        }
        for var changed in gaps where changed.journey == journey && changed[keyPath: gap] == from {
            changed[keyPath: gap] = to
            edits.append(.gap(changed.id, changed))
        }
        for var handover in handovers {
            let before = handover
            for side in [\Handover.from, \Handover.to] where handover[keyPath: side].journey == journey
                && handover[keyPath: side][keyPath: end] == from {
                handover[keyPath: side][keyPath: end] = to
            }
            if handover != before { edits.append(.handover(handover.id, handover)) }
        }
        return edits
    }

    private static func joined(_ first: String, _ second: String, separator: String = "\n") -> String {
        [first, second].filter { !$0.isEmpty }.joined(separator: separator)
    }
}
