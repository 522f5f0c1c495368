import Foundation

/// A day as workshop files write it: `2026-11-23`, the date a workshop was held or a role
/// was revised. POSIX locale so a Swedish or Arabic system locale cannot change the digits.
public enum CalendarDay {
    public static func string(_ date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
