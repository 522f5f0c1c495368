import Foundation

/// Which cell styles show a number as a date, from styles.xml: a cell typed `2027-03-31` or
/// `10/5` is saved by LibreOffice and Excel as a day number with such a style, and is read
/// back as the ISO date it shows (the 1900 date system, or 1904 when the workbook says so).
struct DateCells {
    private var styles: Set<Int> = []
    private var epochOffset = 0

    init() {}

    init(styles xml: String, workbook: String) {
        var custom: [Int: String] = [:]
        var formats: [Int] = []
        var inCellFormats = false
        for event in XMLEvents(xml) {
            switch event {
            case .open("numFmt", let attributes):
                if let id = Int(attributes["numFmtId"] ?? "") { custom[id] = attributes["formatCode"] ?? "" }
            case .open("cellXfs", _): inCellFormats = true
            case .close("cellXfs"): inCellFormats = false
            case .open("xf", let attributes) where inCellFormats: formats.append(Int(attributes["numFmtId"] ?? "") ?? 0)
            default: break
            }
        }
        for (index, id) in formats.enumerated() where Self.isDateFormat(id, custom[id]) { styles.insert(index) }
        for event in XMLEvents(workbook) {
            if case .open("workbookPr", let attributes) = event, ["1", "true"].contains(attributes["date1904"] ?? "") { epochOffset = 1462 }
        }
    }

    func isDate(_ style: Int) -> Bool { styles.contains(style) }

    /// Built-in ids 14-22 and 45-47 are dates and times; a custom format is one when it has
    /// d, m or y outside quoted text, escapes and brackets ([Red], [$-41D], [h]).
    static func isDateFormat(_ id: Int, _ code: String?) -> Bool {
        if (14...22).contains(id) || (45...47).contains(id) { return true }
        guard let code else { return false }
        var quoted = false, bracket = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\" where !quoted: escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case "d", "m", "y":
                // (A `where` would bind to "y" alone.)
                if !quoted && !bracket { return true }
            default: break
            }
        }
        return false
    }

    /// "46477" -> "2027-03-31" (a time of day is left out).
    func iso(_ serial: String) -> String? {
        guard let number = Double(serial), number.isFinite, number >= 1, number < 2_958_466 else { return nil }
        // Days since 1970-01-01 from days since 1899-12-30, then the civil date (Howard Hinnant's algorithm).
        let days = Int(number.rounded(.down)) + epochOffset - 25569
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func padded(_ value: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }
}
