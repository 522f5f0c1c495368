import XCTest
@testable import RollkartaApp
import RollkartaModel

/// Live mapping in the app core: assigning actors, status, gaps, undo and redo, and the
/// save asked for after every completed change.
final class EditingTests: XCTestCase {
    private func blank() throws -> Harness<AppState> {
        try Harness(workshop: WorkshopFactory.make(title: "Live", journeys: [.child, .adult], date: "2026-05-01"))
    }

    func testAssigningAnExistingActorAndANewOneTypedInSwedish() throws {
        var h = try Harness()
        h.press(.down, .down, .down, .down, .down, .down, .down)  // role 6B, step 1: empty
        h.press(.character("a"))
        XCTAssertNotNil(h.state.form)
        XCTAssertTrue(h.text.contains("▶ Aktörer"), h.text)
        XCTAssertTrue(h.text.contains("[ ] BUP"))
        h.press(.right, .right, .character(" "))  // the third actor: UPH
        XCTAssertTrue(h.text.contains("[x] UPH"))
        XCTAssertTrue(h.text.contains("→ Vårdcentral med UPH"))
        h.press(.tab, .tab)
        h.type("Boendestöd Östra")
        h.press(.tab)
        h.type("BSÖ")
        h.press(.function(2))
        XCTAssertNil(h.state.form)
        XCTAssertEqual(h.effects, [.save])
        XCTAssertTrue(h.state.isDirty)
        let assignment = try XCTUnwrap(h.state.workshop.assignment(journey: .child, step: "concern", role: "6B"))
        let added = try XCTUnwrap(h.state.workshop.actors.last)
        XCTAssertEqual(added.name, "Boendestöd Östra")
        XCTAssertEqual(added.abbreviation, "BSÖ")
        XCTAssertEqual(added.id, "actor-bso")
        XCTAssertEqual(assignment.actors, ["actor-vc-uph", "actor-bso"])
        XCTAssertEqual(assignment.status, .holds)
        XCTAssertTrue(h.text.contains("✓   UPH,BSÖ"), h.text)
        XCTAssertTrue(h.screen.line(0).contains("[ej sparad]"))
    }

    func testStatusCyclesAndUndoRedoFollow() throws {
        var h = try Harness()
        h.press(.character("s"))  // role 1, step 1 holds -> partly
        XCTAssertEqual(h.state.workshop.assignment(journey: .child, step: "concern", role: "1")?.status, .partly)
        XCTAssertTrue(h.screen.line(29).contains("Status: delvis"))
        h.press(.character("s"), .character("s"))
        XCTAssertEqual(h.state.workshop.assignment(journey: .child, step: "concern", role: "1")?.status, .holds)
        h.press(.character("u"))
        XCTAssertEqual(h.state.workshop.assignment(journey: .child, step: "concern", role: "1")?.status, .unclear)
        XCTAssertTrue(h.screen.line(29).contains("Ångrat: cellen (2 steg kvar)"), "undo says what it undid: \(h.screen.line(29))")
        h.press(.control("r"))
        XCTAssertEqual(h.state.workshop.assignment(journey: .child, step: "concern", role: "1")?.status, .holds)
        XCTAssertTrue(h.screen.line(29).contains("Gjort om: cellen"), h.screen.line(29))
        h.press(.right, .character("s"))  // nobody holds it: recorded as unclear, no actor known
        XCTAssertTrue(h.screen.line(29).contains("Status: oklart, ingen aktör känd"), h.screen.line(29))
        XCTAssertEqual(h.effects, [.save, .save, .save, .save, .save, .save])
    }

    func testUndoGoesBackAtLeastTwoHundredSteps() throws {
        var h = try Harness()
        let original = h.state.workshop
        for _ in 0..<250 { h.press(.character("s")) }
        for _ in 0..<250 { h.press(.character("u")) }
        XCTAssertEqual(h.state.workshop, original)
        h.press(.character("u"))
        XCTAssertTrue(h.screen.line(29).contains("Inget att ångra"))
    }

