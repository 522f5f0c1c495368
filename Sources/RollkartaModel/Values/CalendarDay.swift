import Foundation

/// A day as workshop files write it: `2026-11-23`, the date a workshop was held or a role
/// was revised. POSIX locale so a Swedish or Arabic system locale cannot change the digits.
public enum CalendarDay {
    /// The local day, from the C library's calendar: screens ask for today on every key press
    /// (the follow-up view several times), and a DateFormatter each time was a tenth of a key.
    public static func string(_ date: Date = Date()) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        func padded(_ number: Int32, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(parts.tm_year + 1900, 4))-\(padded(parts.tm_mon + 1, 2))-\(padded(parts.tm_mday, 2))"
    }

    /// What is wrong with a day typed by a person (`--today`, `--date`), or nil for a real day
    /// of the calendar written YYYY-MM-DD.
    public enum Problem: Equatable, Sendable {
        case notADay
        case noSuchMonth(Int)
        case noSuchDay(day: Int, daysInMonth: Int)
    }

    public static func problem(in text: String) -> Problem? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return .notADay }
        guard (1...12).contains(month) else { return .noSuchMonth(month) }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return .noSuchDay(day: day, daysInMonth: days) }
        return nil
    }
}
