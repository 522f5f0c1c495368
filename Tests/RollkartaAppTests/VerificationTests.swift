import Foundation
import XCTest
@testable import RollkartaApp
import RollkartaModel

/// The participant's walk, driven by keys, asserted on the screen and the answer file.
final class VerifyWalkTests: XCTestCase {
    private var clock = 0

    private func walk(include: [VerificationSubject.Kind] = [.roles], file: ParticipantFile? = nil,
                      language: Language = .sv) throws -> VerifyState {
        let workshop = try WorkshopStore.load(Harness.examplePath)
        let answers = file ?? ParticipantFile(for: workshop, organisation: "Elevhälsan", initials: "ÅK", onBehalf: false,
                                              include: include)
        return VerifyState(workshop: workshop, file: answers, filePath: "ws.verify-elevhalsan-ak.json", language: language,
                           width: 90, height: 30, now: { "2026-11-22T10:00:00Z" })
    }

    private func press(_ state: inout VerifyState, _ keys: Key...) -> [VerifyEffect] {
        keys.flatMap { updateVerify(&state, .key($0)) }
    }

    private func type(_ state: inout VerifyState, _ text: String) {
        for character in text { _ = updateVerify(&state, .key(.character(character))) }
    }

    private func text(_ state: VerifyState) -> String { VerifyScreen.render(state).lines.joined(separator: "\n") }

    func testOneKeyAnswersAndTheWalkMovesOnShowingProgress() throws {
        var state = try walk()
        let total = state.subjects.count
        XCTAssertTrue(text(state).contains("Roll 1/\(total) · besvarade 0/\(total)"))
        XCTAssertTrue(text(state).contains("Barnet själv"))
        XCTAssertTrue(text(state).contains("1. Oro eller behov uppstår: FAM (håller)"), "who holds the role, step by step")
        XCTAssertTrue(text(state).contains("1 Ja    2 Nej    3 Vill lyfta vidare"), "the answer keys are always on screen")
        XCTAssertEqual(press(&state, .character("1")), [.save])
        XCTAssertEqual(state.file.answers.map(\.vote), [.yes])
        XCTAssertTrue(text(state).contains("Roll 2/\(total) · besvarade 1/\(total)"), "Yes moves on at once")
        XCTAssertTrue(text(state).contains("Den som finns i barnets vardag"))
    }

    func testNoAsksWhyAndTheCommentIsTypedInSwedish() throws {
        var state = try walk()
        _ = press(&state, .character("2"))
        XCTAssertTrue(text(state).contains("Kommentar (valfri):"), "No asks for a comment")
        XCTAssertTrue(text(state).contains("[2 Nej]"), "the chosen answer is marked in words, not colour alone")
        type(&state, "Förskolan ser det först – inte vården")
        XCTAssertTrue(text(state).contains("Förskolan ser det först – inte vården▏"))
        XCTAssertEqual(press(&state, .enter), [.save])
        XCTAssertEqual(state.file.answers.first?.comment, "Förskolan ser det först – inte vården")
        XCTAssertEqual(state.index, 1, "the comment saved, the walk moved on")
        _ = press(&state, .left)
        XCTAssertTrue(text(state).contains("Ditt svar: Nej – \"Förskolan ser det först – inte vården\""))
    }

    func testResumingStartsAtTheFirstUnansweredAndAChangedRoleIsAskedAgain() throws {
        var state = try walk()
        _ = press(&state, .character("1"), .character("1"), .character("3"))
        _ = press(&state, .escape)  // no comment
        XCTAssertEqual(state.file.answers.count, 3)
        // Later: the facilitator rewords role 2; the participant opens the same file again.
        var workshop = state.workshop
        let child = workshop.journeys.firstIndex { $0.id == .child }!
        workshop.journeys[child].roles[1].description.sv += " (omformulerad)"
        var resumed = VerifyState(workshop: workshop, file: state.file, filePath: state.filePath, width: 90, height: 30)
        XCTAssertEqual(resumed.index, 1, "role 2 changed since it was answered: asked again first")
        XCTAssertTrue(text(resumed).contains("Du svarade Ja på en tidigare version"))
        XCTAssertEqual(resumed.answeredCount, 2)
        _ = press(&resumed, .character("1"))
        XCTAssertEqual(resumed.index, 3, "then on to the first never answered")
    }

