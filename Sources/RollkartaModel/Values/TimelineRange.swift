/// The dates a timeline typed as free text stands for, where it can be read: "2026-05-10",
/// "10/5", "Augusti", "maj 2027", "2026 Q3", "Q3", "Hösten 2026", "våren", "2027". A timeline
/// with no year takes the year given (the workshop's). "Återkommande 1 g/termin" and anything
/// else unread is undated: never overdue, listed last.
public struct TimelineRange: Equatable, Sendable {
    /// ISO dates, first and last day.
    public var start: String
    public var end: String

    public init(start: String, end: String) {
        self.start = start
        self.end = end
    }

    public init?(_ text: String, year defaultYear: Int) {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        guard !words.isEmpty, !words.contains(where: { $0.hasPrefix("återkomm") || $0.hasPrefix("recurr") || $0.hasPrefix("löpande") }) else {
            return nil
        }
        let year = words.compactMap { Int($0) }.first { (2000...2100).contains($0) } ?? defaultYear
        func day(_ month: Int, _ day: Int) -> String {
            "\(year)-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
        }
        func lastDay(_ month: Int) -> Int {
            switch month {
            case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }
        for word in words {
            // ISO date.
            let parts = word.split(separator: "-")
            if parts.count == 3, parts[0].count == 4, let month = Int(parts[1]), let dayOfMonth = Int(parts[2]),
               (1...12).contains(month), (1...lastDay(month)).contains(dayOfMonth) {
                self.init(start: String(word), end: String(word))
                return
            }
            // Day/month, as Swedes write it: "10/5" is the tenth of May.
            let slash = word.split(separator: "/")
            if slash.count == 2, let dayOfMonth = Int(slash[0]), let month = Int(slash[1]), (1...12).contains(month),
               (1...lastDay(month)).contains(dayOfMonth) {
                self.init(start: day(month, dayOfMonth), end: day(month, dayOfMonth))
                return
            }
            // Quarter.
            if word.count == 2, word.hasPrefix("q"), let quarter = Int(word.dropFirst()), (1...4).contains(quarter) {
                self.init(start: day(quarter * 3 - 2, 1), end: day(quarter * 3, lastDay(quarter * 3)))
                return
            }
            // Season.
            let seasons: [(prefixes: [String], start: Int, end: Int)] = [
                (["vår", "spring"], 1, 6), (["sommar", "summer"], 6, 8), (["höst", "autumn", "fall"], 8, 12),
            ]
            if let season = seasons.first(where: { season in season.prefixes.contains { word.hasPrefix($0) } }) {
                self.init(start: day(season.start, 1), end: day(season.end, lastDay(season.end)))
                return
            }
            // Month name.
            let months = ["jan", "feb", "mar", "apr", "maj|may", "jun", "jul", "aug", "sep", "okt|oct", "nov", "dec"]
            if let month = months.firstIndex(where: { names in names.split(separator: "|").contains { word.hasPrefix($0) } }) {
                self.init(start: day(month + 1, 1), end: day(month + 1, lastDay(month + 1)))
                return
            }
        }
        // A year alone.
        if words.contains(where: { Int($0).map { (2000...2100).contains($0) } ?? false }) {
            self.init(start: day(1, 1), end: day(12, 31))
            return
        }
        return nil
    }
}

extension PlanStatus {
    /// Whether an activity in this status can be late: what is done is done, and what recurs
    /// (återkommande) or is watched (bevakar) has no last day.
    public var hasDeadline: Bool { ![.done, .recurring, .monitoring].contains(self) }
}

extension Activity {
    /// Past its timeline's last day and still to be done by then. `today` and `year` as ISO date and number.
    public func isOverdue(today: String, year: Int) -> Bool {
        isOverdue(today: today, range: TimelineRange(timeline, year: year))
    }

    /// The same, for a timeline already read.
    public func isOverdue(today: String, range: TimelineRange?) -> Bool {
        guard status.hasDeadline, let range else { return false }
        return range.end < today
    }
}

extension Workshop {
    /// The year a timeline without one means: the workshop's.
    public var year: Int { Int(date.prefix(4)) ?? 2026 }
}
