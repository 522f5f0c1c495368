import Foundation
import XCTest
@testable import RollkartaModel

/// Two facilitators' copies merged by entity: nothing lost, ids never collide, conflicts kept
/// in the file as data.
final class WorkshopMergeTests: XCTestCase {
    private func gap(_ id: Gap.ID, _ description: String, priority: Priority = .medium) -> Gap {
        Gap(id: id, journey: .child, step: "concern", role: "1", description: description, kind: .unclearResponsibility,
            priority: priority)
    }

    func testNewGapsOnBothSidesAreKeptAndTheirCollidingIdIsRenumberedWithItsAnswers() throws {
        let base = try Fixtures.example()
        let next = base.nextGapID
        var ours = base, theirs = base
        ours.gaps.append(gap(next, "Skolan vet inte vart de ska ringa"))
        theirs.gaps.append(gap(next, "Ingen följer upp efter akuten"))
        let hashes = theirs.subjectHashes
        theirs.answers.append(VerificationAnswer(participant: "p-nsph", subject: .gap(next), vote: .no,
                                                 seen: hashes[.gap(next)]))
        let outcome = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
        let renamed = Gap.ID(rawValue: try XCTUnwrap(outcome.renumbered[next.rawValue]))
        XCTAssertNotEqual(renamed, next)
        let merged = outcome.workshop
        XCTAssertEqual(merged.gaps.first { $0.id == next }?.description, "Skolan vet inte vart de ska ringa")
        XCTAssertEqual(merged.gaps.first { $0.id == renamed }?.description, "Ingen följer upp efter akuten")
        XCTAssertTrue(merged.answers.contains { $0.subject == .gap(renamed) }, "their answer follows their gap")
        XCTAssertTrue(outcome.conflicts.isEmpty)
        XCTAssertTrue(Validation.check(merged).isEmpty)
    }

    func testTheSameFieldChangedDifferentlyIsAConflictOtherFieldsMerge() throws {
        let base = try Fixtures.example()
        let id = base.gaps[0].id
        var ours = base, theirs = base
        let others = Priority.allCases.filter { $0 != base.gaps[0].priority }
        ours.gaps[0].priority = others[0]
        ours.gaps[0].activities[0].responsible = "Områdeschef BUP"
        theirs.gaps[0].priority = others[1]
        theirs.gaps[0].description = "Omformulerad av den andra gruppen"
        let outcome = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
        let merged = try XCTUnwrap(outcome.workshop.gaps.first { $0.id == id })
        XCTAssertEqual(merged.description, "Omformulerad av den andra gruppen", "their change to another field is in")
        XCTAssertEqual(merged.activities.first?.responsible, "Områdeschef BUP", "our change inside the plan is in")
        XCTAssertEqual(merged.priority, others[0], "the file holds ours until someone decides")
        let conflict = try XCTUnwrap(outcome.conflicts.first)
        XCTAssertEqual(outcome.conflicts.count, 1)
        XCTAssertEqual([conflict.collection.name, conflict.key, conflict.field], ["gaps", id.rawValue, "priority"])
        XCTAssertEqual(conflict.ours, "\"\(others[0].rawValue)\"")
        XCTAssertEqual(conflict.theirs, "\"\(others[1].rawValue)\"")
        // Written and read back: valid JSON, the conflict is data, not text markers.
        let text = String(decoding: WorkshopCodec.encode(outcome.workshop), as: UTF8.self)
        XCTAssertFalse(text.contains("<<<<<<<"))
        let reloaded = try WorkshopCodec.decode(Data(text.utf8), file: "merged.json")
        XCTAssertEqual(reloaded.conflicts, outcome.workshop.conflicts)

        var settled = reloaded
        XCTAssertNil(WorkshopMerge.resolve(conflict.id, taking: .theirs, in: &settled, language: .sv))
        XCTAssertEqual(settled.gaps.first { $0.id == id }?.priority, others[1])
        XCTAssertTrue(settled.conflicts.isEmpty)
    }

