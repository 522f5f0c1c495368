import XCTest
@testable import RollkartaApp
import RollkartaModel

/// The shared drawing parts of Components/, each drawn alone into a small buffer, as ratatui
/// tests its widgets: exactly what a person would read there, nothing drawn outside the area
/// it was given, wide characters (漢, emoji take two cells; å ä ö one) and cut text, and the
/// layout splits at sizes down to nothing.
final class ComponentTests: XCTestCase {
    /// The tiny areas every component is drawn at, each placed inside a bigger buffer (two
    /// columns and a row of margin) so that a cell drawn outside the area shows.
    static let sizes = [(0, 0), (1, 1), (3, 2), (10, 3)]

    private func framed(_ width: Int, _ height: Int) -> (CellBuffer, Rect) {
        (CellBuffer(width: width + 4, height: height + 2), Rect(x: 2, y: 1, width: width, height: height))
    }

    /// Every cell outside `area` is as a fresh buffer has it.
    private func assertNothingOutside(_ buffer: CellBuffer, _ area: Rect, _ what: String,
                                      file: StaticString = #filePath, line: UInt = #line) {
        for y in 0..<buffer.height {
            for x in 0..<buffer.width where !(area.x..<area.maxX).contains(x) || !(area.y..<area.maxY).contains(y) {
                XCTAssertEqual(buffer[x, y], .blank, "\(what): drawn outside \(area) at (\(x), \(y)):\n\(buffer.lines.joined(separator: "\n"))",
                               file: file, line: line)
            }
        }
    }

    private func hint(_ key: Key, _ action: Action, _ short: String) -> Binding {
        Binding([key], action, Localized(short), short: Localized(short))
    }

    // MARK: Rect and its split

    func testRectNeverHasANegativeSizeAndCentresInside() {
        XCTAssertEqual(Rect(x: 1, y: 2, width: -3, height: -1), Rect(x: 1, y: 2, width: 0, height: 0))
        let area = Rect(x: 2, y: 1, width: 10, height: 3)
        XCTAssertEqual(area.centered(width: 4, height: 1), Rect(x: 5, y: 2, width: 4, height: 1))
        XCTAssertEqual(area.centered(width: 50, height: 50), area, "a bigger request is the whole area")
        for (width, height) in Self.sizes {
            let outer = Rect(x: 2, y: 1, width: width, height: height)
            for request in [-10, -1, 0, 1, 2, 100] {
                let inner = outer.centered(width: request, height: request)
                XCTAssertGreaterThanOrEqual(inner.x, outer.x, "\(request) in \(outer)")
                XCTAssertGreaterThanOrEqual(inner.y, outer.y, "\(request) in \(outer)")
                XCTAssertLessThanOrEqual(inner.maxX, outer.maxX, "\(request) in \(outer): \(inner)")
                XCTAssertLessThanOrEqual(inner.maxY, outer.maxY, "\(request) in \(outer): \(inner)")
            }
        }
        XCTAssertEqual(area.inset(columns: 1, rows: 1), Rect(x: 3, y: 2, width: 8, height: 1))
        XCTAssertEqual(area.inset(columns: 6, rows: 2), Rect(x: 8, y: 3, width: 0, height: 0))
    }

    func testRowsFillTheAreaInOrderWithoutGapsOverlapsOrNegativeHeights() {
        let splits: [[Constraint]] = [
            [.length(1), .length(1), .fill, .length(1)], [.fill], [.fill, .fill, .fill], [.length(2), .fill, .length(100)],
            [.length(-3), .fill], [.fill, .length(0), .fill], [.length(1), .length(2), .fill, .fill, .length(1)],
        ]
        for constraints in splits {
            for height in 0...12 {
                let area = Rect(x: 3, y: 2, width: 7, height: height)
                let parts = area.rows(constraints)
                let label = "\(constraints) in height \(height): \(parts)"
                XCTAssertEqual(parts.count, constraints.count, label)
                var y = area.y
                for (part, constraint) in zip(parts, constraints) {
                    XCTAssertEqual(part.y, y, "each part starts where the one above ends: \(label)")
                    XCTAssertEqual(part.x, area.x, label)
                    XCTAssertEqual(part.width, area.width, label)
                    XCTAssertGreaterThanOrEqual(part.height, 0, label)
                    if case .length(let length) = constraint { XCTAssertLessThanOrEqual(part.height, max(0, length), label) }
                    y = part.maxY
                }
                XCTAssertEqual(y, area.maxY, "the parts fill the area exactly: \(label)")
                let fixed = constraints.reduce(0) { if case .length(let n) = $1 { return $0 + max(0, n) } else { return $0 } }
                if fixed <= height {
                    for (part, constraint) in zip(parts, constraints) {
                        if case .length(let length) = constraint { XCTAssertEqual(part.height, max(0, length), "a length that fits is exact: \(label)") }
                    }
                    let fills = zip(parts, constraints).filter { $0.1 == .fill }.map(\.0.height)
                    XCTAssertLessThanOrEqual((fills.max() ?? 0) - (fills.min() ?? 0), 1, "fills share the rest evenly: \(label)")
                }
            }
        }
    }

