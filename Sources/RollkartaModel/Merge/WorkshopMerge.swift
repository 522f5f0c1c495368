import RollkartaJSON
import Tagged

/// A three-way merge of two facilitators' copies of one workshop, by entity and field rather
/// than by line: what only one side changed is taken; additions on both sides are kept; the
/// same field changed differently on both sides becomes a `MergeConflict` in the file (which
/// holds our value meanwhile and stays valid); lists of ids (a cell's actors, flags, effect
/// goals) merge as sets. New gaps or handovers that got the same id on both sides keep theirs
/// apart by renumbering theirs, references included. Something deleted on one side but still
/// used on the other is kept, with a conflict.
public enum WorkshopMerge {
    public struct Outcome: Sendable {
        public var workshop: Workshop
        /// The conflicts this merge found (the workshop's list also has any left from before).
        public var conflicts: [MergeConflict]
        /// Their new ids that collided with ours, old -> new.
        public var renumbered: [String: String]
    }

    /// Why no merged file could be written; the problems are those of the merged workshop.
    public struct Failure: Error, Sendable {
        public var problems: [Validation.Finding]
    }

    public static func merge(base: Workshop, ours: Workshop, theirs original: Workshop) throws(Failure) -> Outcome {
        var theirs = original
        let renumbered = renumberCollisions(base: base, ours: ours, theirs: &theirs)
        var merger = Merger()
        var merged = ours
        merged.title = merger.field(.workshop, "", "title", base.title, ours.title, theirs.title)
        merged.date = merger.field(.workshop, "", "date", base.date, ours.date, theirs.date)
        merged.kind = merger.field(.workshop, "", "kind", base.kind, ours.kind, theirs.kind)
        merged.frame = merger.field(.workshop, "", "frame", base.frame, ours.frame, theirs.frame)
        merged.agenda = merger.field(.workshop, "", "agenda", base.agenda, ours.agenda, theirs.agenda)
        merged.catalogVersion = merger.field(.workshop, "", "catalogVersion", base.catalogVersion, ours.catalogVersion,
                                             theirs.catalogVersion)
        merged.journeys = merger.journeys(base.journeys, ours.journeys, theirs.journeys)
        merged.actors = merger.list(.actors, base.actors, ours.actors, theirs.actors) { $0.id.rawValue }
        merged.participants = merger.list(.participants, base.participants, ours.participants, theirs.participants) {
            $0.id.rawValue
        }
        merged.assignments = merger.list(.assignments, base.assignments, ours.assignments, theirs.assignments) { $0.key.label }
        merged.gaps = merger.gaps(base.gaps, ours.gaps, theirs.gaps)
        merged.handovers = merger.list(.handovers, base.handovers, ours.handovers, theirs.handovers) { $0.id.rawValue }
        merged.roleNotes = merger.list(.roleNotes, base.roleNotes, ours.roleNotes, theirs.roleNotes) { $0.key.label }
        merged.answers = merger.list(.answers, base.answers, ours.answers, theirs.answers) { $0.key.label }
        merged.tallies = merger.list(.tallies, base.tallies, ours.tallies, theirs.tallies) { $0.subject.label }
        merged.revisions = merger.list(.revisions, base.revisions, ours.revisions, theirs.revisions) { $0.label }
        merged.positions = merger.list(.positions, base.positions, ours.positions, theirs.positions) { $0.key.label }
        merged.suggestions = merger.list(.suggestions, base.suggestions, ours.suggestions, theirs.suggestions) { $0.label }
        merged.expectations = merger.list(.expectations, base.expectations, ours.expectations, theirs.expectations) {
            $0.id.rawValue
        }
        merged.missions = merger.list(.missions, base.missions, ours.missions, theirs.missions) { $0.organisation.rawValue }
        merged.aliases = merger.list(.aliases, base.aliases, ours.aliases, theirs.aliases) { $0.key }
        merged.sessions = merger.list(.sessions, base.sessions, ours.sessions, theirs.sessions) { $0.id.rawValue }
        merged.insights = merger.list(.insights, base.insights, ours.insights, theirs.insights) { $0.id.rawValue }
        merged.foldIns = ours.foldIns + theirs.foldIns.filter { !ours.foldIns.contains($0) }
        // What either side removed stays retired: its id is never given again.
        merged.retired = Set(ours.retired).union(theirs.retired).sorted()
        // Conflicts left from earlier merges: both sides', theirs renumbered where the ids meet.
        merged.conflicts = ours.conflicts
        for var conflict in theirs.conflicts where !ours.conflicts.contains(conflict) {
            if merged.conflicts.contains(where: { $0.id == conflict.id }) {
                conflict.id = Identifiers.next(prefix: "conflict", existing: merged.conflicts.map(\.id))
            }
            merged.conflicts.append(conflict)
        }
        keepWhatIsStillUsed(&merged, base: base, ours: ours, theirs: theirs, merger: &merger)

        var existing = merged.conflicts.map(\.id)
        let found = merger.conflicts.map { pending -> MergeConflict in
            var conflict = pending
            conflict.id = Identifiers.next(prefix: "conflict", existing: existing)
            existing.append(conflict.id)
            return conflict
        }
        merged.conflicts += found
        let problems = Validation.check(merged)
        guard problems.isEmpty else { throw Failure(problems: problems) }
        return Outcome(workshop: merged, conflicts: found, renumbered: renumbered)
    }

