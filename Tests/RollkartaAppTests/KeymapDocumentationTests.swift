import Foundation
import XCTest
@testable import RollkartaApp

final class KeymapDocumentationTests: XCTestCase {
    /// Every binding's keys, as a set, stand in README's key table: the keys themselves are
    /// compared (`d Del` must be d and Delete), not only the label.
    func testReadmeListsEveryKeyOfTheKeymap() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let keys = try XCTUnwrap(text.components(separatedBy: "## Keys").last?.components(separatedBy: "\n## ").first)
        var byName: [String: Key] = [:]
        for binding in Keymap.bindings { for key in binding.keys { byName[key.name] = key } }
        let documented: [Set<Key>] = keys.components(separatedBy: "`").enumerated().compactMap { index, token in
            guard index % 2 == 1 else { return nil }  // inside backticks
            let parsed = token.split(separator: " ").map { byName[String($0)] }
            guard !parsed.isEmpty, !parsed.contains(where: { $0 == nil }) else { return nil }
            return Set(parsed.compactMap { $0 })
        }
        for context in KeyContext.allCases {
            for binding in Keymap.bindings(in: context) {
                XCTAssertTrue(documented.contains(Set(binding.keys)),
                              "README's key table lacks `\(binding.keyLabel)` (\(context), \(binding.action))")
            }
        }
    }

    func testNoKeyIsBoundTwiceInOneContext() {
        for context in KeyContext.allCases {
            let keys = Keymap.bindings(in: context).flatMap(\.keys)
            XCTAssertEqual(keys.count, Set(keys).count, "a key is bound twice in \(context)")
        }
    }
}
