/// What participants verify, and the fingerprint of each subject as shown to them.
extension Workshop {
    /// The walk's subjects in order: every role of every journey (in the workshop's order),
    /// then the gaps, then the handovers in journey order, as far as `kinds` asks.
    /// With `.expectations`, the page of `organisation` (matched by abbreviation or name), or
    /// with no organisation every page that has items.
    public func verificationSubjects(including kinds: Set<VerificationSubject.Kind> = [.roles],
                                     organisation: String? = nil) -> [VerificationSubject] {
        var subjects: [VerificationSubject] = []
        if kinds.contains(.roles) {
            for journey in journeys {
                subjects += journey.roles.map { .role(journey: journey.id, role: $0.id) }
            }
        }
        if kinds.contains(.gaps) { subjects += gaps.map { .gap($0.id) } }
        if kinds.contains(.handovers) { subjects += handoversInJourneyOrder.map { .handover($0.id) } }
        if kinds.contains(.expectations) {
            if let organisation {
                subjects += self.organisation(named: organisation).map { [.expectations($0.id)] } ?? []
            } else {
                subjects += actors.filter { actor in expectations.contains { $0.organisation == actor.id } }.map { .expectations($0.id) }
            }
        }
        return subjects
    }

    public func contains(_ subject: VerificationSubject) -> Bool {
        switch subject {
        case .role(let journey, let role): return self.journey(journey)?.role(role) != nil
        case .gap(let id): return gaps.contains { $0.id == id }
        case .handover(let id): return handovers.contains { $0.id == id }
        case .expectations(let organisation): return actor(organisation) != nil
        }
    }

    /// The actor a participant's organisation names, by abbreviation, name or one of the
    /// workshop's other names for it (`aliases`), ignoring case.
    public func organisation(named name: String) -> Actor? {
        let wanted = OrganisationAlias.key(name)
        guard !wanted.isEmpty else { return nil }
        return actors.first { $0.abbreviation.lowercased() == wanted || $0.name.lowercased() == wanted }
            ?? aliases.first { $0.key == wanted }.flatMap { actor($0.organisation) }
    }

    /// The organisation a name that matches none probably means ("Habilitering" for
    /// Habiliteringen, "Elevhälsa" for Elevhälsan): the one whose name, abbreviation or other
    /// name is a few letters from it, or contains it as a word. Nil when none is close, or
    /// when two organisations are equally close.
    public func closestOrganisation(to name: String) -> Actor? {
        let wanted = OrganisationAlias.key(name)
        guard wanted.count >= 2 else { return nil }
        var best: (distance: Int, actor: Actor.ID)?
        var tie = false
        let names = actors.flatMap { actor in [(actor.name, actor.id), (actor.abbreviation, actor.id)] }
            + aliases.map { ($0.name, $0.organisation) }
        for (candidate, id) in names {
            let other = OrganisationAlias.key(candidate)
            guard !other.isEmpty else { continue }
            let words = other.split { !$0.isLetter && !$0.isNumber }.map(String.init)
            let wantedWords = wanted.split { !$0.isLetter && !$0.isNumber }.map(String.init)
            let distance: Int
            if wanted.count >= 3, words.contains(wanted) || (other.count >= 3 && wantedWords.contains(other)) {
                distance = 1
            } else if Self.sameFirstWord(wantedWords, words) || Self.compound(wantedWords, of: words) {
                distance = 2
            } else {
                let edits = Self.editDistance(wanted, other)
                guard edits <= max(1, min(wanted.count, other.count) / 4) else { continue }
                distance = edits
            }
            if let current = best {
                if distance < current.distance { best = (distance, id); tie = false }
                else if distance == current.distance, id != current.actor { tie = true }
            } else {
                best = (distance, id)
            }
        }
        guard let best, !tie else { return nil }
        return actor(best.actor)
    }

    /// One word that is, a few letters apart, the first word of a longer name:
    /// "Socialtjänsten" for "Socialtjänst Malmö". Short words ("barn", "region") do not count.
    static func sameFirstWord(_ wanted: [String], _ words: [String]) -> Bool {
        guard wanted.count == 1, words.count > 1, let word = wanted.first, let first = words.first,
              word.count >= 6, first.count >= 6 else { return false }
        return editDistance(word, first) <= max(1, min(word.count, first.count) / 4)
    }

