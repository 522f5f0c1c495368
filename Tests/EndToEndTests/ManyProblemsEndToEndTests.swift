import Foundation
import RollkartaModel
import XCTest

/// A file with hundreds of problems, through the binary: `validate`, opening it and `merge` of
/// an answer file each list the first hundred problems and then how many more, and nothing is
/// written.
final class ManyProblemsEndToEndTests: XCTestCase {
    /// The example with 300 more gaps carrying the first gap's id, every other one naming an
    /// organisation that does not exist: 450 problems.
    private func badWorkshop(at path: String) throws {
        var workshop = try WorkshopStore.load(Binary.examplePath)
        var gap = try XCTUnwrap(workshop.gaps.first)
        gap.activities = []
        for index in 0..<300 {
            var copy = gap
            if index % 2 == 1 { copy.actors = [Actor.ID(rawValue: "nobody-\(index)")] }
            workshop.gaps.append(copy)
        }
        try WorkshopStore.save(workshop, to: path)
    }

    private func assertListsAHundred(_ output: String, file path: String, more: String,
                                     line: UInt = #line) {
        let lines = output.split(separator: "\n").map(String.init)
        let problems = lines.filter { $0.hasPrefix(path + ":") }
        XCTAssertEqual(problems.count, 100, output, line: line)
        XCTAssertTrue(lines.contains(more), "\(more) not in: \(lines.suffix(3))", line: line)
        // Located: FILE:LINE:COLUMN: $.path
        XCTAssertTrue(problems.allSatisfy { $0.range(of: #"^[^:]+:\d+:\d+: \$\."#, options: .regularExpression) != nil },
                      problems.first ?? "", line: line)
    }

    func testValidateAndOpeningListTheFirstHundredAndTheTotal() throws {
        let folder = try Binary.temporaryFolder(self)
        let bad = folder + "/bad.rollkarta.json"
        try badWorkshop(at: bad)
        let before = try Data(contentsOf: URL(fileURLWithPath: bad))

        let validated = try Binary.run(["validate", bad])
        XCTAssertEqual(validated.status, 1)
        assertListsAHundred(validated.stdout, file: bad, more: "… och 350 problem till (450 i allt)")

        let english = try Binary.run(["validate", bad, "--lang", "en"])
        assertListsAHundred(english.stdout, file: bad, more: "… and 350 more problems (450 in all)")

        let opened = try Binary.run([bad])
        XCTAssertEqual(opened.status, 1)
        assertListsAHundred(opened.stderr, file: bad, more: "… och 350 problem till (450 i allt)")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: bad)), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: bad + ".lock"))
    }

    func testMergingAnAnswerFileWithManyDuplicatesListsAHundredAndMergesNothing() throws {
        let folder = try Binary.temporaryFolder(self)
        let workshopPath = folder + "/ws.rollkarta.json", answers = folder + "/ws.verify-bup-ab.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: workshopPath)
        let workshop = try WorkshopStore.load(workshopPath)
        var file = ParticipantFile(for: workshop, organisation: "BUP", initials: "AB", onBehalf: false, include: [.roles])
        let subject = try XCTUnwrap(workshop.verificationSubjects().first)
        file.answers = Array(repeating: ParticipantFile.Answer(subject: subject, vote: .yes, comment: "", seen: "x",
                                                               answeredAt: "2026-01-01T00:00:00Z"), count: 251)
        try ParticipantStore.save(file, to: answers)
        let before = try Data(contentsOf: URL(fileURLWithPath: workshopPath))

        let merged = try Binary.run(["merge", workshopPath, answers])
        XCTAssertEqual(merged.status, 1)
        assertListsAHundred(merged.stderr, file: answers, more: "… och 150 problem till (250 i allt)")
        XCTAssertTrue(merged.stderr.contains("ingenting slogs samman"), merged.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: workshopPath)), before)
    }
}
