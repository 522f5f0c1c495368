import XCTest
@testable import RollkartaApp
import RollkartaModel

final class ResizeAndTextTests: XCTestCase {
    func testTooSmallSaysSoAndRecovers() throws {
        var h = try Harness()
        h.resize(60, 20)
        XCTAssertTrue(h.text.contains("Terminalen är för liten (behöver 80×24, är 60×20)"), h.text)
        XCTAssertFalse(h.text.contains("Primära roller"))
        h.press(.down)
        h.resize(100, 30)
        XCTAssertTrue(h.text.contains("── Primära roller"))
        XCTAssertEqual(h.state.position.row, 1)
    }

    func testEveryLineFitsTheScreenAtManySizes() throws {
        var h = try Harness()
        for (width, height) in [(80, 24), (81, 25), (120, 40), (200, 60), (79, 23), (10, 3), (0, 0)] {
            h.resize(width, height)
            let screen = h.screen
            XCTAssertEqual(screen.width, width)
            for line in screen.lines { XCTAssertLessThanOrEqual(TextWidth.of(line), width) }
        }
    }

    func testWideCharactersAndCombiningMarksKeepColumnsAligned() {
        XCTAssertEqual(TextWidth.of("åäö"), 3)
        XCTAssertEqual(TextWidth.of("a\u{030A}"), 1, "a + combining ring is one cell")
        XCTAssertEqual(TextWidth.of("漢字"), 4)
        XCTAssertEqual(TextWidth.of("👍"), 2)
        var buffer = CellBuffer(width: 10, height: 1)
        buffer.put("漢a", x: 0, y: 0)
        buffer.put("|", x: 4, y: 0)
        XCTAssertEqual(buffer.line(0), "漢a |     ")
        buffer.put("x", x: 1, y: 0)  // overwriting half of a wide character blanks the other half
        XCTAssertEqual(buffer.line(0), " xa |     ")
    }

    func testControlCharactersAndBidiOverridesNeverReachTheBuffer() throws {
        var workshop = try WorkshopStore.load(TestData.examplePath)
        workshop.title = "Evil\u{1B}[31m\u{202E}title\r\u{9B}x"
        let h = try Harness(workshop: workshop)
        let header = h.screen.line(0)
        for scalar in h.screen.lines.joined().unicodeScalars {
            XCTAssertFalse(DisplayText.isUnsafe(scalar), "unsafe U+\(String(scalar.value, radix: 16)) in the buffer")
        }
        XCTAssertTrue(header.contains("Evil�[31m�title��x"), header)
    }

    func testWrapBreaksAtSpacesAndCutsOverlongWords() {
        XCTAssertEqual(TextWidth.wrap("Den som samordnar plan och kontinuitet", width: 12),
                       ["Den som", "samordnar", "plan och", "kontinuitet"])
        XCTAssertEqual(TextWidth.wrap("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(TextWidth.truncate("Vårdcentral", to: 6), "Vårdc…")
    }

    func testTruncateCutsAtTheWidthInCellsAndLeavesWhatFits() {
        XCTAssertEqual(TextWidth.truncate("Bedömer", to: 7), "Bedömer", "an exact fit is left whole")
        XCTAssertEqual(TextWidth.truncate("Bedömer", to: 6), "Bedöm…")
        XCTAssertEqual(TextWidth.truncate("Bedömer", to: 6, ellipsis: false), "Bedöme")
        XCTAssertEqual(TextWidth.truncate("日本語", to: 5), "日本…", "wide characters take two cells")
        XCTAssertEqual(TextWidth.truncate("日本語", to: 6), "日本語")
        XCTAssertEqual(TextWidth.truncate("", to: 3), "")
        XCTAssertEqual(TextWidth.truncate("abc", to: 0), "")
        XCTAssertEqual(TextWidth.truncate(String(repeating: "x", count: 100_000), to: 4), "xxx…")
    }
}
