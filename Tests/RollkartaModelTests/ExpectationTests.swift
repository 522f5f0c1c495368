import Foundation
import XCTest
@testable import RollkartaModel

/// Workshop 1's expectation map: items, answers, recurring expectations merged and split, the
/// results the seed names, and the file and the git merge keeping them.
final class ExpectationTests: XCTestCase {
    private func item(_ id: String, _ text: String, side: ExpectationSide = .perception, sources: [Actor.ID] = ["actor-bup"],
                      vote: Vote? = nil) -> ExpectationItem {
        ExpectationItem(id: ExpectationItem.ID(rawValue: id), organisation: "actor-evi", area: .services, side: side, text: text,
                        sources: side == .perception ? sources : [], answer: vote.map { ExpectationAnswer(vote: $0) })
    }

    func testItemsAreAnsweredMergedAndSplitEachAsAnEditWithItsInverse() throws {
        let example = try Fixtures.example()
        var workshop = example
        try workshop.apply(.expectation("exp-0001", item("exp-0001", "Utredning av autism", vote: .no)))
        try workshop.apply(.expectation("exp-0002", item("exp-0002", "Utredning autism", sources: ["actor-ifo"])))
        let before = workshop
        let first = try XCTUnwrap(workshop.expectation("exp-0001"))
        let second = try XCTUnwrap(workshop.expectation("exp-0002"))
        let merged = first.merging(second)
        let undoMerge = try workshop.apply(.batch([.expectation(first.id, merged), .expectation(second.id, nil)]))
        XCTAssertEqual(workshop.expectations.count, 1)
        XCTAssertEqual(workshop.expectation("exp-0001")?.recurrence, 2, "the same expectation from BUP and IFO: recurring")
        XCTAssertEqual(try WorkshopCodec.decode(WorkshopCodec.encode(workshop), file: "w.json"), workshop)
        let (kept, split) = try XCTUnwrap(workshop.expectation("exp-0001")?.splittingLast())
        XCTAssertEqual(kept, first, "split gives both back as they were")
        XCTAssertEqual(split, second)
        try workshop.apply(undoMerge)
        XCTAssertEqual(workshop, before)
        XCTAssertTrue(Validation.check(workshop).isEmpty)

        XCTAssertThrowsError(try workshop.apply(.expectation("exp-0003", item("exp-0003", "  "))), "an item needs its text")
        XCTAssertThrowsError(try workshop.apply(.expectation("exp-0003", item("exp-0003", "x", sources: ["actor-nobody"]))))
        var noBUP = workshop
        noBUP.assignments.removeAll { $0.actors.contains("actor-bup") }
        noBUP.gaps.removeAll { $0.actors.contains("actor-bup") }
        noBUP.handovers.removeAll { $0.from.actor == "actor-bup" || $0.to.actor == "actor-bup" }
        XCTAssertThrowsError(try noBUP.apply(.actor("actor-bup", nil)), "BUP still expects something of EVI")
    }

    func testResultsShowWhatFallsOutsideTheMissionMostRecurringFirstFromBothSides() throws {
        var workshop = try Fixtures.example()
        try workshop.apply(.expectation("exp-0001", item("exp-0001", "Hjälpmedel", vote: .yes)))
        try workshop.apply(.expectation("exp-0002", item("exp-0002", "Utredning av autism", sources: ["actor-bup", "actor-ifo"], vote: .no)))
        try workshop.apply(.expectation("exp-0003", item("exp-0003", "Stödsamtal", vote: .no)))
        try workshop.apply(.expectation("exp-0004", item("exp-0004", "Psykologisk behandling", vote: .discuss)))
        let results = ExpectationResults(workshop)
        XCTAssertEqual(results.outsideMission.map(\.organisation), ["actor-evi"])
        XCTAssertEqual(results.outsideMission.first?.items.map(\.text), ["Utredning av autism", "Stödsamtal"], "most recurring first")
        XCTAssertEqual(results.onOthers.map(\.organisation), ["actor-bup", "actor-ifo"], "BUP expects two, IFO one")
        XCTAssertEqual(results.toDiscuss.map(\.text), ["Psykologisk behandling"])
    }

    func testAGapKeepsItsItemAndTheGitMergeRenumbersCollidingItemsWithTheirGaps() throws {
        let base = try Fixtures.example()
        var ours = base, theirs = base
        try ours.apply(.expectation("exp-0001", item("exp-0001", "Ours", vote: .no)))
        try theirs.apply(.expectation("exp-0001", item("exp-0001", "Theirs", vote: .no)))
        var gap = Gap(id: "gap-0009", journey: .child, step: nil, role: nil, description: "Theirs – utanför uppdraget",
                      kind: .taskMissing, priority: .medium, expectation: "exp-0001")
        try theirs.apply(.gap(gap.id, gap))
        XCTAssertThrowsError(try theirs.apply(.expectation("exp-0001", nil)), "an item a gap was made from stays")
        let outcome = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(outcome.workshop.expectations.map(\.text), ["Ours", "Theirs"])
        gap = try XCTUnwrap(outcome.workshop.gaps.first { $0.id == "gap-0009" })
        XCTAssertEqual(outcome.workshop.expectation(try XCTUnwrap(gap.expectation))?.text, "Theirs", "the link follows the renumbering")
        XCTAssertTrue(Validation.check(outcome.workshop).isEmpty)
    }
}

/// Each organisation verifies its own page of workshop 1, counted like a role.
final class ExpectationVerificationTests: XCTestCase {
    func testAnOrganisationVerifiesItsOwnPageAndAChangedPageMakesTheAnswerStale() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("data/examples/ws1-example.rollkarta.json").path
        var workshop = try WorkshopStore.load(path)
        let subjects = workshop.verificationSubjects(including: [.roles, .expectations], organisation: "hab")
        XCTAssertEqual(subjects.last, .expectations("actor-hab"), "HAB's own page, found by its abbreviation")
        XCTAssertEqual(subjects.filter { $0.kind == .expectations }.count, 1, "only its own")
        var file = ParticipantFile(for: workshop, organisation: "HAB", initials: nil, onBehalf: false, include: [.expectations])
        let hashes = workshop.subjectHashes
        file.record(.init(subject: .expectations("actor-hab"), vote: .no, comment: "0-18 år ska stå först",
                          seen: try XCTUnwrap(hashes[.expectations("actor-hab")]), answeredAt: "2026-11-23T10:00:00Z"))
        XCTAssertEqual(try DocumentCodec.decode(ParticipantFile.self, from: DocumentCodec.encode(file), file: "f.json",
                                                format: ParticipantFile.formatMarker, schemaVersion: ParticipantFile.schemaVersion,
                                                validate: { _ in [] }), file)
        let reports = try VerificationMerge.merge([("hab.json", file)], into: &workshop)
        XCTAssertEqual(reports.map(\.added), [1])
        let result = try XCTUnwrap(VerificationResults(workshop).result(for: .expectations("actor-hab")))
        XCTAssertEqual(result.no, 1)
        XCTAssertTrue(Validation.check(workshop).isEmpty)
        XCTAssertEqual(try WorkshopCodec.decode(WorkshopCodec.encode(workshop), file: "w.json"), workshop,
                       "an answer about a page round-trips the workshop file")
        var changed = workshop.expectations[0]
        changed.text = "0-17 år"
        try workshop.apply(.expectation(changed.id, changed))
        XCTAssertEqual(VerificationResults(workshop).result(for: .expectations("actor-hab"))?.staleCount, 1,
                       "the page changed since: the answer is stale")
    }
}