    func testMarkingAGapWithItsActionPlan() throws {
        var h = try blank()
        h.press(.down, .down, .down, .right, .right)  // role 4, step 3
        h.press(.character("g"))
        XCTAssertTrue(h.text.contains("Nytt glapp · Barn och unga · Roll 4 · Bedömning och styrning"), h.text)
        h.press(.function(2))
        XCTAssertNotNil(h.state.form, "a gap needs a description")
        XCTAssertTrue(h.text.contains("Skriv en beskrivning av glappet"))
        h.type("Remisser studsar mellan BUP och vårdcentralen")
        h.press(.enter)
        h.type("– ingen äger ärendet")
        h.press(.tab)          // kind
        h.press(.right)        // unclear responsibility -> contested
        h.press(.tab, .character(" "))  // causes: vision ticked
        h.press(.tab, .left)   // priority: medium -> high
        h.press(.tab, .right, .character(" "))  // effect goal 2
        h.press(.tab, .tab)    // past the actors, to the action
        h.type("Gemensam rutin")
        h.press(.tab, .tab)    // past the level, to the responsible
        h.type("Vårdsamverkan")
        h.press(.function(2))
        XCTAssertNil(h.state.form)
        let gap = try XCTUnwrap(h.state.workshop.gaps.first)
        XCTAssertEqual(gap.id, "gap-0001")
        XCTAssertEqual(gap.description, "Remisser studsar mellan BUP och vårdcentralen\n– ingen äger ärendet")
        XCTAssertEqual(gap.kind, .contested)
        XCTAssertEqual(gap.causes, [.vision])
        XCTAssertEqual(gap.priority, .high)
        XCTAssertEqual(gap.effectGoals, ["2"])
        XCTAssertEqual(gap.activities.first?.action, "Gemensam rutin")
        XCTAssertEqual(gap.activities.first?.responsible, "Vårdsamverkan")
        XCTAssertEqual(gap.step, "assessment")
        XCTAssertEqual(gap.role, "4")
        XCTAssertTrue(h.screen.line(29).contains("Glappet \u{201D}\(gap.description.prefix(20))"), h.screen.line(29))
        XCTAssertFalse(h.screen.line(29).contains("gap-0001"), "named by its text, not its id")
        XCTAssertTrue(h.text.contains("·!"), "the map marks the gap")
        h.press(.character("u"))
        XCTAssertTrue(h.state.workshop.gaps.isEmpty)
    }

    func testEscapeAsksBeforeDiscardingWhatWasTyped() throws {
        var h = try blank()
        h.press(.character("g"))
        h.press(.escape)
        XCTAssertNil(h.state.form, "nothing typed: Esc closes at once")
        h.press(.character("g"))
        h.type("Något")
        h.press(.escape)
        XCTAssertNotNil(h.state.form)
        XCTAssertTrue(h.text.contains("Kasta det du skrivit? j = ja, n = nej"))
        h.press(.character("n"))
        XCTAssertEqual(h.state.form?["description"]?.text, "Något")
        h.press(.escape, .character("j"))
        XCTAssertNil(h.state.form)
        XCTAssertTrue(h.state.workshop.gaps.isEmpty)
        XCTAssertEqual(h.effects, [])
    }

    /// In a choice a letter goes to the option that starts with it (again: the next one); a
    /// letter nothing starts with says what the field takes instead of doing nothing silently.
    func testALetterChoosesInAChoiceAndOneThatFitsNothingSaysWhatToPress() throws {
        var h = try Harness(width: 120, height: 40)
        h.press(.character("g"))
        while h.state.form?.fields[h.state.form!.focus].id != "priority" { h.press(.tab) }
        h.press(.character("h"))
        XCTAssertEqual(h.state.form?["priority"]?.choice, Priority.high.rawValue)
        h.press(.character("L"))
        XCTAssertEqual(h.state.form?["priority"]?.choice, Priority.low.rawValue, "without case")
        h.press(.character("q"))
        XCTAssertEqual(h.state.form?["priority"]?.choice, Priority.low.rawValue)
        XCTAssertTrue(h.text.contains("Här väljer ← → (eller mellanslag); en bokstav går till det som börjar så"), h.text)
    }

