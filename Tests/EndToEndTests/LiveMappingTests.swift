import Foundation
import RollkartaModel
import XCTest

/// A facilitator maps live in the real binary; every change is on disk at once.
final class LiveMappingTests: XCTestCase {
    func testAssignActorsMarkAGapInSwedishQuitReopenAndUndo() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/live.rollkarta.json"
        XCTAssertEqual(try Binary.run(["new", file, "--title", "Hisingen", "--journey", "child"]).status, 0)
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")

        // Two new actors on role 1 at the first step, typed in Swedish.
        try tmux.send("a")
        try tmux.waitFor("Ny aktör: namn")
        try tmux.send("Tab", "Tab")
        try tmux.type("Elevhälsa Hisingen")
        try tmux.send("Tab")
        try tmux.type("EHH")
        try tmux.send("F2")
        try tmux.waitFor("Aktörerna sparade")
        try tmux.send("a")
        try tmux.waitFor("[x] EHH")
        try tmux.send("Tab", "Tab")
        try tmux.type("Barn- och ungdomspsykiatri")
        try tmux.send("Tab")
        try tmux.type("BUP")
        try tmux.send("F2")
        try tmux.waitFor("✓   EHH,BUP")

        // A gap described in Swedish.
        try tmux.send("g")
        try tmux.waitFor("Nytt glapp")
        try tmux.type("Ingen äger övergången; familjen får vänta")
        try tmux.send("F2")
        try tmux.waitFor("Glappet ”Ingen äger övergången; familjen får vän…” sparat")
        try tmux.waitFor("✓!  EHH,BUP")

        // Saved already, before quitting.
        var saved = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(saved.contains("\"description\" : \"Ingen äger övergången; familjen får vänta\""), saved)
        XCTAssertTrue(saved.contains("\"name\" : \"Elevhälsa Hisingen\""))
        XCTAssertEqual(try Binary.run(["validate", file]).status, 0)

        // A failing handover to the next step.
        try tmux.send("o")
        try tmux.waitFor("Ny överlämning")
        try tmux.send("Tab", "Tab", "Tab", "Tab")
        try tmux.type("Remiss till BUP för bedömning")
        try tmux.send("Tab", "Right", "Right")
        try tmux.waitFor("◂ brister ▸")
        try tmux.send("F2")
        try tmux.waitFor("Överlämningen sparad")
        try tmux.waitFor("✓!> EHH,BUP")
        saved = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(saved.contains("\"status\" : \"fails\""), saved)

        // Undo removes the handover and the file follows; redo brings it back.
        try tmux.send("u")
        try tmux.waitFor("Ångrat")
        try tmux.waitFor("✓!  EHH,BUP")
        saved = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertFalse(saved.contains("ho-0001"))
        XCTAssertTrue(saved.contains("gap-0001"))
        try tmux.send("C-r")
        try tmux.waitFor("✓!> EHH,BUP")
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).contains("ho-0001"))

        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        try tmux.run("clear; '\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("✓!> EHH,BUP")
        try tmux.waitFor("Aktörer: EHH – Elevhälsa Hisingen (region), BUP – Barn- och ungdomspsykiatri (region)")
        try tmux.waitFor("! gap-0001 [medel, otydligt ansvar] Ingen äger övergången; familjen får vänta")
        try tmux.send("4")
        try tmux.waitFor("✗ ho-0001")
        try tmux.waitFor("brister: Remiss till BUP för bedömning")
        try tmux.send("q", "q")
        try tmux.waitFor("EXIT=0")
    }

    func testClosingTheWindowKeepsWhatWasBeingTypedAndPasteIsFast() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/hup.rollkarta.json"
        XCTAssertEqual(try Binary.run(["new", file, "--journey", "child"]).status, 0)
        let tmux = try Tmux()
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try tmux.send("g")
        try tmux.waitFor("Nytt glapp")
        // A long paste arrives as thousands of keys; it must all land, and quickly.
        try tmux.type(String(repeating: "Lång text om glappet. ", count: 100) + "SLUT")
        try tmux.send("End")
        try tmux.waitFor("SLUT", timeout: 10)
        try Binary.signal("HUP", matching: file)
        try tmux.waitFor("EXIT=129")
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(saved.contains("Lång text om glappet. Lång text"), "the gap typed before the hangup was saved")
        XCTAssertTrue(saved.contains("SLUT"))
        try tmux.run("echo after-$((2+2))")
        try tmux.waitFor("after-4")
    }

    func testClosingTheWindowKeepsAFormWhoseTextLooksLikeAPersonalNumber() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/pnr.rollkarta.json"
        XCTAssertEqual(try Binary.run(["new", file, "--journey", "child"]).status, 0)
        let tmux = try Tmux()
        try tmux.run("'\(Binary.path)' '\(file)' 2>'\(folder)/stderr'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try tmux.send("g")
        try tmux.waitFor("Nytt glapp")
        try tmux.type("Patient 811218-9876 väntade")
        try tmux.waitFor("väntade")  // the window closes before F2, so before any warning
        try Binary.signal("HUP", matching: file)
        try tmux.waitFor("EXIT=129")
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(saved.contains("Patient 811218-9876 väntade"), "the form is kept, not lost")
        let said = try String(contentsOfFile: folder + "/stderr", encoding: .utf8)
        XCTAssertTrue(said.contains("\"811218-9876\" ser ut som ett personnummer"), said)
    }

    func testKillNineRightAfterAChangeLosesNothing() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/kill.rollkarta.json"
        XCTAssertEqual(try Binary.run(["new", file, "--journey", "adult"]).status, 0)
        let tmux = try Tmux()
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try tmux.send("a", "Tab", "Tab")
        try tmux.type("Sprututbytet")
        try tmux.send("F2")
        try tmux.waitFor("Aktörerna sparade")
        try Binary.signal("KILL", matching: file)
        try tmux.waitFor("EXIT=137")
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(saved.contains("\"name\" : \"Sprututbytet\""))
        XCTAssertEqual(try Binary.run(["validate", file]).status, 0)
    }
}