    /// Two facilitators each import a survey: their other names of the organisations all come
    /// together; one name given to two organisations is a conflict to settle.
    func testTheOrganisationsOtherNamesFromBothSidesAreKeptAndOneNameForTwoIsAConflict() throws {
        let base = try Fixtures.example()
        var ours = base, theirs = base
        try ours.apply(.alias("Elevhälsa", OrganisationAlias(name: "Elevhälsa", organisation: "actor-elevhalsa")))
        try ours.apply(.alias("Mottagningen för unga", OrganisationAlias(name: "Mottagningen för unga", organisation: "actor-umo")))
        try theirs.apply(.alias("Barnpsykiatrin", OrganisationAlias(name: "Barnpsykiatrin", organisation: "actor-bup")))
        try theirs.apply(.alias("Mottagningen för unga", OrganisationAlias(name: "Mottagningen för unga", organisation: "actor-fc")))
        let outcome = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(outcome.workshop.organisation(named: "Elevhälsa")?.abbreviation, "EH")
        XCTAssertEqual(outcome.workshop.organisation(named: "Barnpsykiatrin")?.abbreviation, "BUP", "theirs is in")
        XCTAssertEqual(outcome.conflicts.map { [$0.collection.name, $0.key, $0.field] }, [["aliases", "mottagningen för unga", "organisation"]])
        XCTAssertEqual(outcome.workshop.organisation(named: "Mottagningen för unga")?.abbreviation, "UMO", "ours until settled")
        var settled = outcome.workshop
        let conflict = try XCTUnwrap(outcome.conflicts.first)
        XCTAssertNil(WorkshopMerge.resolve(conflict.id, taking: .theirs, in: &settled, language: .sv))
        XCTAssertEqual(settled.organisation(named: "Mottagningen för unga")?.abbreviation, "FC")
        XCTAssertEqual(Validation.check(settled), [])
    }

    func testAnActorDeletedOnOneSideAndUsedOnTheOtherIsKeptWithAConflict() throws {
        var base = try Fixtures.example()
        base.actors.append(Actor(id: "actor-kurator", name: "Skolkurator", abbreviation: "KUR", principal: .school))
        var ours = base, theirs = base
        ours.actors.removeAll { $0.id == "actor-kurator" }
        theirs.assignments.append(Assignment(journey: .child, step: "first-contact", role: "3",
                                             actors: ["actor-kurator"], status: .holds))
        theirs.assignments.removeAll { $0.journey == .child && $0.step == "first-contact" && $0.role == "3" && $0.actors != ["actor-kurator"] }
        let outcome = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertTrue(outcome.workshop.actors.contains { $0.id == "actor-kurator" }, "still used, so kept")
        let conflict = try XCTUnwrap(outcome.conflicts.first { $0.collection == .actors })
        XCTAssertNil(conflict.ours, "we deleted it")
        XCTAssertNil(conflict.field)
        XCTAssertTrue(Validation.check(outcome.workshop).isEmpty)
        var settled = outcome.workshop
        let refusal = WorkshopMerge.resolve(conflict.id, taking: .ours, in: &settled, language: .en)
        XCTAssertNotNil(refusal, "deleting an actor a cell still uses is refused")
        XCTAssertEqual(settled, outcome.workshop)
    }

    func testActorsAddedToTheSameCellOnBothSidesAreAllKept() throws {
        let base = try Fixtures.example()
        let index = try XCTUnwrap(base.assignments.firstIndex { !$0.actors.isEmpty })
        let extra = base.actors.map(\.id).filter { !base.assignments[index].actors.contains($0) }
        var ours = base, theirs = base
        ours.assignments[index].actors.append(extra[0])
        theirs.assignments[index].actors.append(extra[1])
        let outcome = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(outcome.workshop.assignments[index].actors, base.assignments[index].actors + [extra[0], extra[1]])
        XCTAssertTrue(outcome.conflicts.isEmpty)
    }

