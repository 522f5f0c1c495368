import Foundation
import XCTest
@testable import RollkartaApp
import RollkartaModel

/// Seed 000's action plan by keys: activities added in the gap's form, the follow-up view with
/// overdue first, a status changed with one key and kept in the history.
final class FollowUpTests: XCTestCase {
    /// F3-F6 belong to the gap form: another form neither offers them in its key line nor
    /// changes when they are pressed; the gap form offers F3 and adds an activity with it.
    func testActivityKeysBelongToTheGapFormAlone() throws {
        var h = try Harness(width: 120, height: 36)
        h.press(.character("a"))  // the cell's actors
        let assignment = try XCTUnwrap(h.state.form)
        XCTAssertFalse(h.screen.line(35).contains("F3"), h.screen.line(35))
        h.press(.function(3), .function(4), .function(5), .function(6))
        XCTAssertEqual(h.state.form?.fields, assignment.fields, "no activity keys outside the gap form")
        XCTAssertEqual(h.state.form?.isChanged, false)
        h.press(.escape)
        h.press(.character("g"))
        XCTAssertTrue(h.screen.line(35).contains("F3 ny aktivitet"), h.screen.line(35))
        let before = try XCTUnwrap(h.state.form).fields.count
        h.press(.function(3))
        XCTAssertGreaterThan(try XCTUnwrap(h.state.form).fields.count, before)
    }

    func testTwoActivitiesAreAddedOneMonitoredAndTheFollowUpShowsThemOverdueFirst() throws {
        var h = try Harness(width: 120, height: 40)
        h.state.today = { "2026-11-23" }
        let original = h.state.workshop
        h.press(.character("g"))
        h.type("Digitala grupper når för få")
        for _ in 0..<6 { h.press(.tab) }
        h.type("Variation i behandlingsutbudet")
        h.press(.tab, .tab)
        h.type("Enhetschef BUP")
        h.press(.tab)
        h.type("2026 Q3")
        h.press(.function(3))
        XCTAssertTrue(h.state.form?.fields[h.state.form!.focus].label.hasPrefix("Aktivitet 2 (ny)") ?? false, "F3: a new activity, cursor in it")
        h.type("Fler som kan leda grupper")
        h.press(.tab, .right, .tab)  // level: enhetsnivå
        h.type("Enhetschef BUP")
        h.press(.tab)
        h.type("Hösten 2027")
        for _ in 0..<3 { h.press(.tab) }
        h.press(.right, .right, .right, .right)  // status: bevakar
        h.press(.function(2))
        XCTAssertNil(h.state.form, h.text)
        let gap = try XCTUnwrap(h.state.workshop.gaps.last)
        XCTAssertEqual(gap.activities.map(\.action), ["Variation i behandlingsutbudet", "Fler som kan leda grupper"])
        XCTAssertEqual(gap.activities.map(\.id.rawValue), ["\(gap.id)-a1", "\(gap.id)-a2"])
        XCTAssertEqual(gap.activities.last?.status, .monitoring)
        XCTAssertEqual(gap.activities.last?.level, .unit)

        h.press(.character("8"))
        XCTAssertTrue(h.text.contains("[8 Uppföljning]"), h.text)
        XCTAssertTrue(h.text.contains("⚠ FÖRSENAD ej påbörjad · Variation i behandlingsutbudet · 2026 Q3"), "2026 Q3 is past: \(h.text)")
        XCTAssertTrue(h.text.contains("bevakar · Fler som kan leda grupper · Hösten 2027"), h.text)
        let overdueRow = try XCTUnwrap(h.find("Variation i behandlingsutbudet")).y
        let laterRow = try XCTUnwrap(h.find("Fler som kan leda grupper")).y
        XCTAssertLessThan(overdueRow, laterRow, "overdue first")
        // The selection starts on an activity; move to the overdue one and move it on.
        while FollowUpScreen.selected(h.state)?.activity.action != "Variation i behandlingsutbudet" { h.press(.down) }
        h.press(.character("s"))
        let changed = try XCTUnwrap(h.state.workshop.gaps.last?.activities.first)
        XCTAssertEqual(changed.status, .ongoing)
        XCTAssertEqual(changed.history, [StatusChange(date: "2026-11-23", from: .notStarted, to: .ongoing)])
        XCTAssertTrue(h.text.contains("2026-11-23: ej påbörjad → pågår"), h.text)
        h.press(.enter)
        h.press(.right, .tab)
        h.type("Klart före jul")
        h.press(.function(2))
        XCTAssertEqual(h.state.workshop.gaps.last?.activities.first?.history.last?.note, "Klart före jul")
        h.press(.character("u"), .character("u"), .character("u"))
        XCTAssertEqual(h.state.workshop, original, "each change one undo")
    }
}

