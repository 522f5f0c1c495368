import Foundation
import XCTest

/// The real binary in a real (tmux) terminal.
final class InteractiveTests: XCTestCase {
    private var folder = ""
    private var workshop = ""

    override func setUpWithError() throws {
        folder = try Binary.temporaryFolder(self)
        workshop = folder + "/workshop.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: workshop)
    }

    func testMapMovesHelpsSwitchesJourneySurvivesResizeAndQuitsCleanly() throws {
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.run("'\(Binary.path)' '\(workshop)'; echo EXIT=$?")
        // Each wait polls until the text is there: tmux may be caught half-way through a redraw.
        for text in ["Primära roller", "[Barn och unga]", "Sekundära roller", "Steg 1. Oro eller behov uppstår",
                     "Tar emot vård och stöd, påverkas av insatsernas innehåll"] {
            try tmux.waitFor(text)
        }
        var screen: String

        // The selection moves with arrows and vim keys; the detail follows it.
        try tmux.send("j", "Down", "j", "l", "Right")
        try tmux.waitFor("Roll 4 · Den som bedömer och styr vidare (eller tillbaka)")
        try tmux.waitFor("Steg 3. Bedömning och styrning")
        let styled = try tmux.screen(escapes: true)
        let selectedLine = try XCTUnwrap(styled.split(separator: "\n").first { $0.contains("EVI,UPH") })
        let beforeCell = selectedLine.components(separatedBy: "✓!= EVI,UPH")[0]
        XCTAssertTrue(beforeCell.hasSuffix("m"), "the selected cell carries its own attributes: \(selectedLine)")

        try tmux.send("?")
        try tmux.waitFor("Tangenter")
        try tmux.waitFor("Byt resa (barn och unga / vuxna)")
        try tmux.send("Escape")
        try tmux.waitUntilGone("Tangenter")

        try tmux.send("Tab")
        try tmux.waitFor("[Vuxna]")
        try tmux.waitFor("14  Fångar upp tappad")

        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("Terminalen är för liten")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor("Primära roller")
        try tmux.waitUntilGone("för liten")
        try tmux.waitFor("[Vuxna]")

        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        try tmux.run("echo shell-$((40+2))")
        screen = try tmux.waitFor("shell-42")
        XCTAssertTrue(screen.contains("echo shell-$((40+2))"), "typed text echoes again: the terminal was restored")
    }

