import Foundation
import XCTest
@testable import RollkartaApp
import RollkartaModel

/// The participant's walk, driven by keys, asserted on the screen and the answer file.
final class VerifyWalkTests: XCTestCase {
    /// The effects of pressing the keys, as the walk asked for them.
    private func press(_ h: inout Harness<VerifyState>, _ keys: Key...) -> [VerifyEffect] {
        h.effects = []
        h.press(keys)
        return h.effects
    }

    func testOneKeyAnswersAndTheWalkMovesOnShowingProgress() throws {
        var h = try Harness(walking: nil)
        let total = h.state.subjects.count
        XCTAssertTrue(h.text.contains("Roll 1/\(total) · besvarade 0/\(total)"))
        XCTAssertTrue(h.text.contains("Barnet själv"))
        XCTAssertTrue(h.text.contains("1. Oro eller behov uppstår: FAM (har rollen)"), "who holds the role, step by step")
        XCTAssertTrue(h.text.contains("1 Ja    2 Nej    3 Vill lyfta vidare"), "the answer keys are always on screen")
        XCTAssertEqual(press(&h, .character("1")), [.save])
        XCTAssertEqual(h.state.file.answers.map(\.vote), [.yes])
        XCTAssertTrue(h.text.contains("Roll 2/\(total) · besvarade 1/\(total)"), "Yes moves on at once")
        XCTAssertTrue(h.text.contains("Den som finns i barnets vardag"))
    }

    /// The window closing keeps what is being typed, as Enter would: a comment with its answer,
    /// and on the last page a suggestion.
    func testClosingTheWindowKeepsTheCommentOrTheSuggestionBeingTyped() throws {
        var h = try Harness(walking: nil, width: 100, height: 30)
        _ = press(&h, .character("2"))
        h.type("Inte hos oss")
        h.send(.closing(.hangup))
        XCTAssertEqual(h.state.file.answers.first?.comment, "Inte hos oss")
        var last = try Harness(walking: nil, width: 100, height: 30)
        for _ in last.state.subjects { _ = press(&last, .character("1")) }
        _ = press(&last, .enter)
        last.type("Skolsköterskan saknas")
        last.send(.closing(.hangup))
        XCTAssertEqual(last.state.file.suggestions.map(\.text), ["Skolsköterskan saknas"])
        XCTAssertTrue(last.quit)
    }

    func testEachPageAsksItsQuestionAndTheLastAsksWhatIsMissing() throws {
        var h = try Harness(walking: nil, width: 100, height: 30)
        XCTAssertTrue(h.text.contains("Stämmer rollbeskrivningen med hur det är hos er? Är något oklart, eller saknas något?"), h.text)
        XCTAssertTrue(h.text.contains("1 Ja = det stämmer · 2 Nej = det stämmer inte, skriv vad · 3 Vill lyfta vidare = ta upp det i"),
                      "what each answer means, on screen: \(h.text)")
        for _ in h.state.subjects { _ = press(&h, .character("1")) }
        XCTAssertTrue(h.state.isOnSuggestions, "after the last subject: the page that asks what is missing")
        XCTAssertTrue(h.text.contains("Saknas en roll, ett steg eller en aktör?"), h.text)
        XCTAssertTrue(h.text.contains("Inga förslag än."))
        XCTAssertFalse(h.text.contains("2 Nej"), "no answer keys where nothing is answered with them: \(h.text)")
        _ = press(&h, .character("1"))
        XCTAssertTrue(h.text.contains("Här svarar du inte med siffror"), "numbers answer nothing here: \(h.text)")
        _ = press(&h, .enter)
        h.type("Skolsköterskan saknas som roll")
        XCTAssertTrue(h.text.contains("Enter sparar förslaget · Esc avbryter det"), h.text)
        XCTAssertFalse(h.text.contains("Esc utan kommentar"), "a suggestion is no comment: \(h.text)")
        XCTAssertEqual(press(&h, .enter), [.save])
        _ = press(&h, .enter)
        h.type("Ett steg för väntan på utredning")
        _ = press(&h, .enter)
        XCTAssertEqual(h.state.file.suggestions.map(\.text), ["Skolsköterskan saknas som roll", "Ett steg för väntan på utredning"])
        XCTAssertTrue(h.text.contains("• Skolsköterskan saknas som roll"), h.text)
        _ = press(&h, .left)
        XCTAssertFalse(h.state.isOnSuggestions, "browsing back reaches the last subject")
    }

