import Foundation
import XCTest
@testable import RollkartaApp
import RollkartaModel

/// Every screen and overlay of the bundled example, as characters (no colour), at 80×24 and
/// 120×36, in Swedish and English, compared with a golden text file per screen and size
/// (`Golden/map-80x24.sv.txt`). A change to any screen shows as a readable diff of those files.
/// `scripts/update-goldens` writes them anew after a change meant to be seen.
final class GoldenScreenTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let sizes = [(80, 24), (120, 36)]
    static let isUpdating = ProcessInfo.processInfo.environment["ROLLKARTA_UPDATE_GOLDENS"] == "1"

    /// A screen of the facilitator's app: its name and the keys that lead there from the map.
    struct Scene {
        var name: String
        var keys: [Key]
        var withConflicts = false
        /// On the bundled workshop-1 example instead of the role-validation one.
        var workshop1 = false
    }

    static let scenes: [Scene] = [
        Scene(name: "map", keys: []),
        Scene(name: "start", keys: [.character("0")]),
        Scene(name: "follow-up", keys: [.character("8")]),
        Scene(name: "map-whole", keys: [.character("w")]),
        Scene(name: "map-search", keys: [.character("/")] + "BUP".map(Key.character) + [.enter]),
        Scene(name: "detail", keys: [.down, .down, .right, .enter]),
        Scene(name: "help", keys: [.character("?")]),
        Scene(name: "form-assignment", keys: [.character("a")]),
        Scene(name: "form-gap", keys: [.character("g")]),
        Scene(name: "form-handover", keys: [.character("o")]),
        Scene(name: "roles", keys: [.character("2")]),
        Scene(name: "form-role-note", keys: [.character("2"), .character("e")]),
        Scene(name: "gaps", keys: [.character("3")]),
        Scene(name: "form-gap-filter", keys: [.character("3"), .character("f")]),
        Scene(name: "form-gap-edit", keys: [.character("3"), .enter]),
        Scene(name: "handovers", keys: [.character("4")]),
        Scene(name: "form-handover-edit", keys: [.character("4"), .enter]),
        Scene(name: "verification", keys: [.character("5")]),
        Scene(name: "verification-revealed", keys: [.character("5"), .character("v")]),
        Scene(name: "form-tally", keys: [.character("5"), .character("t")]),
        Scene(name: "summary", keys: [.character("6")]),
        Scene(name: "conflicts", keys: [.character("K")], withConflicts: true),
        Scene(name: "expectations", keys: [.character("7")], workshop1: true),
        Scene(name: "expectations-page", keys: [.character("7"), .enter, .character("l"), .down, .down, .down], workshop1: true),
        Scene(name: "expectations-results", keys: [.character("7"), .character("r")], workshop1: true),
        Scene(name: "form-expectation", keys: [.character("7"), .enter, .character("a")], workshop1: true),
    ]

    /// Screens of the participant's verification walk (`rollkarta verify`).
    static let walkScenes: [(name: String, keys: [Key])] = [
        ("verify-walk", []),
        ("verify-walk-comment", [.character("2")] + "Förskolan ser det först".map(Key.character)),
        ("verify-walk-gap", Array(repeating: Key.right, count: 32)),
    ]

    func testEveryScreenMatchesItsGolden() throws {
        var failures: [String] = []
        for language in Language.allCases {
            for (width, height) in Self.sizes {
                for scene in Self.scenes {
                    let workshop = scene.withConflicts ? try TestData.workshopWithConflicts()
                        : scene.workshop1 ? try WorkshopStore.load(TestData.workshop1Path) : nil
                    var h = try Harness(width: width, height: height, language: language, workshop: workshop)
                    // The follow-up shows today and what is overdue by it: the goldens are of one day
                    // (a CI run across midnight once found them a day off).
                    h.state.today = { "2026-11-23" }
                    h.press(scene.keys)
                    if let failure = check(h.screen, name: "\(scene.name)-\(width)x\(height).\(language.rawValue)") {
                        failures.append(failure)
                    }
                }
                for scene in Self.walkScenes {
                    var walk = try Harness(walking: nil, include: [.roles, .gaps, .handovers], language: language,
                                           width: width, height: height)
                    walk.press(scene.keys)
                    if let failure = check(walk.screen,
                                           name: "\(scene.name)-\(width)x\(height).\(language.rawValue)") {
                        failures.append(failure)
                    }
                }
            }
        }
        XCTAssert(failures.isEmpty, failures.joined(separator: "\n\n"))
    }

    /// Nil when the screen is as the golden file says; otherwise where it differs.
    private func check(_ buffer: CellBuffer, name: String) -> String? {
        let text = buffer.lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .joined(separator: "\n") + "\n"
        let url = Self.folder.appendingPathComponent(name + ".txt")
        if Self.isUpdating {
            try? FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            return "\(name): no golden file (run scripts/update-goldens)"
        }
        guard golden != text else { return nil }
        let expected = golden.components(separatedBy: "\n"), actual = text.components(separatedBy: "\n")
        let row = zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expected.count, actual.count)
        return """
            \(name): differs from the golden at row \(row)
              golden: \(expected.indices.contains(row) ? expected[row] : "(none)")
              now:    \(actual.indices.contains(row) ? actual[row] : "(none)")
            """
    }
}
