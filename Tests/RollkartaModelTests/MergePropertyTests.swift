import Foundation
import XCTest
@testable import RollkartaModel

/// Two facilitators' random edits of one workshop (new gaps with activities, new activities
/// on a shared gap, changed activities and gaps, deleted gaps, cells), merged: the result
/// always validates and every change of either side is in it or recorded as a conflict.
final class MergePropertyTests: XCTestCase {
    /// A small deterministic generator, so that a failing case can be run again by its number.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// What one side did, to check against the merged file.
    struct Side {
        var newGaps: [String] = []          // descriptions
        var newActivities: [String] = []    // actions, on new or existing gaps
        /// By the activity's action (its id may be renumbered), the last value the side gave.
        var changedResponsible: [String: String] = [:]
        var changedPriority: [Gap.ID: Priority] = [:]
        var deletedGaps: [Gap.ID] = []
    }

    static func edit(_ workshop: inout Workshop, side name: String, case number: Int, rng: inout SplitMix) -> Side {
        var side = Side()
        let baseGaps = Set(workshop.gaps.map(\.id))
        let basePriority = Dictionary(workshop.gaps.map { ($0.id, $0.priority) }, uniquingKeysWith: { first, _ in first })
        for step in 0..<Int.random(in: 1...5, using: &rng) {
            let tag = "\(name) \(number).\(step)"
            switch Int.random(in: 0..<5, using: &rng) {
            case 0:  // a new gap with one or two activities
                // Above every id the ancestor had: an id freed by a deletion on this side is not
                // taken again here (the app does take it again: see the closing note of issue 26).
                let id = Gap.ID(rawValue: Identifiers.next(prefix: "gap", existing: (baseGaps.map(\.rawValue) + workshop.gaps.map(\.id.rawValue))))
                var gap = Gap(id: id, journey: .child, step: "concern", role: "2", description: "Glapp \(tag)",
                              kind: .roleMissing, priority: .high)
                for part in 0..<Int.random(in: 1...2, using: &rng) {
                    gap.activities.append(Activity(id: gap.nextActivityID, action: "Aktivitet \(tag)/\(part)"))
                    side.newActivities.append("Aktivitet \(tag)/\(part)")
                }
                workshop.gaps.append(gap)
                side.newGaps.append("Glapp \(tag)")
            case 1:  // a new activity on a gap both sides have
                guard let index = workshop.gaps.indices.filter({ workshop.gaps[$0].id.rawValue <= "gap-0003" }).randomElement(using: &rng)
                else { continue }
                workshop.gaps[index].activities.append(Activity(id: workshop.gaps[index].nextActivityID, action: "Ny aktivitet \(tag)"))
                side.newActivities.append("Ny aktivitet \(tag)")
            case 2:  // a changed responsible
                guard let index = workshop.gaps.indices.filter({ !workshop.gaps[$0].activities.isEmpty }).randomElement(using: &rng)
                else { continue }
                let activity = Int.random(in: 0..<workshop.gaps[index].activities.count, using: &rng)
                workshop.gaps[index].activities[activity].responsible = "Ansvarig \(tag)"
                side.changedResponsible[workshop.gaps[index].activities[activity].action] = "Ansvarig \(tag)"
            case 3:  // a changed priority
                guard let index = workshop.gaps.indices.randomElement(using: &rng) else { continue }
                let value = Priority.allCases.randomElement(using: &rng)!
                guard value != workshop.gaps[index].priority else { continue }
                workshop.gaps[index].priority = value
                // Changed back to what the ancestor had is no change.
                let id = workshop.gaps[index].id
                if baseGaps.contains(id) { side.changedPriority[id] = basePriority[id] == value ? nil : value }
            default:  // a gap deleted (one nothing else refers to)
                let used = Set(workshop.answers.compactMap { if case .gap(let id) = $0.subject { id } else { nil } })
                    .union(workshop.insights.compactMap(\.gap))
                guard let index = workshop.gaps.indices.filter({ !used.contains(workshop.gaps[$0].id) }).randomElement(using: &rng)
                else { continue }
                if baseGaps.contains(workshop.gaps[index].id) { side.deletedGaps.append(workshop.gaps[index].id) }
                side.newActivities.removeAll { action in workshop.gaps[index].activities.contains { $0.action == action } }
                side.newGaps.removeAll { $0 == workshop.gaps[index].description }
                for activity in workshop.gaps[index].activities { side.changedResponsible[activity.action] = nil }
                side.changedPriority[workshop.gaps[index].id] = nil
                workshop.gaps.remove(at: index)
            }
        }
        return side
    }

