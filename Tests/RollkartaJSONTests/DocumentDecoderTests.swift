import Foundation
import XCTest
@testable import RollkartaJSON
@testable import RollkartaModel

/// The project's own decoder must read exactly what Foundation reads, and hand everything it is
/// not sure of back (the loader then asks Foundation, which reports problems as before).
final class DocumentDecoderTests: XCTestCase {
    private func fast<Value: Decodable>(_ type: Value.Type, _ data: Data) throws -> Value {
        let bytes = [UInt8](data)
        return try bytes.withUnsafeBufferPointer { try DocumentDecoder.decode(type, from: $0) }
    }

    private func foundation<Value: Decodable>(_ type: Value.Type, _ data: Data) throws -> Value {
        try JSONDecoder().decode(type, from: data)
    }

    func testEveryBundledExampleReadsAsFoundationReadsIt() throws {
        let paths = ["data/examples/example.rollkarta.json", "data/examples/ws1-example.rollkarta.json"]
            .map { Fixtures.packageRoot.appendingPathComponent($0).path }
            + [Fixtures.packageRoot.appendingPathComponent("Tests/RollkartaModelTests/schema1-example.rollkarta.json").path]
        for path in paths {
            let data = try Fixtures.bytes(path)
            let ours = try fast(Workshop.self, data)
            XCTAssertEqual(ours, try foundation(Workshop.self, data), path)
            XCTAssertFalse(ours.actors.isEmpty, path)
        }
        let catalog = Data(EmbeddedData.catalogJSON.utf8)
        XCTAssertEqual(DocumentCodec.encode(try fast(Catalog.self, catalog)), DocumentCodec.encode(try foundation(Catalog.self, catalog)))
    }

    func testLongListsReadInPartsOnSeveralCoresComeBackWholeAndInOrder() throws {
        // Well over the 256 KB from which a list is split between the cores.
        var workshop = try Fixtures.example()
        let gap = workshop.gaps[0]
        workshop.gaps = (0..<3000).map { number in
            var copy = gap
            copy.id = Gap.ID(rawValue: "gap-\(number)")
            copy.description = "Glapp nummer \(number): överlämning saknas åäö"
            return copy
        }
        let data = WorkshopCodec.encode(workshop)
        XCTAssertGreaterThan(data.count, 1_000_000)
        let ours = try fast(Workshop.self, data)
        XCTAssertEqual(ours.gaps.map(\.id.rawValue), (0..<3000).map { "gap-\($0)" })
        XCTAssertEqual(ours, try foundation(Workshop.self, data))
    }

    func testAwkwardTextReadsBackAsWritten() throws {
        var workshop = try Fixtures.example()
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        workshop.title = "\"Göteborg\" \\ å/ä/ö \u{7F}\u{2028}😀 " + controls
        workshop.actors[0].name = "Ö-mottagningen </script>"
        let data = WorkshopCodec.encode(workshop)
        XCTAssertEqual(try fast(Workshop.self, data), workshop)
        XCTAssertEqual(try fast(Workshop.self, data), try foundation(Workshop.self, data))
    }

    func testEscapesAsFoundationResolvesThem() throws {
        let json = #"["\u00e5\u00C4", "\ud83d\ude00", "a\/b", "\"\\\b\f\n\r\t", "\u0000", "plain åäö", ""]"#
        XCTAssertEqual(try fast([String].self, Data(json.utf8)), try foundation([String].self, Data(json.utf8)))
        XCTAssertEqual(try fast([String].self, Data(json.utf8))[1], "😀")
        let numbers = "[0, -1, 42, 999999999999999999, -999999999999999999]"
        XCTAssertEqual(try fast([Int].self, Data(numbers.utf8)), try foundation([Int].self, Data(numbers.utf8)))
        let mixed = #"{"b": true, "n": null, "s": [null, "x"], "d": {"k": 1}}"#
        struct Mixed: Codable, Equatable { var b: Bool; var n: String?; var s: [String?]; var d: [String: Int]; var absent: Int? }
        XCTAssertEqual(try fast(Mixed.self, Data(mixed.utf8)), try foundation(Mixed.self, Data(mixed.utf8)))
    }

    func testWhatItIsNotSureOfIsHandedBack() {
        // A fraction or exponent for an integer, a lone surrogate, a number too long, a missing
        // key, a wrong type, a control character in a string, a float: each one Foundation's to judge.
        for json in ["[1.0]", "[1e2]", "[12345678901234567890]"] {
            XCTAssertThrowsError(try fast([Int].self, Data(json.utf8)), json)
        }
        XCTAssertThrowsError(try fast([String].self, Data(#"["\ud83d"]"#.utf8)))
        XCTAssertThrowsError(try fast([String].self, Data("[\"a\u{1}\"]".utf8)))
        XCTAssertThrowsError(try fast([String].self, Data("[1]".utf8)))
        XCTAssertThrowsError(try fast([Double].self, Data("[1.5]".utf8)))
        struct Needs: Decodable { var name: String }
        XCTAssertThrowsError(try fast(Needs.self, Data("{}".utf8)))
        XCTAssertThrowsError(try fast([String].self, Data("[\"a\"".utf8)))
    }

    func testALoadThatFallsBackStillGivesTheLocatedProblem() throws {
        // The loader's message for a wrong type is Foundation's, located by line, as before.
        var text = String(decoding: try Fixtures.bytes(Fixtures.examplePath), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : \"2\"")
        XCTAssertThrowsError(try WorkshopCodec.decode(Data(text.utf8), file: "w.json")) { error in
            let problem = (error as? LoadError)?.problems.first
            XCTAssertNotNil(problem?.line)
            XCTAssertEqual(problem?.path?.description, "$.schemaVersion")
        }
    }
}