    /// One word made of a name's first word and part of a later one: "Barnpsykiatrin" for
    /// "Barn- och ungdomspsykiatrin", "Barnhabilitering" for "Barn- och ungdomshabiliteringen".
    static func compound(_ wanted: [String], of words: [String]) -> Bool {
        guard wanted.count == 1, let word = wanted.first, let first = words.first, words.count > 1,
              first.count >= 4, word.hasPrefix(first) else { return false }
        let rest = String(word.dropFirst(first.count))
        return rest.count >= 5 && words.dropFirst().contains { $0.contains(rest) }
    }

    /// Letters to insert, delete or change to turn one text into the other.
    public static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left), b = Array(right)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Every subject's content hash, computed once for a whole view or merge.
    public var subjectHashes: SubjectHashes { SubjectHashes(self) }

    /// One hash for everything a walk over `subjects` shows: names the version of the
    /// workshop a participant file was made from.
    public func contentHash(of subjects: [VerificationSubject]) -> String {
        let hashes = subjectHashes
        return ContentHash.hex(subjects.map { hashes[$0] ?? "-" }.joined(separator: ","))
    }
}

/// The content hash of every subject of a workshop. A role's hash covers its texts and who
/// holds it at each step (what the participant is asked to confirm); a gap's its place,
/// kind, priority and description; a handover's its ends, what and status. Editing an
/// action plan or a note does not make answers stale.
public struct SubjectHashes: Sendable {
    private var hashes: [VerificationSubject: String] = [:]

    init(_ workshop: Workshop, kinds: Set<VerificationSubject.Kind> = Set(VerificationSubject.Kind.allCases)) {
        if kinds.contains(.roles) { hashRoles(workshop) }
        if kinds.contains(.gaps) {
            for gap in workshop.gaps {
                hashes[.gap(gap.id)] = Self.hash(["gap", gap.journey.rawValue, gap.step ?? "", gap.role ?? "",
                                                  gap.actors.map(\.rawValue).joined(separator: "+"), gap.kind.rawValue,
                                                  gap.priority.rawValue, gap.description])
            }
        }
        if kinds.contains(.expectations) {
            for actor in workshop.actors {
                var fields = ["expectations", actor.id.rawValue, workshop.mission(of: actor.id)]
                for item in workshop.expectations where item.organisation == actor.id {
                    fields += [item.id.rawValue, item.area.rawValue, item.side.rawValue, item.text, item.note,
                               item.sources.map(\.rawValue).joined(separator: "+"),
                               item.answer.map { "\($0.vote.rawValue):\($0.comment)" } ?? "",
                               item.responses.map { "\($0.organisation.rawValue)=\($0.vote.rawValue):\($0.comment)" }.joined(separator: "+")]
                }
                hashes[.expectations(actor.id)] = Self.hash(fields)
            }
        }
        if kinds.contains(.handovers) {
            for handover in workshop.handovers {
                let ends = [handover.from, handover.to].map {
                    "\($0.journey.rawValue)/\($0.step)/\($0.role)/\($0.actor?.rawValue ?? "")"
                }
                hashes[.handover(handover.id)] = Self.hash(["handover"] + ends + [handover.what, handover.status.rawValue])
            }
        }
    }

    private mutating func hashRoles(_ workshop: Workshop) {
        var holders: [String: Assignment] = [:]
        for assignment in workshop.assignments {
            holders["\(assignment.journey.rawValue)\u{1F}\(assignment.step)\u{1F}\(assignment.role)"] = assignment
        }
        for journey in workshop.journeys {
            for role in journey.roles {
                var fields = ["role", journey.id.rawValue, role.id, role.title.sv, role.title.en,
                              role.description.sv, role.description.en,
                              role.examples.sv.joined(separator: "\u{1E}"), role.examples.en.joined(separator: "\u{1E}")]
                for step in journey.steps {
                    let held = holders["\(journey.id.rawValue)\u{1F}\(step.id)\u{1F}\(role.id)"]
                    fields.append("\(step.id)=\((held?.actors ?? []).map(\.rawValue).joined(separator: "+"))/\(held?.status.rawValue ?? "")")
                }
                hashes[.role(journey: journey.id, role: role.id)] = Self.hash(fields)
            }
        }
    }

    public subscript(_ subject: VerificationSubject) -> String? { hashes[subject] }

    /// An answer or tally whose subject changed (or went) since it was given. Without a
    /// recorded hash there is nothing to compare: not stale.
    public func isStale(_ subject: VerificationSubject, seen: String?) -> Bool {
        guard let seen else { return false }
        return hashes[subject] != seen
    }

    private static func hash(_ fields: [String]) -> String {
        ContentHash.hex(fields: fields)
    }
}
