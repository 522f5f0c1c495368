import Foundation
import XCTest
@testable import RollkartaModel

/// Seed 000's action plan: several activities per gap, its statuses with their history, the
/// Lippitt-Knoster conditions, and files of the first schema read in the new shape.
final class ActivityTests: XCTestCase {
    func testASchemaOneFileLoadsWithOneActivityPerPlanAndIsWrittenInTheNewShape() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("schema1-example.rollkarta.json").path
        let old = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(old.contains("\"schemaVersion\" : 1") && old.contains("\"plan\" : {"), "the fixture is a schema 1 file")
        let workshop = try WorkshopStore.load(path)
        let first = try XCTUnwrap(workshop.gaps.first)
        XCTAssertEqual(first.activities.map(\.id), ["gap-0001-a1"])
        XCTAssertEqual(first.activities.first?.action, "Gemensam rutin för vem som kallar till SIP när BUP och IFO båda har insatser")
        XCTAssertEqual(first.causes, [.plan])
        XCTAssertEqual(workshop.gaps.last?.activities, [], "a blank plan is no activity")
        let saved = String(decoding: WorkshopCodec.encode(workshop), as: UTF8.self)
        XCTAssertTrue(saved.contains("\"schemaVersion\" : 2") && saved.contains("\"activities\" : [") && !saved.contains("\"plan\" : {"))
        XCTAssertEqual(try WorkshopCodec.decode(Data(saved.utf8), file: "w.json"), workshop)
    }

    /// Changes of an activity's texts are history entries beside its status changes, and an
    /// activity a manager added in the spreadsheet remembers its row: both are written only when
    /// there, so a schema 2 file of before reads and saves as it was, and both read back by the
    /// tape decoder as Foundation reads them.
    func testTextChangesInTheHistoryAndASheetOriginRoundTripAndOldFilesStayAsTheyWere() throws {
        let example = try Fixtures.example()
        let old = WorkshopCodec.encode(example)
        XCTAssertFalse(String(decoding: old, as: UTF8.self).contains("\"field\"") || String(decoding: old, as: UTF8.self).contains("\"origin\""))
        var workshop = example
        var activity = workshop.gaps[0].activities[0]
        activity.setText(.responsible, "Rektor", on: "2026-12-01", note: "från kalkylarket")
        activity.setText(.responsible, "Rektor", on: "2026-12-02")
        activity.setText(.timeline, "2027-03-31", on: "2026-12-03")
        activity.origin = SheetOrigin(file: "plan.xlsx", row: 7, action: "Egen rutin")
        XCTAssertEqual(activity.responsible, "Rektor")
        XCTAssertEqual(activity.history.suffix(2), [
            StatusChange(date: "2026-12-01", field: .responsible, before: example.gaps[0].activities[0].responsible, after: "Rektor",
                         status: activity.status, note: "från kalkylarket"),
            StatusChange(date: "2026-12-03", field: .timeline, before: "2026 Q3", after: "2027-03-31", status: activity.status),
        ], "an unchanged text is no entry")
        workshop.gaps[0].activities[0] = activity
        XCTAssertTrue(Validation.check(workshop).isEmpty, "\(Validation.check(workshop))")
        let data = WorkshopCodec.encode(workshop)
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("\"field\" : \"timeline\"") && text.contains("\"after\" : \"2027-03-31\"") && text.contains("\"origin\" : {"))
        XCTAssertEqual(try WorkshopCodec.decode(data, file: "w.json"), workshop)
        XCTAssertEqual(try JSONDecoder().decode(Workshop.self, from: data), workshop, "Foundation reads it the same")
        XCTAssertEqual(WorkshopCodec.encode(try WorkshopCodec.decode(old, file: "w.json")), old, "an older file saves to the same bytes")

        var broken = workshop
        broken.gaps[0].activities[0].history[broken.gaps[0].activities[0].history.count - 1].after = nil
        broken.gaps[0].activities[0].history[broken.gaps[0].activities[0].history.count - 1].date = "31/3"
        let entry = broken.gaps[0].activities[0].history.count - 1
        XCTAssertEqual(Validation.check(broken).map { "\($0.path) \($0.kind)" },
                       ["$.gaps[0].activities[0].history[\(entry)] missingField(\"after\")",
                        "$.gaps[0].activities[0].history[\(entry)].date badDate(\"31/3\")"])
    }

    func testStatusesReadAsSpreadsheetsWriteThemAndEveryChangeIsKept() throws {
        XCTAssertEqual(PlanStatus(spreadsheetText: "Avvakta"), .waiting)
        XCTAssertEqual(PlanStatus(spreadsheetText: "avvaktar"), .waiting)
        XCTAssertEqual(PlanStatus(spreadsheetText: " BEVAKAR "), .monitoring)
        XCTAssertEqual(PlanStatus(spreadsheetText: "Återkommande"), .recurring)
        XCTAssertEqual(PlanStatus(spreadsheetText: "on hold"), .waiting)
        XCTAssertEqual(PlanStatus(spreadsheetText: "not-started"), .notStarted)
        XCTAssertNil(PlanStatus(spreadsheetText: "kanske"))
        var activity = Activity(id: "gap-0001-a1", action: "Digitala grupper")
        activity.setStatus(.ongoing, on: "2026-03-01")
        activity.setStatus(.ongoing, on: "2026-03-02")
        activity.setStatus(.monitoring, on: "2026-06-10", note: "Väntar på teknikupphandlingen")
        XCTAssertEqual(activity.history, [StatusChange(date: "2026-03-01", from: .notStarted, to: .ongoing),
                                          StatusChange(date: "2026-06-10", from: .ongoing, to: .monitoring, note: "Väntar på teknikupphandlingen")])
    }

    func testAnActivityUnderWayWithoutAllFiveConditionsIsNamedWithWhatTheModelPredicts() throws {
        var workshop = try Fixtures.example()
        var gap = workshop.gaps[0]
        gap.activities = [Activity(id: "gap-0001-a1", action: "Fler som kan leda grupper", responsible: "Enhetschef",
                                   timeline: "Hösten 2026", measure: "Antal ledare", status: .ongoing,
                                   conditions: ChangeConditions(inPlace: [.vision, .motivation, .plan])),
                          Activity(id: "gap-0001-a2", action: "Teknikutveckling", status: .waiting)]
        try workshop.apply(.gap(gap.id, gap))
        let checks = Check.run(workshop)
        let message = try XCTUnwrap(checks.first { if case .conditionsMissing = $0 { true } else { false } }).text(workshop, .sv)
        XCTAssertEqual(message, "gap-0001-a1: saknar kompetens, resurser – Lippitt-Knoster förutsäger oro, frustration")
        XCTAssertTrue(checks.contains(.incompletePlan(gap: "gap-0001", missing: ["responsible", "timeline", "measure"])),
                      "the second activity lacks them: \(checks)")
        XCTAssertEqual(workshop.gaps[0].planStatus, .ongoing)
        XCTAssertEqual(workshop.gaps[0].nextActivityID, "gap-0001-a3")
    }

    func testTimelinesAsTypedAreReadAsDatesWhereTheyCanBe() {
        func range(_ text: String) -> [String]? { TimelineRange(text, year: 2026).map { [$0.start, $0.end] } }
        XCTAssertEqual(range("Hösten 2026"), ["2026-08-01", "2026-12-31"])
        XCTAssertEqual(range("våren"), ["2026-01-01", "2026-06-30"])
        XCTAssertEqual(range("2026 Q3"), ["2026-07-01", "2026-09-30"])
        XCTAssertEqual(range("Q1 2027"), ["2027-01-01", "2027-03-31"])
        XCTAssertEqual(range("Augusti"), ["2026-08-01", "2026-08-31"])
        XCTAssertEqual(range("februari 2028"), ["2028-02-01", "2028-02-29"])
        XCTAssertEqual(range("10/5"), ["2026-05-10", "2026-05-10"])
        XCTAssertEqual(range("2026-09-15"), ["2026-09-15", "2026-09-15"])
        XCTAssertEqual(range("2027"), ["2027-01-01", "2027-12-31"])
        // As people write them in a workbook: a month with a short year, school terms, ISO weeks.
        let table: [(String, [String]?)] = [
            ("jan-27", ["2027-01-01", "2027-01-31"]), ("Jan-27", ["2027-01-01", "2027-01-31"]),
            ("mar-26", ["2026-03-01", "2026-03-31"]),
            ("Vt 2027", ["2027-01-01", "2027-06-30"]), ("Ht 2026", ["2026-08-01", "2026-12-31"]), ("Ht", ["2026-08-01", "2026-12-31"]),
            ("vt27", ["2027-01-01", "2027-06-30"]), ("Ht-26", ["2026-08-01", "2026-12-31"]),
            ("v. 12", ["2026-03-16", "2026-03-22"]), ("v12", ["2026-03-16", "2026-03-22"]), ("vecka 1 2027", ["2027-01-04", "2027-01-10"]),
            ("v. 53 2026", ["2026-12-28", "2027-01-03"]), ("v 1", ["2025-12-29", "2026-01-04"]),
        ]
        for (text, expected) in table { XCTAssertEqual(range(text), expected, text) }
        XCTAssertNil(range("Återkommande 1 g/termin"))
        XCTAssertNil(range("När budgeten är klar"))
        let activity = Activity(id: "gap-0001-a1", timeline: "2026 Q3", status: .ongoing)
        XCTAssertTrue(activity.isOverdue(today: "2026-11-23", year: 2026))
        XCTAssertFalse(activity.isOverdue(today: "2026-09-30", year: 2026), "the last day is not past yet")
        var done = activity
        done.status = .done
        XCTAssertFalse(done.isOverdue(today: "2026-11-23", year: 2026))
    }

    func testThePlanAsTextGroupsByResponsibleOverdueFirst() throws {
        let workshop = try Fixtures.example()
        let text = PlanFollowUp(workshop, today: "2026-12-01", grouping: .responsible).text(workshop, .sv)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[1], "3 aktiviteter, 1 försenade")
        XCTAssertEqual(lines[2], "Vårdsamverkan, temagrupp barn och unga", "the group with something overdue first")
        XCTAssertTrue(lines[3].hasPrefix("- ⚠ FÖRSENAD · gap-0001-a1"), lines[3])
        let only = PlanFollowUp(workshop, today: "2026-12-01", grouping: .timeline, filter: .init(onlyOverdue: true))
        XCTAssertEqual(only.total, 1)
        XCTAssertEqual(only.groups.first?.title, "2026-07-01 – 2026-09-30")
        XCTAssertEqual(lines[0], "Handlingsplan: \(workshop.title) · per 2026-12-01", "the day 'overdue' is measured against")
    }

    /// What recurs (återkommande) or is watched (bevakar) has no last day: never overdue, in the
    /// text, the view and the counts alike; what waits (avvaktar) still is.
    func testRecurringAndMonitoredActivitiesAreNeverOverdue() throws {
        var workshop = try Fixtures.example()
        let late = try XCTUnwrap(workshop.gaps[0].activities.first)
        XCTAssertTrue(late.isOverdue(today: "2026-12-01", year: workshop.year), "the example's late activity")
        for status in [PlanStatus.recurring, .monitoring] {
            workshop.gaps[0].activities[0].status = status
            XCTAssertFalse(workshop.gaps[0].activities[0].isOverdue(today: "2026-12-01", year: workshop.year), "\(status)")
            let plan = PlanFollowUp(workshop, today: "2026-12-01", grouping: .responsible)
            XCTAssertEqual(plan.overdue, 0, "\(status)")
            XCTAssertFalse(plan.text(workshop, .sv).contains("FÖRSENAD"), "\(status)")
        }
        workshop.gaps[0].activities[0].status = .waiting
        XCTAssertEqual(PlanFollowUp(workshop, today: "2026-12-01", grouping: .responsible).overdue, 1)
    }
}

/// The page's Content-Security-Policy names its script by this hash: it must be SHA-256.
final class SHA256Tests: XCTestCase {
    func testDigestsMatchTheStandardsVectors() {
        XCTAssertEqual(SHA256.base64("abc"), "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
        XCTAssertEqual(SHA256.base64(""), "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
        XCTAssertEqual(SHA256.base64(String(repeating: "a", count: 1000)), "Qe3s5C1j6Nm/UVqbppMuHCDLyfWl0TRkWttdsblzfqM=", "as openssl dgst -sha256 gives it")
    }
}
