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
}
