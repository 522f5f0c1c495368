import Foundation
import XCTest
@testable import RollkartaApp
import RollkartaModel

/// What a git merge left to decide is shown in words and settled by key.
final class ConflictsViewTests: XCTestCase {
    func testTheBannerSaysSoAndKSettlesEachConflict() throws {
        let merged = try TestData.workshopWithConflicts()
        XCTAssertEqual(merged.conflicts.count, 2)

        var h = try Harness(width: 120, height: 36, workshop: merged)
        XCTAssertTrue(h.screen.line(0).contains("⚠ 2 konflikter från en sammanslagning i git – K visar och löser"))
        h.press(.character("K"))
        XCTAssertTrue(h.text.contains("[K Konflikter]"))
        XCTAssertTrue(h.text.contains("! conflict-0001  workshop  · title"))
        XCTAssertTrue(h.text.contains("Filen har nu (vår sida): \"Hisingen – Annas version\""))
        XCTAssertTrue(h.text.contains("Andra sidan (deras): \"Hisingen – Bertils version\""))
        h.press(.character("t"))
        XCTAssertEqual(h.state.workshop.title, "Hisingen – Bertils version")
        XCTAssertEqual(h.effects.last, .save)
        XCTAssertTrue(h.screen.line(0).contains("⚠ 1 konflikt från"))
        h.press(.enter)  // keep Anna's description
        XCTAssertEqual(h.state.workshop.gaps[0].description, "Annas beskrivning")
        XCTAssertTrue(h.state.workshop.conflicts.isEmpty)
        XCTAssertEqual(h.state.view, .map)
        XCTAssertTrue(h.text.contains("Alla konflikter lösta"))
        XCTAssertFalse(h.screen.line(0).contains("konflikter"))
        h.press(.character("u"), .character("u"))
        XCTAssertEqual(h.state.workshop.conflicts.count, 2, "settling is undoable like any change")
    }

    func testKWithoutConflictsSaysSo() throws {
        var h = try Harness()
        h.press(.character("K"))
        XCTAssertEqual(h.state.view, .map)
        XCTAssertTrue(h.text.contains("Inga konflikter från sammanslagning"))
    }
}