    func testAppFrameGivesTheHeaderFirstAndTheBodyWhatIsLeft() {
        let full = AppFrame(width: 80, height: 24)
        XCTAssertEqual([full.header, full.tabs, full.main, full.status], [
            Rect(x: 0, y: 0, width: 80, height: 1), Rect(x: 0, y: 1, width: 80, height: 1),
            Rect(x: 0, y: 2, width: 80, height: 21), Rect(x: 0, y: 23, width: 80, height: 1),
        ])
        XCTAssertEqual(full.body, Rect(x: 1, y: 3, width: 78, height: 20))
        let two = AppFrame(width: 3, height: 2)
        XCTAssertEqual([two.header, two.tabs, two.main, two.status].map(\.height), [1, 1, 0, 0])
        let none = AppFrame(width: 0, height: 0)
        XCTAssertEqual([none.header, none.tabs, none.main, none.status, none.body].map(\.height), [0, 0, 0, 0, 0])
        XCTAssertEqual(none.body.width, 0)
    }

    // MARK: CellBuffer

    func testPutClipsAtTheLimitAndNeverSplitsAWideCharacter() {
        var buffer = CellBuffer(width: 6, height: 2)
        XCTAssertEqual(buffer.put("åäöÅÄÖ!", x: 0, y: 0), 6, "å ä ö take one cell each")
        XCTAssertEqual(buffer.line(0), "åäöÅÄÖ")
        XCTAssertEqual(buffer.put("漢字漢", x: 1, y: 1, limit: 4), 4)
        XCTAssertEqual(buffer.lines[1], " 漢字 ", "the third wide character does not fit in 4 cells")
        XCTAssertEqual(buffer[2, 1].text, "", "the right half of a wide character")
        XCTAssertEqual(buffer.put("a👍", x: 5, y: 1), 1, "an emoji at the edge is left out, not halved")
        XCTAssertEqual(buffer.lines[1], " 漢字a")
        buffer.put("xyz", x: -2, y: 0)  // left of the buffer is cut off
        XCTAssertEqual(buffer.line(0), "zäöÅÄÖ")
        XCTAssertEqual(buffer.put("x", x: 0, y: 2), 0)
        XCTAssertEqual(buffer.put("x", x: 0, y: -1), 0)
        var empty = CellBuffer(width: 0, height: 0)
        empty.put("x", x: 0, y: 0)
        empty.fill(Rect(x: 0, y: 0, width: 5, height: 5), style: .selected)
        XCTAssertEqual(empty.lines, [])
    }

    // MARK: ListState and ListView

    func testListMovesStayOnARowAndAPageIsAtLeastOne() {
        var list = ListState()
        XCTAssertTrue(list.move(.moveUp, count: 5, page: 3))
        XCTAssertEqual(list.selected, 0, "up at the top stays on the first row")
        XCTAssertTrue(list.move(.pageDown, count: 5, page: 3))
        XCTAssertEqual(list.selected, 3)
        XCTAssertTrue(list.move(.pageDown, count: 5, page: 3))
        XCTAssertEqual(list.selected, 4, "a page down past the end stops at the last row")
        XCTAssertTrue(list.move(.pageUp, count: 5, page: 0))
        XCTAssertEqual(list.selected, 3, "a list drawn zero rows high still moves a row a page")
        XCTAssertTrue(list.move(.home, count: 5, page: 3))
        XCTAssertEqual(list.selected, 0)
        XCTAssertTrue(list.move(.end, count: 5, page: 3))
        XCTAssertEqual(list.selected, 4)
        XCTAssertFalse(list.move(.edit, count: 5, page: 3), "not a navigation action")
        XCTAssertEqual(list.selected, 4)
        XCTAssertTrue(list.move(.end, count: 0, page: 3))
        XCTAssertEqual(list.selected, 0, "an empty list selects row 0, never -1")
        list.selected = 9
        list.clamp(count: 3)
        XCTAssertEqual(list.selected, 2, "after a deletion the selection is on a row that exists")
    }

