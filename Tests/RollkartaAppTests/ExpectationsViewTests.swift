import Foundation
import XCTest
@testable import RollkartaApp
import RollkartaModel

/// Workshop 1 by keys: items typed as the room speaks, answered with one key, the results and
/// a gap made from an item.
final class ExpectationsViewTests: XCTestCase {
    func testItemsAreTypedAnsweredAndAnItemOutsideTheMissionBecomesAGap() throws {
        var h = try Harness(width: 100, height: 30, workshop: try Self.workshopOne())
        let original = h.state.workshop
        h.press(.character("7"))
        XCTAssertTrue(h.text.contains("Förväntanskartläggning"), h.text)
        XCTAssertTrue(h.text.contains("BUP · Barn- och ungdomspsykiatri"), h.text)
        h.press(.enter)
        XCTAssertTrue(h.text.contains("Målgrupp"), h.text)
        XCTAssertTrue(h.text.contains("Uppdrag: – (m skriver det)"), h.text)
        h.press(.character("l"), .character("a"))
        h.type("Utredning av autism hos förskolebarn")
        h.press(.tab)
        h.type("0-6 år")
        h.press(.tab, .character(" "), .function(2))  // expected by the first other organisation
        let item = try XCTUnwrap(h.state.workshop.expectations.first)
        XCTAssertEqual(item.text, "Utredning av autism hos förskolebarn")
        XCTAssertEqual(item.side, .perception)
        XCTAssertEqual(item.sources.count, 1)
        XCTAssertTrue(h.text.contains("· Utredning av autism hos förskolebarn (0-6 år)"), h.text)
        XCTAssertTrue(h.text.contains("J = Ja de ingår i vår målgrupp · N = Nej, de ingår INTE i vår målgrupp"), "the seed's meanings: \(h.text)")
        h.press(.character("N"))
        XCTAssertEqual(h.state.workshop.expectations.first?.answer?.vote, .no)
        XCTAssertTrue(h.text.contains("✗ Utredning av autism"), "the answer as a glyph: \(h.text)")
        h.press(.enter)
        h.press(.tab)
        h.type("Det gör BUP")
        h.press(.function(2))
        XCTAssertEqual(h.state.workshop.expectations.first?.answer?.comment, "Det gör BUP")

        h.press(.character("r"))
        XCTAssertTrue(h.text.contains("Förväntningar utanför uppdraget"), h.text)
        XCTAssertTrue(h.text.contains("Förväntas av BUP, utanför uppdraget:"), h.text)
        XCTAssertTrue(h.text.contains("✗ BUP · Målgrupp: Utredning av autism hos förskolebarn"), h.text)
        h.press(.character("g"))
        XCTAssertEqual(h.state.form?["description"]?.text.hasPrefix("BUP: \"Utredning av autism hos förskolebarn\""), true)
        h.press(.function(2))
        let gap = try XCTUnwrap(h.state.workshop.gaps.last)
        XCTAssertEqual(gap.expectation, item.id)
        XCTAssertEqual(gap.kind, .taskMissing)
        XCTAssertNil(gap.step, "step and role left open")
        XCTAssertTrue(h.text.contains("Blev glapp \(gap.id.rawValue)"), h.text)
        h.press(.character("u"))
        XCTAssertFalse(h.state.workshop.gaps.contains { $0.expectation != nil }, "undo takes the gap back")
        h.press(.control("r"))
        XCTAssertEqual(h.state.workshop.gaps.last?.expectation, item.id, "redo brings it again")
        for _ in 0..<6 { h.press(.character("u")) }
        XCTAssertEqual(h.state.workshop, original)
    }

    func testTheSameExpectationFromTwoIsMergedAndSplitAndOwnDescriptionsTakeResponses() throws {
        var h = try Harness(width: 100, height: 30, workshop: try Self.workshopOne())
        h.press(.character("7"), .enter, .character("l"))
        for text in ["Utredning", "Utredning av barn"] {
            h.press(.character("a"))
            h.type(text)
            h.press(.function(2))
        }
        XCTAssertEqual(h.state.workshop.expectations.count, 2)
        h.press(.character("M"), .function(2))
        XCTAssertEqual(h.state.workshop.expectations.count, 1)
        XCTAssertEqual(h.state.workshop.expectations.first?.merged.count, 1)
        h.press(.character("S"))
        XCTAssertEqual(h.state.workshop.expectations.count, 2, h.state.message ?? h.text)
        XCTAssertEqual(h.state.workshop.expectations.map(\.text).sorted(), ["Utredning", "Utredning av barn"])
        h.press(.character("h"), .tab, .character("a"))
        h.type("Habiliteringsinsatser till barn och unga med NPF")
        h.press(.function(2), .character("N"))
        XCTAssertTrue(h.text.contains("Vem svarar"), h.text)
        h.press(.function(2))
        let own = try XCTUnwrap(h.state.workshop.expectations.first { $0.side == .own })
        XCTAssertEqual(own.area, .services)
        XCTAssertEqual(own.responses.map(\.vote), [.no])
        XCTAssertTrue(h.text.contains("Nej, jag håller inte med om beskrivningen"), h.text)
    }

