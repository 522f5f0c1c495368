import XCTest
@testable import RollkartaApp
import RollkartaModel

/// A workshop in a folder that cannot be written (a read-only mount): said at opening, edits
/// kept in memory, a copy offered elsewhere, and quitting anyway never a silent loss.
final class ReadOnlyFolderTests: XCTestCase {
    private let path = "/mnt/usb/ws.rollkarta.json"

    private func harness(_ language: Language = .sv) throws -> (Harness<AppState>, InMemoryFiles) {
        let files = InMemoryFiles(try WorkshopStore.load(TestData.examplePath), at: path)
        files.unwritableFolders["/mnt/usb"] = "Read-only file system"
        let h = try Harness(language: language, files: files, path: path, elsewhere: "/home/anna/.local/share/rollkarta")
        return (h, files)
    }

    func testAReadOnlyFolderIsSaidAtOpeningAndOffersNoTakeOver() throws {
        var (h, _) = try harness()
        XCTAssertTrue(h.screen.line(0).contains("MAPPEN KAN INTE SKRIVAS (Read-only file system)"), h.screen.line(0))
        XCTAssertTrue(h.screen.line(0).contains("kopia på annat ställe"), h.screen.line(0))
        XCTAssertFalse(h.screen.line(0).contains("annan Rollkarta"))
        h.press(.character("T"))
        XCTAssertEqual(h.effects, [], "nobody holds the lock: nothing to take over")
        XCTAssertEqual(h.state.message, FileText.of(.sv).cannotTakeOver)
        var (english, _) = try harness(.en)
        XCTAssertTrue(english.screen.line(0).contains("THE FOLDER CANNOT BE WRITTEN (Read-only file system)"), english.screen.line(0))
        english.press(.character("s"))
        XCTAssertTrue(english.state.isDirty, "edits are made, kept in memory")
    }

    /// Answering an expectation item is an edit like any other there: Enter opens its form.
    func testAnExpectationItemCanBeAnsweredInAReadOnlyFolder() throws {
        var workshop = try ExpectationsViewTests.workshopOne()
        try workshop.apply(.expectation("exp-0001", ExpectationItem(id: "exp-0001", organisation: "actor-ifo", area: .targetGroup,
                                                                    side: .own, text: "Föräldrar till barn 0-6 år")))
        let files = InMemoryFiles(workshop, at: path)
        files.unwritableFolders["/mnt/usb"] = "Read-only file system"
        var h = try Harness(workshop: workshop, files: files, path: path, elsewhere: "/home/anna/.local/share/rollkarta")
        h.press(.character("7"))
        let index = try XCTUnwrap(workshop.actors.firstIndex { $0.id == "actor-ifo" })
        for _ in 0..<index { h.press(.down) }
        h.press(.enter, .enter)
        XCTAssertNotNil(h.state.form, "the item's answer form opens: \(h.text)")
    }

    func testQuittingWithUnsavedEditsOffersACopyElsewhere() throws {
        var (h, files) = try harness()
        h.press(.character("s"))
        h.press(.down, .character("s"))
        XCTAssertTrue(h.state.isDirty)
        h.press(.character("q"))
        XCTAssertFalse(h.quit, "one q does not drop the edits")
        XCTAssertTrue(h.text.contains("2 ändringar är inte sparade: mappen kan inte skrivas – W sparar en kopia"),
                      h.text)
        h.press(.character("W"))
        let copies = files.workshops.keys.filter { $0.hasPrefix("/home/anna/.local/share/rollkarta/ws.kopia-") }
        XCTAssertEqual(copies.count, 1, "\(files.workshops.keys)")
        XCTAssertEqual(files.workshops[copies[0]], h.state.workshop)
        XCTAssertFalse(h.state.isDirty)
        h.press(.character("q"))
        XCTAssertTrue(h.quit)
        XCTAssertEqual(h.state.changesLost, 0)
    }

    func testQuittingAnywayCountsTheChangesLost() throws {
        var (h, _) = try harness()
        h.press(.character("s"))
        h.press(.down, .character("s"))
        h.press(.down, .character("s"))
        h.press(.character("q"), .character("q"))
        XCTAssertTrue(h.quit)
        XCTAssertEqual(h.state.changesLost, 3)
        XCTAssertEqual(h.state.closingNotes.last, "3 ändringar förlorade")
        var (english, _) = try harness(.en)
        english.press(.character("s"), .character("q"), .character("q"))
        XCTAssertEqual(english.state.closingNotes.last, "1 change lost")
    }

    /// A full disk elsewhere (the folder was writable at opening): quitting anyway after a last
    /// failed try is a loss too, never a quiet success.
    func testQuittingAnywayAfterAFailedSaveCountsTheLoss() throws {
        let files = InMemoryFiles(try WorkshopStore.load(TestData.examplePath), at: "example.rollkarta.json")
        var h = try Harness(files: files)
        files.failingSaves = "kunde inte spara: No space left on device"
        h.press(.character("s"), .character("q"), .character("q"))
        XCTAssertTrue(h.quit)
        XCTAssertEqual(h.state.changesLost, 1)
        XCTAssertTrue(h.state.closingNotes.contains("1 ändring förlorad"), "\(h.state.closingNotes)")
    }

    /// The save of the last edit fails only after q asked (the disk is slower than the keys):
    /// the question stays on screen instead of being replaced by the failure, and q answers it.
    func testASaveFailingAfterTheQuitQuestionLeavesTheQuestionOnScreen() throws {
        var h = try Harness()
        h.press(.character("s"))
        h.send(.saved(.failed("kunde inte spara: No space left on device"), version: h.state.changeCount))
        h.press(.down, .character("s"))  // its save is still under way when q comes
        h.press(.character("q"))
        XCTAssertFalse(h.quit)
        let question = try XCTUnwrap(h.state.message)
        h.send(.saved(.failed("kunde inte spara: No space left on device"), version: h.state.changeCount))
        XCTAssertEqual(h.state.message, question, "the quit question is not replaced by the late failure")
        h.press(.character("q"))
        XCTAssertTrue(h.quit, "the next q answers the question on screen")
    }
}