    func testTheLineEditorEditsAnywhereInTheText() {
        var field = TextField("Vårdcentral")
        XCTAssertTrue(field.handle(.home))
        _ = field.handle(.delete)
        _ = field.handle(.character("v"))
        _ = field.handle(.end)
        _ = field.handle(.backspace)
        _ = field.handle(.character("l"))
        _ = field.handle(.left)
        _ = field.handle(.left)
        _ = field.handle(.character("å"))
        XCTAssertEqual(field.text, "vårdcentråal")
        _ = field.handle(.control("u"))
        XCTAssertEqual(field.text, "al")
        var decomposed = TextField("")
        _ = decomposed.handle(.character("a"))
        _ = decomposed.handle(.character("\u{030A}"))
        XCTAssertEqual(decomposed.characters.count, 1)
        XCTAssertEqual(decomposed.text, "å")
        var pasted = TextField("", multiline: true)
        for character in String(repeating: "lång text ", count: 1000) { _ = pasted.handle(.character(character)) }
        XCTAssertEqual(pasted.text.count, 10_000)
    }

    /// Ctrl-arrows move a word (åäö are letters of it), Ctrl-Home and Ctrl-End to the ends of
    /// the whole text, also across the lines of a multi-line field.
    func testCtrlArrowsMoveByWordAndCtrlHomeEndToTheEndsOfTheText() {
        var field = TextField("Vårdcentral på Hisingen")
        XCTAssertTrue(field.handle(.controlLeft))
        _ = field.handle(.character("("))
        XCTAssertEqual(field.text, "Vårdcentral på (Hisingen")
        _ = field.handle(.controlLeft)
        _ = field.handle(.character("X"))
        XCTAssertEqual(field.text, "Vårdcentral Xpå (Hisingen", "past the '(' and into the word before")
        _ = field.handle(.controlRight)
        _ = field.handle(.character("!"))
        XCTAssertEqual(field.text, "Vårdcentral Xpå! (Hisingen")
        var lines = TextField("rad ett\nrad två", multiline: true)
        XCTAssertTrue(lines.handle(.controlHome))
        _ = lines.handle(.character(">"))
        XCTAssertTrue(lines.handle(.controlEnd))
        _ = lines.handle(.character("<"))
        XCTAssertEqual(lines.text, ">rad ett\nrad två<")
        _ = lines.handle(.home)
        _ = lines.handle(.character("|"))
        XCTAssertEqual(lines.text, ">rad ett\n|rad två<", "Home is still the start of the line")
        var empty = TextField("")
        for key in [Key.controlLeft, .controlRight, .controlHome, .controlEnd] { XCTAssertTrue(empty.handle(key)) }
        XCTAssertEqual(empty.text, "")
    }
}

/// Every kind of change can be undone exactly, and redone.
final class UndoEveryActionTests: XCTestCase {
    private func assertUndoRestores(_ act: (inout Harness<AppState>) -> Void, file: StaticString = #filePath, line: UInt = #line) throws {
        var h = try Harness(width: 120, height: 40)
        let before = h.state.workshop
        act(&h)
        let after = h.state.workshop
        XCTAssertNotEqual(after, before, "the action changed nothing", file: file, line: line)
        h.press(.character("1"), .character("u"))
        XCTAssertEqual(h.state.workshop, before, "undo did not restore", file: file, line: line)
        h.press(.control("r"))
        XCTAssertEqual(h.state.workshop, after, "redo did not reapply", file: file, line: line)
    }

    func testAssignment() throws {
        try assertUndoRestores { h in h.press(.character("a"), .character(" "), .function(2)) }
    }

    func testNewActorInline() throws {
        try assertUndoRestores { h in
            h.press(.character("a"), .tab, .tab)
            h.type("Ny aktör")
            h.press(.function(2))
        }
    }

    func testStatus() throws {
        try assertUndoRestores { h in h.press(.character("s")) }
    }

    func testNewGap() throws {
        try assertUndoRestores { h in
            h.press(.character("g"))
            h.type("Glapp")
            h.press(.function(2))
        }
    }

