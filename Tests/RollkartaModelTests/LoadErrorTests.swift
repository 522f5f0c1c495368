import Foundation
import XCTest
@testable import RollkartaJSON
@testable import RollkartaModel

/// Every way a file can be wrong gives a message naming the file and the place, and
/// loading never changes the file.
final class LoadErrorTests: XCTestCase {
    private var folder = ""
    private var exampleText = ""

    override func setUpWithError() throws {
        folder = try Fixtures.temporaryFolder(self)
        exampleText = try String(contentsOfFile: Fixtures.examplePath, encoding: .utf8)
    }

    /// Writes `text`, loads it expecting failure, checks the file is untouched, returns the problems.
    private func problems(for text: String, file: String = "bad.json") throws -> [Problem] {
        let path = folder + "/" + file
        try Fixtures.write(text, to: path)
        let before = try Fixtures.bytes(path)
        do {
            _ = try WorkshopStore.load(path)
            XCTFail("loading should have failed")
            return []
        } catch {
            XCTAssertEqual(try Fixtures.bytes(path), before, "loading changed the file")
            XCTAssertFalse(error.problems.isEmpty)
            for problem in error.problems { XCTAssertTrue(problem.message(.en).hasPrefix(path)) }
            return error.problems
        }
    }

    private func lineNumber(of needle: String, in text: String) -> Int {
        let prefix = text.components(separatedBy: needle)[0]
        return prefix.filter { $0 == "\n" }.count + 1
    }

    func testSyntaxErrorGivesLineAndColumn() throws {
        let broken = exampleText.replacingOccurrences(of: "\"catalogVersion\" : \"2026.1\",",
                                                      with: "\"catalogVersion\" : \"2026.1\" oops,")
        let problem = try XCTUnwrap(problems(for: broken).first)
        XCTAssertEqual(problem.line, lineNumber(of: "oops", in: broken))
        XCTAssertEqual(problem.column, 31)
        XCTAssertEqual(problem.kind, .syntax(expected: .commaOrBrace, endOfFile: false))
        XCTAssertTrue(problem.message(.sv).contains("förväntade ',' eller '}'"), problem.message(.sv))
    }

    func testTruncatedFileSaysItEndsTooEarly() throws {
        let truncated = String(exampleText.prefix(exampleText.count / 2))
        let problem = try XCTUnwrap(problems(for: truncated).first)
        guard case .syntax(_, endOfFile: true) = problem.kind else { return XCTFail("\(problem.kind)") }
        XCTAssertTrue(problem.message(.en).contains("ends too early"), problem.message(.en))
        XCTAssertTrue(problem.message(.sv).contains("tar slut för tidigt"), problem.message(.sv))
        XCTAssertEqual(problem.line, truncated.filter { $0 == "\n" }.count + 1)
    }

