import Foundation

/// Finds text that looks like a Swedish personal identity number (personnummer) or
/// coordination number (samordningsnummer: day + 60), with or without century and separator.
/// The tool maps roles, never patients: such text gets a warning before it is saved.
public enum PersonalNumber {
    // YYMMDD or YYYYMMDD, an optional - or +, four digits; not inside a longer run of digits.
    private static let pattern = try! NSRegularExpression(pattern: "(?<![0-9])(?:[0-9]{2})?([0-9]{6})[-+]?([0-9]{4})(?![0-9])")

    /// The matches in `text`, as written.
    public static func find(in text: String) -> [String] {
        // A number needs ten digits: most texts have far fewer and skip the regular expression.
        var digitCount = 0
        for byte in text.utf8 where byte >= 0x30 && byte <= 0x39 { digitCount += 1 }
        guard digitCount >= 10 else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { match -> String? in
            guard let whole = Range(match.range, in: text), let date = Range(match.range(at: 1), in: text),
                  let serial = Range(match.range(at: 2), in: text) else { return nil }
            let digits = Array(text[date] + text[serial]).compactMap { $0.wholeNumberValue }
            guard digits.count == 10 else { return nil }
            let month = digits[2] * 10 + digits[3]
            let day = digits[4] * 10 + digits[5]
            guard (1...12).contains(month), (1...31).contains(day) || (61...91).contains(day) else { return nil }
            // The last digit is a Luhn check digit: this keeps dates and phone numbers out.
            guard luhnValid(digits) else { return nil }
            return String(text[whole])
        }
    }

    static func luhnValid(_ digits: [Int]) -> Bool {
        var sum = 0
        for (index, digit) in digits.enumerated() {
            let value = index % 2 == 0 ? digit * 2 : digit
            sum += value > 9 ? value - 9 : value
        }
        return sum % 10 == 0
    }

    /// Every free text of a workshop with where it is, for the check.
    public static func findAll(in workshop: Workshop) -> [(place: String, match: String)] {
        var texts: [(String, String)] = [("title", workshop.title)]
        texts += workshop.actors.map { ($0.id.rawValue, $0.name) }
        texts += workshop.participants.flatMap { participant in
            [participant.organisation, participant.name ?? "", participant.initials ?? ""].map { (participant.id.rawValue, $0) }
        }
        for gap in workshop.gaps {
            texts.append((gap.id.rawValue, gap.description))
            for activity in gap.activities {
                texts += [activity.action, activity.responsible, activity.timeline, activity.goal, activity.measure]
                    .map { (activity.id.rawValue, $0) }
                    + activity.history.flatMap { [$0.note, $0.before ?? "", $0.after ?? ""] }.map { (activity.id.rawValue, $0) }
                    + [activity.origin?.action ?? ""].map { (activity.id.rawValue, $0) }
            }
        }
        texts += workshop.handovers.flatMap { [($0.id.rawValue, $0.what), ($0.id.rawValue, $0.note)] }
        for note in workshop.roleNotes {
            texts += [note.needs, note.obstacles, note.entersWhere, note.whoTakesOver].map { (note.key.label, $0) }
        }
        texts += workshop.answers.map { ($0.key.label, $0.comment) }
        texts += workshop.tallies.map { ($0.subject.label, $0.note) }
        return texts.flatMap { place, text in find(in: text).map { (place, $0) } }
    }
}
