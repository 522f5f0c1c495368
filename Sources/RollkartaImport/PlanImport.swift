import Foundation
import RollkartaModel

/// The action plan back from the spreadsheets the responsible managers keep: what they changed
/// (status, responsible, timeline, målsättning, mått, action, level) matched by activity id,
/// and new activities they added under a known gap. Nothing is deleted: an activity missing
/// from the sheet is listed. All or nothing: unknown ids, a changed gap text or a value that
/// does not exist stop the import with the list of them.
public enum PlanImport {
    public struct Change: Equatable, Sendable {
        public var activity: String
        public var column: PlanColumn
        public var before: String
        public var after: String
    }

    public struct Report: Equatable, Sendable {
        public var changes: [Change] = []
        /// New activities: their new id and action.
        public var added: [(id: String, action: String)] = []
        /// Activities of the workshop no row mentions: kept as they are.
        public var missing: [String] = []

        public static func == (left: Report, right: Report) -> Bool {
            left.changes == right.changes && left.added.map(\.id) == right.added.map(\.id) && left.missing == right.missing
        }

        public var isEmpty: Bool { changes.isEmpty && added.isEmpty }
    }

    public struct Failure: Error, Equatable, Sendable {
        /// "plan.xlsx:5: Status: …", each problem with its row and column.
        public var problems: [String]
    }

    /// "'=SUMMA(A1)" -> "=SUMMA(A1)": the apostrophe `export --excel` puts before a text a
    /// spreadsheet would run as a formula is not part of the text.
    static func unguarded(_ cell: String) -> String {
        guard cell.hasPrefix("'"), let second = cell.dropFirst().first, "=+-@\t\r".contains(second) else { return cell }
        return String(cell.dropFirst())
    }

    /// "plan.xlsx" and "plan.csv" are the same workbook saved twice.
    static func stem(_ file: String) -> String { (file as NSString).deletingPathExtension.lowercased() }