    /// Everything one side did is in the merged workshop, or a conflict names where it is not.
    static func problems(_ side: Side, _ name: String, in outcome: WorkshopMerge.Outcome) -> [String] {
        let merged = outcome.workshop
        var found: [String] = []
        let conflicts = merged.conflicts
        func conflicted(_ gap: Gap.ID) -> Bool {
            conflicts.contains { $0.key == gap.rawValue || $0.collection == .activities(gap) }
        }
        let descriptions = Set(merged.gaps.map(\.description))
        for gap in side.newGaps where !descriptions.contains(gap) { found.append("\(name): new gap '\(gap)' is missing") }
        let actions = Set(merged.gaps.flatMap { $0.activities.map(\.action) })
        for action in side.newActivities where !actions.contains(action) {
            // Inside a gap the other side deleted: kept with a conflict, or not at all.
            if !conflicts.contains(where: { ($0.ours ?? "").contains(action) || ($0.theirs ?? "").contains(action) }) {
                found.append("\(name): new activity '\(action)' is missing")
            }
        }
        for (action, value) in side.changedResponsible {
            let gap = merged.gaps.first { $0.activities.contains { $0.action == action } }
            let now = gap?.activities.first { $0.action == action }?.responsible
            if now != value && !(gap.map { conflicted($0.id) } ?? conflicts.contains { $0.field == nil }) {
                found.append("\(name): responsible of '\(action)' is \(now ?? "gone"), not \(value), and no conflict")
            }
        }
        for (gap, value) in side.changedPriority {
            let now = merged.gaps.first { $0.id == gap }?.priority
            if now != value && !conflicted(gap) {
                found.append("\(name): priority of \(gap) lost with no conflict")
            }
        }
        for gap in side.deletedGaps where merged.gaps.contains(where: { $0.id == gap }) && !conflicted(gap) {
            found.append("\(name): deleted \(gap) came back with no conflict")
        }
        return found
    }

    func testRandomTwoSidedEditsAlwaysMergeIntoAValidFileThatKeepsEverySidesWork() throws {
        let base = try Fixtures.example()
        var failures: [String] = []
        for number in 0..<600 {
            var rng = SplitMix(state: UInt64(number))
            var ours = base, theirs = base
            let mine = Self.edit(&ours, side: "ours", case: number, rng: &rng)
            let other = Self.edit(&theirs, side: "theirs", case: number, rng: &rng)
            // Their new gaps' descriptions after renumbering are the same text: found by text.
            do {
                let outcome = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
                let problems = Validation.check(outcome.workshop)
                if !problems.isEmpty { failures.append("case \(number): invalid: \(problems.prefix(2).map(\.path))") }
                failures += (Self.problems(mine, "ours", in: outcome) + Self.problems(other, "theirs", in: outcome))
                    .map { "case \(number): \($0)" }
            } catch {
                failures.append("case \(number): no valid merge: \(error.problems.prefix(2).map(\.path))")
            }
        }
        XCTAssertTrue(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(5))")
    }

    func testBothSidesAddingAGapWithAnActivityKeepBothWithTheirActivityRenumbered() throws {
        let base = try Fixtures.example()
        var ours = base, theirs = base
        let id = base.nextGapID
        for (side, text) in [(0, "Skolan vet inte vart de ska ringa"), (1, "Ingen följer upp efter akuten")] {
            var gap = Gap(id: id, journey: .child, step: "concern", role: "2", description: text, kind: .roleMissing, priority: .high)
            gap.activities = [Activity(id: gap.nextActivityID, action: "Åtgärd: " + text)]
            if side == 0 { ours.gaps.append(gap) } else { theirs.gaps.append(gap) }
        }
        let outcome = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
        let renamed = try XCTUnwrap(outcome.renumbered[id.rawValue])
        let theirGap = try XCTUnwrap(outcome.workshop.gaps.first { $0.id.rawValue == renamed })
        XCTAssertEqual(theirGap.description, "Ingen följer upp efter akuten")
        XCTAssertEqual(theirGap.activities.map(\.id.rawValue), [renamed + "-a1"], "their activity follows their gap")
        XCTAssertEqual(theirGap.activities.map(\.action), ["Åtgärd: Ingen följer upp efter akuten"])
        XCTAssertEqual(outcome.workshop.gaps.first { $0.id == id }?.activities.map(\.action), ["Åtgärd: Skolan vet inte vart de ska ringa"])
        XCTAssertTrue(outcome.conflicts.isEmpty)
    }

    func testANewActivityOnEachSideOfOneGapKeepsBothAndTheSameFieldChangedTwiceIsOneConflict() throws {
        let base = try Fixtures.example()
        var ours = base, theirs = base
        let gapID = base.gaps[0].id
        ours.gaps[0].activities.append(Activity(id: ours.gaps[0].nextActivityID, action: "Vår nya aktivitet"))
        theirs.gaps[0].activities.append(Activity(id: theirs.gaps[0].nextActivityID, action: "Deras nya aktivitet"))
        ours.gaps[0].activities[0].responsible = "Enhetschef BUP"
        theirs.gaps[0].activities[0].responsible = "Rektor"
        theirs.gaps[0].activities[0].timeline = "Hösten 2027"
        let outcome = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
        let gap = try XCTUnwrap(outcome.workshop.gaps.first { $0.id == gapID })
        XCTAssertTrue(gap.activities.contains { $0.action == "Vår nya aktivitet" })
        XCTAssertTrue(gap.activities.contains { $0.action == "Deras nya aktivitet" })
        XCTAssertEqual(Set(gap.activities.map(\.id)).count, gap.activities.count, "no two activities share an id")
        XCTAssertEqual(gap.activities[0].timeline, "Hösten 2027", "their other field comes in")
        XCTAssertEqual(outcome.conflicts.count, 1)
        let conflict = try XCTUnwrap(outcome.conflicts.first)
        XCTAssertEqual(conflict.collection, .activities(gapID))
        XCTAssertEqual(conflict.field, "responsible")
        XCTAssertEqual(MergeConflict.Collection(name: conflict.collection.name), conflict.collection, "the name reads back")
        var settled = outcome.workshop
        XCTAssertNil(WorkshopMerge.resolve(conflict.id, taking: .theirs, in: &settled, language: .sv))
        XCTAssertEqual(settled.gaps.first { $0.id == gapID }?.activities[0].responsible, "Rektor")
        XCTAssertTrue(Validation.check(settled).isEmpty)
    }
}