/// Changes of an activity's texts (from the form or the spreadsheet) show in the follow-up
/// view's history beside status changes, the level by its name.
final class FollowUpHistoryTests: XCTestCase {
    func testTextChangesShowInTheHistoryWithTheirDates() throws {
        var h = try Harness(width: 140, height: 40)
        var activity = try XCTUnwrap(h.state.workshop.gaps.first?.activities.first)
        let responsible = activity.responsible
        activity.setText(.responsible, "Rektor", on: "2026-12-01", note: "från kalkylarket")
        activity.setText(.level, "unit", on: "2026-12-02")
        h.state.workshop.gaps[0].activities[0] = activity
        h.press(.character("8"))
        for _ in 0..<20 where FollowUpScreen.selected(h.state)?.activity.id != activity.id { h.press(.down) }
        XCTAssertEqual(FollowUpScreen.selected(h.state)?.activity.id, activity.id)
        XCTAssertTrue(h.text.contains("2026-12-01: Ansvarig: \(responsible) → Rektor – från kalkylarket"), h.text)
        XCTAssertTrue(h.text.contains("2026-12-02: Nivå: generell → enhetsnivå"), h.text)
    }
}

/// The start page the room opens with: the project's own texts, the effect goals in full.
final class StartPageTests: XCTestCase {
    func testTheStartPageShowsTheSeedsTextsAndTheWorkshopRewordsItsPurpose() throws {
        var h = try Harness(width: 120, height: 60)
        let original = h.state.workshop
        h.press(.character("0"))
        XCTAssertTrue(h.text.contains("[0 Start]"), h.text)
        XCTAssertTrue(h.text.contains("Personer med psykisk ohälsa upplever att de tillsammans med professioner skapar en väg framåt"), h.text)
        XCTAssertTrue(h.text.contains("Den enskilde (+ ev familj) upplever:"))
        XCTAssertTrue(h.text.contains("4A. Barn: De får stöd redan vid oro eller tidiga symtom"), h.text)
        XCTAssertTrue(h.text.contains("Verksamhetsfokus 1. Aktörer har en gemensam bild"), h.text)
        XCTAssertTrue(h.text.contains("* I rimlig tid för att göra skillnad samt i relation till problemets allvar."))
        XCTAssertTrue(h.text.contains("Säkerställa att projektets funktionella roller speglar verkligheten"), "the purpose of workshop 2")
        XCTAssertTrue(h.text.contains("inte för att ingen ser behovet"), "the working hypothesis")
        h.press(.character("e"), .control("u"))
        h.type("Validera rollerna för barn och unga i Västra Hisingen")
        h.press(.function(2))
        XCTAssertEqual(h.state.workshop.frame?.purpose, "Validera rollerna för barn och unga i Västra Hisingen")
        XCTAssertNil(h.state.workshop.frame?.vision, "texts left as the catalog has them stay the catalog's")
        XCTAssertTrue(h.text.contains("Validera rollerna för barn och unga i Västra Hisingen"), h.text)
        h.press(.character("u"))
        XCTAssertEqual(h.state.workshop, original)
        h.press(.character("2"))
        XCTAssertTrue(h.text.contains("Effektmålen (0 visar dem i sin helhet): 1 Kontinuitet"), "the role walk names the goals: \(h.text)")
    }
}

/// Attendance as the seed records it: how many came from each organisation, per session.
final class AttendanceTests: XCTestCase {
    func testFiveAttendeesFromThreeOrganisationsAndACatchUpAreRecordedAndReported() throws {
        var h = try Harness(width: 120, height: 50)
        h.state.today = { "2026-11-30" }
        let original = h.state.workshop
        h.press(.character("0"), .character("n"))
        XCTAssertTrue(h.text.contains("Närvaro: antal per verksamhet"), h.text)
        h.press(.tab)
        h.type("2 AB CD")   // BUP
        h.press(.tab, .tab)
        h.type("1")         // UPH
        h.press(.tab)
        h.type("2")         // EH
        h.press(.function(2))
        XCTAssertNil(h.state.form, h.text)
        let main = try XCTUnwrap(h.state.workshop.sessions.first)
        XCTAssertEqual(main.kind, .main)
        XCTAssertEqual(main.total, 5)
        XCTAssertEqual(main.attendance.first?.initials, "AB CD")
        XCTAssertTrue(h.text.contains("Workshop 2026-03-12: 5 deltagare (BUP 2, UPH 1, EH 2)"), h.text)
        h.press(.character("c"), .tab)
        h.type("1")
        h.press(.function(2))
        XCTAssertTrue(h.text.contains("Uppsamlingstillfälle 2026-11-30: 1 deltagare (BUP 1)"), h.text)
        h.press(.character("n"), .tab, .control("u"))
        h.type("två")
        h.press(.function(2))
        XCTAssertTrue(h.text.contains("BUP: skriv antalet först"), "a count it cannot read is said: \(h.text)")
        h.press(.escape, .character("j"))
        XCTAssertEqual(h.state.workshop.sessions.count, 2)
        h.press(.character("u"), .character("u"))
        XCTAssertEqual(h.state.workshop, original)
    }

