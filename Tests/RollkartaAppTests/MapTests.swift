import XCTest
@testable import RollkartaApp
import RollkartaModel

final class MapTests: XCTestCase {
    func testMapShowsSwedishRolesStepsActorsAndMarks() throws {
        let h = try Harness()
        XCTAssertTrue(h.screen.line(0).contains("Ingen ska falla mellan stolarna"))
        XCTAssertTrue(h.screen.line(0).contains("[sparad]"))
        XCTAssertTrue(h.screen.line(1).contains("[Barn och unga]"))
        XCTAssertTrue(h.screen.line(2).contains("1. Oro eller"))
        XCTAssertTrue(h.screen.line(4).contains("── Primära roller"))
        let row4 = try XCTUnwrap(h.find("4   Bedömer, styr vidare"), "roles by their short names on the map")
        let line = h.screen.line(row4.y)
        // Step 3 (assessment) of role 4: holds, a gap and handovers both ways, actors EVI and UPH.
        XCTAssertTrue(line.contains("✓!= EVI,UPH"), line)
        XCTAssertTrue(line.contains("~   UPH,UMO"), line)
        XCTAssertNotNil(h.find("── Sekundära roller"))
        XCTAssertTrue(h.text.contains("Teckenförklaring: ✓ har rollen  ~ delvis  ? oklart"))
    }

    func testArrowsAndVimKeysMoveTheSelectionAndTheDetailFollows() throws {
        var h = try Harness()
        XCTAssertTrue(h.text.contains("Roll 1 · Barnet själv / Den som upplever behovet"))
        h.press(.down, .down, .character("j"), .right, .character("l"))
        XCTAssertEqual(h.state.position.row, 3)
        XCTAssertEqual(h.state.position.column, 2)
        XCTAssertTrue(h.text.contains("Roll 4 · Den som bedömer och styr vidare (eller tillbaka)"), h.text)
        XCTAssertTrue(h.text.contains("Steg 3. Bedömning och styrning"))
        XCTAssertTrue(h.text.contains("! gap-0002 [hög, oenighet om ansvar]"))
        // The selected cell is drawn selected; its neighbours are not.
        let cell = try XCTUnwrap(h.find("✓!= EVI,UPH"))
        XCTAssertEqual(h.screen[cell.x, cell.y].style, .selected)
        XCTAssertNotEqual(h.screen[cell.x - 2, cell.y].style, .selected)
        h.press(.up, .character("k"), .left, .character("h"))
        XCTAssertEqual(h.state.position.row, 1)
        XCTAssertEqual(h.state.position.column, 0)
    }

    func testSelectionStopsAtTheEdges() throws {
        var h = try Harness()
        h.press(.up, .left)
        XCTAssertEqual(h.state.position.row, 0)
        XCTAssertEqual(h.state.position.column, 0)
        h.press(.end)
        XCTAssertEqual(h.state.position.column, 7)
        h.press(.right)
        XCTAssertEqual(h.state.position.column, 7)
        h.press(.home)
        XCTAssertEqual(h.state.position.column, 0)
    }

    func testMovingRightScrollsTheStepsIntoView() throws {
        var h = try Harness(width: 80, height: 24)
        XCTAssertNil(h.find("8. Avslut"))
        h.press(.end)
        XCTAssertNotNil(h.find("8. Avslut"), h.text)
        XCTAssertNil(h.find("1. Oro eller"))
        XCTAssertNotNil(h.find("◂"))
    }

    /// `<` on the leftmost step on screen moves it one place left, and the map scrolls with it:
    /// the step just moved, and the selection on it, stay in view.
    func testMovingTheLeftmostVisibleStepLeftKeepsItInView() throws {
        var h = try Harness(width: 80, height: 24)
        for _ in 0..<7 { h.press(.right) }
        XCTAssertGreaterThan(h.state.position.firstColumn, 0, "scrolled right at 80 columns")
        while h.state.position.column > h.state.position.firstColumn { h.press(.left) }
        let step = try XCTUnwrap(SelectedCell(h.state)?.step)
        h.press(.character("<"))
        XCTAssertEqual(SelectedCell(h.state)?.step.id, step.id, "the selection goes with the step")
        XCTAssertGreaterThanOrEqual(h.state.position.column, h.state.position.firstColumn, "and is in view")
        XCTAssertTrue(h.text.contains(String(step.title.sv.prefix(8))), h.text)
    }

    /// "Nobody knows who does this" is recorded on a cell nobody holds: `s` makes it oklart,
    /// then delvis, then empty again; the actors' form saves oklart with no actor ticked. The
    /// map shows the mark; held with no one is refused.
    func testAnEmptyCellCanBeRecordedUnclearOrPartlyWithoutActors() throws {
        var h = try Harness(width: 120, height: 36)
        let journey = try XCTUnwrap(h.state.workshop.journey(.child))
        let row = try XCTUnwrap(journey.roles.firstIndex { role in
            !h.state.workshop.assignments.contains { $0.journey == .child && $0.role == role.id && $0.step == journey.steps[0].id }
        })
        for _ in 0..<row { h.press(.down) }
        let key = try XCTUnwrap(SelectedCell(h.state)?.key)
        XCTAssertNil(h.state.workshop.assignment(at: key))
        h.press(.character("s"))
        XCTAssertEqual(h.state.workshop.assignment(at: key)?.status, .unclear)
        XCTAssertEqual(h.state.workshop.assignment(at: key)?.actors, [])
        XCTAssertTrue(h.text.contains("Status: oklart, ingen aktör känd"), h.text)
        let line = h.screen.line(try XCTUnwrap(h.find(journey.roles[row].label?.sv ?? String(journey.roles[row].title.sv.prefix(12)))).y)
        XCTAssertTrue(line.contains("?"), "the mark on the map: \(line)")
        h.press(.character("s"))
        XCTAssertEqual(h.state.workshop.assignment(at: key)?.status, .partly)
        h.press(.character("s"))
        XCTAssertNil(h.state.workshop.assignment(at: key), "and empty again")
        XCTAssertTrue(Validation.check(h.state.workshop).isEmpty)

        h.press(.character("a"))
        while h.state.form?.fields[h.state.form!.focus].id != "status" { h.press(.tab) }
        h.press(.right, .right)
        h.press(.function(2))
        XCTAssertNil(h.state.form, h.text)
        XCTAssertEqual(h.state.workshop.assignment(at: key)?.status, .unclear, "saved oklart with no actor")
        h.press(.character("u"), .character("u"), .character("u"), .character("u"))
        XCTAssertNil(h.state.workshop.assignment(at: key))
    }

