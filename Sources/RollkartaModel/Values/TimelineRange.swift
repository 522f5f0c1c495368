/// The dates a timeline typed as free text stands for, where it can be read: "2026-05-10",
/// "10/5", "Augusti", "maj 2027", "jan-27" (January 2027), "2026 Q3", "Q3", "Hösten 2026",
/// "våren", "Vt 2027" (the spring term), "Ht" (the autumn term), "v. 12" (ISO week 12), "2027". A timeline
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
        // "2027", or a month with two digits of a year as spreadsheets write it ("jan-27", "Vt-27", "ht26").
        let shortYear = words.compactMap { word -> Int? in
            let digits = word.reversed().prefix { $0.isNumber }
            guard digits.count == 2, word.count > 2, let value = Int(String(digits.reversed())) else { return nil }
            let head = word.dropLast(2)
            // Not a week ("v12"): a month's or a term's name before it, two letters at least.
            let letters = head.filter(\.isLetter)
            guard letters.count >= 2, head.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
            return 2000 + value
        }.first
        let year = words.compactMap { Int($0) }.first { (2000...2100).contains($0) } ?? shortYear ?? defaultYear
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
        // An ISO week: "v. 12", "v 12", "vecka 12", "v12", "week 12"; Monday to Sunday.
        for (index, word) in words.enumerated() {
            let marker = ["v", "v.", "vecka", "week", "w", "w."]
            var week: Int?
            if marker.contains(word), index + 1 < words.count { week = Int(words[index + 1]) }
            if word.hasPrefix("v"), let number = Int(word.drop { $0 == "v" || $0 == "." }), word.count <= 4 { week = number }
            if let week, (1...53).contains(week), let monday = Self.mondayOfISOWeek(week, year: year) {
                self.init(start: monday.0, end: monday.1)
                return
            }
        }
        for word in words {
            // A school term: "Vt 2027" the spring term, "Ht" the autumn term.
            let term = word.prefix { $0.isLetter }
            if term == "vt" || term == "ht", word.dropFirst(2).allSatisfy({ $0.isNumber || $0 == "-" }) {
                self.init(start: term == "vt" ? day(1, 1) : day(8, 1), end: term == "vt" ? day(6, 30) : day(12, 31))
                return
            }
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

extension TimelineRange {
    /// Monday and Sunday of ISO week `week` of `year` (week 1 holds 4 January), as ISO dates.
    static func mondayOfISOWeek(_ week: Int, year: Int) -> (String, String)? {
        // Days from 1970-01-01 of a civil date, and back (Howard Hinnant's algorithms).
        func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
            let y = m <= 2 ? y - 1 : y
            let era = (y >= 0 ? y : y - 399) / 400
            let yoe = y - era * 400
            let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            return era * 146097 + doe - 719468
        }
        func date(_ z: Int) -> String {
            let z = z + 719468
            let era = (z >= 0 ? z : z - 146096) / 146097
            let doe = z - era * 146097
            let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
            let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
            let mp = (5 * doy + 2) / 153
            let d = doy - (153 * mp + 2) / 5 + 1
            let m = mp < 10 ? mp + 3 : mp - 9
            let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(y)-\(two(m))-\(two(d))"
        }
        let fourth = days(year, 1, 4)
        let weekday = ((fourth % 7) + 7 + 3) % 7  // 0 = Monday (1970-01-01 was a Thursday)
        let monday = fourth - weekday + (week - 1) * 7
        return (date(monday), date(monday + 6))
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