    func testNoAsksWhyAndTheCommentIsTypedInSwedish() throws {
        var h = try Harness(walking: nil)
        _ = press(&h, .character("2"))
        XCTAssertTrue(h.text.contains("Kommentar (valfri):"), "No asks for a comment")
        XCTAssertTrue(h.text.contains("[2 Nej]"), "the chosen answer is marked in words, not colour alone")
        h.type("Förskolan ser det först – inte vården")
        XCTAssertTrue(h.text.contains("Förskolan ser det först – inte vården▏"))
        XCTAssertEqual(press(&h, .enter), [.save])
        XCTAssertEqual(h.state.file.answers.first?.comment, "Förskolan ser det först – inte vården")
        XCTAssertEqual(h.state.index, 1, "the comment saved, the walk moved on")
        _ = press(&h, .left)
        XCTAssertTrue(h.text.contains("Ditt svar: Nej – \"Förskolan ser det först – inte vården\""))
    }

    func testResumingStartsAtTheFirstUnansweredAndAChangedRoleIsAskedAgain() throws {
        var h = try Harness(walking: nil)
        _ = press(&h, .character("1"), .character("1"), .character("3"))
        _ = press(&h, .escape)  // no comment
        XCTAssertEqual(h.state.file.answers.count, 3)
        // Later: the facilitator rewords role 2; the participant opens the same file again.
        var workshop = h.state.workshop
        let child = workshop.journeys.firstIndex { $0.id == .child }!
        workshop.journeys[child].roles[1].description.sv += " (omformulerad)"
        var r = try Harness(walking: workshop, file: h.state.file)
        XCTAssertEqual(r.state.index, 1, "role 2 changed since it was answered: asked again first")
        XCTAssertTrue(r.text.contains("Du svarade Ja på en tidigare version"))
        XCTAssertEqual(r.state.answeredCount, 2)
        _ = press(&r, .character("1"))
        XCTAssertEqual(r.state.index, 3, "then on to the first never answered")
    }

    func testCommentNeedsAnAnswerFirstAndQuitIsOneKey() throws {
        var h = try Harness(walking: nil)
        _ = press(&h, .character("c"))
        XCTAssertNil(h.state.comment)
        XCTAssertTrue(h.text.contains("Svara först"))
        XCTAssertEqual(press(&h, .character("q")), [.quit])
    }

    func testQuittingAfterAFailedSaveAsksFirstThenTriesOnceMore() throws {
        var h = try Harness(walking: nil)
        h.perform = { effect, state in effect == .save ? [.saved(.failed("kunde inte spara: No space left on device"), version: state.changeCount)] : [] }
        h.press(.character("1"))
        XCTAssertTrue(h.state.isDirty)
        XCTAssertTrue(h.text.contains("No space left on device"), h.text)
        XCTAssertTrue(h.screen.line(0).contains("[ej sparad]"))
        h.press(.character("q"))
        XCTAssertFalse(h.quit, "one q does not drop answers that are only in memory")
        XCTAssertTrue(h.text.contains("Svaren är inte sparade! q igen avslutar ändå."), h.text)
        h.press(.character("n"), .character("q"))
        XCTAssertFalse(h.quit, "another key in between: asked again")
        h.effects = []
        h.press(.character("q"))
        XCTAssertTrue(h.quit)
        XCTAssertEqual(h.effects, [.save, .quit], "the last save is tried once more on the way out")
    }

    func testGapsAndHandoversAreWalkedWhenIncluded() throws {
        var h = try Harness(walking: nil, include: [.roles, .gaps, .handovers])
        let workshop = h.state.workshop
        let roles = workshop.journeys.map(\.roles.count).reduce(0, +)
        XCTAssertEqual(h.state.subjects.count, roles + workshop.gaps.count + workshop.handovers.count)
        _ = press(&h, .end)  // End is not a walk key: nothing moves
        XCTAssertEqual(h.state.index, 0)
        for _ in 0..<roles { _ = press(&h, .right) }
        XCTAssertTrue(h.text.contains("Glapp \(roles + 1)/"))
        XCTAssertTrue(h.text.contains(workshop.gaps[0].id))
        // The question asks whether the action plan is right: the page shows it.
        let activity = try XCTUnwrap(workshop.gaps[0].activities.first)
        XCTAssertTrue(h.text.contains("Handlingsplan"), h.text)
        XCTAssertTrue(h.text.contains("• " + String(activity.action.prefix(30))), h.text)
    }

    /// An organisation's expectations page is longer than a small screen: the walk says how many
    /// lines are out of sight, PgDn shows them down to the last item, PgUp goes back, and the
    /// next page starts at its top.
    func testALongExpectationsPageSaysWhatIsHiddenAndPgDnShowsItAll() throws {
        let workshop = try WorkshopStore.load(TestData.workshop1Path)
        let answers = ParticipantFile(for: workshop, organisation: "HAB", initials: "AB", onBehalf: false, include: [.expectations])
        var h = try Harness(walking: workshop, file: answers, include: [.expectations], width: 80, height: 24)
        h.state.index = try XCTUnwrap(h.state.subjects.firstIndex(of: .expectations("actor-hab")))
        XCTAssertTrue(h.text.contains("rader till – PgDn visar dem"), h.text)
        let last = try XCTUnwrap(workshop.expectations.last { $0.organisation == "actor-hab" })
        let tail = String(last.text.prefix(25))
        XCTAssertFalse(h.text.contains(tail), "the last item is out of sight at first")
        var presses = 0
        while !h.text.contains(tail), presses < 20 {
            h.press(.pageDown)
            presses += 1
        }
        XCTAssertTrue(h.text.contains(tail), "PgDn reaches the last item: \(h.text)")
        XCTAssertTrue(h.text.contains("rader ovanför – PgUp"), h.text)
        XCTAssertTrue(h.text.contains("1 Ja"), "the answer keys stay on screen")
        for _ in 0..<presses { h.press(.pageUp) }
        XCTAssertFalse(h.text.contains("rader ovanför"), h.text)
        h.press(.pageDown, .right)
        XCTAssertEqual(h.state.scroll, 0, "the next page starts at its top")
    }

