import Foundation
import XCTest
@testable import RollkartaJSON
@testable import RollkartaModel

/// The project's own encoder must write exactly Foundation's bytes: files written before and
/// after it diff clean, and the merge driver and content hashes see the same text.
final class DocumentEncoderTests: XCTestCase {
    private func assertSameBytes<Value: Encodable>(_ value: Value, file: StaticString = #filePath, line: UInt = #line) throws {
        let ours = try DocumentEncoder.encode(value) + [UInt8(ascii: "\n")]
        let foundation = [UInt8](DocumentCodec.foundationEncode(value))
        if ours != foundation {
            let at = zip(ours, foundation).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(ours.count, foundation.count)
            let around = { (bytes: [UInt8]) in String(decoding: bytes[max(0, at - 60)..<min(bytes.count, at + 60)], as: UTF8.self) }
            XCTFail("differs at byte \(at):\nours:\n\(around(ours))\nFoundation:\n\(around(foundation))", file: file, line: line)
        }
    }

    func testEveryBundledExampleIsWrittenAsFoundationWritesIt() throws {
        for name in ["example.rollkarta.json", "ws1-example.rollkarta.json"] {
            let path = Fixtures.packageRoot.appendingPathComponent("data/examples/" + name).path
            try assertSameBytes(try WorkshopStore.load(path))
        }
        try assertSameBytes(Catalog.bundled)
    }

    func testAWorkshopFullOfAwkwardTextIsWrittenAsFoundationWritesIt() throws {
        var workshop = try Fixtures.example()
        // Quotes, backslashes, every control character, slashes, DEL, Swedish, a line separator, an emoji.
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        workshop.title = "\"Göteborg\" \\ å/ä/ö \u{7F}\u{2028}😀 " + controls
        workshop.gaps[0].description = ""
        if !workshop.gaps[0].activities.isEmpty { workshop.gaps[0].activities[0].action = "rad ett\r\nrad två\ttabb" }
        workshop.actors[0].name = "Ö-mottagningen </script>"
        workshop.handovers = []
        try assertSameBytes(workshop)
        XCTAssertEqual(try WorkshopCodec.decode(WorkshopCodec.encode(workshop), file: "x"), workshop)
    }

    func testKeysAreSortedByTheirBytesAsFoundationSortsThem() throws {
        // Digits before capitals before lower case, a prefix before its longer key, å after z.
        let keys = ["10", "5B", "5", "a", "B", "_x", "é", "e", "Z", "aa", "a1", "a10", "a2", "Ö", "ä", "å", ""]
        let map = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($0.element, [$0.offset]) })
        try assertSameBytes(map)
        try assertSameBytes([[String: [Int]]]())
        try assertSameBytes([[[Int]()]])
        try assertSameBytes([Int.min, -1, 0, Int.max])
        try assertSameBytes(["a": [UInt64.max]])
        try assertSameBytes([Optional<String>.none, "x"])
    }

    /// A nested container would interleave with the stream: such a document is Foundation's.
    private struct Nested: Encodable {
        enum Keys: String, CodingKey { case outer, inner }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var inner = container.nestedContainer(keyedBy: Keys.self, forKey: .outer)
            try container.encode("after", forKey: .inner)
            try inner.encode("inside", forKey: .inner)
        }
    }

    func testWhatFoundationFormatsItsOwnWayIsLeftToFoundation() throws {
        XCTAssertThrowsError(try DocumentEncoder.encode(Nested()))
        XCTAssertEqual(DocumentCodec.encode(Nested()), DocumentCodec.foundationEncode(Nested()))
        XCTAssertTrue(String(decoding: DocumentCodec.encode(Nested()), as: UTF8.self).contains("\"inside\""))
        XCTAssertThrowsError(try DocumentEncoder.encode(["x": 1.5]))
        XCTAssertThrowsError(try DocumentEncoder.encode([Date(timeIntervalSinceReferenceDate: 0)]))
        XCTAssertThrowsError(try DocumentEncoder.encode([URL(fileURLWithPath: "/tmp")]))
        // And the document is still written, by Foundation.
        XCTAssertEqual(String(decoding: DocumentCodec.encode(["x": 1.5]), as: UTF8.self), "{\n  \"x\" : 1.5\n}\n")
    }
}
