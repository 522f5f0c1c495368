import Foundation
import XCTest
@testable import RollkartaApp
import RollkartaModel

/// Typing never waits for the disk: the saves run beside the input loop, in order, and the
/// program ends only once the last one is written.
final class BackgroundSaveTests: XCTestCase {
    /// A terminal in memory: hands out its keys one by one, counts the screens drawn, and runs
    /// a check before each key it hands out.
    struct ScriptedTerminal: TerminalBackend {
        var inputs: [TerminalInput]
        var beforeEachInput: (Int) -> Void
        var given = 0
        var screens: [CellBuffer] = []

        mutating func nextInput() -> TerminalInput {
            guard given < inputs.count else { return .terminate }
            beforeEachInput(given)
            given += 1
            return inputs[given - 1]
        }

        mutating func draw(_ buffer: CellBuffer) { screens.append(buffer) }
        mutating func hasPendingInput() -> Bool { false }
    }

    func testKeysAreDrawnWhileASlowSaveRunsAndTheLastStateReachesTheDisk() throws {
        let path = "example.rollkarta.json"
        let workshop = try WorkshopStore.load(TestData.examplePath)
        let files = InMemoryFiles(workshop, at: path)
        let gate = DispatchSemaphore(value: 0)
        files.gate = gate  // no save finishes until the keys below are all drawn
        let work = BackgroundFileWork(WorkshopRuntime(path: path, files: files))
        var state = AppState(workshop: workshop, filePath: path, width: 100, height: 30)
        state.readOnly = work.lockFile()
        let keys: [Key] = [.character("s"), .down, .character("s"), .down, .down, .character("s"), .up]
        var drawnBeforeAnySave = 0
        var terminal = ScriptedTerminal(inputs: keys.map { .key($0) } + [.terminate], beforeEachInput: { index in
            guard index == keys.count else { return }
            drawnBeforeAnySave = files.savedTitles.isEmpty ? index : -1
            gate.signal()  // all typed and drawn: let the disk go on
        })
        let end = Program.run(&state, backend: &terminal, background: work) { effect, state in work.perform(state.job(effect)) }
        work.release()

        XCTAssertEqual(end, .terminated)
        XCTAssertEqual(drawnBeforeAnySave, keys.count, "every key was taken and drawn while the first save still waited")
        XCTAssertGreaterThanOrEqual(terminal.screens.count, keys.count, "a screen drawn for the keys")
        XCTAssertEqual(files.workshops[path], state.workshop, "the last state reached the disk")
        // The first save waited at the gate; the two changes made meanwhile are one save of the newest.
        XCTAssertEqual(files.savedTitles.count, 2, "the saves asked for meanwhile coalesce into one: \(files.savedTitles)")
        XCTAssertFalse(state.isDirty, "saved once the last save came back")
    }

    /// Keys faster than the disk: while one save is being written, every change made meanwhile
    /// waits as one save of the newest state, never as a backlog of older ones.
    func testChangesMadeWhileASaveIsWrittenAreOneSaveOfTheNewest() throws {
        let path = "example.rollkarta.json"
        let workshop = try WorkshopStore.load(TestData.examplePath)
        let files = InMemoryFiles(workshop, at: path)
        let gate = DispatchSemaphore(value: 0)
        files.gate = gate
        let work = BackgroundFileWork(WorkshopRuntime(path: path, files: files))
        var state = AppState(workshop: workshop, filePath: path, width: 100, height: 30)
        state.readOnly = work.lockFile()
        var asked = 0
        for round in 0..<20 {
            state.workshop.title = "Ändring \(round)"
            state.isDirty = true
            state.changeCount += 1
            asked += 1
            _ = work.perform(state.job(.save))
            if round == 0 { usleep(50_000) }  // the first has started and waits at the gate
        }
        gate.signal()
        XCTAssertTrue(work.waitUntilIdle(timeout: 10))
        let written = work.takeEvents()
        work.release()
        XCTAssertEqual(asked, 20)
        XCTAssertEqual(files.savedTitles, ["Ändring 0", "Ändring 19"], "the one being written, then the newest")
        XCTAssertEqual(files.workshops[path]?.title, "Ändring 19")
        XCTAssertEqual(written, [.saved(.written, version: 1), .saved(.written, version: 20)])
        for event in written { _ = update(&state, event) }
        XCTAssertFalse(state.isDirty, "the newest version is written")
    }

