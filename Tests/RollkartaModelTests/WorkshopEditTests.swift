import Foundation
import XCTest
@testable import RollkartaModel

/// Every workshop edit checks before it applies, and its inverse restores the workshop exactly
/// (the same file, entities at the same places); the inverse of the inverse redoes it.
final class WorkshopEditTests: XCTestCase {
    /// Applies the edit, checks what it did, then undoes and redoes it.
    private func assertRoundTrip(_ edit: WorkshopEdit, on start: Workshop? = nil, file: StaticString = #filePath,
                                 line: UInt = #line, _ check: (Workshop) -> Void) throws {
        let before = try start ?? Fixtures.example()
        var workshop = before
        let inverse = try workshop.apply(edit)
        XCTAssertNotEqual(workshop, before, "the edit changed nothing", file: file, line: line)
        check(workshop)
        let after = workshop
        let redo = try workshop.apply(inverse)
        XCTAssertEqual(workshop, before, "undo restores the workshop exactly", file: file, line: line)
        XCTAssertEqual(WorkshopCodec.encode(workshop), WorkshopCodec.encode(before), file: file, line: line)
        try workshop.apply(redo)
        XCTAssertEqual(workshop, after, "redo brings the change back", file: file, line: line)
    }

    private func assertRefused(_ edit: WorkshopEdit, _ reason: EditRefusal.Reason, on start: Workshop? = nil,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        var workshop = try start ?? Fixtures.example()
        let before = workshop
        XCTAssertThrowsError(try workshop.apply(edit), file: file, line: line) { error in
            XCTAssertEqual((error as? EditRefusal)?.reason, reason, file: file, line: line)
        }
        XCTAssertEqual(workshop, before, "a refused edit changes nothing", file: file, line: line)
    }

    func testAssignmentsAreSetChangedAndTakenOutInPlace() throws {
        let example = try Fixtures.example()
        let key = CellKey(journey: .child, step: "concern", role: "1")
        var changed = try XCTUnwrap(example.assignment(at: key))
        changed.status = .unclear
        try assertRoundTrip(.assignment(key, changed)) { XCTAssertEqual($0.assignment(at: key)?.status, .unclear) }
        try assertRoundTrip(.assignment(key, nil)) { XCTAssertNil($0.assignment(at: key)) }
        let empty = CellKey(journey: .child, step: "treatment", role: "7")
        let new = Assignment(journey: .child, step: "treatment", role: "7", actors: [example.actors[0].id], status: .holds)
        try assertRoundTrip(.assignment(empty, new)) { XCTAssertEqual($0.assignment(at: empty), new) }
        try assertRefused(.assignment(empty, Assignment(journey: .child, step: "treatment", role: "7", actors: ["actor-nobody"],
                                                        status: .holds)), .unknownActor("actor-nobody"))
        try assertRefused(.assignment(CellKey(journey: .child, step: "nowhere", role: "7"),
                                      Assignment(journey: .child, step: "nowhere", role: "7", actors: [example.actors[0].id],
                                                 status: .holds)), .unknownPlace("child/nowhere"))
        try assertRefused(.assignment(empty, Assignment(journey: .child, step: "treatment", role: "7", actors: [], status: .holds)),
                          .noActors)
    }

    func testAnActorIsAddedWithItsCellInOneStepAndNotTakenOutWhileUsed() throws {
        let example = try Fixtures.example()
        let id = example.newActorID(abbreviation: "Sprut")
        let actor = Actor(id: id, name: "Sprututbytet", abbreviation: "Sprut", principal: .region)
        let key = CellKey(journey: .child, step: "treatment", role: "7")
        let cell = Assignment(journey: .child, step: "treatment", role: "7", actors: [id], status: .partly)
        try assertRoundTrip(.batch([.actor(id, actor), .assignment(key, cell)])) {
            XCTAssertEqual($0.actor(id)?.name, "Sprututbytet")
            XCTAssertEqual($0.assignment(at: key)?.actors, [id])
        }
        let used = try XCTUnwrap(example.assignments.first?.actors.first)
        try assertRefused(.actor(used, nil), .actorInUse(example.actor(used)?.abbreviation ?? "", uses: example.assignments
            .filter { $0.actors.contains(used) }.count + example.gaps.filter { $0.actors.contains(used) }.count
            + example.handovers.filter { $0.from.actor == used || $0.to.actor == used }.count))
        let existing = example.actors[0]
        try assertRefused(.actor("actor-copy", Actor(id: "actor-copy", name: "Kopia", abbreviation: existing.abbreviation.lowercased(),
                                                     principal: .region)), .actorExists(existing.abbreviation.lowercased()))
    }

