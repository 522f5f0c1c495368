import Foundation
import XCTest
@testable import RollkartaApp

final class KeymapDocumentationTests: XCTestCase {
    func testReadmeListsEveryKeyOfTheKeymap() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let keys = try XCTUnwrap(text.components(separatedBy: "## Keys").last?.components(separatedBy: "\n## ").first)
        for binding in Keymap.bindings {
            XCTAssertTrue(keys.contains("`\(binding.keyLabel)`"), "README's key table lacks `\(binding.keyLabel)`")
        }
    }

    func testNoKeyIsBoundTwiceInOneContext() {
        for context in KeyContext.allCases {
            let keys = Keymap.bindings(in: context).flatMap(\.keys)
            XCTAssertEqual(keys.count, Set(keys).count, "a key is bound twice in \(context)")
        }
    }
}