    /// Leaving while the newest change is being written: that save is not asked twice.
    func testLeavingWhileTheNewestIsWrittenDoesNotWriteItAgain() throws {
        let path = "example.rollkarta.json"
        let workshop = try WorkshopStore.load(TestData.examplePath)
        let files = InMemoryFiles(workshop, at: path)
        let gate = DispatchSemaphore(value: 0)
        files.gate = gate
        let work = BackgroundFileWork(WorkshopRuntime(path: path, files: files))
        var state = AppState(workshop: workshop, filePath: path, width: 100, height: 30)
        state.readOnly = work.lockFile()
        for effect in update(&state, .key(.character("s"))) { _ = work.perform(state.job(effect)) }
        usleep(50_000)  // the save has started and waits at the gate
        let leaving = update(&state, .closing(.hangup))
        XCTAssertEqual(leaving, [.save, .quit], "unsaved as far as the app knows")
        for effect in leaving where effect != .quit { _ = work.perform(state.job(effect)) }
        gate.signal()
        XCTAssertTrue(work.waitUntilIdle(timeout: 10))
        work.release()
        XCTAssertEqual(files.savedTitles.count, 1, "written once")
        XCTAssertEqual(files.workshops[path], state.workshop)
    }

    func testASaveThatFinishesAfterANewerChangeLeavesTheWorkshopUnsaved() throws {
        var h = try Harness()
        h.press(.character("s"))
        let first = h.state.changeCount
        h.press(.down, .character("s"))
        XCTAssertTrue(h.state.isDirty)
        h.send(.saved(.written, version: first))
        XCTAssertTrue(h.state.isDirty, "the newer change is not written yet")
        XCTAssertTrue(h.screen.line(0).contains("[ej sparad]"))
        h.send(.saved(.written, version: h.state.changeCount))
        XCTAssertFalse(h.state.isDirty)
        h.send(.saved(.failed("kunde inte spara: No space left on device"), version: h.state.changeCount))
        XCTAssertTrue(h.state.isDirty, "a failed save leaves the edits marked unsaved")
    }

    /// q while the newest change's save is still running: nothing failed, so the app ends (the
    /// save and then quitting, in order) without claiming an error; after a failed save one q
    /// still only warns.
    func testQuittingWhileASaveRunsEndsAfterItWithoutSayingItFailed() throws {
        var h = try Harness()
        h.press(.character("s"))  // its save is under way: no answer has come back
        XCTAssertTrue(h.state.isDirty)
        h.effects = []
        h.press(.character("q"))
        XCTAssertTrue(h.quit, "one q ends the app once the running save is done")
        XCTAssertEqual(h.effects, [.save, .quit], "the newest state is saved before quitting")
        XCTAssertFalse(h.text.contains("se felet ovan"), h.text)

        var failed = try Harness()
        failed.press(.character("s"))
        failed.send(.saved(.failed("kunde inte spara: No space left on device"), version: failed.state.changeCount))
        failed.press(.character("q"))
        XCTAssertFalse(failed.quit, "one q does not drop edits whose save failed")
        XCTAssertTrue(failed.text.contains("Ändringar är inte sparade (se felet ovan)"), failed.text)
    }

    /// The participant's walk saves as the app does: beside the input loop, each answer drawn
    /// while a slow disk still writes the first, the saves asked for meanwhile written as one
    /// of the newest answers, and the walk ends only once that is written.
    func testTheWalksAnswersAreWrittenBesideTheInputLoopAndTheNewestReachesTheFile() throws {
        let workshop = try WorkshopStore.load(TestData.examplePath)
        let answers = ParticipantFile(for: workshop, organisation: "Elevhälsan", initials: "ÅK", onBehalf: false, include: [.roles])
        let gate = DispatchSemaphore(value: 0)
        let written = Written()
        let saves = BackgroundFileWork(AnswerRuntime(write: { file, _ in
            if written.count == 0 { gate.wait() }  // the first save waits until every key is drawn
            written.append(file)
        }))
        var state = VerifyState(workshop: workshop, file: answers, filePath: "ws.verify-elevhalsan-ak.json",
                                width: 90, height: 30, now: { "2026-11-22T10:00:00Z" })
        let keys: [Key] = [.character("1"), .character("1"), .character("1"), .character("1")]
        var writtenBeforeTheLastKey = -1
        var terminal = ScriptedTerminal(inputs: keys.map { .key($0) } + [.key(.character("q"))], beforeEachInput: { index in
            guard index == keys.count else { return }
            writtenBeforeTheLastKey = written.count
            gate.signal()
        })
        let end = Program.run(&state, backend: &terminal, background: saves) { effect, state in
            effect == .save ? saves.perform(state.saveJob) : []
        }
        XCTAssertEqual(end, .quit)
        XCTAssertEqual(writtenBeforeTheLastKey, 0, "four answers taken and drawn while the first save still waited")
        XCTAssertEqual(state.file.answers.count, 4)
        XCTAssertEqual(written.files.last, state.file, "the newest answers reached the file")
        XCTAssertEqual(written.count, 2, "the saves asked for meanwhile are one save of the newest")
        XCTAssertFalse(state.isDirty, "saved once the last save came back")
    }

    /// What a walk's saves wrote, from the queue's thread.
    final class Written: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [ParticipantFile] = []
        var files: [ParticipantFile] { lock.withLock { list } }
        var count: Int { lock.withLock { list.count } }
        func append(_ file: ParticipantFile) { lock.withLock { list.append(file) } }
    }
}