/// Workshop 2 rewords a role live, and the file keeps it and why.
final class RoleRevisionEndToEndTests: XCTestCase {
    /// From the map: role 4 in the role walk, `r`, a new Swedish title and the reason, F2.
    static func rewordRole4(_ tmux: Tmux, title: String, reason: String) throws {
        try tmux.send("Down", "Down", "Down", "2", "r")
        try tmux.waitFor("Ändra roll 4")
        try tmux.send("C-u")
        try tmux.type(title)
        for _ in 0..<9 { try tmux.send("Tab") }
        try tmux.type(reason)
        try tmux.send("F2")
        try tmux.waitFor("Ändrad i workshopen: " + reason)
    }

    func testRole4IsRewordedLiveInSwedishAndTheFileKeepsItAndWhy() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/ws2.rollkarta.json"
        XCTAssertEqual(try Binary.run(["new", file, "--journey", "child"]).status, 0)
        let tmux = try Tmux(width: 100, height: 40)
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try Self.rewordRole4(tmux, title: "Den som tar emot, bedömer och styr vidare – även åter",
                             reason: "Rummet: mottagningen och återremisser saknades")
        try tmux.send("1", "q")
        try tmux.waitFor("EXIT=0")
        let saved = try WorkshopStore.load(file)
        XCTAssertEqual(saved.journey(.child)?.role("4")?.title.sv, "Den som tar emot, bedömer och styr vidare – även åter")
        XCTAssertEqual(saved.revisions.first?.reason, "Rummet: mottagningen och återremisser saknades")
        XCTAssertEqual(saved.revisions.first?.before?.title.sv, "Den som bedömer och styr vidare (eller tillbaka)")
        let diff = try Binary.run(["roles", "--diff", file])
        XCTAssertEqual(diff.status, 0, diff.stderr)
        XCTAssertTrue(diff.stdout.contains("Roll 4 ändrad"), diff.stdout)
        XCTAssertTrue(diff.stdout.contains("titel: \"Den som bedömer och styr vidare (eller tillbaka)\" → "
            + "\"Den som tar emot, bedömer och styr vidare – även åter\""), diff.stdout)
        XCTAssertTrue(diff.stdout.contains("skäl: Rummet: mottagningen och återremisser saknades"), diff.stdout)
        XCTAssertEqual(diff.stdout.components(separatedBy: "Roll ").count - 1, 1, "role 4 alone: \(diff.stdout)")
        // The next workshop starts from the validated roles.
        let next = folder + "/next.rollkarta.json"
        XCTAssertEqual(try Binary.run(["new", next, "--journey", "child", "--roles-from", file]).status, 0)
        XCTAssertEqual(try WorkshopStore.load(next).journey(.child)?.role("4")?.title.sv,
                       "Den som tar emot, bedömer och styr vidare – även åter")
        XCTAssertTrue(try Binary.run(["roles", "--diff", next, "--against", file]).stdout.contains("inga ändringar"))

