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

    private func browse(_ page: String, _ folder: String, hostile: Bool = false, mode: String? = nil) throws -> Data {
        let script = Binary.packageRoot.appendingPathComponent("scripts/browser-verify-test.py").path
        let mode = hostile ? "hostile" : mode
        let out = folder + "/" + (mode ?? "found") + ".json"
        let result = try Binary.shell("python3 '\(script)' '\(page)' '\(folder)/downloads' '\(folder)/screenshots'" + (mode.map { " " + $0 } ?? "")
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
        XCTAssertEqual(found.downloaded.count, 1)
        let download = try XCTUnwrap(found.downloaded.first)
        XCTAssertNotNil(download.range(of: #"^ws\.verify-bup-[a-z2-9]{4}\.json$"#, options: .regularExpression),
                        "named as the terminal walk names it, with the participant's code for want of initials: \(download)")
        XCTAssertEqual(found.outline, "solid", "the focus is visible")
        XCTAssertEqual(found.unnamedControls, [])
        XCTAssertGreaterThan(found.controls, 5)
        XCTAssertEqual(found.requests, [], "no network request")
        XCTAssertEqual(found.cspViolations, [])
        XCTAssertFalse(found.phoneOverflow, "fits a phone's width")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/screenshots/verify-phone.png"))

        let merged = try Binary.run(["merge", workshop, folder + "/downloads/" + download])
        XCTAssertEqual(merged.status, 0, merged.stderr)
        let code = String(download.dropFirst("ws.verify-bup-".count).prefix(4))
        XCTAssertTrue(merged.stdout.contains("BUP (\(code)): 3 nya"), merged.stdout)
        let after = try WorkshopStore.load(workshop)
        let result = try XCTUnwrap(VerificationResults(after).result(for: .role(journey: .child, role: "2")))
        XCTAssertEqual(result.no, 1, "the Verification view counts the No")
        XCTAssertEqual(after.answers.first { $0.subject == .role(journey: .child, role: "2") && $0.comment.hasPrefix("Förskolan") }?.vote, .no)
    }

    /// Two colleagues of one organisation answer the same page in two browsers (two Chromium
    /// profiles) and give no initials: two files with two names, merged as two participants.
    func testTwoColleaguesWithoutInitialsAreTwoParticipants() throws {
        let folder = try Binary.temporaryFolder(self)
        let workshop = folder + "/ws.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: workshop)
        let page = folder + "/verifiering.html"
        XCTAssertEqual(try Binary.run(["export", workshop, "--format", "verify-html", "--as", "BUP", "-o", page]).status, 0)
        var files: [String] = []
        for colleague in ["anna", "bertil"] {
            let own = folder + "/" + colleague
            try FileManager.default.createDirectory(atPath: own + "/downloads", withIntermediateDirectories: true)
            let found = try JSONDecoder().decode(Found.self, from: try browse(page, own))
            XCTAssertEqual(found.downloaded.count, 1)
            files.append(own + "/downloads/" + (found.downloaded.first ?? ""))
        }
        XCTAssertNotEqual((files[0] as NSString).lastPathComponent, (files[1] as NSString).lastPathComponent, "two names")
        let before = try WorkshopStore.load(workshop).participants.count
        let merged = try Binary.run(["merge", workshop] + files)
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertEqual(merged.stdout.components(separatedBy: ": 3 nya, 0 ändrade").count - 1, 2, "each one's 3 answers new: \(merged.stdout)")
        let after = try WorkshopStore.load(workshop)
        let added = after.participants.dropFirst(before)
        XCTAssertEqual(added.count, 2, "two participants, not one replacing the other")
        XCTAssertEqual(Set(added.map(\.organisation)), ["BUP"])
        XCTAssertEqual(Set(added.compactMap(\.token)).count, 2)
        XCTAssertEqual(after.answers.filter { answer in added.contains { $0.id == answer.participant } }.count, 6)
    }

    private struct Anonymous: Decodable {
        var commentAfterVote: String
        var sectionForSuggestions: String
        var sectionAfterTypingOnTheButton: String
        var focusAfterAdding: String
        var sectionAfterTypingOn: String
        var suggestionText: String
        var suggestionList: [String]
        var progressBeforeSave: String
        var askedFor: String
        var progressAsked: String
        var progressAfterTyping: String
        var downloaded: [String]
        var organisationAfterReload: String
        var initialsAfterReload: String
        var progressAfterReload: String
        var commentAfterReload: String
        var cspViolations: [String]
        var errors: [String]
    }

    /// Exports the bundled example as a page into a fresh folder with a downloads folder.
    private func page(_ name: String, _ arguments: [String]) throws -> (folder: String, workshop: String, page: String) {
        let folder = try Binary.temporaryFolder(self)
        try FileManager.default.createDirectory(atPath: folder + "/downloads", withIntermediateDirectories: true)
        let workshop = folder + "/ws.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: workshop)
        let page = folder + "/" + name
        let export = try Binary.run(["export", workshop, "--format", "verify-html", "-o", page] + arguments)
        XCTAssertEqual(export.status, 0, export.stderr)
        return (folder, workshop, page)
    }

    /// A page sent without --as: the participant answers first and is asked for the
    /// organisation only when saving. Typing it keeps every answer (they are the page's, not
    /// the name's), the file carries them, merge counts them; a reload keeps the organisation,
    /// the initials and the answers; a comment typed before the vote stays; typing on after
    /// Tab to a button or after adding a suggestion never sets off a shortcut.
    func testAPageWithoutAnOrganisationKeepsEveryAnswerWhenTheNameIsTypedAtSaving() throws {
        let (folder, workshop, page) = try page("alla.html", [])
        let found = try JSONDecoder().decode(Anonymous.self, from: try browse(page, folder, mode: "anonymous"))
        XCTAssertEqual(found.commentAfterVote, "Skrivet före svaret", "the vote keeps the comment typed before it")
        XCTAssertEqual(found.sectionForSuggestions, "suggestions")
        XCTAssertEqual(found.sectionAfterTypingOnTheButton, "suggestions", "'n' typed on the button, reached by typing, is no shortcut")
        XCTAssertEqual(found.focusAfterAdding, "suggestion", "after adding, the next suggestion can be typed")
        XCTAssertEqual(found.sectionAfterTypingOn, "suggestions", "typing on after adding goes to the text")
        XCTAssertEqual(found.suggestionText, "nästa 123")
        XCTAssertEqual(found.suggestionList, ["Vi saknas: skolstart"])
        XCTAssertEqual(found.progressBeforeSave, "Förslag · besvarade 3/31", "no shortcut voted while typing")
        XCTAssertEqual(found.askedFor, "org")
        XCTAssertEqual(found.progressAsked, "Skriv din verksamhet först.")
        let expected = (ParticipantFile.defaultPath(workshopPath: workshop, organisation: "Barn- och ungdomspsykiatrin",
                                                    initials: "ÅB") as NSString).lastPathComponent
        XCTAssertEqual(expected, "ws.verify-barn-och-ungdomspsykiatrin-ab.json")
        XCTAssertEqual(found.downloaded, [expected], "named as the terminal walk names it, initials included")
        XCTAssertEqual(found.organisationAfterReload, "Barn- och ungdomspsykiatrin", "a reload keeps the organisation")
        XCTAssertEqual(found.initialsAfterReload, "ÅB")
        XCTAssertTrue(found.progressAfterReload.hasSuffix("besvarade 3/31"), "a reload keeps the answers: \(found.progressAfterReload)")
        XCTAssertEqual(found.commentAfterReload, "Skrivet före svaret")
        XCTAssertEqual(found.cspViolations, [])
        XCTAssertEqual(found.errors, [])

        let downloaded = folder + "/downloads/" + expected
        let file = try ParticipantStore.load(downloaded)
        XCTAssertEqual(file.organisation, "Barn- och ungdomspsykiatrin")
        XCTAssertEqual(file.initials, "ÅB")
        XCTAssertEqual(file.answers.map(\.vote), [.yes, .no, .discuss])
        XCTAssertEqual(file.answers.map(\.comment), ["", "Förskolan ser det först", "Skrivet före svaret"])
        XCTAssertEqual(file.suggestions.map(\.text), ["Vi saknas: skolstart", "nästa 123"], "text still in the field is saved too")
        let merged = try Binary.run(["merge", workshop, downloaded])
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertTrue(merged.stdout.contains("Barn- och ungdomspsykiatrin (ÅB): 3 nya"), merged.stdout)
        XCTAssertTrue(merged.stdout.contains("2 förslag"), merged.stdout)
        let after = try WorkshopStore.load(workshop)
        let participant = try XCTUnwrap(after.participants.first { $0.organisation == "Barn- och ungdomspsykiatrin" })
        XCTAssertEqual(after.answers.first { $0.participant == participant.id && $0.subject == .role(journey: .child, role: "3") }?.comment,
                       "Skrivet före svaret")
    }

    /// With --as and --initials the page starts with them; what the earlier page kept for the
    /// organisation is taken over; initials typed over them name the download.
    func testTheDownloadIsNamedWithTheInitialsInTheField() throws {
        let (folder, workshop, page) = try page("bup.html", ["--as", "BUP", "--initials", "AB"])
        struct Named: Decodable {
            var initialsAtStart: String, progressAdopted: String, initialsAfterAdopting: String
            var downloaded: [String], cspViolations: [String]
        }
        let found = try JSONDecoder().decode(Named.self, from: try browse(page, folder, mode: "named"))
        XCTAssertEqual(found.initialsAtStart, "AB")
        XCTAssertEqual(found.progressAdopted, "1/31 · besvarade 1/31", "what the earlier page kept for BUP is taken over")
        XCTAssertEqual(found.initialsAfterAdopting, "AB")
        XCTAssertEqual(found.downloaded, ["ws.verify-bup-cd.json"], "two colleagues' files do not collide")
        XCTAssertEqual(found.cspViolations, [])
        let file = try ParticipantStore.load(folder + "/downloads/ws.verify-bup-cd.json")
        XCTAssertEqual(file.organisation, "BUP")
        XCTAssertEqual(file.initials, "CD")
        XCTAssertEqual(file.answers.map(\.vote), [.yes, .no])
        XCTAssertEqual(file.answers.last?.comment, "Sparat av förra sidan")
        let merged = try Binary.run(["merge", workshop, folder + "/downloads/ws.verify-bup-cd.json"])
        XCTAssertTrue(merged.stdout.contains("BUP (CD): 2 nya"), merged.stdout)
    }

    /// An answer file with no answer and no suggestion (what the old page saved) is named and
    /// changes nothing: no participant appears, the workshop file is not rewritten.
    func testMergingAnAnswerFileWithNothingInItSaysSoAndChangesNothing() throws {
        let folder = try Binary.temporaryFolder(self)
        let workshop = folder + "/ws.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: workshop)
        let before = try Data(contentsOf: URL(fileURLWithPath: workshop))
        let empty = folder + "/ws.verify-bup.json"
        try ParticipantStore.save(ParticipantFile(for: try WorkshopStore.load(workshop), organisation: "BUP", initials: nil,
                                                  onBehalf: false, include: [.roles]), to: empty)
        let swedish = try Binary.run(["merge", workshop, empty])
        XCTAssertEqual(swedish.status, 0, swedish.stderr)
        XCTAssertTrue(swedish.stderr.contains("\(empty): filen har inga svar och inga förslag; ingenting från den slogs samman"),
                      swedish.stderr)
        XCTAssertFalse(swedish.stdout.contains("0 nya"), swedish.stdout)
        XCTAssertTrue(swedish.stdout.contains("inget nytt, filen lämnas orörd"), swedish.stdout)
        let english = try Binary.run(["merge", workshop, empty, "--lang", "en"])
        XCTAssertTrue(english.stderr.contains("\(empty): the file has no answers and no suggestions; nothing of it was merged"),
                      english.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: workshop)), before, "the workshop file is untouched")
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
