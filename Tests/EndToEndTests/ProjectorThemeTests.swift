import Foundation
import XCTest

/// On a projector every cell carries the theme's paper, whatever the terminal's own
/// background: read from the real screen, with its colours, as tmux holds it.
final class ProjectorThemeTests: XCTestCase {
    /// A cell of the captured screen: its character and the colours it was drawn with
    /// (nil: the terminal's own default).
    struct Cell {
        var character: Character
        var foreground: Int?
        var background: Int?
    }

    /// The screen's rows of cells, following tmux's SGR sequences (`capture-pane -e -N`).
    static func cells(_ capture: String) -> [[Cell]] {
        var rows: [[Cell]] = [[]]
        var foreground: Int?, background: Int?
        var characters = Array(capture)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\u{1B}", index + 1 < characters.count, characters[index + 1] == "[" {
                var end = index + 2
                while end < characters.count, !characters[end].isLetter { end += 1 }
                let parameters = String(characters[(index + 2)..<end]).split(separator: ";").map { Int($0) ?? 0 }
                if end < characters.count, characters[end] == "m" {
                    var remaining = parameters.isEmpty ? [0] : parameters
                    while let code = remaining.first {
                        remaining.removeFirst()
                        switch code {
                        case 0: foreground = nil; background = nil
                        case 30...37: foreground = code - 30
                        case 90...97: foreground = code - 90 + 8
                        case 39: foreground = nil
                        case 40...47: background = code - 40
                        case 100...107: background = code - 100 + 8
                        case 49: background = nil
                        case 38, 48:  // 38;5;N or 48;5;N
                            let value = remaining.count >= 2 ? remaining[1] : nil
                            remaining.removeFirst(min(2, remaining.count))
                            if code == 38 { foreground = value } else { background = value }
                        default: break
                        }
                    }
                }
                index = end + 1
                continue
            }
            if character == "\n" { rows.append([]) } else { rows[rows.count - 1].append(Cell(character: character,
                                                                                             foreground: foreground,
                                                                                             background: background)) }
            index += 1
        }
        characters.removeAll()
        return rows.filter { !$0.isEmpty }
    }

    /// Every cell has a background of the theme's, and every visible character a foreground.
    private func assertEveryCellPainted(_ tmux: Tmux, width: Int, height: Int, _ what: String,
                                        file: StaticString = #filePath, line: UInt = #line) throws {
        let rows = Self.cells(try tmux.screen(escapes: true, wholeRows: true))
        XCTAssertEqual(rows.count, height, "\(what): rows", file: file, line: line)
        for (y, row) in rows.enumerated() {
            XCTAssertEqual(row.count, width, "\(what): row \(y) is whole", file: file, line: line)
            if let bare = row.firstIndex(where: { $0.background == nil }) {
                return XCTFail("\(what): row \(y), column \(bare) keeps the terminal's background: "
                    + String(row.map(\.character)), file: file, line: line)
            }
            if let bare = row.firstIndex(where: { $0.character != " " && $0.foreground == nil }) {
                return XCTFail("\(what): row \(y), column \(bare) '\(row[bare].character)' keeps the terminal's foreground",
                               file: file, line: line)
            }
        }
    }

    /// On a terminal without back-colour erase (TERM=screen) ncurses writes every cell itself.
    func testEveryCellIsPaintedOnATerminalWithoutBackColourErase() throws {
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.run("clear; '\(Binary.path)' '\(try exampleCopy())' --theme projector")
        try walkTheScreens(tmux)
    }

    /// On a terminal with back-colour erase (xterm-256color, as most are) ncurses clears the
    /// ends of rows with the background colour instead of writing them. tmux keeps such cleared
    /// cells out of `capture-pane`, so the app runs in a tmux of its own whose client is shown
    /// in the test's terminal: what that client draws is what a facilitator's terminal shows.
    func testEveryCellIsPaintedOnATerminalWithBackColourErase() throws {
        let tmux = try Tmux(width: 80, height: 24)
        let inner = "rollkarta-inner-\(UUID().uuidString.prefix(8))"
        addTeardownBlock { _ = try? Binary.shell("tmux -L \(inner) kill-server") }
        try tmux.run("clear; tmux -L \(inner) -f /dev/null new-session -s app "
            + "\"env TERM=xterm-256color '\(Binary.path)' '\(try exampleCopy())' --theme projector\" \\; set status off")
        try walkTheScreens(tmux)
    }

    private func exampleCopy() throws -> String {
        let file = try Binary.temporaryFolder(self) + "/projector.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: file)
        return file
    }

    /// The map at 80×24, after a resize to 120×36, under the cell's detail, a form and the Gaps view.
    private func walkTheScreens(_ tmux: Tmux, file: StaticString = #filePath, line: UInt = #line) throws {
        try tmux.waitFor("Primära roller")
        try assertEveryCellPainted(tmux, width: 80, height: 24, "map 80×24", file: file, line: line)
        try tmux.resize(width: 120, height: 36)
        try tmux.waitFor("6. Samordning")
        try assertEveryCellPainted(tmux, width: 120, height: 36, "map after resizing to 120×36", file: file, line: line)
        try tmux.send("Enter")
        try tmux.waitFor("Detaljer")
        try assertEveryCellPainted(tmux, width: 120, height: 36, "the cell's detail", file: file, line: line)
        try tmux.send("Escape", "a")
        try tmux.waitFor("Ny aktör: namn")
        try assertEveryCellPainted(tmux, width: 120, height: 36, "the actors form", file: file, line: line)
        try tmux.send("Escape", "3")
        try tmux.waitFor("sorterat på")
        try assertEveryCellPainted(tmux, width: 120, height: 36, "the Gaps view", file: file, line: line)
    }

    func testTheParserSeesTheTerminalsOwnBackground() {
        // A plain shell line carries no colours: the check would catch an unpainted screen.
        let rows = Self.cells("\u{1B}[30m\u{1B}[47mab\u{1B}[0mcd\n")
        XCTAssertEqual(rows[0].map(\.background), [7, 7, nil, nil])
        XCTAssertEqual(rows[0].map(\.foreground), [0, 0, nil, nil])
    }
}