    func testEnglishWalkUsesTheSameKeys() throws {
        var h = try Harness(walking: nil, language: .en)
        XCTAssertTrue(h.text.contains("1 Yes    2 No    3 Let's discuss"))
        _ = press(&h, .character("3"))
        XCTAssertTrue(h.text.contains("Comment (optional):"))
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

    func testSuggestionsAreListedWithWhoMadeThemAndOneBecomesADraftRole() throws {
        var workshop = try WorkshopStore.load(TestData.examplePath)
        var file = ParticipantFile(for: workshop, organisation: "BUP", initials: "AB", onBehalf: false, include: [.roles])
        file.suggestions = [.init(text: "Skolsköterskan saknas som roll", writtenAt: "2026-11-23T10:00:00Z")]
        _ = try VerificationMerge.merge([("bup.json", file)], into: &workshop)
        var h = try Harness(width: 120, height: 36, workshop: workshop)
        h.state.today = { "2026-11-23" }
        h.press(.character("5"))
        XCTAssertTrue(h.text.contains("1 förslag om vad som saknas (f)"), h.text)
        h.press(.character("a"))
        XCTAssertTrue(h.text.contains("Visa förslagen först: f"), "a acts on a suggestion only: \(h.text)")
        h.press(.character("f"))
        XCTAssertTrue(h.text.contains("Saknas en roll, ett steg eller en aktör?"), h.text)
        let row = try XCTUnwrap(h.find("Skolsköterskan saknas som roll"))
        XCTAssertTrue(h.screen.line(row.y).contains("BUP (AB)"), "who suggested it")
        h.press(.character("a"))
        XCTAssertEqual(h.state.form?["descriptionSv"]?.text, "Skolsköterskan saknas som roll")
        XCTAssertEqual(h.state.form?["reason"]?.text, "Saknades enligt en deltagare")
        XCTAssertEqual(h.state.form?["id"]?.text, "14")
        h.press(.tab, .tab)
        h.type("Den som följer barnets hälsa i skolan")
        h.press(.tab)
        h.type("The one who follows the child's health at school")
        h.press(.function(2))
        XCTAssertNil(h.state.form, h.text)
        XCTAssertEqual(h.state.workshop.journey(.child)?.role("14")?.description.sv, "Skolsköterskan saknas som roll")
        XCTAssertEqual(h.state.workshop.revisions.last?.respondsTo, "Förslag från BUP (AB): Skolsköterskan saknas som roll",
                       "the new role records the suggestion it answers")
        h.press(.character("2"))
        XCTAssertTrue(h.text.contains("14  Den som följer barnets hälsa i skolan"), h.text)
        XCTAssertTrue(h.text.contains("Tillagd i workshopen: Saknades enligt en deltagare (svarar på: Förslag från BUP (AB):"), h.text)
    }

    func testARevisionRecordsTheAnswerItRespondsToAndTheReportsSaySo() throws {
        var h = try Harness(width: 120, height: 36)
        h.state.today = { "2026-11-23" }
        h.press(.down, .down, .down, .character("2"), .character("r"))
        h.type(" – även åter")
        for _ in 0..<9 { h.press(.tab) }
        h.type("Remisser kommer tillbaka")
        h.press(.tab, .right)
        XCTAssertEqual(h.state.form?["respondsTo"]?.choice, "Vårdcentral med UPH (ML): Nej – UPH styr inte vidare till BUP, det gör En väg in.")
        h.press(.function(2))
        XCTAssertNil(h.state.form, h.text)
        XCTAssertTrue(h.text.contains("(svarar på: Vårdcentral med UPH (ML): Nej – UPH styr inte vidare"), h.text)
        let lines = RoleDiff(h.state.workshop, against: Catalog.bundled.journeysAsWorkshop, language: .sv).text(h.state.workshop, .sv)
        XCTAssertTrue(lines.flatMap(\.lines).contains(
            "  skäl: Remisser kommer tillbaka (svarar på: Vårdcentral med UPH (ML): Nej – UPH styr inte vidare till BUP, det gör En väg in.)"), "\(lines)")
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