    func testSearchFindsAnItemOnAnotherOrganisationsPage() throws {
        var workshop = try WorkshopStore.load(TestData.examplePath)
        try workshop.apply(.expectation("exp-0001", ExpectationItem(id: "exp-0001", organisation: "actor-ifo", area: .services,
                                                                    side: .perception, text: "Stödsamtal för föräldrar")))
        var h = try Harness(width: 100, height: 30, workshop: workshop)
        h.press(.character("7"), .character("/"))
        h.type("föräldrar")
        h.press(.enter)
        XCTAssertEqual(h.state.screens.expectations.page, .organisation("actor-ifo"))
        XCTAssertEqual(h.state.screens.expectations.area, .services)
        XCTAssertTrue(h.text.contains("Stödsamtal för föräldrar"), h.text)
        XCTAssertTrue(h.text.contains("träff 1 av 1"), h.text)
    }

    func testElevhalsanVerifiesItsOwnPageInTheWalkAndTheFacilitatorSeesItCounted() throws {
        var workshop = try WorkshopStore.load(TestData.workshop1Path)
        var walk = try Harness(walking: workshop, include: [.expectations])
        walk.state.index = walk.state.subjects.count - 1
        walk.press(.left, .right)  // back and forth: the page is drawn
        XCTAssertEqual(walk.state.subject, .expectations("actor-elevhalsa"))
        XCTAssertTrue(walk.text.contains("Förväntningar · Elevhälsan"), walk.text)
        XCTAssertTrue(walk.text.contains("• Samtalsbehandling vid lindrig psykisk ohälsa – BUP – Nej, det ingår INTE i vårt"), walk.text)
        XCTAssertTrue(walk.text.contains("Stämmer sidan med hur ni beskrev er verksamhet"), walk.text)
        walk.press(.character("1"))
        XCTAssertEqual(walk.state.file.answers.last?.subject, .expectations("actor-elevhalsa"))
        _ = try VerificationMerge.merge([("eh.json", walk.state.file)], into: &workshop)
        var h = try Harness(width: 120, height: 36, workshop: workshop)
        h.press(.character("5"), .character("v"))
        XCTAssertTrue(h.text.contains("Förväntningar: Elevhälsan"), h.text)
    }

    /// The example workshop made a workshop 1 ("Förväntanskartläggning"), still without items.
    static func workshopOne() throws -> Workshop {
        var workshop = try WorkshopStore.load(TestData.examplePath)
        workshop.kind = .expectationMapping
        return workshop
    }

    /// In a workshop 2 without items, `7` has no tab and says why instead of opening a view
    /// no tab is marked for; the help lists no key for it.
    /// In view 7, as everywhere, a digit switches views: pressing 3 on an item (here on the
    /// results page) goes to the Gaps view and answers nothing; the answers have keys of their
    /// own, which the status bar and the page name.
    func testDigitsSwitchViewsInViewSevenAndAnswerNothing() throws {
        var h = try Harness(width: 120, height: 36, workshop: try WorkshopStore.load(TestData.workshop1Path))
        h.press(.character("7"), .enter, .character("l"))
        let before = h.state.workshop
        h.press(.character("3"))
        XCTAssertEqual(h.state.view, .gaps, "3 is the Gaps view")
        XCTAssertEqual(h.state.workshop, before, "no answer changed")
        h.press(.character("7"), .character("r"))
        h.press(.character("2"))
        XCTAssertEqual(h.state.view, .roles)
        XCTAssertEqual(h.state.workshop, before)
        h.press(.character("7"))
        XCTAssertTrue(h.text.contains("J = Ja") || h.text.contains("J Ja") || h.text.contains("J svara"), h.text)
    }

    func testSevenInAWorkshopWithoutWorkshopOneSaysWhyAndStaysPut() throws {
        var h = try Harness(width: 100, height: 30)
        XCTAssertFalse(h.text.contains("7 Förväntningar"), h.text)
        h.press(.character("7"))
        XCTAssertEqual(h.state.view, .map)
        XCTAssertTrue(h.text.contains("Förväntanskartläggning"), "the message names workshop 1: \(h.text)")
        var one = try Harness(width: 100, height: 30, workshop: try Self.workshopOne())
        one.press(.character("7"))
        XCTAssertEqual(one.state.view, .expectations)
    }
}
