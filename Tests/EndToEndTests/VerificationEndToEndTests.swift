import Foundation
import RollkartaModel
import XCTest

/// A participant verifies in the real binary, stops, resumes and finishes; the facilitator
/// merges and sees the tally.
final class VerificationEndToEndTests: XCTestCase {
    func testParticipantAnswersQuitsResumesFinishesAndTheFacilitatorMergesAndSeesTheTally() throws {
        let folder = try Binary.temporaryFolder(self)
        let workshop = folder + "/ws.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: workshop)
        let untouched = try Data(contentsOf: URL(fileURLWithPath: workshop))
        let answers = folder + "/ws.verify-elevhalsan-ak.json"
        let tmux = try Tmux(width: 100, height: 30)
        let verify = "'\(Binary.path)' verify '\(workshop)' --as Elevhälsan --initials ÅK; echo EXIT=$?"

        // Three roles: Yes, No with a comment in Swedish, Let's discuss without one.
        try tmux.run(verify)
        try tmux.waitFor("Roll 1/31 · besvarade 0/31")
        try tmux.send("1")
        try tmux.waitFor("Roll 2/31 · besvarade 1/31")
        try tmux.send("2")
        try tmux.waitFor("Kommentar (valfri):")
        try tmux.type("Förälder och förskola – båda, inte bara föräldern")
        try tmux.send("Enter")
        try tmux.waitFor("Roll 3/31 · besvarade 2/31")
        try tmux.send("3")
        try tmux.waitFor("Kommentar (valfri):")
        try tmux.send("Escape")
        try tmux.waitFor("Roll 4/31 · besvarade 3/31")
        try tmux.send("q")
        try tmux.waitFor("3 av 31 besvarade")
        try tmux.waitFor("EXIT=0")
        let saved = try String(contentsOfFile: answers, encoding: .utf8)
        XCTAssertTrue(saved.contains("\"comment\" : \"Förälder och förskola – båda, inte bara föräldern\""), saved)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: workshop)), untouched, "verify never writes the workshop")

        // Resume: it starts at the first unanswered role and keeps the earlier answers.
        try tmux.run("clear; " + verify)
        try tmux.waitFor("Roll 4/31 · besvarade 3/31")
        try tmux.send("Left", "Left")
        try tmux.waitFor("Ditt svar: Nej – \"Förälder och förskola – båda, inte bara föräldern\"")
        try tmux.send("n")
        try tmux.waitFor("Roll 4/31")
        for _ in 0..<28 { try tmux.send("1") }
        try tmux.waitFor("Alla besvarade")
        try tmux.waitFor("besvarade 31/31")
        try tmux.send("q")
        try tmux.waitFor("31 av 31 besvarade")

        // The facilitator merges (twice: the second changes nothing) and reveals the tally.
        let merged = try Binary.run(["merge", workshop, answers])
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertTrue(merged.stdout.contains("Elevhälsan (ÅK): 31 nya, 0 ändrade, 0 oförändrade"), merged.stdout)
        let again = try Binary.run(["merge", workshop, answers])
        XCTAssertTrue(again.stdout.contains("0 nya, 0 ändrade, 31 oförändrade"), again.stdout)
        XCTAssertTrue(again.stdout.contains("inget nytt, filen lämnas orörd"), again.stdout)
        XCTAssertEqual(try Binary.run(["validate", workshop]).status, 0)

        try tmux.run("clear; '\(Binary.path)' '\(workshop)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try tmux.send("5")
        try tmux.waitFor("rösterna är dolda (v visar)")
        try tmux.send("v", "Down")
        try tmux.waitFor("Nej · Elevhälsan (ÅK): Förälder och förskola – båda, inte bara föräldern")
        let screen = try tmux.screen()
        let row = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("2 Den som finns i barnets vardag") })
        XCTAssertTrue(row.hasPrefix(" ! Barn"), String(row))
        XCTAssertTrue(row.contains("1/4     0      1      0"), String(row))
        try tmux.send("q", "q")
        try tmux.waitFor("EXIT=0")
    }

    func testAnswersForAnotherWorkshopAreRefusedAndNothingIsWritten() throws {
        let folder = try Binary.temporaryFolder(self)
        let workshop = folder + "/ws.rollkarta.json"
        let other = folder + "/annan.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: workshop)
        XCTAssertEqual(try Binary.run(["new", other, "--title", "Annan workshop", "--journey", "child"]).status, 0)
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.run("'\(Binary.path)' verify '\(other)' --as BUP; echo EXIT=$?")
        try tmux.waitFor("Roll 1/15")
        try tmux.send("1", "q")
        try tmux.waitFor("EXIT=0")
        let answers = try Binary.answerFile(in: folder, "annan.verify-bup")
        let before = try Data(contentsOf: URL(fileURLWithPath: workshop))
        let result = try Binary.run(["merge", workshop, answers])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("svaren gäller en annan workshop (\"Annan workshop\""), result.stderr)
        XCTAssertTrue(result.stderr.contains("ingenting slogs samman"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: workshop)), before)
        // A workshop given where an answer file belongs is named as such.
        let swapped = try Binary.run(["merge", workshop, other])
        XCTAssertEqual(swapped.status, 1)
        XCTAssertTrue(swapped.stderr.contains("är ingen Rollkarta-svarsfil"), swapped.stderr)
    }

    /// Two colleagues of BUP walk on two machines (two folders) without initials: two files,
    /// named by each walk's code, merged into the one workshop as two participants. The same
    /// command again in the same folder resumes that walk's file.
    func testTwoWalksWithoutInitialsMergeAsTwoParticipantsAndEachResumesItsOwn() throws {
        let folder = try Binary.temporaryFolder(self)
        let workshop = folder + "/ws.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: workshop)
        var files: [String] = []
        for (colleague, vote) in [("anna", "1"), ("bertil", "2")] {
            let own = folder + "/" + colleague
            try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: workshop, toPath: own + "/ws.rollkarta.json")
            let tmux = try Tmux(width: 100, height: 30)
            try tmux.run("'\(Binary.path)' verify '\(own)/ws.rollkarta.json' --as BUP; echo EXIT=$?")
            try tmux.waitFor("Roll 1/31")
            try tmux.waitFor("BUP (")
            try tmux.send(vote)
            if vote == "2" { try tmux.send("Enter") }
            try tmux.waitFor("besvarade 1/31")
            try tmux.send("q")
            try tmux.waitFor("EXIT=0")
            let file = try Binary.answerFile(in: own, "ws.verify-bup")
            // Again: the same walk, resumed from its file.
            try tmux.run("clear; '\(Binary.path)' verify '\(own)/ws.rollkarta.json' --as BUP; echo EXIT=$?")
            try tmux.waitFor("besvarade 1/31")
            try tmux.send("q")
            try tmux.waitFor("EXIT=0")
            XCTAssertEqual(try Binary.answerFile(in: own, "ws.verify-bup"), file, "resumed, no second file")
            files.append(file)
        }
        XCTAssertNotEqual((files[0] as NSString).lastPathComponent, (files[1] as NSString).lastPathComponent)
        let before = try WorkshopStore.load(workshop).participants.count
        let merged = try Binary.run(["merge", workshop] + files)
        XCTAssertEqual(merged.status, 0, merged.stderr)
        let after = try WorkshopStore.load(workshop)
        XCTAssertEqual(after.participants.count, before + 2, merged.stdout)
        let result = try XCTUnwrap(VerificationResults(after).result(for: .role(journey: .child, role: "1")))
        XCTAssertEqual(result.yes, 1)
        XCTAssertEqual(result.no, 1, "Bertil's No does not replace Anna's Yes")
    }

    func testAClosedWindowKeepsTheCommentBeingTypedAndTheLockIsFreed() throws {
        let folder = try Binary.temporaryFolder(self)
        let workshop = folder + "/hup.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: workshop)
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.run("'\(Binary.path)' verify '\(workshop)' --as NSPH; echo EXIT=$?")
        try tmux.waitFor("Roll 1/31")
        try tmux.send("3")
        try tmux.waitFor("Kommentar (valfri):")
        try tmux.type("Brukarnas röst saknas i steg två")
        try tmux.waitFor("steg två▏")
        try Binary.signal("HUP", matching: "verify \(workshop)")
        try tmux.waitFor("EXIT=129")
        let answers = try Binary.answerFile(in: folder, "hup.verify-nsph")
        let saved = try String(contentsOfFile: answers, encoding: .utf8)
        XCTAssertTrue(saved.contains("\"comment\" : \"Brukarnas röst saknas i steg två\""), saved)
        XCTAssertFalse(FileManager.default.fileExists(atPath: answers + ".lock"))
    }

    func testMergeWaitsWhileTheWorkshopIsOpenAndAnswersOnBehalfSaySo() throws {
        let folder = try Binary.temporaryFolder(self)
        let workshop = folder + "/behalf.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: workshop)
        let tmux = try Tmux(width: 100, height: 30)

        // The facilitator answers for NSPH, who has no machine in the room.
        try tmux.run("'\(Binary.path)' verify '\(workshop)' --as NSPH --on-behalf; echo EXIT=$?")
        try tmux.waitFor(") · ifyllt av facilitatorn")
        try tmux.send("1", "q")
        try tmux.waitFor("EXIT=0")
        let answers = try Binary.answerFile(in: folder, "behalf.verify-nsph")

        // While the workshop is open in Rollkarta, merge writes nothing.
        try tmux.run("clear; '\(Binary.path)' '\(workshop)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        let before = try Data(contentsOf: URL(fileURLWithPath: workshop))
        let refused = try Binary.run(["merge", workshop, answers])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.hasPrefix("Ingenting skrevs: \(workshop) är öppen i Rollkarta (pid"), refused.stderr)
        XCTAssertEqual(refused.stdout, "", "nothing said as if merged (no '1 nya, 0 ändrade')")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: workshop)), before)
        let plan = try Binary.run(["import-plan", workshop, folder + "/saknas.xlsx"])
        XCTAssertTrue(plan.stderr.hasPrefix("Ingenting skrevs: "), "an import is refused first too: \(plan.stderr)")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")

        let merged = try Binary.run(["merge", workshop, answers])
        XCTAssertEqual(merged.status, 0, merged.stderr)
        let code = String((answers as NSString).lastPathComponent.dropFirst("behalf.verify-nsph-".count).prefix(4))
        XCTAssertTrue(merged.stdout.contains("NSPH (\(code)): 1 nya, 0 ändrade, 0 oförändrade; ifyllt av facilitatorn"), merged.stdout)
        try tmux.run("clear; '\(Binary.path)' '\(workshop)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try tmux.send("5", "v")
        try tmux.waitFor("Ja · NSPH (\(code)) (ifyllt av facilitatorn)")
        try tmux.send("q", "q")
        try tmux.waitFor("EXIT=0")
    }
}