    /// `w`: every step of the journey on screen at once, at 80×24 and 120×36, with the marks
    /// kept; moving still selects each step; `w` again gives the usual width.
    func testTheWholeJourneyFitsOnScreenAtBothSizes() throws {
        for (width, height) in [(80, 24), (120, 36)] {
            var h = try Harness(width: width, height: height)
            let steps = try XCTUnwrap(h.state.currentJourney).steps.count
            XCTAssertNil(h.find("\(steps). "), "at \(width)×\(height) the last step is out of sight first")
            h.press(.character("w"))
            for number in 1...steps { XCTAssertNotNil(h.find("\(number). "), "step \(number) at \(width)×\(height): \(h.text)") }
            XCTAssertNil(h.find("▸"), "nothing more to the right")
            XCTAssertTrue(h.text.contains("Hela resan: alla \(steps) steg"), h.text)
            XCTAssertTrue(h.text.contains("✓"), "the marks kept")
            h.press(.end)
            XCTAssertEqual(h.state.position.column, steps - 1)
            XCTAssertEqual(h.state.position.firstColumn, 0, "no scrolling needed")
            h.press(.character("w"))
            XCTAssertNil(h.find("1. Oro"), "the usual width again, scrolled to the selected step")
        }
    }

    func testPageDownScrollsARoleListLongerThanTheScreen() throws {
        // A workshop may add roles of its own; then the map no longer fits at 80x24.
        var workshop = WorkshopFactory.make(title: "Många roller", journeys: [.child], date: "2026-01-01")
        for number in 1...8 {
            workshop.journeys[0].roles.append(WorkshopRole(
                id: "X\(number)", tier: .secondary, title: Localized("Extra roll \(number)"),
                description: Localized("Tillagd i workshopen"), examples: LocalizedList(sv: [], en: [])))
        }
        var h = try Harness(width: 80, height: 24, workshop: workshop)
        XCTAssertNil(h.find("X8  Extra roll 8"), "the map should not fit at 80x24")
        h.press(.pageDown, .pageDown, .pageDown)
        XCTAssertEqual(h.state.position.row, 22)
        XCTAssertNotNil(h.find("X8  Extra roll 8"), h.text)
        XCTAssertNil(h.find("── Primära roller"))
        h.press(.pageUp, .pageUp)
        XCTAssertNotNil(h.find("── Primära roller"), "the tier heading comes back with the first role")
    }

    func testTabSwitchesJourneyAndKeepsEachJourneysSelection() throws {
        var h = try Harness()
        h.press(.down, .right)
        h.press(.tab)
        XCTAssertEqual(h.state.journey, .adult)
        XCTAssertTrue(h.screen.line(1).contains("[Vuxna]"))
        XCTAssertNotNil(h.find("14  Fångar upp tappad"))
        XCTAssertTrue(h.text.contains("Roll 1 · Personen själv"))
        h.press(.tab)
        XCTAssertEqual(h.state.journey, .child)
        XCTAssertEqual(h.state.position.row, 1)
        XCTAssertEqual(h.state.position.column, 1)
    }

    func testTabOnASingleJourneySaysSo() throws {
        let workshop = WorkshopFactory.make(title: "Bara barn", journeys: [.child], date: "2026-01-01")
        var h = try Harness(workshop: workshop)
        h.press(.tab)
        XCTAssertEqual(h.state.journey, .child)
        XCTAssertTrue(h.screen.line(29).contains("Workshopen har bara en resa"))
    }

    func testEnglishInterface() throws {
        var h = try Harness(language: .en)
        XCTAssertTrue(h.screen.line(1).contains("[Children and young people]"))
        XCTAssertNotNil(h.find("── Primary roles"))
        XCTAssertTrue(h.text.contains("Marks: ✓ holds"))
        h.press(.down, .down, .down, .right, .right)
        XCTAssertTrue(h.text.contains("Role 4 · The one who assesses and directs onward (or back)"), h.text)
        XCTAssertTrue(h.screen.line(29).contains("Enter details"))
    }

    func testFailingHandoverIsMarkedByGlyphAndStyle() throws {
        var h = try Harness()
        h.press(.down, .down, .down, .down, .right, .right, .right)  // role 5, step 4: receives the failing referral
        let cell = try XCTUnwrap(h.find("✓ < BUP"))
        XCTAssertEqual(h.screen[cell.x + 2, cell.y].text, "<")
        h.press(.up)  // move away so the cell is not drawn selected
        XCTAssertEqual(h.screen[cell.x + 2, cell.y].style, .failingMark)
        h.press(.enter)
        h.press(.down)
    }
}