    /// A removed gap's, activity's, handover's or step's id is never given again: an answer,
    /// a manager's workbook row or a history that names it must not come to mean another.
    /// Undo gives it back exactly; a merge keeps what either side retired.
    func testIdsOfRemovedGapsActivitiesHandoversAndStepsAreNeverGivenAgain() throws {
        var workshop = try Fixtures.example()
        let last = try XCTUnwrap(workshop.gaps.last)
        let before = workshop
        let undo = try workshop.apply(.gap(last.id, nil))
        XCTAssertNotEqual(workshop.nextGapID, last.id, "the removed gap's id is not offered again")
        XCTAssertTrue(workshop.retired.contains(last.id.rawValue))
        XCTAssertTrue(last.activities.allSatisfy { workshop.retired.contains($0.id.rawValue) }, "nor its activities'")
        try workshop.apply(undo)
        XCTAssertEqual(workshop, before, "undo gives the gap and its id back")

        var gap = workshop.gaps[0]
        let removed = try XCTUnwrap(gap.activities.last)
        gap.activities.removeLast()
        try workshop.apply(.gap(gap.id, gap))
        XCTAssertNotEqual(workshop.nextActivityID(in: workshop.gaps[0]), removed.id, "an activity removed from its gap")

        let handover = try XCTUnwrap(workshop.handovers.last)
        try workshop.apply(.handover(handover.id, nil))
        XCTAssertNotEqual(workshop.nextHandoverID, handover.id)

        let journey = try XCTUnwrap(workshop.journey(.child))
        let step = JourneyStep(id: workshop.newStepID("Väntan", in: journey), title: Localized(sv: "Väntan", en: "Waiting"))
        let key = StepKey(journey: .child, step: step.id)
        try workshop.apply(.step(key, step))
        try workshop.apply(.step(key, nil))
        XCTAssertNotEqual(workshop.newStepID("Väntan", in: try XCTUnwrap(workshop.journey(.child))), step.id)

        let decoded = try WorkshopCodec.decode(WorkshopCodec.encode(workshop), file: "w.json")
        XCTAssertEqual(decoded.retired, workshop.retired, "kept in the file")
        var theirs = before
        let theirGap = try XCTUnwrap(theirs.gaps.first { gap in !theirs.insights.contains { $0.gap == gap.id } && gap.id != last.id })
        try theirs.apply(.gap(theirGap.id, nil))
        let merged = try WorkshopMerge.merge(base: before, ours: workshop, theirs: theirs).workshop
        XCTAssertTrue(merged.retired.contains(theirGap.id.rawValue) && merged.retired.contains(handover.id.rawValue),
                      "what either side removed: \(merged.retired)")
        XCTAssertEqual(merged.retired, merged.retired.sorted())
    }

    func testGapsAreAddedEditedAndDeletedAtTheirPlace() throws {
        let example = try Fixtures.example()
        let id = example.nextGapID
        let gap = Gap(id: id, journey: .adult, step: nil, role: "8", actors: [], description: "Ingen samordnar",
                      kind: .unclearResponsibility, priority: .high, effectGoals: ["1"])
        try assertRoundTrip(.gap(id, gap)) { XCTAssertEqual($0.gaps.last?.id, id) }
        let second = example.gaps[1]
        try assertRoundTrip(.gap(second.id, nil)) { XCTAssertFalse($0.gaps.contains { $0.id == second.id }) }
        var edited = example.gaps[0]
        edited.activities = [Activity(id: edited.nextActivityID, action: "Rutin", responsible: "Enhetschef")]
        try assertRoundTrip(.gap(edited.id, edited)) { XCTAssertEqual($0.gaps[0].activities.first?.responsible, "Enhetschef") }
        var blank = gap
        blank.description = "  \n "
        try assertRefused(.gap(id, blank), .descriptionRequired)
        var elsewhere = gap
        elsewhere.role = "99"
        try assertRefused(.gap(id, elsewhere), .unknownRole("99"))
    }

    func testHandoversCheckBothEnds() throws {
        let example = try Fixtures.example()
        let first = example.handovers[0]
        try assertRoundTrip(.handover(first.id, nil)) { XCTAssertFalse($0.handovers.contains { $0.id == first.id }) }
        var changed = first
        changed.status = .fails
        try assertRoundTrip(.handover(first.id, changed)) { XCTAssertEqual($0.handovers[0].status, .fails) }
        var toNowhere = first
        toNowhere.to.role = "14"  // the adult journey's role, not the child's
        toNowhere.to.journey = .child
        try assertRefused(.handover(first.id, toNowhere), .roleNotInJourney(role: "14", journey: example.journey(.child)!.name))
        var silent = first
        silent.what = ""
        try assertRefused(.handover(first.id, silent), .whatRequired)
    }