    func testWrongTypeNamesThePathAndLine() throws {
        let broken = exampleText.replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : \"one\"")
        let problem = try XCTUnwrap(problems(for: broken).first)
        XCTAssertEqual(problem.path?.description, "$.schemaVersion")
        XCTAssertEqual(problem.line, lineNumber(of: "\"schemaVersion\"", in: broken))
        XCTAssertTrue(problem.message(.en).contains("expected a whole number"), problem.message(.en))
    }

    func testUnknownEnumValueListsTheExpectedValues() throws {
        let broken = exampleText.replacingOccurrences(of: "\"status\" : \"unclear\"", with: "\"status\" : \"maybe\"")
        let problem = try XCTUnwrap(problems(for: broken).first)
        XCTAssertEqual(problem.kind, .invalidValue(got: "maybe", expected: ["holds", "partly", "unclear"]))
        XCTAssertNotNil(problem.line)
        XCTAssertTrue(problem.path!.description.hasPrefix("$.assignments["), problem.path!.description)
    }

    /// An agenda item's view is stored by the screen's stable name: files written before the
    /// screens had one list still load, and a name no screen has is refused with its place.
    func testAgendaViewsAreStableNamesAndAnUnknownOneIsRefused() throws {
        var workshop = try WorkshopStore.load(Fixtures.examplePath)
        workshop.agenda = [AgendaItem(name: "Uppföljning", minutes: 15, view: .followUp),
                           AgendaItem(name: "Rollerna", minutes: 30, view: .roles)]
        let path = folder + "/agenda.rollkarta.json"
        try WorkshopStore.save(workshop, to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains("\"view\" : \"followUp\""), "the name files have always held")
        XCTAssertEqual(try WorkshopStore.load(path).agenda.map(\.view), [.followUp, .roles])
        let broken = text.replacingOccurrences(of: "\"view\" : \"followUp\"", with: "\"view\" : \"uppföljning\"")
        let problem = try XCTUnwrap(problems(for: broken).first)
        XCTAssertEqual(problem.line, lineNumber(of: "uppföljning", in: broken))
        guard case .invalidValue(got: "uppföljning", let expected) = problem.kind else { return XCTFail("\(problem.kind)") }
        XCTAssertEqual(expected, ScreenID.allCases.map(\.rawValue))
    }

    /// Handovers are decoded apart, on a second core: their problems must read the same.
    func testAProblemInAHandoverNamesItsPathAndLine() throws {
        let broken = exampleText.replacingOccurrences(of: "\"status\" : \"fails\"", with: "\"status\" : \"stuck\"")
        XCTAssertNotEqual(broken, exampleText)
        let problem = try XCTUnwrap(problems(for: broken).first)
        XCTAssertEqual(problem.kind, .invalidValue(got: "stuck", expected: HandoverStatus.allCases.map(\.rawValue)))
        XCTAssertTrue(problem.path!.description.hasPrefix("$.handovers["), problem.path!.description)
        let line = try XCTUnwrap(problem.line)
        XCTAssertTrue(broken.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].contains("stuck"))
        let withoutHandovers = exampleText.replacingOccurrences(of: "\"handovers\" :", with: "\"handover\" :")
        XCTAssertEqual(try problems(for: withoutHandovers).first?.kind, .missingField("handovers"))
        XCTAssertEqual(try WorkshopStore.load(Fixtures.examplePath).handovers.count, 4, "and they are there when all is well")
    }

    func testMissingFieldIsNamed() throws {
        let broken = exampleText.replacingOccurrences(of: "\"kind\" : \"role-validation\",\n", with: "")
        let problem = try XCTUnwrap(problems(for: broken).first)
        XCTAssertEqual(problem.kind, .missingField("kind"))
    }

    func testDanglingReferencesAreAllReportedWithLines() throws {
        var broken = exampleText.replacingOccurrences(of: "\"role\" : \"14\"", with: "\"role\" : \"17\"")
        broken = broken.replacingOccurrences(of: "\"actor-umo\"\n", with: "\"actor-nobody\"\n")
        let found = try problems(for: broken)
        XCTAssertTrue(found.contains { if case .unknownReference(.role, "17", _) = $0.kind { return true }; return false })
        XCTAssertTrue(found.contains { if case .unknownReference(.actor, "actor-nobody", _) = $0.kind { return true }; return false })
        for problem in found { XCTAssertNotNil(problem.line, problem.message(.en)) }
        let role = try XCTUnwrap(found.first { if case .unknownReference(.role, _, _) = $0.kind { return true }; return false })
        XCTAssertEqual(role.line, lineNumber(of: "\"role\" : \"17\"", in: broken))
    }

    func testDuplicateIdsAndDuplicateKeysAreRefused() throws {
        let duplicateID = exampleText.replacingOccurrences(of: "\"id\" : \"gap-0002\"", with: "\"id\" : \"gap-0001\"")
        XCTAssertTrue(try problems(for: duplicateID).contains { $0.kind == .duplicateID("gap-0001") })
        let duplicateKey = exampleText.replacingOccurrences(of: "\"catalogVersion\" : \"2026.1\",",
                                                            with: "\"catalogVersion\" : \"2026.1\", \"catalogVersion\" : \"x\",")
        XCTAssertEqual(try problems(for: duplicateKey).first?.kind, .duplicateKey("catalogVersion"))
    }

    func testNewerSchemaIsRefusedWithAClearMessage() throws {
        let newer = exampleText.replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 7")
            .replacingOccurrences(of: "\"gaps\" :", with: "\"gapsRenamed\" :")
        let found = try problems(for: newer)
        XCTAssertEqual(found.map(\.kind), [.newerSchema(found: 7, supported: 2)])
        XCTAssertTrue(found[0].message(.sv).contains("nyare Rollkarta"))
    }

    func testOtherJSONIsNotTakenForAWorkshop() throws {
        XCTAssertEqual(try problems(for: "{\"format\": \"something-else\"}").first?.kind,
                       .wrongFormat(found: "something-else", expected: Workshop.formatMarker))
        XCTAssertEqual(try problems(for: "[1, 2, 3]").first?.kind, .wrongType(expected: "Object"))
        XCTAssertEqual(try problems(for: "").first?.kind, .empty)
        XCTAssertEqual(try problems(for: "{} {}").first?.kind, .trailingContent)
    }

    func testDeepNestingIsRefusedWithoutRecursingIntoIt() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertEqual(try problems(for: deep).first?.kind, .tooDeep(limit: JSONScanner.maxDepth))
    }

    func testInvalidUTF8IsReportedAtItsLine() throws {
        let path = folder + "/latin1.json"
        var data = Data("{\n  \"title\" : \"G".utf8)
        data.append(0xF6)  // ö in Latin-1
        data.append(contentsOf: Array("teborg\"\n}\n".utf8))
        try data.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try WorkshopStore.load(path)) { error in
            let problem = (error as! LoadError).problems[0]
            XCTAssertEqual(problem.kind, .invalidUTF8)
            XCTAssertEqual(problem.line, 2)
        }
    }

    func testFoldersAndFifosAreRefusedWithoutBlocking() throws {
        XCTAssertThrowsError(try WorkshopStore.load(folder)) { error in
            XCTAssertEqual((error as! LoadError).problems[0].kind, .notARegularFile)
        }
        let fifo = folder + "/pipe"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertThrowsError(try WorkshopStore.load(fifo)) { error in
            XCTAssertEqual((error as! LoadError).problems[0].kind, .notARegularFile)
        }
        XCTAssertThrowsError(try WorkshopStore.load(folder + "/missing.json")) { error in
            guard case .cannotOpen = (error as! LoadError).problems[0].kind else { return XCTFail() }
        }
    }

    func testMessagesSpeakSwedishAndEnglish() {
        let problem = Problem(file: "w.json", line: 3, column: 5, path: ["gaps", 2, "role"].path,
                              kind: .unknownReference(kind: .role, id: "17", known: ["1", "2"]))
        XCTAssertEqual(problem.message(.sv), "w.json:3:5: $.gaps[2].role: okänd roll \"17\" (kända: 1, 2)")
        XCTAssertEqual(problem.message(.en), "w.json:3:5: $.gaps[2].role: unknown role \"17\" (known: 1, 2)")
    }
}

private extension Array where Element == AnyHashable {
    var path: JSONPath {
        JSONPath(map { element in
            if let index = element as? Int { return .index(index) }
            return .key(element as! String)
        })
    }
}