    func testCommentNeedsAnAnswerFirstAndQuitIsOneKey() throws {
        var state = try walk()
        _ = press(&state, .character("c"))
        XCTAssertNil(state.comment)
        XCTAssertTrue(text(state).contains("Svara först"))
        XCTAssertEqual(press(&state, .character("q")), [.quit])
    }

    func testGapsAndHandoversAreWalkedWhenIncluded() throws {
        var state = try walk(include: [.roles, .gaps, .handovers])
        let workshop = state.workshop
        let roles = workshop.journeys.map(\.roles.count).reduce(0, +)
        XCTAssertEqual(state.subjects.count, roles + workshop.gaps.count + workshop.handovers.count)
        _ = press(&state, .end)  // End is not a walk key: nothing moves
        XCTAssertEqual(state.index, 0)
        for _ in 0..<roles { _ = press(&state, .right) }
        XCTAssertTrue(text(state).contains("Glapp \(roles + 1)/"))
        XCTAssertTrue(text(state).contains(workshop.gaps[0].id))
    }

    func testEnglishWalkUsesTheSameKeys() throws {
        var state = try walk(language: .en)
        XCTAssertTrue(text(state).contains("1 Yes    2 No    3 Let's discuss"))
        _ = press(&state, .character("3"))
        XCTAssertTrue(text(state).contains("Comment (optional):"))
    }
}

/// The facilitator's Verification view (5).
final class VerificationViewTests: XCTestCase {
    func testVotesAreHiddenUntilRevealedAndTheDiscussListComesByDisagreement() throws {
        var h = try Harness(width: 120, height: 36)
        h.press(.character("5"))
        XCTAssertTrue(h.text.contains("[5 Verifiering]"))
        XCTAssertTrue(h.text.contains("rösterna är dolda (v visar)"))
        XCTAssertTrue(h.text.contains("░░ dolt"))
        XCTAssertFalse(h.text.contains("UPH styr inte vidare"), "comments hidden with the votes")
        h.press(.character("d"))
        XCTAssertTrue(h.text.contains("Visa rösterna först"), "the discuss list would give the votes away")
        h.press(.character("v"))
        let row = try XCTUnwrap(h.find("4 Den som bedömer och styr vidare"))
        XCTAssertTrue(h.screen.line(row.y).hasPrefix(" ! Barn"), "an objection is marked by a glyph")
        h.press(.character("d"))
        let order = ["8 Den som samordnar", "4 Den som bedömer", "7 Den som initierar"].map { h.find($0)?.y ?? -1 }
        XCTAssertEqual(order, order.sorted(), "three objections (show of hands) before one")
        XCTAssertFalse(order.contains(-1))
        XCTAssertNil(h.find("3 Den som möter och kommunicerar"), "full agreement is not on the discuss list")
        h.press(.down)
        XCTAssertTrue(h.text.contains("Nej · Vårdcentral med UPH (ML): UPH styr inte vidare till BUP"), "comment with its organisation")
        XCTAssertTrue(h.text.contains("Har svarat: Vårdcentral med UPH (ML)"))
    }

    func testAShowOfHandsIsRecordedCountedAndUndoable() throws {
        var h = try Harness(width: 120, height: 36)
        h.press(.character("5"), .character("v"), .character("t"))
        XCTAssertNotNil(h.state.form)
        h.type("x")
        h.press(.function(2))
        XCTAssertTrue(h.text.contains("\"x\" är inget antal"), "a count must be a number")
        h.press(.backspace)
        h.type("6")
        h.press(.tab)
        h.type("2")
        h.press(.function(2))
        XCTAssertNil(h.state.form)
        let result = VerificationResults(h.state.workshop).result(for: .role(journey: .child, role: "1"))
        XCTAssertEqual(result.map { [$0.yes, $0.no, $0.discuss] }, [6, 2, 0])
        XCTAssertTrue(h.text.contains("Handuppräckning: Ja 6 · Nej 2 · Vill lyfta vidare 0"))
        XCTAssertEqual(h.effects.last, .save)
        h.press(.character("u"))
        XCTAssertNil(VerificationResults(h.state.workshop).result(for: .role(journey: .child, role: "1"))?.tally)
    }
}