    func testRoleNotesAndTallies() throws {
        let key = RoleKey(journey: .child, role: "8")
        let note = RoleNote(journey: .child, role: "8", needs: "Mandat att kalla till SIP")
        try assertRoundTrip(.roleNote(key, note)) { XCTAssertEqual($0.roleNote(key)?.needs, "Mandat att kalla till SIP") }
        try assertRefused(.roleNote(RoleKey(journey: .child, role: "14"), RoleNote(journey: .child, role: "14")),
                          .unknownRole("14"))
        let subject = VerificationSubject.role(journey: .child, role: "4")
        try assertRoundTrip(.tally(subject, Tally(subject: subject, yes: 9, no: 2, discuss: 1))) {
            XCTAssertEqual($0.tallies.last?.yes, 9)
        }
        try assertRefused(.tally(subject, Tally(subject: subject, yes: -1, no: 0, discuss: 0)), .negativeCount)
    }

    func testSettlingAConflictIsUndoneWhole() throws {
        let base = try Fixtures.example()
        var ours = base, theirs = base
        ours.title = "Annas"
        theirs.title = "Bertils"
        let merged = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs).workshop
        let id = try XCTUnwrap(merged.conflicts.first?.id)
        try assertRoundTrip(.settleConflict(id, taking: .theirs), on: merged) {
            XCTAssertEqual($0.title, "Bertils")
            XCTAssertTrue($0.conflicts.isEmpty)
        }
    }

    func testABatchIsAllOrNothing() throws {
        let example = try Fixtures.example()
        let id = example.nextGapID
        let good = Gap(id: id, journey: .child, step: nil, role: nil, actors: [], description: "Bra",
                       kind: .unclearResponsibility, priority: .low, effectGoals: [])
        var bad = good
        bad.description = ""
        try assertRefused(.batch([.gap(id, good), .gap("gap-9999", bad)]), .descriptionRequired)
    }
}

/// Workshop 2 rewords roles: the change and its revision are one step, and answers given to
/// the role before become stale.
final class RoleRevisionTests: XCTestCase {
    func testARevisedRoleKeepsItsIdTheRevisionRecordsBeforeAndAfterAndEarlierAnswersGoStale() throws {
        let example = try Fixtures.example()
        let key = RoleKey(journey: .child, role: "4")
        let before = try XCTUnwrap(example.journey(.child)?.role("4"))
        var after = before
        after.title.sv = "Den som tar emot, bedömer och styr vidare"
        let revision = RoleRevision(journey: .child, role: "4", before: before, after: after, reason: "Rummet: mottagningen saknades",
                                    date: "2026-11-23")
        var workshop = example
        let hashBefore = workshop.subjectHashes[.role(journey: .child, role: "4")]
        let inverse = try workshop.apply(.batch([.role(key, after), .revision(revision, recorded: true)]))
        XCTAssertEqual(workshop.journey(.child)?.role("4")?.title.sv, "Den som tar emot, bedömer och styr vidare")
        XCTAssertEqual(workshop.revisions(of: key), [revision])
        XCTAssertNotEqual(workshop.subjectHashes[.role(journey: .child, role: "4")], hashBefore,
                          "an answer given to the old wording is now stale")
        XCTAssertTrue(Validation.check(workshop).isEmpty)
        let saved = WorkshopCodec.encode(workshop)
        XCTAssertEqual(try WorkshopCodec.decode(saved, file: "w.json"), workshop, "the revision round-trips the file")
        try workshop.apply(inverse)
        XCTAssertEqual(workshop, example, "one undo takes back the wording and the revision")

        var renamed = after
        renamed.id = "4X"
        XCTAssertThrowsError(try workshop.apply(.role(key, renamed)), "a role's id does not change by rewording")
        var untitled = after
        untitled.title.en = ""
        XCTAssertThrowsError(try workshop.apply(.role(key, untitled)))
    }
}

/// Workshop 2 adds, sorts and retires roles and steps: each an edit with its inverse, and a
/// role or step still in use is never taken out without saying where its uses go.
final class RoleAndStepEditTests: XCTestCase {
    private let date = "2026-11-23"