    /// Gaps and handovers both sides added under the same id (their numbers are sequential):
    /// theirs get the next free numbers, and their answers and tallies follow.
    private static func renumberCollisions(base: Workshop, ours: Workshop, theirs: inout Workshop) -> [String: String] {
        var renamed: [String: String] = [:]
        func renumber<E: Equatable, Tag>(_ list: WritableKeyPath<Workshop, [E]>, id: WritableKeyPath<E, Tagged<Tag, String>>,
                                         prefix: String) {
            let baseIDs = Set(base[keyPath: list].map { $0[keyPath: id] })
            let oursByID = Dictionary(ours[keyPath: list].map { ($0[keyPath: id], $0) }, uniquingKeysWith: { first, _ in first })
            var taken = Set((base[keyPath: list] + ours[keyPath: list] + theirs[keyPath: list]).map { $0[keyPath: id].rawValue })
                .union(base.retired + ours.retired + theirs.retired)
            for index in theirs[keyPath: list].indices {
                let entity = theirs[keyPath: list][index]
                let old = entity[keyPath: id]
                guard !baseIDs.contains(old), let mine = oursByID[old], mine != entity else { continue }
                let new = Identifiers.next(prefix: prefix, existing: Array(taken))
                taken.insert(new)
                renamed[old.rawValue] = new
                theirs[keyPath: list][index][keyPath: id] = Tagged(rawValue: new)
            }
        }
        renumberActivities(base: base, ours: ours, theirs: &theirs)
        renumber(\.gaps, id: \.id, prefix: "gap")
        let renamedGaps = renamed.map { (old: Gap.ID(rawValue: $0.key), new: Gap.ID(rawValue: $0.value)) }
        renumber(\.handovers, id: \.id, prefix: "ho")
        renumber(\.expectations, id: \.id, prefix: "exp")
        renumber(\.insights, id: \.id, prefix: "ins")
        guard !renamed.isEmpty else { return [:] }
        for index in theirs.gaps.indices {
            if let item = theirs.gaps[index].expectation, let new = renamed[item.rawValue] {
                theirs.gaps[index].expectation = ExpectationItem.ID(rawValue: new)
            }
        }
        // A renumbered gap's activities carry its id ("gap-0005-a1"): they follow it, or the
        // merged file would hold two activities of one id and fail validation.
        for gapID in renamedGaps {
            guard let index = theirs.gaps.firstIndex(where: { $0.id == gapID.new }) else { continue }
            for activity in theirs.gaps[index].activities.indices {
                let old = theirs.gaps[index].activities[activity].id.rawValue
                guard old.hasPrefix(gapID.old.rawValue + "-") else { continue }
                theirs.gaps[index].activities[activity].id =
                    Activity.ID(rawValue: gapID.new.rawValue + old.dropFirst(gapID.old.rawValue.count))
            }
        }
        for index in theirs.insights.indices {
            if let gap = theirs.insights[index].gap, let new = renamed[gap.rawValue] {
                theirs.insights[index].gap = Gap.ID(rawValue: new)
            }
            if let handover = theirs.insights[index].handover, let new = renamed[handover.rawValue] {
                theirs.insights[index].handover = Handover.ID(rawValue: new)
            }
        }
        func follow(_ subject: VerificationSubject) -> VerificationSubject {
            switch subject {
            case .gap(let id): return .gap(renamed[id.rawValue].map { Gap.ID(rawValue: $0) } ?? id)
            case .handover(let id): return .handover(renamed[id.rawValue].map { Handover.ID(rawValue: $0) } ?? id)
            case .role, .expectations: return subject
            }
        }
        for index in theirs.answers.indices { theirs.answers[index].subject = follow(theirs.answers[index].subject) }
        for index in theirs.tallies.indices { theirs.tallies[index].subject = follow(theirs.tallies[index].subject) }
        return renamed
    }

