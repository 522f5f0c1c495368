import Foundation
import XCTest

/// Text from a file never reaches the terminal as a control sequence.
final class HostileInputTests: XCTestCase {
    func testEscapeSequencesInTheFileNeverReachTheTerminal() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/fientlig.rollkarta.json"
        // JSON escapes: ESC ] 52 (clipboard), ESC [ ?1049l (leave the alternate screen), a C1 CSI,
        // BEL, carriage return, backspace and a right-to-left override.
        let hostile = "PWN\\u001b]52;c;aGFjaw==\\u0007\\u001b[?1049l\\u009b31m\\r\\b\\u202eEND"
        try String(contentsOfFile: Binary.examplePath, encoding: .utf8)
            .replacingOccurrences(of: "\"title\" : \"Ingen ska falla mellan stolarna – rollvalidering\"",
                                  with: "\"title\" : \"\(hostile)\"")
            .replacingOccurrences(of: "\"name\" : \"Barn- och ungdomspsykiatri\"", with: "\"name\" : \"BUP\(hostile)\"")
            .write(toFile: file, atomically: false, encoding: .utf8)
        XCTAssertEqual(try Binary.run(["validate", file]).status, 0, "control characters are valid JSON text")

        let raw = folder + "/raw-output"
        let tmux = try Tmux()
        try tmux.pipeOutput(to: raw)
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("PWN")
        try tmux.send("j", "j", "j", "j", "Right", "Right", "Right", "Enter")  // the detail names BUP's actor
        try tmux.waitFor("BUP – BUPPWN")
        try tmux.send("Escape", "6", "q", "q")
        try tmux.waitFor("EXIT=0")
        let output = try Data(contentsOf: URL(fileURLWithPath: raw))
        let text = String(decoding: output, as: UTF8.self)
        XCTAssertTrue(text.contains("PWN"), "the title was drawn")
        // The file's characters may show as text ("]52;c;..." is harmless without its ESC),
        // but none of its control characters may reach the terminal.
        XCTAssertFalse(text.contains("\u{1B}]52"), "the file's OSC 52 (clipboard) sequence reached the terminal")
        XCTAssertFalse(text.contains("\u{07}"), "a BEL from the file reached the terminal")
        XCTAssertFalse(text.contains("\u{202E}"), "a bidi override reached the terminal")
        XCTAssertFalse(text.contains("\u{9B}"), "a C1 CSI reached the terminal")
        XCTAssertEqual(text.components(separatedBy: "\u{1B}[?1049l").count - 1, 1,
                       "the alternate screen is left once, by Rollkarta on exit, never by the file")
        XCTAssertTrue(text.contains("PWN\u{FFFD}]52;c;"), "the ESC was replaced by a visible stand-in")
    }

    func testAOneMegabyteTitleAndA50MegabyteFileDoNotHang() throws {
        let folder = try Binary.temporaryFolder(self)
        let big = folder + "/stor.rollkarta.json"
        try String(contentsOfFile: Binary.examplePath, encoding: .utf8)
            .replacingOccurrences(of: "\"title\" : \"Ingen ska falla mellan stolarna – rollvalidering\"",
                                  with: "\"title\" : \"" + String(repeating: "å", count: 1_000_000) + "\"")
            .write(toFile: big, atomically: false, encoding: .utf8)
        let started = Date()
        XCTAssertEqual(try Binary.run(["summary", big]).status, 0)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        let tmux = try Tmux()
        try tmux.run("'\(Binary.path)' '\(big)'; echo EXIT=$?")
        try tmux.waitFor("Rollkarta · ååååå", timeout: 30)
        try tmux.send("j", "l", "Enter", "Escape", "q")
        try tmux.waitFor("EXIT=0", timeout: 30)

        // 50 MB of padding in a field the schema does not know: read, checked, refused or accepted without a hang.
        let huge = folder + "/50mb.json"
        var text = try String(contentsOfFile: Binary.examplePath, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"format\" : \"rollkarta-workshop\",",
                                         with: "\"format\" : \"rollkarta-workshop\", \"padding\" : \""
                                            + String(repeating: "x", count: 50_000_000) + "\",")
        try text.write(toFile: huge, atomically: false, encoding: .utf8)
        let result = try Binary.run(["validate", huge])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
    }
}
