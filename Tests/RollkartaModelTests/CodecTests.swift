import Foundation
import XCTest
@testable import RollkartaModel

final class CodecTests: XCTestCase {
    func testExampleLoadsAndSavesToIdenticalBytes() throws {
        let original = try Fixtures.bytes(Fixtures.examplePath)
        let workshop = try Fixtures.example()
        XCTAssertEqual(WorkshopCodec.encode(workshop), original)
    }

    func testSaveThenLoadKeepsEveryFieldAndTheSameBytes() throws {
        let folder = try Fixtures.temporaryFolder(self)
        let path = folder + "/w.json"
        let workshop = try Fixtures.example()
        try WorkshopStore.save(workshop, to: path)
        let first = try Fixtures.bytes(path)
        let reloaded = try WorkshopStore.load(path)
        XCTAssertEqual(reloaded, workshop)
        try WorkshopStore.save(reloaded, to: path)
        XCTAssertEqual(try Fixtures.bytes(path), first)
        XCTAssertEqual(first.last, UInt8(ascii: "\n"))
    }

    func testNewWorkshopCopiesTheCatalogAndRoundTrips() throws {
        let workshop = WorkshopFactory.make(title: "Elevhälsa & BUP", journeys: [.child, .adult], date: "2026-03-14")
        XCTAssertEqual(workshop.id, "ws-2026-03-14-elevhalsa-bup")
        XCTAssertEqual(workshop.journeys.map(\.id), [.child, .adult])
        XCTAssertEqual(workshop.journey(.child)?.roles.count, 15)
        XCTAssertEqual(workshop.journey(.adult)?.roles.first { $0.id == "2" }?.title.sv,
                       "Den som finns i personens vardag (närstående/nätverk)")
        let data = WorkshopCodec.encode(workshop)
        XCTAssertEqual(try WorkshopCodec.decode(data, file: "x"), workshop)
        XCTAssertEqual(WorkshopCodec.encode(try WorkshopCodec.decode(data, file: "x")), data)
    }

    func testSwedishTextIsWrittenAsIsNotEscaped() throws {
        var workshop = WorkshopFactory.make(title: "Göteborg – åäö", journeys: [.child], date: "2026-03-14")
        workshop.title = "Göteborg – åäö"
        let text = String(decoding: WorkshopCodec.encode(workshop), as: UTF8.self)
        XCTAssertTrue(text.contains("\"title\" : \"Göteborg – åäö\""))
    }

    func testIdsAreReadableAndSequential() {
        XCTAssertEqual(Identifiers.next(prefix: "gap", existing: []), "gap-0001")
        XCTAssertEqual(Identifiers.next(prefix: "gap", existing: ["gap-0001", "gap-0007", "ho-0009"]), "gap-0008")
        XCTAssertEqual(Identifiers.fromName("Vårdcentral Närhälsan", prefix: "actor", existing: []),
                       "actor-vardcentral-narhalsan")
        XCTAssertEqual(Identifiers.fromName("BUP", prefix: "actor", existing: ["actor-bup"]), "actor-bup-2")
    }

    func testSummaryCountsCoverageGapsHandoversAndAnswers() throws {
        let workshop = try Fixtures.example()
        let summary = Summary(workshop)
        let child = try XCTUnwrap(summary.coverage.first { $0.journey == .child })
        XCTAssertEqual(child.overall.held, 12)
        XCTAssertEqual(child.overall.total, 15 * 8)
        XCTAssertEqual(child.steps.first { $0.step.id == "concern" }?.coverage.held, 4)
        XCTAssertEqual(summary.gapCount, 4)
        XCTAssertEqual(summary.gapsByPriority.first { $0.0 == .high }?.1, 2)
        XCTAssertEqual(summary.handoversByStatus.first { $0.0 == .fails }?.1, 1)
        XCTAssertEqual(summary.crossJourneyHandovers, 1)
        XCTAssertEqual(summary.verification.held, 4)
        XCTAssertEqual(summary.verification.total, 3 * (15 + 16))
        let report = SummaryReport.text(workshop, language: .sv)
        XCTAssertTrue(report.contains("Glapp: 4"), report)
        XCTAssertTrue(report.contains("hög 2"), report)
    }
}