    private func variant5C(_ workshop: Workshop) throws -> WorkshopRole {
        var role = try XCTUnwrap(workshop.journey(.child)?.role("5"))
        role.id = "5C"
        role.variantOf = "5"
        role.title = Localized(sv: "Den som behandlar i grupp", en: "The one who treats in groups")
        role.examples = LocalizedList(sv: ["Gruppbehandlare BUP"], en: ["Group therapist"])
        return role
    }

    func testAVariantIsAddedAfterItsBaseAndUndoTakesItOut() throws {
        let example = try Fixtures.example()
        let role = try variant5C(example)
        let after = try XCTUnwrap(example.journey(.child)?.roles.firstIndex { $0.id == "5B" }) + 1
        let edit = WorkshopEdit.batch([.role(RoleKey(journey: .child, role: "5C"), role, at: after),
                                       .revision(RoleRevision(journey: .child, role: "5C", before: nil, after: role,
                                                              reason: "Grupper saknades", date: date), recorded: true)])
        var added = example
        let inverse = try added.apply(edit)
        XCTAssertEqual(added.journey(.child)?.roles.map(\.id).prefix(8), ["1", "2", "3", "4", "5", "5B", "5C", "6"])
        XCTAssertTrue(Validation.check(added).isEmpty)
        XCTAssertEqual(try WorkshopCodec.decode(WorkshopCodec.encode(added), file: "w.json"), added)
        let diff = RoleDiff(added, against: example.journeys, language: .sv)
        XCTAssertEqual(diff.journeys.first { $0.journey == .child }?.entries, [.roleAdded(role)])
        var undone = added
        try undone.apply(inverse)
        XCTAssertEqual(undone, example, "one undo takes out the role and its revision")
        var twice = added
        XCTAssertNoThrow(try twice.apply(.role(RoleKey(journey: .child, role: "5C"), role)), "the same id replaces, never duplicates")
        XCTAssertEqual(twice.journey(.child)?.roles.filter { $0.id == "5C" }.count, 1)

        var bad = role
        bad.id = "5 C"
        var workshop = example
        XCTAssertThrowsError(try workshop.apply(.role(RoleKey(journey: .child, role: "5 C"), bad)))
        bad.id = "5D"
        bad.variantOf = "99"
        XCTAssertThrowsError(try workshop.apply(.role(RoleKey(journey: .child, role: "5D"), bad)), "a variant of a role that is not there")
        XCTAssertEqual(workshop, example)
    }

    func testARoleMovesAndMovesBack() throws {
        var workshop = try Fixtures.example()
        let before = workshop
        let inverse = try workshop.apply(.moveRole(RoleKey(journey: .child, role: "13"), to: 0))
        XCTAssertEqual(workshop.journey(.child)?.roles.first?.id, "13")
        try workshop.apply(inverse)
        XCTAssertEqual(workshop, before)
    }

    func testARoleInUseIsNotRetiredWithoutATargetAndTheRefusalSaysWhatUsesIt() throws {
        var workshop = try Fixtures.example()
        let key = RoleKey(journey: .child, role: "4")
        XCTAssertThrowsError(try workshop.retire(role: key, movingTo: nil, reason: "x", date: date)) { error in
            let message = (error as? EditRefusal)?.message(.sv) ?? ""
            XCTAssertTrue(message.contains("glapp") && message.contains("överlämningar") && message.contains("svar"), message)
        }
        XCTAssertThrowsError(try workshop.apply(.role(key, nil)), "taking out a used role directly is refused too")
    }