    func testWhatOnlyOneSideChangedIsTakenAndDeletionsStick() throws {
        let base = try Fixtures.example()
        var ours = base, theirs = base
        ours.title = "Hisingen – efter dag två"
        theirs.handovers.removeFirst()
        let outcome = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(outcome.workshop.title, "Hisingen – efter dag två")
        XCTAssertEqual(outcome.workshop.handovers.map(\.id), Array(base.handovers.dropFirst()).map(\.id))
        XCTAssertTrue(outcome.conflicts.isEmpty)
        XCTAssertEqual(try WorkshopMerge.merge(base: base, ours: base, theirs: base).workshop, base)
    }

    func testRolesOfAJourneyMergeOneByOne() throws {
        let base = try Fixtures.example()
        let child = try XCTUnwrap(base.journeys.firstIndex { $0.id == .child })
        var ours = base, theirs = base
        ours.journeys[child].roles[2].description.sv = "Omformulerad av Anna"
        theirs.journeys[child].roles[4].title.sv = "Omdöpt av Bertil"
        var outcome = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertTrue(outcome.conflicts.isEmpty, "different roles: both changes in")
        XCTAssertEqual(outcome.workshop.journeys[child].roles[2].description.sv, "Omformulerad av Anna")
        XCTAssertEqual(outcome.workshop.journeys[child].roles[4].title.sv, "Omdöpt av Bertil")

        theirs.journeys[child].roles[2].description.sv = "Omformulerad av Bertil"
        outcome = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
        let conflict = try XCTUnwrap(outcome.conflicts.first)
        XCTAssertEqual([conflict.collection.name, conflict.key, conflict.field], ["journeys/child/roles",
                                                                           base.journeys[child].roles[2].id, "description"])
        var settled = outcome.workshop
        XCTAssertNil(WorkshopMerge.resolve(conflict.id, taking: .theirs, in: &settled, language: .sv))
        XCTAssertEqual(settled.journeys[child].roles[2].description.sv, "Omformulerad av Bertil")
        XCTAssertEqual(settled.journeys[child].roles[4].title.sv, "Omdöpt av Bertil")
    }

    func testAVariantAddedOnOneSideAndPositionsOnTheOtherBothComeIn() throws {
        let base = try Fixtures.example()
        var ours = base, theirs = base
        var variant = try XCTUnwrap(base.journey(.child)?.role("5"))
        variant.id = "5C"
        variant.variantOf = "5"
        try ours.apply(.role(RoleKey(journey: .child, role: "5C"), variant, at: 6))
        try theirs.apply(.position(PositionKey(journey: .child, role: "5", actor: "actor-bup"),
                                   RolePosition(journey: .child, role: "5", actor: "actor-bup", positions: "psykolog")))
        let outcome = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertTrue(outcome.conflicts.isEmpty)
        XCTAssertNotNil(outcome.workshop.journey(.child)?.role("5C"))
        XCTAssertEqual(outcome.workshop.positions.map(\.positions), ["psykolog"])
    }

    func testARoleRetiredOnOneSideButGivenANewCellOnTheOtherComesBackWithAConflict() throws {
        let base = try Fixtures.example()
        var ours = base, theirs = base
        try ours.apply(try ours.retire(role: RoleKey(journey: .child, role: "13"), movingTo: "12", reason: "Ingår i 12", date: "2026-11-23"))
        try theirs.apply(.assignment(CellKey(journey: .child, step: "closure", role: "13"),
                                     Assignment(journey: .child, step: "closure", role: "13", actors: ["actor-bup"], status: .holds)))
        let outcome = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertNotNil(outcome.workshop.journey(.child)?.role("13"), "the file never points at a role that is not there")
        XCTAssertEqual(outcome.conflicts.map(\.collection.name), ["journeys/child/roles"])
        XCTAssertTrue(Validation.check(outcome.workshop).isEmpty)
    }
}