    func testListScrollsAsLittleAsPossibleToKeepTheSelectionInView() {
        var list = ListState(selected: 4)
        list.top = 3
        XCTAssertEqual(list.firstVisible(count: 10, visibleRows: 3), 3, "in view: no scroll")
        list.selected = 9
        XCTAssertEqual(list.firstVisible(count: 10, visibleRows: 3), 7, "below: the selection becomes the last row")
        list.selected = 1
        XCTAssertEqual(list.firstVisible(count: 10, visibleRows: 3), 1, "above: the selection becomes the first row")
        list.top = 0
        list.selected = 3
        XCTAssertEqual(list.firstVisible(count: 10, visibleRows: 3), 1, "one below the last row: one row of scroll")
        list.selected = 9
        list.scrollIntoView(count: 10, visibleRows: 3)
        XCTAssertEqual(list.top, 7)
        XCTAssertEqual(list.firstVisible(count: 10, visibleRows: 20), 0, "a list that fits is not scrolled")
        XCTAssertEqual(list.firstVisible(selectedLines: 4..<8, totalLines: 10, visibleLines: 2), 4,
                       "a row taller than the view shows its start")
    }

    /// Draws rows "rad 0", "rad 1", … in the area as a screen's row closure does.
    private func drawList(_ list: ListState, count: Int, in area: Rect, into buffer: inout CellBuffer) {
        ListView.draw(list, count: count, in: area, into: &buffer) { index, y, _, buffer in
            buffer.put("rad \(index)", x: area.x, y: y, style: index == list.selected ? .selected : .normal, limit: area.width)
        }
    }

    func testListViewShowsTheSelectedRowWhenTheAreaIsSmallerThanTheList() {
        var (buffer, area) = framed(6, 3)
        drawList(ListState(selected: 7), count: 10, in: area, into: &buffer)
        XCTAssertEqual(buffer.lines, ["          ", "  rad 5   ", "  rad 6   ", "  rad 7   ", "          "])
        XCTAssertEqual((2..<8).map { buffer[$0, 3].style }, Array(repeating: .selected, count: 6), "the whole row is filled")
        XCTAssertEqual(buffer[2, 2].style, .normal)
        assertNothingOutside(buffer, area, "list")

        for (width, height) in Self.sizes {
            for selected in [0, 4, 9] {
                var (buffer, area) = framed(width, height)
                drawList(ListState(selected: selected), count: 10, in: area, into: &buffer)
                assertNothingOutside(buffer, area, "list \(width)x\(height)")
                if width >= 5 && height >= 1 {
                    XCTAssertTrue(buffer.lines.contains { $0.contains("rad \(selected)") }, "row \(selected) in view at \(width)x\(height)")
                }
            }
        }
        var (one, oneArea) = framed(3, 1)
        drawList(ListState(selected: 9), count: 10, in: oneArea, into: &one)
        XCTAssertEqual(one.lines[1], "  rad  ", "one row high: the selected row, cut to the width")
        var (empty, emptyArea) = framed(5, 2)
        drawList(ListState(), count: 0, in: emptyArea, into: &empty)
        XCTAssertEqual(empty, CellBuffer(width: 9, height: 4), "an empty list draws nothing")
    }

    // MARK: TextView

    func testTextViewDrawsFromTheScrollCutToTheAreaAndSaysWhenMoreFollows() {
        let lines = [StyledLine(text: "Vårdcentral"), StyledLine(text: "漢字漢字", style: .heading), StyledLine(text: "åäö", indent: 1)]
        var (buffer, area) = framed(3, 2)
        XCTAssertTrue(TextView.draw(lines, scroll: 0, in: area, normal: .overlay, into: &buffer), "a line is below")
        XCTAssertEqual(buffer.lines, ["       ", "  Vår  ", "  漢   ", "       "], "a wide character that does not fit is left out")
        XCTAssertEqual(buffer[2, 1].style, .overlay, "a plain line takes the view's own style")
        XCTAssertEqual(buffer[2, 2].style, .heading)
        assertNothingOutside(buffer, area, "text view")

        (buffer, area) = framed(3, 2)
        XCTAssertFalse(TextView.draw(lines, scroll: 99, in: area, into: &buffer), "scrolled past the end shows the last page")
        XCTAssertEqual(buffer.lines, ["       ", "  漢   ", "   åä  ", "       "], "the indent counts in the width")
        assertNothingOutside(buffer, area, "text view scrolled")

        for (width, height) in Self.sizes {
            for scroll in [0, 1, 5] {
                var (buffer, area) = framed(width, height)
                let more = TextView.draw(lines + [StyledLine(text: "djup", indent: 4)], scroll: scroll, in: area, into: &buffer)
                assertNothingOutside(buffer, area, "text view \(width)x\(height) scroll \(scroll)")
                XCTAssertEqual(more, min(scroll, max(0, 4 - height)) + height < 4, "more below at \(width)x\(height) scroll \(scroll)")
            }
        }
    }