    /// Activities both sides added to the same gap under the same id (they are numbered in
    /// turn, `gap-0003-a2`): theirs get the gap's next free numbers, so that both are kept.
    private static func renumberActivities(base: Workshop, ours: Workshop, theirs: inout Workshop) {
        let baseGaps = Dictionary(base.gaps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ourGaps = Dictionary(ours.gaps.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for index in theirs.gaps.indices {
            let id = theirs.gaps[index].id
            guard let mine = ourGaps[id], let original = baseGaps[id] else { continue }
            let baseIDs = Set(original.activities.map(\.id))
            let oursByID = Dictionary(mine.activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var all = theirs.gaps[index]
            all.activities += mine.activities
            for activity in theirs.gaps[index].activities.indices {
                let entity = theirs.gaps[index].activities[activity]
                guard !baseIDs.contains(entity.id), let ourActivity = oursByID[entity.id], ourActivity != entity else { continue }
                let new = all.nextActivityID(avoiding: base.retired + ours.retired + theirs.retired)
                theirs.gaps[index].activities[activity].id = new
                all.activities.append(Activity(id: new))
            }
        }
    }

    /// An actor, participant, gap or handover one side deleted while the other still refers
    /// to it comes back, with a conflict saying so; the file never points at nothing.
    private static func keepWhatIsStillUsed(_ merged: inout Workshop, base: Workshop, ours: Workshop, theirs: Workshop,
                                            merger: inout Merger) {
        func restore<E: Codable & Equatable, Tag>(_ collection: MergeConflict.Collection, ids used: Set<Tagged<Tag, String>>,
                                                  in list: inout [E], from sides: (Workshop) -> [E],
                                                  id: (E) -> Tagged<Tag, String>) {
            let present = Set(list.map(id))
            for missing in used.subtracting(present).sorted() {
                let oursValue = sides(ours).first { id($0) == missing }
                let theirsValue = sides(theirs).first { id($0) == missing }
                guard let kept = theirsValue ?? oursValue ?? sides(base).first(where: { id($0) == missing }) else { continue }
                list.append(kept)
                merger.conflicts.append(MergeConflict(
                    id: "", collection: collection, key: missing.rawValue, field: nil,
                    ours: oursValue.map { JSONValue.of($0).text }, theirs: theirsValue.map { JSONValue.of($0).text },
                    kept: theirsValue != nil ? .theirs : .ours))
            }
        }
        // What something still refers to, as the table of references lists it.
        func used(in workshop: Workshop) -> (actors: Set<Actor.ID>, gaps: Set<Gap.ID>, handovers: Set<Handover.ID>,
                                             expectations: Set<ExpectationItem.ID>) {
            var used: (actors: Set<Actor.ID>, gaps: Set<Gap.ID>, handovers: Set<Handover.ID>, expectations: Set<ExpectationItem.ID>)
                = ([], [], [], [])
            workshop.forEachReference { reference in
                switch reference.referent {
                case .actor(let id): used.actors.insert(id)
                case .gap(let id): used.gaps.insert(id)
                case .handover(let id): used.handovers.insert(id)
                case .expectation(let id): used.expectations.insert(id)
                case .journey, .role, .step: break
                }
            }
            return used
        }
        let stillUsed = used(in: merged)
        restore(.actors, ids: stillUsed.actors, in: &merged.actors, from: \.actors, id: \.id)
        restore(.participants, ids: Set(merged.answers.map(\.participant) + merged.suggestions.map(\.participant)),
                in: &merged.participants,
                from: \.participants, id: \.id)
        restore(.gaps, ids: stillUsed.gaps, in: &merged.gaps, from: \.gaps, id: \.id)
        restore(.handovers, ids: stillUsed.handovers, in: &merged.handovers, from: \.handovers, id: \.id)
        // A gap brought back may come from an item the other side took out.
        restore(.expectations, ids: used(in: merged).expectations, in: &merged.expectations, from: \.expectations,
                id: \.id)
        keepRolesAndStepsStillUsed(&merged, base: base, ours: ours, theirs: theirs, merger: &merger)
    }

    /// A role or step one side retired while the other still used it (a new cell, an answer)
    /// comes back, with a conflict saying so.
    private static func keepRolesAndStepsStillUsed(_ merged: inout Workshop, base: Workshop, ours: Workshop, theirs: Workshop,
                                                   merger: inout Merger) {
        // Every role and step something still refers to, as the table of references lists them.
        var usedRoles: [JourneyID: Set<String>] = [:], usedSteps: [JourneyID: Set<String>] = [:]
        merged.forEachReference { reference in
            guard !reference.referrer.isHistory else { return }
            switch reference.referent {
            case .role(let key): usedRoles[key.journey, default: []].insert(key.role)
            case .step(let key): usedSteps[key.journey, default: []].insert(key.step)
            default: break
            }
        }
        for index in merged.journeys.indices {
            let id = merged.journeys[index].id
            let roles = usedRoles[id] ?? [], steps = usedSteps[id] ?? []
            func sides<E>(_ list: (WorkshopJourney) -> [E]) -> [(Workshop, [E])] {
                [theirs, ours, base].map { side in (side, side.journey(id).map(list) ?? []) }
            }
            for missing in roles.subtracting(merged.journeys[index].roles.map(\.id)).sorted() {
                let found = sides(\.roles).map { $0.1.first { $0.id == missing } }
                guard let kept = found.compactMap({ $0 }).first else { continue }
                merged.journeys[index].roles.append(kept)
                merger.conflicts.append(MergeConflict(id: "", collection: .roles(id), key: missing, field: nil,
                                                      ours: found[1].map { JSONValue.of($0).text },
                                                      theirs: found[0].map { JSONValue.of($0).text },
                                                      kept: found[0] != nil ? .theirs : .ours))
            }
            for missing in steps.subtracting(merged.journeys[index].steps.map(\.id)).sorted() {
                let found = sides(\.steps).map { $0.1.first { $0.id == missing } }
                guard let kept = found.compactMap({ $0 }).first else { continue }
                merged.journeys[index].steps.append(kept)
                merger.conflicts.append(MergeConflict(id: "", collection: .steps(id), key: missing, field: nil,
                                                      ours: found[1].map { JSONValue.of($0).text },
                                                      theirs: found[0].map { JSONValue.of($0).text },
                                                      kept: found[0] != nil ? .theirs : .ours))
            }
        }
    }
}
