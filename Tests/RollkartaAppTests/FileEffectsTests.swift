import Foundation
import XCTest
@testable import RollkartaApp
import RollkartaModel

/// The file side by key sequences: the effects run against files in memory and their results
/// come back as events, as in the real program, with failures injected.
final class FileEffectsTests: XCTestCase {
    let path = "example.rollkarta.json"

    private func harness() throws -> (Harness<AppState>, InMemoryFiles) {
        let workshop = try WorkshopStore.load(TestData.examplePath)
        let files = InMemoryFiles(workshop, at: path)
        return (try Harness(files: files), files)
    }

    func testEveryChangeIsSavedAndTheHeaderSaysSo() throws {
        var (h, files) = try harness()
        h.press(.character("s"))
        XCTAssertEqual(files.workshops[path], h.state.workshop)
        XCTAssertFalse(h.state.isDirty)
        XCTAssertTrue(h.screen.line(0).contains("[sparad]"))
    }

    func testAFullDiskKeepsTheEditsAndTheNextChangeSavesThemAll() throws {
        var (h, files) = try harness()
        let before = files.workshops[path]
        files.failingSaves = "kunde inte spara: No space left on device"
        h.press(.character("s"))
        XCTAssertEqual(files.workshops[path], before, "nothing half-written")
        XCTAssertTrue(h.state.isDirty)
        XCTAssertTrue(h.screen.line(0).contains("[ej sparad]"))
        XCTAssertTrue(h.screen.line(29).contains("No space left on device"), h.screen.line(29))
        h.press(.character("q"))
        XCTAssertFalse(h.quit, "one q does not drop unsaved edits")
        files.failingSaves = nil
        h.press(.down, .character("s"))
        XCTAssertEqual(files.workshops[path], h.state.workshop)
        XCTAssertFalse(h.state.isDirty)
    }

    func testAChangeMadeOutsideIsNeverOverwrittenSilently() throws {
        var (h, files) = try harness()
        files.changeOutside(path) { $0.title = "Ändrad av någon annan" }
        h.press(.character("s"))
        XCTAssertEqual(files.workshops[path]?.title, "Ändrad av någon annan")
        XCTAssertTrue(h.screen.line(0).contains("FILEN ÄNDRAD UTANFÖR ROLLKARTA"))
        let mine = h.state.workshop

        h.press(.character("R"))  // read it in; mine stays one u away
        XCTAssertEqual(h.state.workshop.title, "Ändrad av någon annan")
        XCTAssertFalse(h.screen.line(0).contains("FILEN ÄNDRAD"))
        XCTAssertTrue(h.text.contains("Inläst från disk"))
        h.press(.character("u"))
        XCTAssertEqual(h.state.workshop, mine)
        XCTAssertEqual(files.workshops[path], mine, "the undo is a change like any other, saved")
        XCTAssertTrue(h.state.redoStack.count == 1)
    }

    /// While an outside change waits for the facilitator's choice nothing is written, and the
    /// status bar never says otherwise: not for the change that found it, nor for a gap saved
    /// from its form afterwards.
    func testNothingIsSaidSavedWhileAnOutsideChangeWaits() throws {
        var (h, files) = try harness()
        files.changeOutside(path) { $0.title = "Ändrad av någon annan" }
        h.press(.character("g"))
        h.type("Remissen når aldrig fram")
        h.press(.function(2))  // the save finds the file changed
        XCTAssertTrue(h.state.diskConflict)
        XCTAssertEqual(files.workshops[path]?.gaps.count, h.state.workshop.gaps.count - 1, "the gap is not in the file")
        var status = h.screen.line(29)
        XCTAssertFalse(status.contains("sparat") || status.contains("sparad"), status)
        XCTAssertTrue(status.contains("inte skriven"), status)

        h.press(.down, .character("g"))
        h.type("Ingen kallar till SIP")
        h.press(.function(2))
        status = h.screen.line(29)
        XCTAssertFalse(status.contains("sparat") || status.contains("sparad"), status)
        XCTAssertTrue(status.contains("Ändringen är inte skriven: filen ändrades utanför Rollkarta – R läs in"), status)
        XCTAssertTrue(h.screen.line(0).contains("FILEN ÄNDRAD UTANFÖR ROLLKARTA"), h.screen.line(0))
    }