    /// The rows a manager added themselves (no activity id), each matched to the activity its
    /// first import made of it: by its action as first typed or as it reads now, then by what
    /// else the row says (responsible, timeline, goal, measure) and a reworded action that
    /// still shares most of its words, then by the row and workbook it stood in. Matched as a
    /// whole, best first, so a sorted sheet, a workbook saved under another name or an action
    /// reworded in it still finds its own activity; a row that matches nothing is new.
    /// Row number -> activity id.
    static func ownRows(_ rows: [SpreadsheetTable.Row], file: String, in workshop: Workshop,
                        value: (SpreadsheetTable.Row, PlanColumn) -> String?) -> [Int: String] {
        let named = Set(rows.compactMap { value($0, .activity) }.filter { !$0.isEmpty })
        func same(_ left: String, _ right: String) -> Bool {
            left.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() == right.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        }
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
        }
        func alike(_ left: String, _ right: String) -> Bool {
            let (a, b) = (words(left), words(right))
            return !a.isEmpty && !b.isEmpty && Double(a.intersection(b).count) / Double(a.union(b).count) >= 0.5
        }
        var candidates: [(score: Int, row: Int, activity: String)] = []
        for row in rows where (value(row, .activity) ?? "").isEmpty {
            guard let gap = workshop.gaps.first(where: { $0.id.rawValue == value(row, .gap) }) else { continue }
            let action = value(row, .action) ?? ""
            for activity in gap.activities where !named.contains(activity.id.rawValue) {
                guard let origin = activity.origin else { continue }
                var score = 0
                if same(action, origin.action) || same(action, activity.action) {
                    score += 4
                } else if alike(action, origin.action) || alike(action, activity.action) {
                    score += 2
                }
                for (column, field) in [(PlanColumn.responsible, ActivityField.responsible), (.timeline, .timeline), (.goal, .goal),
                                        (.measure, .measure)] {
                    if let text = value(row, column), !text.isEmpty, same(text, activity[field]) { score += 1 }
                }
                if origin.row == row.number && stem(origin.file) == stem(file) { score += 1 }
                if score >= 2 { candidates.append((score, row.number, activity.id.rawValue)) }
            }
        }
        var matched: [Int: String] = [:]
        var taken = Set<String>()
        for candidate in candidates.sorted(by: { ($0.score, -$0.row) > ($1.score, -$1.row) })
        where matched[candidate.row] == nil && !taken.contains(candidate.activity) {
            matched[candidate.row] = candidate.activity
            taken.insert(candidate.activity)
        }
        return matched
    }

    public static func apply(_ table: SpreadsheetTable, to original: Workshop, today: String,
                             language: Language) throws(Failure) -> (Workshop, Report) {
        let sv = language == .sv
        var columns: [PlanColumn: Int] = [:]
        for (index, heading) in table.header.enumerated() {
            if let column = PlanColumn(heading: heading), columns[column] == nil { columns[column] = index }
        }
        var problems: [String] = []
        let file = (table.file as NSString).lastPathComponent
        for required in [PlanColumn.activity, .gap] where columns[required] == nil {
            problems.append(sv ? "\(file): kolumnen \"\(required.heading(language))\" saknas (rubrikerna är: \(table.header.joined(separator: ", ")))"
                               : "\(file): the column \"\(required.heading(language))\" is missing (the headings are: \(table.header.joined(separator: ", ")))")
        }
        if !problems.isEmpty { throw Failure(problems: problems) }
        for bad in table.badRows {
            problems.append(sv ? "\(file):\(bad.number): väntade \(table.header.count) fält, fann \(bad.fields)"
                               : "\(file):\(bad.number): expected \(table.header.count) fields, found \(bad.fields)")
        }
        var workshop = original
        var report = Report()
        var mentioned = Set<String>()
        let own = ownRows(table.rows, file: file, in: original) { row, column in
            columns[column].map { unguarded(row.cell($0)).trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        for row in table.rows {
            func value(_ column: PlanColumn) -> String? {
                columns[column].map { unguarded(row.cell($0)).trimmingCharacters(in: .whitespacesAndNewlines) }
            }
            func problem(_ column: PlanColumn, _ text: String) {
                problems.append("\(file):\(row.number): \(column.heading(language)): \(text)")
            }
            let gapID = value(.gap) ?? ""
            guard let gapIndex = workshop.gaps.firstIndex(where: { $0.id.rawValue == gapID }) else {
                if !gapID.isEmpty || !(value(.action) ?? "").isEmpty {
                    problem(.gap, sv ? "okänt glapp \"\(gapID)\"" : "unknown gap \"\(gapID)\"")
                }
                continue
            }
            if let text = value(.gapDescription), !text.isEmpty,
               text != workshop.gaps[gapIndex].description.trimmingCharacters(in: .whitespacesAndNewlines) {
                problem(.gapDescription, sv ? "glappets text är ändrad; ändra den i Rollkarta, inte i kalkylarket"
                                            : "the gap's text was changed; change it in Rollkarta, not in the spreadsheet")
            }
            var status: PlanStatus?
            if let text = value(.status), !text.isEmpty {
                status = PlanStatus(spreadsheetText: text)
                if status == nil {
                    let known = PlanStatus.allCases.map { $0.label(language) }.joined(separator: ", ")
                    problem(.status, sv ? "\"\(text)\" finns inte (välj: \(known))" : "\"\(text)\" does not exist (choose: \(known))")
                }
            }
            var level: ActivityLevel?
            if let text = value(.level), !text.isEmpty {
                level = ActivityLevel.allCases.first { level in
                    [level.rawValue, level.label(.sv), level.label(.en)].contains { $0.lowercased() == text.lowercased() }
                }
                if level == nil {
                    let known = ActivityLevel.allCases.map { $0.label(language) }.joined(separator: ", ")
                    problem(.level, sv ? "\"\(text)\" finns inte (välj: \(known))" : "\"\(text)\" does not exist (choose: \(known))")
                }
            }
            let activityID = value(.activity) ?? ""
            let texts: [(PlanColumn, ActivityField)] = [
                (.action, .action), (.responsible, .responsible), (.timeline, .timeline), (.goal, .goal), (.measure, .measure),
            ]
            let activityIndex: Int
            if activityID.isEmpty {
                // A row a manager added: known again by what its first import recorded (see
                // `ownRows`), or an activity of the same action not named elsewhere; otherwise new.
                let action = value(.action) ?? ""
                let filled = texts.contains { !(value($0.0) ?? "").isEmpty }
                guard filled else { continue }
                let activities = workshop.gaps[gapIndex].activities
                func free(_ activity: Activity) -> Bool { !mentioned.contains(activity.id.rawValue) }
                func same(_ left: String, _ right: String) -> Bool {
                    left.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() == right.lowercased()
                }
                let known = own[row.number].flatMap { id in activities.firstIndex { $0.id.rawValue == id && free($0) } }
                    ?? activities.firstIndex { free($0) && $0.origin == nil && same($0.action, action) }
                guard let known else {
                    var activity = Activity(id: workshop.nextActivityID(in: workshop.gaps[gapIndex]),
                                            origin: SheetOrigin(file: file, row: row.number, action: action))
                    for (column, field) in texts { activity[field] = value(column) ?? "" }
                    activity.level = level ?? .general
                    activity.status = status ?? .notStarted
                    workshop.gaps[gapIndex].activities.append(activity)
                    report.added.append((activity.id.rawValue, action))
                    mentioned.insert(activity.id.rawValue)
                    continue
                }
                activityIndex = known
            } else {
                guard let index = workshop.gaps[gapIndex].activities.firstIndex(where: { $0.id.rawValue == activityID }) else {
                    problem(.activity, sv ? "okänd aktivitet \"\(activityID)\" under \(gapID)" : "unknown activity \"\(activityID)\" under \(gapID)")
                    continue
                }
                activityIndex = index
            }
            var activity = workshop.gaps[gapIndex].activities[activityIndex]
            let id = activity.id.rawValue
            mentioned.insert(id)
            let note = sv ? "från kalkylarket" : "from the spreadsheet"
            for (column, field) in texts {
                guard let new = value(column), new != activity[field].trimmingCharacters(in: .whitespacesAndNewlines) else { continue }
                report.changes.append(Change(activity: id, column: column, before: activity[field], after: new))
                activity.setText(field, new, on: today, note: note)
            }
            if let level, level != activity.level {
                report.changes.append(Change(activity: id, column: .level, before: activity.level.label(language), after: level.label(language)))
                activity.setText(.level, level.rawValue, on: today, note: note)
            }
            if let status, status != activity.status {
                report.changes.append(Change(activity: id, column: .status, before: activity.status.label(language),
                                             after: status.label(language)))
                activity.setStatus(status, on: today, note: note)
            }
            workshop.gaps[gapIndex].activities[activityIndex] = activity
        }
        if !problems.isEmpty { throw Failure(problems: problems) }
        report.missing = original.gaps.flatMap(\.activities).map(\.id.rawValue).filter { !mentioned.contains($0) }
        return (workshop, report)
    }
}