    /// Attendance is the first thing the room does, before the map has any organisation: one
    /// not yet in the workshop is added on the spot with how many came from it, one step to undo.
    func testAnOrganisationNotYetInTheWorkshopIsAddedWithItsAttendance() throws {
        var h = try Harness(width: 120, height: 50)
        let original = h.state.workshop
        h.press(.character("0"), .character("n"))
        while h.state.form?.fields[h.state.form!.focus].id != "newName" { h.press(.tab) }
        h.type("Kommunens fritidsverksamhet")
        h.press(.tab)
        h.type("FRI")
        while h.state.form?.fields[h.state.form!.focus].id != "newCount" { h.press(.tab) }
        h.type("3 AA BB CC")
        h.press(.function(2))
        XCTAssertNil(h.state.form, h.text)
        let actor = try XCTUnwrap(h.state.workshop.actors.first { $0.abbreviation == "FRI" })
        XCTAssertEqual(actor.name, "Kommunens fritidsverksamhet")
        let main = try XCTUnwrap(h.state.workshop.sessions.first)
        XCTAssertEqual(main.attendance.first { $0.organisation == actor.id }?.count, 3)
        XCTAssertEqual(main.attendance.first { $0.organisation == actor.id }?.initials, "AA BB CC")
        XCTAssertTrue(h.text.contains("FRI 3"), h.text)
        h.press(.character("u"))
        XCTAssertEqual(h.state.workshop, original, "one step: the organisation and the attendance")
    }
}

/// What participants said, recorded with one key and found where it belongs.
final class InsightTests: XCTestCase {
    func testAQuoteAboutContinuityIsTiedToTheSelectedGapAndShownWithItsCell() throws {
        var h = try Harness(width: 120, height: 40)
        let original = h.state.workshop
        h.press(.character("3"))  // the gaps, gap-0001 selected first
        h.press(.character("!"))
        XCTAssertTrue(h.text.contains("Vad deltagarna sa · gap-0001"), h.text)
        h.type("Vi tappar dem vid övergången till vuxen")
        h.press(.tab, .tab, .tab, .tab, .right)  // kind quote, theme continuity, challenge, organisation: the first
        h.press(.function(2))
        let insight = try XCTUnwrap(h.state.workshop.insights.last)
        XCTAssertEqual(insight.gap, "gap-0001")
        XCTAssertEqual(insight.theme, .continuity)
        XCTAssertEqual(insight.polarity, .challenge)
        XCTAssertEqual(insight.organisation, "actor-bup")
        XCTAssertThrowsError(try h.state.workshop.apply(.gap("gap-0001", nil)), "a gap an insight speaks of stays")
        XCTAssertTrue(SummaryReport.text(h.state.workshop, language: .sv).contains("Vad deltagarna sa: 3 (positivt 1, utmaningar 2)"))
        h.press(.character("u"))
        XCTAssertEqual(h.state.workshop, original)
    }

    func testTheCellsDetailAndTheRoleWalkShowWhatWasSaidAboutThem() throws {
        var h = try Harness(width: 120, height: 40)
        h.press(.down, .down, .right, .enter)  // role 3 at first contact
        XCTAssertTrue(h.text.contains("Vad deltagarna sa:"), h.text)
        XCTAssertTrue(h.text.contains("Elevhälsan och UPH har en fungerande direktkontakt vid oro. – EH (iakttagelse, Samverkan,"), h.text)
        h.press(.escape, .character("2"))
        XCTAssertTrue(h.text.contains("Elevhälsan och UPH har en fungerande direktkontakt"), h.text)
    }
}

/// The agenda's timer in the header: counting down, overrunning in words, never blocking.
final class AgendaTimerTests: XCTestCase {
    func testTheTimerCountsDownOverrunsAndMovesToTheNextItemAndItsView() throws {
        var h = try Harness(width: 120, height: 40)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let clock = Clock(start)
        h.state.now = { clock.now }
        h.press(.function(7))
        XCTAssertTrue(h.screen.line(0).contains("⏱ 1/6 Välkommen, syfte och vision · 10:00 kvar"), h.screen.line(0))
        clock.now = start.addingTimeInterval(65)
        XCTAssertTrue(h.screen.line(0).contains("08:55 kvar"), h.screen.line(0))
        h.press(.function(7))  // pause
        clock.now = start.addingTimeInterval(600)
        XCTAssertTrue(h.screen.line(0).contains("08:55 kvar (pausad)"), h.screen.line(0))
        h.press(.function(7))
        clock.now = start.addingTimeInterval(600 + 600)
        XCTAssertTrue(h.screen.line(0).contains("+01:05 över"), "overrun shows: \(h.screen.line(0))")
        h.press(.down)  // and nothing is blocked
        h.press(.function(8))
        XCTAssertTrue(h.screen.line(0).contains("⏱ 2/6 Rollerna: genomgång och sortering · 30:00 kvar"), h.screen.line(0))
        XCTAssertEqual(h.state.view, .roles, "the item's view")
        h.press(.character("0"), .character("a"), .control("u"))
        h.type("5 Runda")
        h.press(.function(2))
        XCTAssertEqual(h.state.workshop.agenda.last, AgendaItem(name: "Runda", minutes: 5))
        XCTAssertEqual(h.state.workshop.agenda.count, 6, "the last line retyped, the others kept")
    }
}

/// A clock the test moves.
final class Clock: @unchecked Sendable {
    var now: Date
    init(_ now: Date) { self.now = now }
}