        try tmux.run("'\(Binary.path)' '\(file)'")
        try tmux.waitFor("Primära roller")
        try tmux.send("Down", "Down", "Down", "2")
        try tmux.waitFor("4  Den som tar emot, bedömer och styr vidare – även åter")
        try tmux.send("p")
        try tmux.waitFor("Tidigare lydelse: Den som bedömer och styr vidare (eller tillbaka)")
    }
}

/// The whole walk through workshop 2, in the real binary: a participant answers first;
/// the room rewords role 4, adds the variant 5C with examples and gives BUP's positions for
/// role 5; the diff shows exactly those, the next workshop starts from them, and the earlier
/// answer to role 4 shows as stale once merged.
final class RoleValidationEndToEndTests: XCTestCase {
    func testTheRoomRevisesRolesLiveAndTheResultCarriesOn() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/ws2.rollkarta.json"
        XCTAssertEqual(try Binary.run(["new", file, "--journey", "child"]).status, 0)
        let tmux = try Tmux(width: 100, height: 40)

        // Before: BUP is in the workshop (one cell), and a participant answers every role and
        // says what is missing.
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try tmux.send("a", "Tab", "Tab")
        try tmux.type("Barn- och ungdomspsykiatrin")
        try tmux.send("Tab")
        try tmux.type("BUP")
        try tmux.send("F2")
        try tmux.waitFor("Aktörerna sparade")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        try tmux.run("clear; '\(Binary.path)' verify '\(file)' --as BUP --initials AB; echo EXIT=$?")
        try tmux.waitFor("Stämmer rollbeskrivningen med hur det är hos er?")
        for _ in 0..<15 { try tmux.send("1") }
        try tmux.waitFor("Saknas en roll, ett steg eller en aktör?")
        try tmux.send("Enter")
        try tmux.type("Skolsköterskan saknas som roll")
        try tmux.send("Enter")
        try tmux.waitFor("• Skolsköterskan saknas som roll")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let answers = folder + "/ws2.verify-bup-ab.json"

        // The room: role 4 reworded, 5C added, BUP's positions for role 5.
        try tmux.run("clear; '\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try RoleRevisionEndToEndTests.rewordRole4(tmux, title: "Den som tar emot, bedömer och styr vidare – även åter",
                                                  reason: "Rummet: mottagningen saknades")
        try tmux.send("j", "a")
        try tmux.waitFor("Ny roll eller variant")
        try tmux.send("Tab", "Tab", "C-u")
        try tmux.type("Den som behandlar i grupp")
        for _ in 0..<6 { try tmux.send("Tab") }
        for _ in 0..<12 { try tmux.send("C-u", "BSpace") }
        try tmux.type("Gruppbehandlare på BUP")
        try tmux.send("Enter")
        try tmux.type("Kurator som leder föräldragrupp")
        for _ in 0..<3 { try tmux.send("Tab") }
        try tmux.type("Gruppbehandling saknades i 5 och 5B")
        try tmux.send("F2")
        try tmux.waitFor("5C  Den som behandlar i grupp")
        try tmux.send("k", "k", "b")
        try tmux.waitFor("Befattningar för roll 5")
        try tmux.type("psykolog, läkare")
        try tmux.send("F2")
        try tmux.waitFor("BUP: psykolog, läkare")
        try tmux.send("1", "q")
        try tmux.waitFor("EXIT=0")

        let diff = try Binary.run(["roles", "--diff", file])
        XCTAssertEqual(diff.status, 0, diff.stderr)
        let lines = diff.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(lines.filter { $0.hasPrefix("Roll ") || $0.hasPrefix("Steg ") || $0.hasPrefix("Befattningar") }, [
            "Roll 4 ändrad",
            "Roll 5C tillagd: Den som behandlar i grupp",
            "Befattningar för roll 5: Den som utreder kliniskt",
        ], diff.stdout)
        XCTAssertTrue(lines.contains("BUP: psykolog, läkare"), diff.stdout)
        XCTAssertTrue(lines.contains("skäl: Rummet: mottagningen saknades"), diff.stdout)
        let saved = try WorkshopStore.load(file)
        XCTAssertEqual(saved.journey(.child)?.role("5C")?.examples.sv, ["Gruppbehandlare på BUP", "Kurator som leder föräldragrupp"])
        XCTAssertEqual(saved.journey(.child)?.role("5C")?.variantOf, "5")

