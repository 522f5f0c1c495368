import Foundation
import XCTest
@testable import RollkartaJSON
@testable import RollkartaModel

/// A file with thousands of problems is refused as fast as one with a single problem: every
/// problem is located (line, column, JSON path) in one pass over the file, not one pass each,
/// and a person is shown the first hundred and how many there are in all.
final class ManyProblemsTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = try Fixtures.temporaryFolder(self)
    }

    /// The example with `copies` more gaps, all with the first gap's id (a duplicate id each),
    /// every other one also naming an organisation that does not exist (a dangling reference).
    private func badWorkshop(copies: Int) throws -> Workshop {
        var workshop = try Fixtures.example()
        var gap = try XCTUnwrap(workshop.gaps.first)
        gap.activities = []  // their ids would be duplicates too
        for index in 0..<copies {
            var copy = gap
            if index % 2 == 1 { copy.actors = [Actor.ID(rawValue: "nobody-\(index)")] }
            workshop.gaps.append(copy)
        }
        return workshop
    }

    /// The findings of `workshop` located in its own file's bytes, and the bytes read to do it.
    private func located(_ workshop: Workshop) -> (problems: [Problem], scanned: Int, size: Int) {
        let bytes = [UInt8](WorkshopCodec.encode(workshop))
        let findings = Validation.check(workshop)
        let (problems, scanned) = bytes.withUnsafeBufferPointer { Locator(file: "ws.json", bytes: $0).problems(for: findings) }
        return (problems, scanned, bytes.count)
    }

    func testLocatingProblemsReadsTheFileAboutOnceHoweverManyThereAre() throws {
        let few = located(try badWorkshop(copies: 100))
        let many = located(try badWorkshop(copies: 400))
        XCTAssertEqual(few.problems.count, 150)
        XCTAssertEqual(many.problems.count, 600)
        // One pass to find every path, one to turn offsets into lines: at most twice the file,
        // whether there are 150 problems or 600 (locating each on its own read the file once each).
        XCTAssertLessThanOrEqual(few.scanned, 2 * few.size, "150 problems: \(few.scanned) bytes read of \(few.size)")
        XCTAssertLessThanOrEqual(many.scanned, 2 * many.size, "600 problems: \(many.scanned) bytes read of \(many.size)")
        XCTAssertTrue(many.problems.allSatisfy { $0.line != nil && $0.column != nil })
    }

    func testEveryProblemIsLocatedWhereItsValueIs() throws {
        let workshop = try badWorkshop(copies: 120)
        let text = String(decoding: WorkshopCodec.encode(workshop), as: UTF8.self)
        let lines = text.components(separatedBy: "\n")
        let (problems, _, _) = located(workshop)
        XCTAssertEqual(problems.count, 180)
        let firstID = workshop.gaps[0].id.rawValue
        let bytes = [UInt8](text.utf8)
        for (index, problem) in problems.enumerated() {
            let line = try XCTUnwrap(problem.line, problem.message(.en))
            let column = try XCTUnwrap(problem.column, problem.message(.en))
            let there = String(lines[line - 1].dropFirst(column - 1))
            switch problem.kind {
            case .duplicateID(let id):
                XCTAssertEqual(id, firstID)
                XCTAssertTrue(there.hasPrefix("\"\(id)\""), "\(problem.message(.en)): \(there)")
                XCTAssertEqual(problem.path?.components.last, .key("id"))
            case .unknownReference(.actor, let id, _):
                XCTAssertTrue(id.hasPrefix("nobody-"))
                XCTAssertTrue(there.hasPrefix("\"\(id)\""), "\(problem.message(.en)): \(there)")
            default:
                XCTFail("unexpected \(problem.kind)")
            }
            // The same place as locating this path alone (every tenth: each alone is a pass).
            guard index % 10 == 0 else { continue }
            let alone = bytes.withUnsafeBufferPointer { JSONScanner.positions(of: [problem.path!], in: $0).positions[0] }
            XCTAssertEqual(alone?.line, line)
            XCTAssertEqual(alone?.column, column)
        }
    }

    func testTheFirstHundredAreListedThenHowManyInAll() throws {
        let path = folder + "/ws.rollkarta.json"
        try WorkshopStore.save(try badWorkshop(copies: 300), to: path)
        do {
            _ = try WorkshopStore.load(path)
            XCTFail("loading should have failed")
        } catch {
            XCTAssertEqual(error.problems.count, 450)
            let swedish = error.lines(.sv)
            XCTAssertEqual(swedish.count, 101)
            XCTAssertEqual(Array(swedish.prefix(100)), error.problems.prefix(100).map { $0.message(.sv) })
            XCTAssertEqual(swedish.last, "… och 350 problem till (450 i allt)")
            XCTAssertEqual(error.lines(.en).last, "… and 350 more problems (450 in all)")
            XCTAssertEqual(error.message(.en).components(separatedBy: "\n").count, 101)
            XCTAssertTrue(swedish[0].hasPrefix(path + ":"), swedish[0])
        }
    }

    func testFewProblemsAreAllListedWithNoCount() throws {
        let path = folder + "/ws.rollkarta.json"
        try WorkshopStore.save(try badWorkshop(copies: 4), to: path)
        XCTAssertThrowsError(try WorkshopStore.load(path)) { error in
            let lines = (error as? LoadError)?.lines(.sv) ?? []
            XCTAssertEqual(lines.count, 6)
            XCTAssertFalse(lines.contains { $0.contains("problem till") })
        }
    }

    func testLargeCountsAreWrittenInGroupsOfThreeDigits() {
        XCTAssertEqual(ProblemKind.unlisted(9_900, of: 10_000, .sv), "… och 9 900 problem till (10 000 i allt)")
        XCTAssertEqual(ProblemKind.unlisted(249_900, of: 250_000, .en), "… and 249,900 more problems (250,000 in all)")
        XCTAssertEqual(ProblemKind.unlisted(1, of: 101, .en), "… and 1 more problem (101 in all)")
    }

    func testAnAnswerFileWithManyDuplicateSubjectsListsAHundred() throws {
        let workshop = try Fixtures.example()
        var file = ParticipantFile(for: workshop, organisation: "BUP", initials: "AB", onBehalf: false, include: [.roles])
        let subject = try XCTUnwrap(workshop.verificationSubjects().first)
        let answer = ParticipantFile.Answer(subject: subject, vote: .yes, comment: "", seen: "x", answeredAt: "2026-01-01T00:00:00Z")
        file.answers = Array(repeating: answer, count: 1_001)
        let path = folder + "/ws.verify-bup-ab.json"
        try ParticipantStore.save(file, to: path)
        do {
            _ = try ParticipantStore.load(path)
            XCTFail("loading should have failed")
        } catch {
            XCTAssertEqual(error.problems.count, 1_000)
            XCTAssertTrue(error.problems.allSatisfy { $0.line != nil })
            // The second answer is the first duplicate, at its own line.
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let lines = text.components(separatedBy: "\n")
            let first = error.problems[0]
            XCTAssertEqual(first.path?.description, "$.answers[1]")
            XCTAssertTrue(lines[first.line! - 1].dropFirst(first.column! - 1).hasPrefix("{"))
            XCTAssertEqual(error.lines(.sv).last, "… och 900 problem till (1 000 i allt)")
        }
    }
}