    func testWSavesMyVersionAsACopyAndGoesOnInIt() throws {
        var (h, files) = try harness()
        files.changeOutside(path) { $0.title = "Deras" }
        h.press(.character("s"))
        h.press(.character("W"))
        let copy = try XCTUnwrap(files.workshops.keys.first { $0.contains(".kopia-") })
        XCTAssertEqual(h.state.filePath, copy)
        XCTAssertEqual(files.workshops[copy], h.state.workshop)
        XCTAssertEqual(files.workshops[path]?.title, "Deras", "their file untouched")
        XCTAssertEqual(files.lockHolders[copy], InMemoryFiles.me)
        h.press(.character("s"))
        XCTAssertEqual(files.workshops[copy], h.state.workshop, "later changes go to the copy")
    }

    func testOOverwritesWithMyVersion() throws {
        var (h, files) = try harness()
        files.changeOutside(path) { $0.title = "Deras" }
        h.press(.character("s"))
        h.press(.character("O"))
        XCTAssertEqual(files.workshops[path], h.state.workshop)
        XCTAssertTrue(h.text.contains("Filen överskriven med din version"))
        XCTAssertFalse(h.state.diskConflict)
    }

    func testALostLockStopsSavingAndTheEditsCanBeSavedAsACopy() throws {
        var (h, files) = try harness()
        let before = files.workshops[path]
        files.lockHolders[path] = FileLock.Holder(pid: 77, host: "laptop", since: "09:15")
        h.press(.character("s"))
        XCTAssertEqual(files.workshops[path], before, "the other Rollkarta's file is not written")
        XCTAssertTrue(h.screen.line(0).contains("SKRIVSKYDDAD: öppen i en annan Rollkarta (pid 77 på laptop"), h.screen.line(0))
        XCTAssertTrue(h.text.contains("W sparar dina ändringar som en kopia"), h.text)
        let edited = h.state.workshop
        h.press(.character("s"))
        XCTAssertEqual(h.state.workshop, edited, "read-only now: nothing more changes")
        h.press(.character("W"))
        let copy = try XCTUnwrap(files.workshops.keys.first { $0.contains(".kopia-") })
        XCTAssertEqual(files.workshops[copy], edited)
        XCTAssertNil(h.state.readOnly, "the copy is ours to edit")
    }

    func testClosingKeepsAFormWithAPersonalNumberAndSaysSo() throws {
        var (h, files) = try harness()
        h.press(.character("g"))
        h.type("Patient 811218-9876 väntade")
        h.send(.closing(.hangup))
        XCTAssertTrue(h.quit)
        XCTAssertTrue(try XCTUnwrap(files.workshops[path]).gaps.contains { $0.description == "Patient 811218-9876 väntade" },
                      "the form is saved to the file, not lost")
        XCTAssertTrue(h.state.closingNotes.contains { $0.contains("\"811218-9876\" ser ut som ett personnummer") },
                      "\(h.state.closingNotes)")
    }

    func testClosingDuringAnOutsideChangeSavesACopyBeside() throws {
        var (h, files) = try harness()
        files.changeOutside(path) { $0.title = "Deras" }
        h.press(.character("s"))
        let mine = h.state.workshop
        h.send(.closing(.terminate))
        XCTAssertTrue(h.quit)
        let copy = try XCTUnwrap(files.workshops.keys.first { $0.contains(".kopia-") })
        XCTAssertEqual(files.workshops[copy], mine)
        XCTAssertEqual(files.workshops[path]?.title, "Deras")
        XCTAssertTrue(h.state.closingNotes.contains { $0.contains(copy) })
    }

    func testClosingWithAnUntouchedFormQuitsWithoutSaving() throws {
        var (h, _) = try harness()
        h.press(.character("g"))
        h.send(.closing(.hangup))
        XCTAssertTrue(h.quit)
        XCTAssertFalse(h.effects.contains(.save))
    }

    func testExportSaysWhatWasWritten() throws {
        var (h, files) = try harness()
        h.press(.character("x"))
        XCTAssertEqual(files.reportsWritten, ["ws.md", "ws.html"])
        XCTAssertTrue(h.text.contains("ws.md"), h.text)
    }
}