        // The next workshop starts from these roles, by the workshop or by the exported catalog.
        let catalog = folder + "/ws2.catalog.json"
        XCTAssertEqual(try Binary.run(["export", file, "--format", "catalog", "-o", catalog]).status, 0)
        for source in [file, catalog] {
            let next = folder + "/next-\((source as NSString).lastPathComponent).rollkarta.json"
            XCTAssertEqual(try Binary.run(["new", next, "--journey", "child", "--roles-from", source]).status, 0)
            XCTAssertEqual(try WorkshopStore.load(next).journey(.child)?.role("5C")?.title.sv, "Den som behandlar i grupp")
            XCTAssertTrue(try Binary.run(["roles", "--diff", next, "--against", file]).stdout.contains("inga ändringar"))
        }

        // The answer BUP gave to role 4's old wording is stale; the suggestion comes in once.
        let merged = try Binary.run(["merge", file, answers])
        XCTAssertEqual(merged.status, 0, merged.stderr)
        XCTAssertTrue(merged.stdout.contains("1 inaktuella"), merged.stdout)
        XCTAssertTrue(merged.stdout.contains("1 förslag om vad som saknas"), merged.stdout)
        let after = try WorkshopStore.load(file)
        XCTAssertEqual(after.suggestions.map(\.text), ["Skolsköterskan saknas som roll"])
        let stale = after.answers.filter { after.subjectHashes.isStale($0.subject, seen: $0.seen) }
        XCTAssertEqual(stale.map(\.subject.label), ["child/4"])
    }
}

/// The action plan followed up, in the real binary: two activities added to a gap in its
/// form, one marked "bevakar", found on the follow-up screen; `rollkarta plan` says the same.
final class FollowUpEndToEndTests: XCTestCase {
    func testTwoActivitiesOneMonitoredAreFoundOnTheFollowUpScreen() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/plan.rollkarta.json"
        XCTAssertEqual(try Binary.run(["new", file, "--journey", "child"]).status, 0)
        let tmux = try Tmux(width: 120, height: 40)
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try tmux.send("g")
        try tmux.waitFor("Nytt glapp")
        try tmux.type("Digitala grupper når för få")
        for _ in 0..<6 { try tmux.send("Tab") }
        try tmux.type("Variation i behandlingsutbudet")
        try tmux.send("Tab", "Tab")
        try tmux.type("Enhetschef BUP")
        try tmux.send("F3")
        try tmux.waitFor("Aktivitet 2 (ny)")
        try tmux.type("Teknikutveckling")
        for _ in 0..<6 { try tmux.send("Tab") }
        for _ in 0..<4 { try tmux.send("Right") }
        try tmux.waitFor("bevakar")
        try tmux.send("F2")
        try tmux.waitFor("sparat")
        try tmux.send("8")
        try tmux.waitFor("[8 Uppföljning]")
        try tmux.waitFor("bevakar · Teknikutveckling")
        try tmux.waitFor("ej påbörjad · Variation i behandlingsutbudet")
        try tmux.quitFromAView()
        let saved = try WorkshopStore.load(file)
        XCTAssertEqual(saved.gaps.first?.activities.map(\.status), [.notStarted, .monitoring])
        let plan = try Binary.run(["plan", file])
        XCTAssertEqual(plan.status, 0, plan.stderr)
        XCTAssertTrue(plan.stdout.contains("- gap-0001-a2 · Teknikutveckling") && plan.stdout.contains("  bevakar"), plan.stdout)
    }
}

