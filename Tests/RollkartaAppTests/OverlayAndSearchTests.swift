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

    func testHelpListsTheKeysOfTheScreenItIsOpenedOnAndTheSharedOnes() throws {
        let screens: [(Character, AppState.View)] = [("1", .map), ("2", .roles), ("3", .gaps), ("4", .handovers),
                                                     ("5", .verification), ("6", .summary)]
        for (key, view) in screens {
            var h = try Harness()
            h.press(.character(key), .character("?"))
            XCTAssertEqual(h.state.overlay, .help)
            var text = h.text
            for _ in 0..<5 {  // the help scrolls when it is longer than the screen
                h.press(.pageDown)
                text += h.text
            }
            let own = view.screen.bindings
            let shared = GlobalKeys.bindings.filter { global in own.allSatisfy { Set($0.keys).isDisjoint(with: global.keys) } }
            for binding in own + shared {
                XCTAssertTrue(text.contains(binding.keyLabel + " "), "\(view) help lacks \(binding.keyLabel)")
                XCTAssertTrue(text.contains(String(binding.description.sv.prefix(20))), "\(view) help lacks \(binding.description.sv)")
            }
            XCTAssertTrue(text.contains(view.title(.sv)), "the help names the screen")
        }
        var h = try Harness()
        h.press(.character("?"))
        XCTAssertFalse(h.text.contains("Filtrera på resa"), "the map's help leaves out the Gaps view's keys")
        XCTAssertTrue(h.text.contains("Byt resa (barn och unga / vuxna)"))
        h.press(.character("?"))
        XCTAssertNil(h.state.overlay)
        h.press(.function(1))
        XCTAssertEqual(h.state.overlay, .help)
        h.press(.character("q"))
        XCTAssertNil(h.state.overlay)
        XCTAssertEqual(h.effects, [], "q closes the help before it quits")
    }

    func testAKeyThatCannotWorkNowSaysWhy() throws {
        var h = try Harness()
        h.press(.character("K"))
        XCTAssertEqual(h.state.view, .map)
        XCTAssertTrue(h.screen.line(29).contains("Inga konflikter från sammanslagning"), h.screen.line(29))
        h.press(.character("T"))
        XCTAssertTrue(h.screen.line(29).contains("Filen är inte skrivskyddad: låset är redan ditt"), h.screen.line(29))
        h.press(.character("R"))
        XCTAssertTrue(h.screen.line(29).contains("Filen har inte ändrats utanför Rollkarta"), h.screen.line(29))
        h.press(.character("5"), .character("d"))
        XCTAssertFalse(h.state.screens.verification.onlyToDiscuss)
        XCTAssertTrue(h.screen.line(29).contains("Visa rösterna först (v)"), h.screen.line(29))
        h.state.readOnly = ReadOnlyReason(pid: 42, host: "projektor", since: "08:00", isStale: false)
        h.press(.character("1"), .character("g"))
        XCTAssertNil(h.state.form, "no form to fill in that could not be saved")
        XCTAssertTrue(h.screen.line(29).contains("Skrivskyddad: inget ändras"), h.screen.line(29))
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

    /// What a participant said is found where it is tied: a quote on a gap at the gap's cell,
    /// an observation on a role and step at that cell.
    func testSearchFindsQuotesAndObservationsWhereTheyAreTied() throws {
        var h = try Harness()
        let workshop = h.state.workshop
        let quote = try XCTUnwrap(workshop.insights.first { $0.gap != nil })
        let gap = try XCTUnwrap(workshop.gaps.first { $0.id == quote.gap })
        h.press(.character("/"))
        h.type(String(quote.text.prefix(20)))
        h.press(.enter)
        XCTAssertFalse(h.text.contains("Ingen träff"), h.text)
        let model = MapModel(workshop: workshop, journey: try XCTUnwrap(workshop.journey(gap.journey)))
        XCTAssertEqual(h.state.journey, gap.journey)
        XCTAssertEqual(model.roles[h.state.position.row].id, gap.role)
        XCTAssertEqual(model.steps[h.state.position.column].id, gap.step)

        let observation = try XCTUnwrap(workshop.insights.first { $0.role != nil && $0.step != nil })
        h.press(.character("/"))
        h.type(String(observation.text.prefix(25)))
        h.press(.enter)
        XCTAssertEqual(model.roles[h.state.position.row].id, observation.role)
        XCTAssertEqual(model.steps[h.state.position.column].id, observation.step)
    }

    /// Deleting names what was deleted by its text, in the right gender, never by its id.
    func testDeletingAGapOrAHandoverNamesItByItsText() throws {
        var h = try Harness(width: 120, height: 30)
        h.press(.character("4"), .home)
        let handover = try XCTUnwrap(HandoverLines.of(h.state).rows.first)
        h.press(.character("d"))
        XCTAssertTrue(h.text.contains("Överlämningen borttagen: " + String(handover.what.prefix(20))), h.text)
        XCTAssertFalse(h.text.contains(handover.id.rawValue + " borttaget"), h.text)
        h.press(.character("3"), .home)
        let used = Set(h.state.workshop.insights.compactMap(\.gap))
        let row = try XCTUnwrap(GapsRows.rows(h.state).firstIndex { !used.contains($0.id) })
        for _ in 0..<row { h.press(.down) }
        let gap = try XCTUnwrap(GapsRows.selected(h.state))
        h.press(.character("d"))
        XCTAssertTrue(h.text.contains("Glappet borttaget: " + String(gap.description.prefix(20))), h.text)
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

    func testTheSearchIsTypedWithTheFormsLineEditor() throws {
        var h = try Harness()
        h.press(.character("/"))
        h.type("BP")
        h.press(.left)
        h.type("U")
        XCTAssertTrue(h.screen.line(29).contains("Sök: BU▏P"), "the cursor stands where it is: \(h.screen.line(29))")
        h.press(.end)
        h.type(String(repeating: "x", count: 120))
        XCTAssertTrue(h.screen.line(29).contains("…xxx"), "a long query scrolls to keep the cursor in view")
        XCTAssertTrue(h.screen.line(29).trimmingCharacters(in: .whitespaces).hasSuffix("x▏"), h.screen.line(29))
        h.press(.control("u"))
        h.type("BUP")
        h.press(.enter)
        XCTAssertTrue(h.screen.line(29).contains("träff 1 av"), h.screen.line(29))
    }
}