    func testRetiringMovesEveryUseToTheTargetAndOneUndoBringsItAllBack() throws {
        var workshop = try Fixtures.example()
        let key = RoleKey(journey: .child, role: "4")
        try workshop.apply(.position(PositionKey(journey: .child, role: "4", actor: "actor-bup"),
                                     RolePosition(journey: .child, role: "4", actor: "actor-bup", positions: "kurator")))
        let before = workshop
        let usesBefore = workshop.uses(of: key)
        let targetUsesBefore = workshop.uses(of: RoleKey(journey: .child, role: "3"))
        let retire = try workshop.retire(role: key, movingTo: "3", reason: "Samma som 3 i praktiken", date: date)
        let inverse = try workshop.apply(retire)
        XCTAssertNil(workshop.journey(.child)?.role("4"))
        XCTAssertEqual(workshop.uses(of: key).total, 0)
        let moved = workshop.uses(of: RoleKey(journey: .child, role: "3"))
        XCTAssertEqual(moved[.gaps], targetUsesBefore[.gaps] + usesBefore[.gaps])
        XCTAssertEqual(moved[.answers], targetUsesBefore[.answers] + usesBefore[.answers], "a participant who answered only 4 keeps the answer, now about 3")
        XCTAssertEqual(moved[.positions], targetUsesBefore[.positions] + usesBefore[.positions])
        XCTAssertEqual(workshop.revisions.last?.after, nil)
        XCTAssertEqual(workshop.revisions.last?.before?.id, "4")
        XCTAssertTrue(Validation.check(workshop).isEmpty, "\(Validation.check(workshop))")
        XCTAssertEqual(try WorkshopCodec.decode(WorkshopCodec.encode(workshop), file: "w.json"), workshop)
        // The answer moved to 3 was given to 4's text: stale, shown, not counted.
        let hashes = workshop.subjectHashes
        let movedAnswer = try XCTUnwrap(workshop.answers.first { $0.participant == "p-vc-uph-ml" })
        XCTAssertTrue(hashes.isStale(movedAnswer.subject, seen: movedAnswer.seen))
        XCTAssertTrue(RoleDiff(workshop, against: before.journeys, language: .sv).journeys
            .first { $0.journey == .child }?.entries.contains { if case .roleRetired(let role) = $0 { role.id == "4" } else { false } } ?? false)
        try workshop.apply(inverse)
        XCTAssertEqual(workshop, before, "one undo puts the role and everything that used it back")
    }

    func testStepsAreAddedRenamedMovedAndRetiredUnderTheSameRule() throws {
        var workshop = try Fixtures.example()
        let before = workshop
        let key = StepKey(journey: .child, step: "waiting")
        let step = JourneyStep(id: "waiting", title: Localized(sv: "Väntan", en: "Waiting"))
        try workshop.apply(.step(key, step, at: 2))
        XCTAssertEqual(workshop.journey(.child)?.steps[2].title.sv, "Väntan")
        try workshop.apply(.moveStep(key, to: 0))
        XCTAssertEqual(workshop.journey(.child)?.steps.first?.id, "waiting")
        let used = StepKey(journey: .child, step: "investigation")
        XCTAssertThrowsError(try workshop.retire(step: used, movingTo: nil))
        let cellsBefore = workshop.uses(of: used)[.cells]
        XCTAssertGreaterThan(cellsBefore, 0)
        let inverse = try workshop.apply(try workshop.retire(step: used, movingTo: "waiting"))
        XCTAssertNil(workshop.journey(.child)?.step("investigation"))
        XCTAssertGreaterThan(workshop.uses(of: key)[.cells], 0)
        XCTAssertTrue(Validation.check(workshop).isEmpty)
        try workshop.apply(inverse)
        XCTAssertNotNil(workshop.journey(.child)?.step("investigation"))
        XCTAssertThrowsError(try workshop.apply(.step(key, JourneyStep(id: "waiting", title: Localized(sv: "", en: "")))))
        try workshop.apply(.moveStep(key, to: 2))
        try workshop.apply(.step(key, nil))
        XCTAssertEqual(workshop.retired, ["child/waiting"], "a removed step's id is never given again")
        workshop.retired = []
        XCTAssertEqual(workshop, before)
    }

    func testPositionsAreKeptPerRoleAndOrganisationAndAnActorWithPositionsIsNotDeleted() throws {
        var workshop = try Fixtures.example()
        let key = PositionKey(journey: .child, role: "5", actor: "actor-bup")
        try workshop.apply(.position(key, RolePosition(journey: .child, role: "5", actor: "actor-bup", positions: "psykolog, läkare")))
        XCTAssertEqual(workshop.positions(of: key.roleKey).map(\.positions), ["psykolog, läkare"])
        XCTAssertEqual(workshop.positions(of: key.roleKey).first?.actor.abbreviation, "BUP")
        XCTAssertEqual(try WorkshopCodec.decode(WorkshopCodec.encode(workshop), file: "w.json"), workshop)
        XCTAssertThrowsError(try workshop.apply(.position(PositionKey(journey: .child, role: "5", actor: "actor-nobody"),
                                                          RolePosition(journey: .child, role: "5", actor: "actor-nobody", positions: "x"))))
        var unused = workshop
        unused.assignments.removeAll { $0.actors.contains("actor-bup") }
        unused.gaps.removeAll { $0.actors.contains("actor-bup") }
        unused.handovers.removeAll { $0.from.actor == "actor-bup" || $0.to.actor == "actor-bup" }
        XCTAssertThrowsError(try unused.apply(.actor("actor-bup", nil)), "BUP's positions still name it")
    }
}
