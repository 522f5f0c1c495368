import Foundation
import XCTest
@testable import RollkartaApp
import RollkartaModel

/// Every text of the app's screens and forms (and the walk's, from the model) in both
/// languages, in one file beside the goldens (`Golden/texts.sv-en.txt`), for a translator or a
/// reviewer to read at once; compared like the goldens and written anew by
/// `scripts/update-goldens`. Fails on an empty text, a Swedish text the same as the English
/// one, and an English word leaked into a Swedish text.
final class TextReviewTests: XCTestCase {
    static let tables: [(name: String, type: any TextTable.Type)] = [
        ("AgendaText", AgendaText.self), ("AttendanceText", AttendanceText.self), ("ConflictsText", ConflictsText.self),
        ("ExpectationFormText", ExpectationFormText.self), ("ExpectationsText", ExpectationsText.self), ("FileText", FileText.self),
        ("FollowUpText", FollowUpText.self), ("FormText", FormText.self), ("InsightText", InsightText.self), ("ListText", ListText.self),
        ("MapText", MapText.self), ("PositionsText", PositionsText.self), ("RetireText", RetireText.self),
        ("RoleWalkText", RoleWalkText.self), ("StartText", StartText.self), ("StepText", StepText.self), ("UIText", UIText.self),
        ("VerificationText", VerificationText.self), ("VerifyText", VerifyText.self), ("WalkText", WalkText.self),
    ]

    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// The tables declared in these modules' sources: the list above must name each.
    static func declaredTables(in modules: [String]) throws -> Set<String> {
        var names = Set<String>()
        for module in modules {
            let folder = sources.appendingPathComponent(module)
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let pattern = try NSRegularExpression(pattern: #"struct (\w+): TextTable"#)
                for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    if let range = Range(match.range(at: 1), in: text) { names.insert(String(text[range])) }
                }
            }
        }
        return names
    }

    func testEveryTextOfTheAppInBothLanguagesIsInTheReviewFileAndReadsRight() throws {
        XCTAssertEqual(Set(Self.tables.map(\.name)), try Self.declaredTables(in: ["RollkartaApp", "RollkartaModel"]),
                       "every table of texts is in the review")
        let review = TextReview.review(Self.tables)
        XCTAssertEqual(review.problems, [], review.problems.joined(separator: "\n"))
        let golden = GoldenScreenTests.folder.appendingPathComponent("texts.sv-en.txt")
        if GoldenScreenTests.isUpdating {
            try review.text.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        XCTAssertEqual(review.text, expected, "the texts changed: review the diff of \(golden.lastPathComponent) (scripts/update-goldens)")
        XCTAssertTrue(review.text.contains("  sv: Glapp"), "a text in Swedish")
        XCTAssertTrue(review.text.contains("badLine\n  sv: ƒ (Int) -> String"), "a text that takes values is named with what it takes")
    }

    /// The checks find what they are for: an empty text, Swedish left in English, a leaked word.
    func testTheReviewFindsAnEmptyTextAnUntranslatedOneAndALeakedEnglishWord() {
        XCTAssertEqual(TextReview.check("", "Map", at: "T.map").count, 1)
        XCTAssertEqual(TextReview.check("Save the gap", "Save the gap", at: "T.save").count, 2, "untranslated, and 'gap'")
        XCTAssertEqual(TextReview.check("Nytt gap", "New gap", at: "T.new"), ["T.new: an English word in the Swedish text (gap): \"Nytt gap\""])
        XCTAssertEqual(TextReview.check("Status", "Status", at: "T.status"), [], "one word in both languages")
        XCTAssertEqual(TextReview.check("Glapp", "Gaps", at: "T.gaps"), [])
    }
}
