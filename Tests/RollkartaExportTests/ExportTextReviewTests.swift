import Foundation
import XCTest
@testable import RollkartaExport
import RollkartaModel

/// The reports' and the verification page's texts in both languages in one file beside the
/// export goldens (`Golden/texts.sv-en.txt`), checked as the app's are (`TextReviewTests`).
final class ExportTextReviewTests: XCTestCase {
    static let tables: [(name: String, type: any TextTable.Type)] = [("PageText", PageText.self), ("ReportText", ReportText.self)]

    func testEveryTextOfTheReportsAndThePageIsInTheReviewFileAndReadsRight() throws {
        let sources = ExportTests.root.appendingPathComponent("Sources/RollkartaExport")
        let declared = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }.flatMap { file in
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            return text.components(separatedBy: "struct ").dropFirst().compactMap { rest -> String? in
                let name = rest.prefix { $0.isLetter || $0.isNumber }
                return rest.dropFirst(name.count).hasPrefix(": TextTable") ? String(name) : nil
            }
        }
        XCTAssertEqual(Set(Self.tables.map(\.name)), Set(declared), "every table of texts is in the review")
        let review = TextReview.review(Self.tables, glossary: false)
        XCTAssertEqual(review.problems, [], review.problems.joined(separator: "\n"))
        let golden = ExportTests.golden.appendingPathComponent("texts.sv-en.txt")
        let environment = ProcessInfo.processInfo.environment
        if environment["UPDATE_GOLDEN"] == "1" || environment["ROLLKARTA_UPDATE_GOLDENS"] == "1" {
            try review.text.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(review.text, try String(contentsOf: golden, encoding: .utf8),
                       "the texts changed: review the diff of \(golden.lastPathComponent) (scripts/update-goldens)")
        XCTAssertTrue(review.text.contains("  sv: Glapp och handlingsplan"))
    }
}