/// The room opens the workshop on its start page: the vision, then attendance recorded live.
final class StartPageEndToEndTests: XCTestCase {
    func testTheStartPageShowsTheVisionAndFiveAttendeesFromThreeOrganisationsAreKept() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/ws.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: file)
        let tmux = try Tmux(width: 100, height: 40)
        try tmux.run("'\(Binary.path)' '\(file)' --start; echo EXIT=$?")
        try tmux.waitFor("Personer med psykisk ohälsa upplever att de tillsammans med professioner")
        try tmux.send("n")
        try tmux.waitFor("Närvaro: antal per verksamhet")
        try tmux.send("Tab")
        try tmux.type("2")      // BUP
        try tmux.send("Tab", "Tab")
        try tmux.type("1 ML")   // UPH
        try tmux.send("Tab")
        try tmux.type("2")      // EH
        try tmux.send("F2")
        try tmux.waitFor("5 deltagare (BUP 2, UPH 1, EH 2)")
        // The agenda's timer counts down in the header while nothing is pressed.
        try tmux.send("F7")
        try tmux.waitFor("1/6 Välkommen, syfte och vision · 10:00 kvar")
        try tmux.waitFor("09:5", timeout: 15)  // redrawn as the seconds go, no key pressed
        try tmux.quitFromAView()
        let saved = try WorkshopStore.load(file)
        XCTAssertEqual(saved.sessions.first?.total, 5)
        XCTAssertEqual(saved.sessions.first?.attendance.map(\.initials), ["", "ML", ""])
        let report = try Binary.run(["export", file, "--format", "md"])
        XCTAssertTrue(report.stdout.contains("- Workshop 2026-03-12: 5 deltagare (BUP 2, UPH 1, EH 2)"), report.stdout)
    }
}

/// A catch-up session's copy: made from the workshop, given one new gap, folded in twice.
final class CatchUpEndToEndTests: XCTestCase {
    func testACatchUpCopyWithOneNewGapIsFoldedInOnceAndAnotherWorkshopsCopyIsRefused() throws {
        let folder = try Binary.temporaryFolder(self)
        let main = folder + "/ws.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: main)
        let copy = folder + "/uppsamling.rollkarta.json"
        let made = try Binary.run(["new", copy, "--catch-up", main, "--date", "2026-11-30"])
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/uppsamling.base.rollkarta.json"))
        var catchUp = try WorkshopStore.load(copy)
        var gap = Gap(id: catchUp.nextGapID, journey: .child, step: "closure", role: "12",
                      description: "Uppsamlingen: ingen följer upp avslutet", kind: .taskMissing, priority: .medium)
        try catchUp.apply(.gap(gap.id, gap))
        try WorkshopStore.save(catchUp, to: copy)
        // Meanwhile the main workshop got a gap of its own with the same number.
        var workshop = try WorkshopStore.load(main)
        gap.description = "Huvudworkshopen: remissvägen oklar"
        try workshop.apply(.gap(gap.id, gap))
        try WorkshopStore.save(workshop, to: main)

        let first = try Binary.run(["fold-in", main, copy])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("infört i"), first.stdout)
        let folded = try WorkshopStore.load(main)
        XCTAssertEqual(folded.gaps.filter { $0.description.hasPrefix("Uppsamlingen") }.count, 1)
        XCTAssertEqual(folded.gaps.filter { $0.description.hasPrefix("Huvudworkshopen") }.count, 1, "both kept, theirs renumbered")
        XCTAssertEqual(folded.foldIns.count, 1)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: main))
        let second = try Binary.run(["fold-in", main, copy])
        XCTAssertTrue(second.stdout.contains("redan infört"), second.stdout)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: main)), bytes, "the same copy twice changes nothing")

        let stranger = folder + "/annan.rollkarta.json"
        XCTAssertEqual(try Binary.run(["new", folder + "/annan-huvud.rollkarta.json"]).status, 0)
        XCTAssertEqual(try Binary.run(["new", stranger, "--catch-up", folder + "/annan-huvud.rollkarta.json"]).status, 0)
        let refused = try Binary.run(["fold-in", main, stranger])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("en kopia av en annan workshop"), refused.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: main)), bytes)
    }
}

/// A quote about continuity, recorded with one key in the Gaps view, tied to the gap.
final class InsightEndToEndTests: XCTestCase {
    func testAQuoteAboutContinuityIsLinkedToAGapAndKept() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/ws.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: file)
        let tmux = try Tmux(width: 120, height: 40)
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try tmux.send("3", "Down", "!")
        try tmux.waitFor("Vad deltagarna sa · gap-0002")
        try tmux.type("Remissen kommer tillbaka och ingen ringer familjen")
        try tmux.send("F2")
        try tmux.waitFor("[1 sagt] Remisser studsar")
        try tmux.quitFromAView()
        let saved = try WorkshopStore.load(file)
        let insight = try XCTUnwrap(saved.insights.last)
        XCTAssertEqual(insight.gap, "gap-0002")
        XCTAssertEqual(insight.theme, .continuity)
        XCTAssertEqual(insight.kind, .quote)
        XCTAssertTrue(try Binary.run(["export", file, "--format", "md"]).stdout.contains("“Remissen kommer tillbaka och ingen ringer familjen”"))
    }
}
