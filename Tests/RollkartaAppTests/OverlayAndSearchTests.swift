import XCTest
@testable import RollkartaApp
import RollkartaModel

final class OverlayAndSearchTests: XCTestCase {
    func testEnterShowsTheFullCellAndEscClosesIt() throws {
        var h = try Harness()
        h.press(.down, .down, .down, .right, .right, .enter)
        XCTAssertEqual(h.state.overlay, .detail)
        let text = h.text
        XCTAssertTrue(text.contains("┌─ Detaljer"), text)
        XCTAssertTrue(text.contains("Exempel:"))
        XCTAssertTrue(text.contains("En väg in (triagering till BUP)"))
        XCTAssertTrue(text.contains("> ho-0002 till 5 Den som utreder kliniskt · Utredning (BUP): brister"), text)
        XCTAssertTrue(text.contains("< ho-0001 från 3 Den som möter och kommunicerar med barnet"), text)
        h.press(.escape)
        XCTAssertNil(h.state.overlay)
        XCTAssertFalse(h.text.contains("┌─ Detaljer"))
    }

    func testCrossJourneyHandoverIsShownAsSuch() throws {
        var h = try Harness()
        h.press(.down, .down, .down, .down, .down, .down, .end)  // role 6
        h.press(.home, .right, .right, .right, .right, .enter)   // step 5, treatment
        let text = h.text
        XCTAssertTrue(text.contains("> ho-0003 till 6 Den som behandlar kliniskt"), text)
        XCTAssertTrue(text.contains("[annan resa:"), text)
        XCTAssertTrue(text.contains("saknas – Övergång från BUP till vuxenpsykiatrin vid 18 år"), text)
    }

    func testHelpListsEveryKeyOfTheKeymap() throws {
        var h = try Harness()
        h.press(.character("?"))
        XCTAssertEqual(h.state.overlay, .help)
        var text = h.text
        for _ in 0..<5 {  // the help scrolls when it is longer than the screen
            h.press(.pageDown)
            text += h.text
        }
        for binding in Keymap.bindings {
            XCTAssertTrue(text.contains(binding.keyLabel), "help lacks \(binding.keyLabel)")
        }
        XCTAssertTrue(text.contains("Byt resa (barn och unga / vuxna)"))
        h.press(.character("?"))
        XCTAssertNil(h.state.overlay)
        h.press(.function(1))
        XCTAssertEqual(h.state.overlay, .help)
        h.press(.character("q"))
        XCTAssertNil(h.state.overlay)
        XCTAssertEqual(h.effects, [], "q closes the help before it quits")
    }

    func testQuitsFromTheMapOnly() throws {
        var h = try Harness()
        h.press(.character("6"))
        XCTAssertEqual(h.state.view, .summary)
        XCTAssertTrue(h.text.contains("Täckning"), h.text)
        h.press(.character("q"))
        XCTAssertEqual(h.state.view, .map)
        XCTAssertEqual(h.effects, [])
        h.press(.character("q"))
        XCTAssertEqual(h.effects, [.quit])
    }

    func testSearchFindsActorsAndJumpsBetweenHitsAcrossJourneys() throws {
        var h = try Harness()
        h.press(.character("/"))
        h.type("sprut")
        XCTAssertTrue(h.screen.line(29).contains("Sök: sprut"))
        h.press(.enter)
        XCTAssertEqual(h.state.journey, .adult)
        XCTAssertTrue(h.screen.line(29).contains("träff 1 av"), h.screen.line(29))
        let first = h.state.position
        h.press(.character("n"))
        XCTAssertNotEqual(h.state.position, first)
        h.press(.character("N"))
        XCTAssertEqual(h.state.position.row, first.row)
        XCTAssertEqual(h.state.position.column, first.column)
    }

    func testSearchFindsRoleDescriptionsAndNotesAndSwedishLetters() throws {
        var h = try Harness()
        h.press(.character("/"))
        h.type("fångar upp")
        h.press(.enter)
        XCTAssertEqual(h.state.journey, .adult)
        XCTAssertEqual(MapModel(workshop: h.state.workshop, journey: h.state.currentJourney!).roles[h.state.position.row].id, "14")
        h.press(.character("/"))
        h.type("Mandat att kalla")  // a role note on role 8
        h.press(.enter)
        XCTAssertEqual(h.state.journey, .child)
        XCTAssertEqual(MapModel(workshop: h.state.workshop, journey: h.state.currentJourney!).roles[h.state.position.row].id, "8")
    }

    func testSearchWithoutHitsSaysSoAndEscCancelsTyping() throws {
        var h = try Harness()
        h.press(.character("/"))
        h.type("xyzzy")
        h.press(.enter)
        XCTAssertTrue(h.screen.line(29).contains("Ingen träff för \"xyzzy\""))
        h.press(.character("/"))
        h.type("q")  // typed into the search, not taken as quit
        XCTAssertEqual(h.effects, [])
        h.press(.backspace, .escape)
        XCTAssertFalse(h.state.search.isEditing)
        XCTAssertEqual(h.effects, [])
    }
}