    func testEditedGap() throws {
        try assertUndoRestores { h in
            h.press(.character("3"), .enter)
            h.type(" (ändrad)")
            h.press(.function(2))
        }
    }

    func testNewHandover() throws {
        try assertUndoRestores { h in
            h.press(.character("o"), .tab, .tab, .tab, .tab)
            h.type("Remiss")
            h.press(.function(2))
        }
    }

    func testEditedHandover() throws {
        try assertUndoRestores { h in
            h.press(.character("4"), .down, .enter)
            for _ in 0..<5 { h.press(.tab) }
            h.press(.right)
            h.press(.function(2))
        }
    }

    func testDeletedGap() throws {
        try assertUndoRestores { h in h.press(.character("3"), .down, .character("d")) }
    }

    func testDeletedHandover() throws {
        try assertUndoRestores { h in h.press(.character("4"), .delete) }
    }

    func testRoleNotes() throws {
        try assertUndoRestores { h in
            h.press(.character("2"), .enter)
            h.type("Behöver mandat")
            h.press(.function(2))
        }
    }
}

final class UnsavedQuitTests: XCTestCase {
    func testQuittingWithUnsavedEditsAsksFirst() throws {
        var h = try Harness()
        h.press(.character("s"))
        h.send(.saved(.failed("kunde inte spara: No space left on device"), version: h.state.changeCount))
        XCTAssertTrue(h.state.isDirty, "the runtime could not save (the disk is full)")
        h.press(.character("q"))
        XCTAssertFalse(h.effects.contains(.quit))
        XCTAssertTrue(h.screen.line(29).contains("q igen avslutar ändå"), h.screen.line(29))
        h.press(.down, .character("q"))
        XCTAssertFalse(h.effects.contains(.quit), "another key in between: ask again")
        h.press(.character("q"))
        XCTAssertEqual(h.effects.last, .quit)
    }
}

final class ReadOnlyTests: XCTestCase {
    func testNothingChangesWhileAnotherRollkartaHoldsTheFile() throws {
        var h = try Harness()
        h.state.readOnly = ReadOnlyReason(pid: 42, host: "projektor", since: "08:00", isStale: false)
        let before = h.state.workshop
        h.press(.character("s"))
        h.press(.character("a"), .character(" "), .function(2))
        h.press(.character("u"))
        XCTAssertEqual(h.state.workshop, before)
        XCTAssertFalse(h.effects.contains(.save))
        XCTAssertTrue(h.screen.line(0).contains("SKRIVSKYDDAD: öppen i en annan Rollkarta (pid 42 på projektor sedan 08:00)"))
        h.press(.character("T"))
        XCTAssertTrue(h.text.contains("Den andra Rollkartan körs fortfarande här"), h.text)
    }

    func testTheConflictKeysOnlyActDuringAConflict() throws {
        var h = try Harness()
        h.press(.character("O"), .character("R"), .character("W"))
        XCTAssertEqual(h.effects, [])
        h.state.diskConflict = true
        h.press(.character("W"))
        XCTAssertEqual(h.effects, [.saveCopy])
        XCTAssertTrue(h.screen.line(0).contains("FILEN ÄNDRAD UTANFÖR ROLLKARTA"))
    }
}

final class PersonalNumberWarningTests: XCTestCase {
    func testAFormWarnsBeforeSavingAPersonalNumberAndTheSecondF2Saves() throws {
        var h = try Harness()
        h.press(.character("g"))
        h.type("Patient 811218-9876 väntade")
        h.press(.function(2))
        XCTAssertNotNil(h.state.form)
        XCTAssertTrue(h.text.contains("\"811218-9876\" ser ut som ett personnummer"), h.text)
        h.press(.function(2))
        XCTAssertNil(h.state.form)
        XCTAssertTrue(h.state.workshop.gaps.contains { $0.description.contains("811218-9876") })
    }

    func testEditingAfterTheWarningWarnsAgain() throws {
        var h = try Harness()
        h.press(.character("g"))
        h.type("811218-9876")
        h.press(.function(2))
        h.type(" och 701063-2391")
        h.press(.function(2))
        XCTAssertNotNil(h.state.form, "changed text is checked again")
    }
}