    func testTextViewScrollStopsAtBothEnds() {
        var text = TextViewState()
        XCTAssertTrue(text.move(.moveUp, lineCount: 10, visibleLines: 3))
        XCTAssertEqual(text.scroll, 0)
        XCTAssertTrue(text.move(.pageDown, lineCount: 10, visibleLines: 3))
        XCTAssertEqual(text.scroll, 3)
        XCTAssertTrue(text.move(.end, lineCount: 10, visibleLines: 3))
        XCTAssertEqual(text.scroll, 7, "the end shows the last full page")
        XCTAssertTrue(text.move(.moveDown, lineCount: 10, visibleLines: 3))
        XCTAssertEqual(text.scroll, 7)
        XCTAssertTrue(text.move(.pageUp, lineCount: 10, visibleLines: 0))
        XCTAssertEqual(text.scroll, 6, "zero lines high still scrolls a line a page")
        XCTAssertTrue(text.move(.end, lineCount: 2, visibleLines: 3))
        XCTAssertEqual(text.scroll, 0, "text that fits does not scroll")
        XCTAssertFalse(text.move(.close, lineCount: 10, visibleLines: 3))
    }

    // MARK: Box

    func testBoxFramesItsTitleAndNote() {
        var buffer = CellBuffer(width: 14, height: 5)
        let box = Rect(x: 1, y: 1, width: 12, height: 3)
        Box.draw(box, title: "Hjälp", note: "Esc", into: &buffer)
        XCTAssertEqual(buffer.lines, [
            "              ",
            " ┌─ Hjälp ──┐ ",
            " │          │ ",
            " └──── Esc ─┘ ",
            "              ",
        ])
        XCTAssertEqual(buffer[4, 1].style, .heading)
        XCTAssertEqual(buffer[5, 2].style, .overlay)
        XCTAssertEqual(Box.inside(box), Rect(x: 3, y: 2, width: 8, height: 1))
        assertNothingOutside(buffer, box, "box")

        var wide = CellBuffer(width: 12, height: 3)
        Box.draw(Rect(x: 0, y: 0, width: 12, height: 3), title: "漢字漢字漢字", into: &wide)
        XCTAssertEqual(wide.line(0), "┌─ 漢字… ──┐", "a wide title is cut to whole characters")
        XCTAssertEqual(TextWidth.of(wide.line(0)), 12)
    }

    func testBoxDrawsNothingOutsideItselfAtAnySize() {
        for (width, height) in Self.sizes + [(2, 2), (5, 3), (6, 4)] {
            var (buffer, box) = framed(width, height)
            Box.draw(box, title: "Formulär", note: "Esc stänger", into: &buffer)
            Box.drawMoreBelow(box, into: &buffer)
            assertNothingOutside(buffer, box, "box \(width)x\(height)")
            let inside = Box.inside(box)
            XCTAssertGreaterThanOrEqual(inside.width, 0)
            XCTAssertLessThanOrEqual(inside.maxX, max(box.maxX, inside.x))
        }
        for (width, height) in [(0, 0), (1, 1), (3, 2), (10, 3), (80, 24), (300, 60)] {
            let overlay = Box.overlay(width: width, height: height)
            XCTAssertLessThanOrEqual(overlay.maxX, width, "overlay at \(width)x\(height): \(overlay)")
            XCTAssertLessThanOrEqual(overlay.maxY, height, "overlay at \(width)x\(height): \(overlay)")
            XCTAssertLessThanOrEqual(overlay.width, 100)
        }
        XCTAssertEqual(Box.overlay(width: 80, height: 24), Rect(x: 2, y: 2, width: 76, height: 20))
    }

    // MARK: HeaderBar and StatusBar

