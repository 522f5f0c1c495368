import Foundation
import RollkartaModel
import XCTest

/// Keys the terminal's description does not name (tmux and screen send Ctrl-← as `ESC [1;5D`)
/// reach the real binary raw, as `tmux send-keys -l` writes them: they are read whole, mapped or
/// dropped, never typed into a text and never taken as Esc followed by commands.
final class EscapeSequenceTests: XCTestCase {
    /// What xterm, tmux/screen and rxvt send for keys Rollkarta has no use for or maps.
    static let unnamed = [
        "\u{1B}[1;5D", "\u{1B}[1;5C", "\u{1B}[1;5H", "\u{1B}[1;5F", "\u{1B}[1;5A", "\u{1B}[1;2B", "\u{1B}[1;3D",
        "\u{1B}[5;5~", "\u{1B}[15;2~", "\u{1B}[25~", "\u{1B}[1;5P", "\u{1B}[200~", "\u{1B}[201~",
        "\u{1B}Od", "\u{1B}Oc", "\u{1B}Oa", "\u{1B}[7^", "\u{1B}[8^", "\u{1B}[d",
    ]

    func testCtrlArrowsInAFormMoveByWordAndTheSavedTextHoldsOnlyWhatWasTyped() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/ws.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: file)
        let tmux = try Tmux(width: 120, height: 36)
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try tmux.send("g")
        try tmux.waitFor("Nytt glapp")
        try tmux.type("abc def")
        try tmux.type("\u{1B}[1;5D")  // tmux/xterm Ctrl-←: before "def"
        try tmux.type("X")
        try tmux.type("\u{1B}[1;5F")  // Ctrl-End
        try tmux.type("Y")
        try tmux.type("\u{1B}Od")  // rxvt Ctrl-←: before "XdefY"
        try tmux.type("Z")
        try tmux.type("\u{1B}[8^")  // rxvt Ctrl-End
        try tmux.type("!")
        try tmux.type("\u{1B}[1;2D\u{1B}[15;2~\u{1B}[200~p\u{1B}[201~")  // Shift-←, Shift-F5, a pasted "p"
        try tmux.type("\u{1B}[1;5H")  // Ctrl-Home
        try tmux.type("<")
        try tmux.waitFor("<abc ZXdefY!p")
        try tmux.send("F2")
        try tmux.waitFor("sparat")
        let saved = try WorkshopStore.load(file)
        XCTAssertEqual(saved.gaps.last?.description, "<abc ZXdefY!p")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    /// In every view, with nothing being typed, each raw sequence does nothing a facilitator
    /// would not expect: the view stays, no form opens, the file is not touched. A lone Esc,
    /// sent on its own, still closes what it closes.
    func testRawSequencesInEveryViewChangeNothingAndEscStillCancels() throws {
        let folder = try Binary.temporaryFolder(self)
        for (example, views) in [("example.rollkarta.json", ["0", "1", "2", "3", "4", "5", "6", "8"]),
                                 ("ws1-example.rollkarta.json", ["0", "1", "7"])] {
            let file = folder + "/" + example
            try FileManager.default.copyItem(atPath: URL(fileURLWithPath: Binary.examplePath).deletingLastPathComponent()
                .appendingPathComponent(example).path, toPath: file)
            let before = try Data(contentsOf: URL(fileURLWithPath: file))
            let tmux = try Tmux(width: 120, height: 36)
            try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
            try tmux.waitFor("[sparad]")
            for view in views {
                try tmux.send(view)
                let screen = try tmux.waitFor("[\(view) ")
                XCTAssertFalse(screen.contains("F2 spara"), "view \(view) opened with a form:\n\(screen)")
                try tmux.type(Self.unnamed.joined())
                for sequence in Self.unnamed { try tmux.type(sequence) }
                try tmux.send("?")
                try tmux.waitFor("Tangenter")
                try tmux.send("Escape")
                let after = try tmux.waitUntilGone("Tangenter")
                let tabs = after.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
                XCTAssertTrue(tabs.contains("[\(view) "), "\(example), view \(view):\n\(after)")
                XCTAssertFalse(after.contains("F2 spara"), "\(example), view \(view): a form opened\n\(after)")
                XCTAssertFalse(after.contains("1;5") || after.contains(";2~") || after.contains("00~"),
                               "\(example), view \(view): a sequence shows as text\n\(after)")
            }
            try tmux.quitFromAView()
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), before, "\(example): nothing was saved")
        }
    }
}
