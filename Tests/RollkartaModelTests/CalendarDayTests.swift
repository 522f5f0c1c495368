import Foundation
import XCTest
@testable import RollkartaModel

final class CalendarDayTests: XCTestCase {
    /// The day from the C library's calendar is the day a POSIX DateFormatter gives, in the
    /// machine's time zone, on either side of midnight and of a year's turn.
    func testTheDayIsTheOneAFormatterGives() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        let reference = formatter.date(from: "2026-12-31")!
        for offset in stride(from: -86_400.0 * 400, through: 86_400 * 400, by: 3_599) {
            let date = reference.addingTimeInterval(offset)
            XCTAssertEqual(CalendarDay.string(date), formatter.string(from: date))
        }
        XCTAssertEqual(CalendarDay.string(Date(timeIntervalSince1970: 0)).count, 10)
    }
}
