import XCTest
@testable import RollkartaModel

final class PersonalNumberTests: XCTestCase {
    func testFindsPersonalAndCoordinationNumbersInEveryForm() {
        for written in ["811218-9876", "8112189876", "19811218-9876", "198112189876", "811218+9876", "701063-2391"] {
            XCTAssertEqual(PersonalNumber.find(in: "Patienten \(written) väntar"), [written], written)
        }
    }

    func testLeavesDatesPhoneNumbersAndBadChecksumsAlone() {
        for text in ["Möte 2026-03-14", "Tel. 076-8430681", "811218-9875", "id 20260314", "gap-0007", "12345678901234"] {
            XCTAssertEqual(PersonalNumber.find(in: text), [], text)
        }
    }

    func testTheCheckReportsWhereItIs() throws {
        var workshop = WorkshopFactory.make(title: "x", journeys: [.child], date: "2026-01-01")
        workshop.gaps = [Gap(id: "gap-0001", journey: .child, step: nil, role: "4",
                             description: "Gäller 19811218-9876", kind: .roleMissing, priority: .low)]
        XCTAssertTrue(Check.run(workshop).contains(.personalNumber(place: "gap-0001", text: "19811218-9876")))
        XCTAssertTrue(Check.personalNumber(place: "gap-0001", text: "19811218-9876").text(workshop, .sv)
            .contains("ser ut som ett personnummer"))
    }
}
