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

    /// A second window, read-only while another Rollkarta holds the file, shows the file as it
    /// changes there (looked at whenever no key comes), and takes the lock once it is let go.
    func testAReadOnlyWindowFollowsTheFileAndTakesTheLockWhenItIsFree() throws {
        let workshop = try WorkshopStore.load(TestData.examplePath)
        let files = InMemoryFiles(workshop, at: path)
        files.lockHolders[path] = FileLock.Holder(pid: 77, host: "här", since: "09:15")
        var h = try Harness(files: files)
        XCTAssertTrue(h.screen.line(0).contains("SKRIVSKYDDAD: öppen i en annan Rollkarta (pid 77"), h.screen.line(0))
        h.send(.tick)
        XCTAssertNil(h.state.message, "nothing new, nothing said")

        files.changeOutside(path) { $0.title = "Sparad i det andra fönstret" }
        h.press(.character("R"))  // R reads it as it is now, also when read-only
        XCTAssertEqual(h.state.workshop.title, "Sparad i det andra fönstret")
        XCTAssertFalse(h.text.contains("Filen har inte ändrats"), h.text)

        files.changeOutside(path) { $0.title = "Ändrad igen" }
        h.send(.tick)
        XCTAssertEqual(h.state.workshop.title, "Ändrad igen")
        XCTAssertTrue(h.screen.line(29).contains("Filen ändrades på disk: den nya versionen visas"), h.screen.line(29))
        XCTAssertNotNil(h.state.readOnly, "still read-only while the other holds the lock")

        files.lockHolders[path] = nil  // the other window quits
        files.changeOutside(path) { $0.title = "Sista versionen" }
        h.send(.tick)
        XCTAssertNil(h.state.readOnly)
        XCTAssertEqual(files.lockHolders[path], InMemoryFiles.me)
        XCTAssertTrue(h.screen.line(29).contains("Den andra Rollkartan har stängt filen: låset är ditt och du kan redigera"),
                      h.screen.line(29))
        XCTAssertTrue(h.screen.line(0).contains("Sista versionen"), "the banner gives way to the title: \(h.screen.line(0))")
        h.press(.character("s"))
        XCTAssertEqual(files.workshops[path], h.state.workshop, "the edit is saved, on the newest version")
        XCTAssertEqual(files.workshops[path]?.title, "Sista versionen")
        XCTAssertFalse(h.state.diskConflict)
    }

    func testAReadOnlyWindowSaysWhenTheHolderIsGoneAndTTakesOver() throws {
        let workshop = try WorkshopStore.load(TestData.examplePath)
        let files = InMemoryFiles(workshop, at: path)
        files.lockHolders[path] = FileLock.Holder(pid: 77, host: "här", since: "09:15")
        var h = try Harness(files: files)
        XCTAssertTrue(h.screen.line(0).contains("SKRIVSKYDDAD: öppen i en annan Rollkarta (pid 77 på här sedan 09:15)"), h.screen.line(0))
        h.press(.character("T"))
        XCTAssertTrue(h.text.contains("Den andra Rollkartan körs fortfarande här: stäng den, så blir låset ditt"), h.text)
        XCTAssertNotNil(h.state.readOnly)
        files.holdersGone = true  // killed, its lock left behind
        h.send(.tick)
        XCTAssertTrue(h.screen.line(29).contains("Rollkartan som höll filen finns inte längre – T tar över låset"), h.screen.line(29))
        XCTAssertTrue(h.screen.line(0).contains("övergivet lås"), h.screen.line(0))
        h.press(.character("T"))
        XCTAssertNil(h.state.readOnly)
        XCTAssertTrue(h.text.contains("Låset övertaget"), h.text)
    }

    /// A lock written on another machine cannot be checked from here: T asks, naming the host,
    /// the pid and since when; anything but j leaves the file read-only, j takes the lock over.
    func testALockFromAnotherMachineIsTakenOverOnlyAfterAQuestion() throws {
        let workshop = try WorkshopStore.load(TestData.examplePath)
        let files = InMemoryFiles(workshop, at: path)
        files.lockHolders[path] = FileLock.Holder(pid: 4242, host: "annan-dator", since: "2026-11-01T08:00:00Z")
        var h = try Harness(files: files)
        XCTAssertTrue(h.screen.line(0).contains("SKRIVSKYDDAD – T tar över om ingen arbetar där: låst från annan-dator (pid 4242) sedan 2026-11-01"),
                      h.screen.line(0))
        h.press(.character("T"))
        XCTAssertTrue(h.text.contains("Ta över låset? j/n – bara om ingen arbetar på annan-dator (pid 4242, låst sedan 2026-11-01"), h.text)
        h.press(.character("n"))
        XCTAssertTrue(h.text.contains("Låset lämnades kvar: filen är fortfarande skrivskyddad"), h.text)
        XCTAssertNotNil(h.state.readOnly)
        XCTAssertEqual(files.lockHolders[path]?.host, "annan-dator")
        h.press(.character("s"))
        XCTAssertEqual(files.workshops[path], workshop, "still read-only: nothing written")
        h.press(.character("T"), .character("j"))
        XCTAssertNil(h.state.readOnly)
        XCTAssertEqual(files.lockHolders[path], InMemoryFiles.me)
        XCTAssertTrue(h.text.contains("Låset övertaget"), h.text)
        h.press(.character("s"))
        XCTAssertNotEqual(files.workshops[path], workshop, "the edit is saved")
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
        XCTAssertTrue(h.screen.line(0).contains("SKRIVSKYDDAD – T tar över om ingen arbetar där: låst från laptop (pid 77)"), h.screen.line(0))
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