    /// LANG=C (or a Swedish locale the machine lacks) in a UTF-8 terminal: å, ä, ö, ✓ and the
    /// box lines are still drawn, and typed åäö still arrive, instead of silently disappearing.
    func testWithoutAUTF8LocaleTheSwedishLettersAndMarksAreStillShown() throws {
        for lang in ["C", "sv_SE.UTF-8"] {
            let folder = try Binary.temporaryFolder(self)
            let file = folder + "/ws.rollkarta.json"
            try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: file)
            let tmux = try Tmux(width: 120, height: 36, environment: ["LANG": lang, "LC_ALL": lang])
            try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
            let screen = try tmux.waitFor("Primära roller")
            XCTAssertTrue(screen.contains("✓") && screen.contains("──"), "LANG=\(lang): marks and lines\n\(screen)")
            try tmux.send("/")
            try tmux.type("Förskola")
            try tmux.waitFor("Sök: Förskola")
            try tmux.send("Escape", "q")
            try tmux.waitFor("EXIT=0")
        }
    }

    func testSearchTypedInSwedishFindsTheActor() throws {
        let tmux = try Tmux()
        try tmux.run("'\(Binary.path)' '\(workshop)'")
        try tmux.waitFor("Primära roller")
        try tmux.send("/")
        try tmux.type("närhälsan")
        try tmux.waitFor("Sök: närhälsan")
        try tmux.send("Enter")
        try tmux.waitFor("Aktörer: VC – Vårdcentral Närhälsan")
        try tmux.waitFor("[Vuxna]")
        try tmux.waitFor("träff 1 av 3")
    }

    func testEnglishMonochromeProjectorHasNoColourButMarks() throws {
        let tmux = try Tmux(environment: ["NO_COLOR": "1"])
        try tmux.run("'\(Binary.path)' '\(workshop)' --lang en --theme projector")
        try tmux.waitFor("Primary roles")
        try tmux.waitFor("Marks: ✓ holds  ~ partly  ? unclear")
        try tmux.waitFor("✓!= EVI,UPH")
        let styled = try tmux.screen(escapes: true)
        let colour = try NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*(3[0-7]|4[0-7]|38;|48;)[0-9;]*m")
        XCTAssertNil(colour.firstMatch(in: styled, range: NSRange(styled.startIndex..., in: styled)),
                     "NO_COLOR set, yet colour was drawn")
        XCTAssertTrue(styled.contains("\u{1B}[7m") || styled.contains(";7m"), "reverse video still marks the selection")
    }

    func testNoFileOpensTheExampleCopyInTheDataFolder() throws {
        // A short path, so the whole message fits the 100-column status bar.
        let data = "/tmp/rk-\(UUID().uuidString.prefix(8))"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: data) }
        let tmux = try Tmux(environment: ["XDG_DATA_HOME": data])
        try tmux.run("'\(Binary.path)'")
        try tmux.waitFor("Exempelworkshop: \(data)/rollkarta/example.rollkarta.json")
        try tmux.waitFor("Ingen ska falla mellan stolarna")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: data + "/rollkarta/example.rollkarta.json")),
                       try Data(contentsOf: URL(fileURLWithPath: Binary.examplePath)))
    }

    func testSigtermRestoresTheTerminal() throws {
        let tmux = try Tmux()
        try tmux.run("'\(Binary.path)' '\(workshop)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try tmux.run("")  // nothing: the app ignores an empty line
        try Binary.signal("TERM", matching: workshop)
        try tmux.waitFor("EXIT=143")
        try tmux.run("echo after-$((1+1))")
        try tmux.waitFor("after-2")
    }

    func testACrashRestoresTheTerminalBeforeDying() throws {
        let tmux = try Tmux()
        try tmux.run("'\(Binary.path)' '\(workshop)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try Binary.signal("ABRT", matching: workshop)  // what a Swift trap or abort() raises
        try tmux.waitFor("EXIT=134")
        try tmux.run("echo alive-$((3+3))")
        let screen = try tmux.waitFor("alive-6")
        XCTAssertTrue(screen.contains("echo alive-$((3+3))"), "typed text echoes: raw mode was left")
        XCTAssertFalse(screen.contains("Primära roller"), "the alternate screen was left")
    }

    func testDumbOrMissingTerminalGivesAClearMessageAndExitsOne() throws {
        let tmux = try Tmux()
        try tmux.run("TERM=dumb '\(Binary.path)' '\(workshop)'; echo EXIT=$?")
        var screen = try tmux.waitFor("EXIT=1")
        XCTAssertTrue(screen.contains("terminalen kan inte styras (TERM=dumb)"), screen)
        try tmux.run("env -u TERM '\(Binary.path)' '\(workshop)' --lang en; echo EXIT=$?")
        screen = try tmux.waitFor("TERM is not set")
        XCTAssertFalse(screen.contains("\u{1B}"))

        let piped = try Binary.run([workshop])
        XCTAssertEqual(piped.status, 1)
        XCTAssertTrue(piped.stderr.contains("ingen terminal"), piped.stderr)
        XCTAssertFalse(piped.stdout.contains("\u{1B}"), "escape codes written with no terminal")
    }

    func testShowPrintsTheMapAsAnOutline() throws {
        let result = try Binary.run(["show", workshop, "--journey", "child"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Resa: Barn och unga"))
        XCTAssertTrue(result.stdout.contains("  Steg 3: Bedömning och styrning"))
        XCTAssertTrue(result.stdout.contains(
            "4 Den som bedömer och styr vidare (eller tillbaka): EVI (BUP En väg in), UPH (Vårdcentral med UPH) – har rollen; GLAPP gap-0002 [hög]"),
            result.stdout)
        XCTAssertFalse(result.stdout.contains("Resa: Vuxna"))
    }
}
