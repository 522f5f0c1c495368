import Foundation
import RollkartaModel

/// Which columns of a survey export hold what: the respondent's organisation, the organisation
/// described, and the columns whose cells are målgrupp and insatser items. Given as options
/// or as a small JSON file (`{"respondent": …, "described": …, "targetGroup": […], "services": […]}`).
public struct ExpectationMapping: Codable, Equatable, Sendable {
    public var respondent: String
    public var described: String
    public var targetGroup: [String]
    public var services: [String]
    /// The column with each response's id (web forms call it "ID"); row numbers when absent.
    public var id: String?

    public init(respondent: String, described: String, targetGroup: [String], services: [String], id: String? = nil) {
        self.respondent = respondent
        self.described = described
        self.targetGroup = targetGroup
        self.services = services
        self.id = id
    }
}

/// Survey answers in as perception items: each cell's items (one per line, or separated by
/// `;`) become items of the described organisation, expected by the respondent's. The same
/// text for the same organisation and area joins the existing item as one more source
/// (recurring). Every item remembers its origin (file, response id, column, place in the
/// cell), so the same survey imported again adds nothing, even after items were edited or
/// merged. All or nothing: the import either applies whole or says why not.
public enum ExpectationImport {
    public struct Report: Equatable, Sendable {
        public var added = 0
        /// Items that were already there from another organisation: one more source.
        public var joined = 0
        /// Items this survey brought before.
        public var alreadyImported = 0
        /// Names in the survey that are no organisation of the workshop, with their rows.
        public var unknownOrganisations: [String: [Int]] = [:]
        /// Rows left out with --skip-bad-rows: number and field count.
        public var skippedRows: [Int] = []
    }

    public enum Failure: Error, Equatable, Sendable {
        case spreadsheet(SpreadsheetError)
        case missingColumn(file: String, column: String, found: [String])
        case badRow(file: String, row: Int, fields: Int, expected: Int)

        public func message(_ language: Language) -> String {
            let sv = language == .sv
            switch self {
            case .spreadsheet(let error): return error.message(language)
            case .missingColumn(let file, let column, let found):
                return sv ? "\(file): kolumnen \"\(column)\" finns inte (rubrikerna är: \(found.joined(separator: ", ")))"
                          : "\(file): there is no column \"\(column)\" (the headings are: \(found.joined(separator: ", ")))"
            case .badRow(let file, let row, let fields, let expected):
                return sv ? "\(file):\(row): väntade \(expected) fält, fann \(fields); ingenting importerades (--skip-bad-rows hoppar över sådana rader)"
                          : "\(file):\(row): expected \(expected) fields, found \(fields); nothing was imported (--skip-bad-rows skips such rows)"
            }
        }
    }

    /// The workshop with the survey's items in, and what happened; throws before changing anything.
    public static func apply(_ table: SpreadsheetTable, mapping: ExpectationMapping, skipBadRows: Bool,
                             to original: Workshop) throws(Failure) -> (Workshop, Report) {
        func column(_ name: String) throws(Failure) -> Int {
            guard let index = table.column(name) else {
                throw .missingColumn(file: table.file, column: name, found: table.header)
            }
            return index
        }
        let respondentColumn = try column(mapping.respondent)
        let describedColumn = try column(mapping.described)
        var itemColumns: [(ExpectationArea, Int)] = []
        for name in mapping.targetGroup { itemColumns.append((.targetGroup, try column(name))) }
        for name in mapping.services { itemColumns.append((.services, try column(name))) }
        let idColumn = table.column(mapping.id ?? "ID")
        var report = Report()
        if let bad = table.badRows.first {
            guard skipBadRows else { throw .badRow(file: table.file, row: bad.number, fields: bad.fields, expected: table.header.count) }
            report.skippedRows = table.badRows.map(\.number)
        }
        var workshop = original
        let source = (table.file as NSString).lastPathComponent
        var seen = Set(workshop.expectations.flatMap { [$0] + $0.merged }.flatMap(\.origins))
        for row in table.rows {
            let respondentName = row.cell(respondentColumn).trimmingCharacters(in: .whitespaces)
            let describedName = row.cell(describedColumn).trimmingCharacters(in: .whitespaces)
            let respondent = workshop.organisation(named: respondentName)
            if respondent == nil, !respondentName.isEmpty { report.unknownOrganisations[respondentName, default: []].append(row.number) }
            guard let described = workshop.organisation(named: describedName) else {
                if !describedName.isEmpty { report.unknownOrganisations[describedName, default: []].append(row.number) }
                continue
            }
            let responseID = idColumn.map { row.cell($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "row\(row.number)"
            for (area, index) in itemColumns {
                for (place, text) in items(in: row.cell(index)).enumerated() {
                    let origin = "\(source)#\(responseID)#\(table.header[index])#\(place + 1)"
                    guard seen.insert(origin).inserted else {
                        report.alreadyImported += 1
                        continue
                    }
                    let sources = respondent.map { [$0.id] } ?? []
                    if var existing = workshop.expectations.first(where: {
                        $0.organisation == described.id && $0.area == area && $0.side == .perception && same($0.text, text)
                    }) {
                        existing.sources += sources.filter { !existing.sources.contains($0) }
                        existing.origins.append(origin)
                        try? workshop.apply(.expectation(existing.id, existing))  // its organisations are the workshop's: cannot be refused
                        report.joined += 1
                    } else {
                        let item = ExpectationItem(id: workshop.nextExpectationID, organisation: described.id, area: area, side: .perception,
                                                   text: text, sources: sources, origins: [origin])
                        try? workshop.apply(.expectation(item.id, item))
                        report.added += 1
                    }
                }
            }
        }
        return (workshop, report)
    }

    /// A cell's items: one per line, or separated by semicolons; blanks and bullets trimmed.
    static func items(in cell: String) -> [String] {
        cell.split(whereSeparator: { $0.isNewline || $0 == ";" })  // "\r\n" is one Character
            .map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "-•*·")).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    private static func same(_ left: String, _ right: String) -> Bool {
        left.trimmingCharacters(in: .whitespaces).lowercased() == right.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
