import XCTest
@testable import RollkartaModel

/// The one escape of the HTML page and the XML workbook: what a browser or a spreadsheet
/// would read as markup arrives as the characters typed.
final class MarkupEscapeTests: XCTestCase {
    func testMarkupAndBothQuotesBecomeEntities() {
        XCTAssertEqual(MarkupEscape.escape(#"<b a="x" b='y'>&</b>"#),
                       "&lt;b a=&quot;x&quot; b=&#39;y&#39;&gt;&amp;&lt;/b&gt;")
    }

    func testLineBreaksStayOnlyInCellsAndControlsNeverReachTheMarkup() {
        XCTAssertEqual(MarkupEscape.escape("a\nb\u{1B}[31m\u{202E}c", keepNewlines: true), "a\nb\u{FFFD}[31m\u{FFFD}c")
        XCTAssertEqual(MarkupEscape.escape("a\nb\tc"), "a b c")
        XCTAssertFalse(MarkupEscape.escape("x\u{0}\u{7}\u{1F}y", keepNewlines: true).unicodeScalars.contains { $0.value < 0x20 })
    }
}
