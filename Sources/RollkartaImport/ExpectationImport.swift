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
    /// The column with each response's id (web forms call it "ID"). Without one (Google Forms
    /// has none) a response is known by what it says, never by its row: the same answers in
    /// another order are the same answers.
    public var id: String?
    /// The survey's own names for the workshop's organisations: "Habilitering" -> "HAB" (the
    /// abbreviation or the name). Kept in the workshop as its other names once imported.
    public var organisations: [String: String]?

    public init(respondent: String, described: String, targetGroup: [String], services: [String], id: String? = nil,
                organisations: [String: String]? = nil) {
        self.respondent = respondent
        self.described = described
        self.targetGroup = targetGroup
        self.services = services
        self.id = id
        self.organisations = organisations
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
        /// Items already there from the respondent's organisation (another response said it too).
        public var sameSource = 0
        /// Items this survey brought before.
        public var alreadyImported = 0
        /// Items imported before without their respondent's organisation, which is known now.
        public var sourcesFilled = 0
        /// Items left out because the organisation they describe is not in the workshop.
        public var leftOut = 0
        /// The rows of the items left out, in order.
        public var leftOutRows: [Int] = []
        /// Rows whose cell for the organisation described is empty (their items are left out).
        public var undescribedRows: [Int] = []
        /// Names in the survey that are no organisation of the workshop, with their rows.
        public var unknownOrganisations: [String: [Int]] = [:]
        /// Other names this import gave the workshop's organisations (the workshop keeps them).
        public var aliasesAdded: [OrganisationAlias] = []
        /// Rows left out with --skip-bad-rows: number and field count.
        public var skippedRows: [Int] = []
    }

    public enum Failure: Error, Equatable, Sendable {
        case spreadsheet(SpreadsheetError)
        case missingColumn(file: String, column: String, found: [String])
        case badRow(file: String, row: Int, fields: Int, expected: Int)
        /// Two rows with one response id: which answer is which could not be told.
        case duplicateResponseID(file: String, id: String, rows: [Int])
        /// An alias that points at no organisation of the workshop.
        case unknownAliasTarget(alias: String, target: String, known: [String])
        /// An alias that is already another organisation's name or abbreviation.
        case aliasIsAnother(alias: String, organisation: String)
        /// A name the workshop already remembers as another organisation (its `aliases`).
        case aliasRemembered(alias: String, organisation: String, target: String)
        /// One name given two organisations in one run.
        case aliasTwoTargets(alias: String, targets: [String])

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
            case .duplicateResponseID(let file, let id, let rows):
                let list = rows.map(String.init).joined(separator: ", ")
                return sv ? "\(file): svars-id \"\(id)\" finns på flera rader (rad \(list)); varje svar behöver ett eget id; ingenting importerades"
                          : "\(file): response id \"\(id)\" is on several rows (rows \(list)); each response needs an id of its own; nothing was imported"
            case .unknownAliasTarget(let alias, let target, let known):
                return sv ? "\"\(alias)\" = \"\(target)\": ingen verksamhet i workshopen heter \"\(target)\" (kända: \(known.joined(separator: ", "))); ingenting importerades"
                          : "\"\(alias)\" = \"\(target)\": no organisation of the workshop is called \"\(target)\" (known: \(known.joined(separator: ", "))); nothing was imported"
            case .aliasIsAnother(let alias, let organisation):
                return sv ? "\"\(alias)\" är redan namnet på \(organisation); ingenting importerades"
                          : "\"\(alias)\" is already the name of \(organisation); nothing was imported"
            case .aliasRemembered(let alias, let organisation, let target):
                return sv ? "\"\(alias)\" är redan \(organisation) i workshopen, inte \(target); ingenting importerades"
                          : "\"\(alias)\" is already \(organisation) in the workshop, not \(target); nothing was imported"
            case .aliasTwoTargets(let alias, let targets):
                let both = targets.joined(separator: sv ? " och " : " and ")
                return sv ? "\"\(alias)\" ges två verksamheter: \(both); ange en; ingenting importerades"
                          : "\"\(alias)\" is given two organisations: \(both); give one; nothing was imported"
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
        if let idColumn {
            var rowsByID: [String: [Int]] = [:]
            for row in table.rows {
                let id = row.cell(idColumn).trimmingCharacters(in: .whitespaces)
                if !id.isEmpty { rowsByID[id, default: []].append(row.number) }
            }
            if let (id, rows) = rowsByID.filter({ $0.value.count > 1 }).min(by: { $0.value[0] < $1.value[0] }) {
                throw .duplicateResponseID(file: table.file, id: id, rows: rows)
            }
        }
        var report = Report()
        if let bad = table.badRows.first {
            guard skipBadRows else { throw .badRow(file: table.file, row: bad.number, fields: bad.fields, expected: table.header.count) }
            report.skippedRows = table.badRows.map(\.number)
        }
        var workshop = original
        for alias in try aliases(mapping.organisations ?? [:], in: original) {
            try? workshop.apply(.alias(alias.name, alias))  // its organisation is the workshop's: cannot be refused
            report.aliasesAdded.append(alias)
        }
        let source = stem((table.file as NSString).lastPathComponent)
        // Where each item came from, by file name without its extension: the CSV and the XLSX
        // export of one survey are the same answers.
        var holder: [String: ExpectationItem.ID] = [:]
        for item in workshop.expectations {
            for origin in item.origins { holder[key(origin)] = item.id }
        }
        var seen = Set(workshop.expectations.flatMap { [$0] + $0.merged }.flatMap(\.origins).map(key))
        // Responses without an id were once known by their row ("row3"): such an item counts
        // as imported when it says the same for the same organisation and column, once per origin.
        var byRow: [String: [ExpectationItem.ID]] = [:]
        for item in workshop.expectations {
            for origin in item.origins {
                let parts = key(origin).split(separator: "#", omittingEmptySubsequences: false)
                guard parts.count >= 4, parts[1].hasPrefix("row"), Int(parts[1].dropFirst(3)) != nil else { continue }
                byRow[parts[0] + "#" + parts[2..<(parts.count - 1)].joined(separator: "#"), default: []].append(item.id)
            }
        }
        var occurrences: [String: Int] = [:]
        for row in table.rows {
            let respondentName = row.cell(respondentColumn).trimmingCharacters(in: .whitespaces)
            let describedName = row.cell(describedColumn).trimmingCharacters(in: .whitespaces)
            let respondent = workshop.organisation(named: respondentName)
            let described = workshop.organisation(named: describedName)
            for (name, found) in [(respondentName, respondent), (describedName, described)] where found == nil && !name.isEmpty {
                if report.unknownOrganisations[name]?.last != row.number { report.unknownOrganisations[name, default: []].append(row.number) }
            }
            let ownID = idColumn.map { row.cell($0) }.flatMap { $0.isEmpty ? nil : $0 }
            for (area, index) in itemColumns {
                let cellItems = items(in: row.cell(index))
                let responseID: String
                if let ownID {
                    responseID = ownID
                } else {
                    // Who answered, about whom, and what: the same in any row order and in the
                    // survey's CSV and XLSX. Identical answers are told apart by their count.
                    let content = ContentHash.hex(fields: [respondentName, describedName, cellItems.joined(separator: "\n")].map { $0.lowercased() })
                    let count = occurrences[content + "#\(index)", default: 0] + 1
                    occurrences[content + "#\(index)"] = count
                    responseID = "c" + content + (count > 1 ? "-\(count)" : "")
                }
                for (place, text) in cellItems.enumerated() {
                    guard let described else {
                        report.leftOut += 1
                        if report.leftOutRows.last != row.number { report.leftOutRows.append(row.number) }
                        if describedName.isEmpty, report.undescribedRows.last != row.number { report.undescribedRows.append(row.number) }
                        continue
                    }
                    let origin = "\(source)#\(responseID)#\(table.header[index])#\(place + 1)"
                    let sources = respondent.map { [$0.id] } ?? []
                    var earlier = holder[key(origin)]
                    var imported = !seen.insert(key(origin)).inserted
                    let column = key("\(source)#") + table.header[index]
                    if !imported, ownID == nil, let position = byRow[column]?.firstIndex(where: { id in
                        workshop.expectation(id).map { item in
                            item.organisation == described.id && item.area == area && ([item] + item.merged).contains { same($0.text, text) }
                        } ?? false
                    }) {
                        earlier = byRow[column]?.remove(at: position)
                        imported = true
                    }
                    guard !imported else {
                        // Imported before, perhaps before the respondent's organisation was known.
                        if let id = earlier, var item = workshop.expectation(id),
                           let missing = sources.first, !item.sources.contains(missing) {
                            item.sources.append(missing)
                            try? workshop.apply(.expectation(id, item))
                            report.sourcesFilled += 1
                        } else {
                            report.alreadyImported += 1
                        }
                        continue
                    }
                    if var existing = workshop.expectations.first(where: {
                        $0.organisation == described.id && $0.area == area && $0.side == .perception && same($0.text, text)
                    }) {
                        let added = sources.filter { !existing.sources.contains($0) }
                        existing.sources += added
                        existing.origins.append(origin)
                        try? workshop.apply(.expectation(existing.id, existing))  // its organisations are the workshop's: cannot be refused
                        holder[key(origin)] = existing.id
                        if added.isEmpty { report.sameSource += 1 } else { report.joined += 1 }
                    } else {
                        let item = ExpectationItem(id: workshop.nextExpectationID, organisation: described.id, area: area, side: .perception,
                                                   text: text, sources: sources, origins: [origin])
                        try? workshop.apply(.expectation(item.id, item))
                        holder[key(origin)] = item.id
                        report.added += 1
                    }
                }
            }
        }
        return (workshop, report)
    }

    /// The aliases a mapping gives that the workshop does not have yet, each checked: it points
    /// at an organisation of the workshop, is not another one's own name nor a name the
    /// workshop remembers for another one, and is not given two organisations.
    static func aliases(_ names: [String: String], in workshop: Workshop) throws(Failure) -> [OrganisationAlias] {
        try aliases(names.sorted(by: { $0.key < $1.key }).map { (name: $0.key, target: $0.value) }, in: workshop)
    }

    /// The same for names in the order given (`--organisation` options after the mapping
    /// file's), so that one name given twice is refused before a dictionary keeps only one.
    public static func aliases(_ names: [(name: String, target: String)], in workshop: Workshop) throws(Failure) -> [OrganisationAlias] {
        var result: [OrganisationAlias] = []
        for (alias, target) in names {
            let name = alias.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            guard let actor = workshop.organisation(named: target) else {
                throw .unknownAliasTarget(alias: name, target: target, known: workshop.actors.map(\.abbreviation))
            }
            if let earlier = result.first(where: { $0.key == OrganisationAlias.key(name) }) {
                guard earlier.organisation != actor.id else { continue }
                let first = workshop.actor(earlier.organisation)?.abbreviation ?? earlier.organisation.rawValue
                throw .aliasTwoTargets(alias: name, targets: [first, actor.abbreviation])
            }
            if let named = workshop.organisation(named: name) {
                if named.id == actor.id { continue }
                let isOwnName = [named.name, named.abbreviation].contains { OrganisationAlias.key($0) == OrganisationAlias.key(name) }
                if isOwnName { throw .aliasIsAnother(alias: name, organisation: "\(named.name) (\(named.abbreviation))") }
                throw .aliasRemembered(alias: name, organisation: named.abbreviation, target: actor.abbreviation)
            }
            result.append(OrganisationAlias(name: name, organisation: actor.id))
        }
        return result
    }

    /// "enkät.xlsx" -> "enkät".
    private static func stem(_ file: String) -> String {
        for suffix in [".csv", ".xlsx", ".txt"] where file.lowercased().hasSuffix(suffix) { return String(file.dropLast(suffix.count)) }
        return file
    }

    /// An origin compared without its file's extension (files imported before kept it).
    private static func key(_ origin: String) -> String {
        guard let hash = origin.firstIndex(of: "#") else { return origin }
        return stem(String(origin[..<hash])) + origin[hash...]
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
