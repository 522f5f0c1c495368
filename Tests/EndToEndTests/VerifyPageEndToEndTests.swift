import Foundation
import XCTest
@testable import RollkartaModel

/// The offline verification page in a real browser (headless Chromium, driven by
/// scripts/browser-verify-test.py through Selenium): answered by keyboard, kept over a reload,
/// downloaded, merged; no network request, every control named, markup in a workshop text
/// stays text.
final class VerifyPageEndToEndTests: XCTestCase {
    private struct Found: Decodable {
        var focusAfterDiscuss: String
        var progressBefore: String
        var progressAfterReload: String
        var commentAfterReload: String
        var downloaded: [String]
        var outline: String
        var unnamedControls: [String]
        var controls: Int
        var requests: [String]
        var cspViolations: [String]
        var phoneOverflow: Bool
    }

    private func browse(_ page: String, _ folder: String, hostile: Bool = false) throws -> Data {
        let script = Binary.packageRoot.appendingPathComponent("scripts/browser-verify-test.py").path
        let out = folder + (hostile ? "/hostile.json" : "/found.json")
        let result = try Binary.shell("python3 '\(script)' '\(page)' '\(folder)/downloads' '\(folder)/screenshots'" + (hostile ? " hostile" : "")
            + " > '\(out)'")
        XCTAssertEqual(result.status, 0, result.output)
        return try Data(contentsOf: URL(fileURLWithPath: out))
    }

    func testTheFormIsAnsweredByKeyboardKeptOverAReloadDownloadedAndMerged() throws {
        let folder = try Binary.temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: folder + "/downloads", withIntermediateDirectories: true)
        let workshop = folder + "/ws.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: workshop)
        let page = folder + "/verifiering.html"
        let export = try Binary.run(["export", workshop, "--format", "verify-html", "--as", "BUP", "-o", page])
        XCTAssertEqual(export.status, 0, export.stderr)
        let size = try FileManager.default.attributesOfItem(atPath: page)[.size] as? Int ?? .max
        XCTAssertLessThan(size, 300_000, "the form for the bundled example is small enough to e-mail")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        XCTAssertTrue(html.contains("Content-Security-Policy") && html.contains("connect-src 'none'"))
        XCTAssertFalse(html.contains("http://") || html.contains("https://"), "no external anything")

        let found = try JSONDecoder().decode(Found.self, from: try browse(page, folder))
        XCTAssertEqual(found.focusAfterDiscuss, "TEXTAREA", "No and Let's discuss ask for a comment")
        XCTAssertEqual(found.progressBefore, "3/31 · besvarade 3/31")
        XCTAssertTrue(found.progressAfterReload.hasSuffix("besvarade 3/31"), "a reload loses nothing: \(found.progressAfterReload)")
        XCTAssertEqual(found.commentAfterReload, "Förskolan ser det först – inte vården")
        XCTAssertEqual(found.downloaded, ["ws.verify-bup.json"], "named as the terminal walk names it")
        XCTAssertEqual(found.outline, "solid", "the focus is visible")
        XCTAssertEqual(found.unnamedControls, [])
        XCTAssertGreaterThan(found.controls, 5)
        XCTAssertEqual(found.requests, [], "no network request")
        XCTAssertEqual(found.cspViolations, [])
        XCTAssertFalse(found.phoneOverflow, "fits a phone's width")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/screenshots/verify-phone.png"))

        let merged = try Binary.run(["merge", workshop, folder + "/downloads/ws.verify-bup.json"])
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertTrue(merged.stdout.contains("BUP: 3 nya"), merged.stdout)
        let after = try WorkshopStore.load(workshop)
        let result = try XCTUnwrap(VerificationResults(after).result(for: .role(journey: .child, role: "2")))
        XCTAssertEqual(result.no, 1, "the Verification view counts the No")
        XCTAssertEqual(after.answers.first { $0.subject == .role(journey: .child, role: "2") && $0.comment.hasPrefix("Förskolan") }?.vote, .no)
    }

    func testMarkupInAWorkshopTextStaysTextAndRunsNothing() throws {
        let folder = try Binary.temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: folder + "/downloads", withIntermediateDirectories: true)
        var workshop = try WorkshopStore.load(Binary.examplePath)
        workshop.journeys[0].roles[0].description.sv = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script> & mer"
        let path = folder + "/hostile.rollkarta.json"
        try WorkshopStore.save(workshop, to: path)
        let page = folder + "/hostile.html"
        XCTAssertEqual(try Binary.run(["export", path, "--format", "verify-html", "-o", page]).status, 0)
        struct Hostile: Decodable { var title: String; var text: String; var alerts: Int? }
        let found = try JSONDecoder().decode(Hostile.self, from: try browse(page, folder, hostile: true))
        XCTAssertNil(found.alerts, "no script from the workshop ran")
        XCTAssertTrue(found.text.contains("<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script> & mer"), found.text)
    }
}