    func testHeaderKeepsTheEndOfAFileNameAndTheStartOfAName() {
        var buffer = CellBuffer(width: 20, height: 1)
        let area = Rect(x: 0, y: 0, width: 20, height: 1)
        HeaderBar.draw(left: "Vänster", right: "höger", keep: .end, in: area, into: &buffer)
        XCTAssertEqual(buffer.line(0), "Vänster        höger")
        XCTAssertEqual(buffer[10, 0].style, .header)

        buffer = CellBuffer(width: 10, height: 1)
        HeaderBar.draw(left: "abc", right: "/a/b/fil.json", keep: .end, in: Rect(x: 0, y: 0, width: 10, height: 1), into: &buffer)
        XCTAssertEqual(buffer.line(0), "abc   …son", "a path keeps its end")
        buffer = CellBuffer(width: 10, height: 1)
        HeaderBar.draw(left: "abc", right: "Region Skåne", keep: .start, in: Rect(x: 0, y: 0, width: 10, height: 1), into: &buffer)
        XCTAssertEqual(buffer.line(0), "abc  Regi…", "a name keeps its start")

        buffer = CellBuffer(width: 20, height: 1)
        HeaderBar.draw(left: "abc", right: "漢字漢字漢字漢字漢字", keep: .end, in: area, into: &buffer)
        XCTAssertEqual(buffer.line(0), "abc        …漢字漢字", "the kept end is measured in cells, not characters")

        buffer = CellBuffer(width: 10, height: 1)
        HeaderBar.draw(left: "abc", right: "x", keep: .end, banner: "Konflikt i filen", in: Rect(x: 0, y: 0, width: 10, height: 1), into: &buffer)
        XCTAssertEqual(buffer.line(0), " Konflik… ", "a banner takes the whole line")
        XCTAssertEqual((0..<10).map { buffer[$0, 0].style }, Array(repeating: .banner, count: 10))
    }

    func testHeaderDrawsNothingOutsideItsAreaAtAnySize() {
        for (width, height) in Self.sizes {
            for keep in [HeaderBar.Keep.start, .end] {
                for banner in [nil, "Konflikt 漢字"] {
                    var (buffer, area) = framed(width, height)
                    HeaderBar.draw(left: "Rollkarta · Workshop 1", right: " /hem/anna/漢字/fil.rollkarta.json · [sparad] ",
                                   keep: keep, banner: banner, in: area, into: &buffer)
                    assertNothingOutside(buffer, area, "header \(width)x\(height) \(keep) \(banner ?? "-")")
                }
            }
        }
    }

    func testStatusBarPinsHelpAndBackRightAndFillsFromTheLeft() {
        let hints = [hint(.character("s"), .search, "Sök"), Binding([.character("x")], .delete, Localized("utan ord")),
                     hint(.character("?"), .help, "Hjälp"), hint(.escape, .back, "Tillbaka"), hint(.character("u"), .undo, "Ångra")]
        var buffer = CellBuffer(width: 40, height: 1)
        StatusBar.draw(message: nil, hints: hints, pinned: [.help, .back], .sv, in: Rect(x: 0, y: 0, width: 40, height: 1), into: &buffer)
        XCTAssertEqual(buffer.line(0), " s Sök  u Ångra  ? Hjälp  Esc Tillbaka  ")
        XCTAssertEqual(buffer[1, 0].style, .key)
        XCTAssertEqual(buffer[3, 0].style, .statusBar)

        buffer = CellBuffer(width: 30, height: 1)
        StatusBar.draw(message: nil, hints: hints, pinned: [.help, .back], .sv, in: Rect(x: 0, y: 0, width: 30, height: 1), into: &buffer)
        XCTAssertEqual(buffer.line(0), "       ? Hjälp  Esc Tillbaka  ", "a hint that does not fit whole is left out")

        buffer = CellBuffer(width: 12, height: 1)
        StatusBar.draw(message: "Sparat åäö 漢字 och mer", hints: hints, .sv, in: Rect(x: 0, y: 0, width: 12, height: 1), into: &buffer)
        XCTAssertEqual(buffer.line(0), " Sparat åäö ", "a message is cut at the edge")
    }

    func testStatusBarDrawsNothingOutsideItsAreaAtAnySize() {
        let hints = [hint(.character("s"), .search, "Sök"), hint(.character("?"), .help, "Hjälp"), hint(.escape, .back, "Tillbaka")]
        for (width, height) in Self.sizes + [(20, 1)] {
            for message in [nil, "Sparat till /hem/anna/漢字.json"] {
                var (buffer, area) = framed(width, height)
                StatusBar.draw(message: message, hints: hints, pinned: [.help, .back], .sv, in: area, into: &buffer)
                assertNothingOutside(buffer, area, "status bar \(width)x\(height) \(message ?? "-")")
                if width > 0 && height > 0 {
                    XCTAssertFalse(buffer.lines.joined().contains("jälp") && !buffer.lines.joined().contains("Hjälp"),
                                   "no hint is shown cut in half: \(buffer.lines)")
                }
            }
        }
    }
}
