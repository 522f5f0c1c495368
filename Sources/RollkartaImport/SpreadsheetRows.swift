import CSV
import Foundation
import RollkartaModel

/// A sheet as read from a CSV or XLSX file: its header and its rows, each with the number a
/// message names (the header is row 1, as a spreadsheet program shows it). Rows that do not
/// have the header's number of fields are kept apart, for the import to stop at or skip.
public struct SpreadsheetTable: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var number: Int
        public var cells: [String]

        /// The cell under a heading, "" when the row is short.
        public func cell(_ column: Int) -> String { cells.indices.contains(column) ? cells[column] : "" }
    }

    public var file: String
    public var header: [String]
    public var rows: [Row]
    /// Row number and what was wrong with it.
    public var badRows: [(number: Int, fields: Int)]

    public static func == (left: SpreadsheetTable, right: SpreadsheetTable) -> Bool {
        left.file == right.file && left.header == right.header && left.rows == right.rows
            && left.badRows.map(\.number) == right.badRows.map(\.number)
    }

    /// The column with this heading (compared without case and surrounding blanks).
    public func column(_ heading: String) -> Int? {
        let wanted = heading.trimmingCharacters(in: .whitespaces).lowercased()
        return header.firstIndex { $0.trimmingCharacters(in: .whitespaces).lowercased() == wanted }
    }
}

/// Why a spreadsheet could not be read; nothing was taken from it.
public struct SpreadsheetError: Error, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case unreadable(String)
        case notASpreadsheet
        case empty
        /// Markup an XLSX never needs and an attacker would (entity declarations).
        case unsafeMarkup
        /// An archive entry that points outside the archive's folder.
        case unsafePath(String)
        /// More than `SpreadsheetReader.maximumExpandedSize` once unpacked.
        case tooLarge
        /// No such file.
        case missing
        /// Named .xlsx but no zip archive at all; `text` when it reads as text (a CSV renamed).
        case notAWorkbook(text: Bool)
        /// A zip archive that ends too early (a download or copy cut short).
        case truncated
        /// A part of the archive that does not unpack (its checksum or compression is wrong).
        case damaged(String)
        /// A cell that refers to a shared string the workbook does not have.
        case missingSharedString(cell: String)
        /// A CSV field whose opening quotation mark is never closed: the rest of the file would
        /// have become that one cell. `row` is where the quote opened, numbered as rows are.
        case unterminatedQuote(row: Int)
    }

    public var file: String
    public var reason: Reason

    public func message(_ language: Language) -> String {
        let sv = language == .sv
        switch reason {
        case .unreadable(let why): return sv ? "\(file): kan inte läsas (\(why))" : "\(file): cannot be read (\(why))"
        case .notASpreadsheet:
            return sv ? "\(file): väntade en .csv- eller .xlsx-fil" : "\(file): expected a .csv or .xlsx file"
        case .empty: return sv ? "\(file): har ingen rubrikrad" : "\(file): has no header row"
        case .unsafeMarkup:
            return sv ? "\(file): innehåller entitetsdeklarationer, som ett kalkylark aldrig behöver; läses inte"
                      : "\(file): holds entity declarations, which a spreadsheet never needs; not read"
        case .unsafePath(let path):
            return sv ? "\(file): arkivet har en post utanför sin mapp (\(path)); läses inte"
                      : "\(file): the archive has an entry outside its folder (\(path)); not read"
        case .tooLarge:
            let limit = SpreadsheetReader.maximumExpandedSize / 1_000_000
            return sv ? "\(file): blir större än \(limit) MB uppackad; läses inte" : "\(file): expands beyond \(limit) MB; not read"
        case .missing: return sv ? "\(file): filen finns inte" : "\(file): there is no such file"
        case .notAWorkbook(let text):
            let hint = text ? (sv ? " (den ser ut som text: är det en CSV-fil? Byt då namn till .csv)"
                                  : " (it reads as text: is it a CSV file? Then rename it to .csv)") : ""
            return sv ? "\(file): filen är inte en Excel-arbetsbok\(hint)" : "\(file): the file is not an Excel workbook\(hint)"
        case .truncated:
            return sv ? "\(file): arbetsboken är avkortad (slutet saknas; spara eller ladda ner den igen)"
                      : "\(file): the workbook is truncated (its end is missing; save or download it again)"
        case .damaged(let part):
            return sv ? "\(file): arbetsboken är skadad (\(part) går inte att packa upp)"
                      : "\(file): the workbook is damaged (\(part) does not unpack)"
        case .missingSharedString(let cell):
            return sv ? "\(file): cell \(cell) pekar på en text som saknas i arbetsboken"
                      : "\(file): cell \(cell) refers to a text the workbook does not have"
        case .unterminatedQuote(let row):
            return sv ? "\(file): rad \(row): citattecknet avslutas aldrig (resten av filen skulle bli en enda cell); ingenting importerades"
                      : "\(file): row \(row): the quotation mark is never closed (the rest of the file would become one cell); nothing was imported"
        }
    }
}

/// Reads CSV (UTF-8 with or without BOM, comma or semicolon, as web forms and Swedish Excel
/// write it) and XLSX (its first worksheet) into a `SpreadsheetTable`.
public enum SpreadsheetReader {
    /// An archive that unpacks to more than this is refused (a zip bomb stops here).
    public static let maximumExpandedSize = 50_000_000

    public static func read(_ path: String) throws(SpreadsheetError) -> SpreadsheetTable {
        let lower = path.lowercased()
        if lower.hasSuffix(".xlsx") { return try XLSXReader.read(path) }
        guard lower.hasSuffix(".csv") || lower.hasSuffix(".txt") else { throw SpreadsheetError(file: path, reason: .notASpreadsheet) }
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason: SpreadsheetError.Reason = FileManager.default.fileExists(atPath: path) ? .unreadable(String(cString: strerror(errno))) : .missing
            throw SpreadsheetError(file: path, reason: reason)
        }
        return try csv(data, file: path)
    }

    public static func csv(_ data: Data, file: String) throws(SpreadsheetError) -> SpreadsheetTable {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw SpreadsheetError(file: file, reason: .unreadable("inte UTF-8 / not UTF-8"))
        }
        // The header decides: Swedish Excel separates with semicolons.
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let delimiter: UnicodeScalar = firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? ";" : ","
        if let row = unterminatedQuote(in: text, delimiter: delimiter) {
            throw SpreadsheetError(file: file, reason: .unterminatedQuote(row: row))
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        } catch {
            throw SpreadsheetError(file: file, reason: .unreadable("\(error)"))
        }
        var records: [[String]] = []
        while let record = reader.next() { records.append(record) }
        return try table(records, file: file)
    }

    /// The row (numbered as `table` numbers them) whose quoted field never ends, read as the
    /// CSV reader reads: a quote opens a field only at its start, `""` inside is a quote, and a
    /// quote followed by the delimiter, a line break or the end closes it.
    static func unterminatedQuote(in text: String, delimiter: UnicodeScalar) -> Int? {
        var scalars = text.unicodeScalars.makeIterator()
        var back: UnicodeScalar?
        func next() -> UnicodeScalar? {
            if let held = back { back = nil; return held }
            return scalars.next()
        }
        var record = 1
        func endRecord(_ scalar: UnicodeScalar) {
            if scalar == "\r" { let after = next(); if after != "\n" { back = after } }
            record += 1
        }
        fieldStart: while let first = next() {
            if first == "\"" {
                let opened = record
                while true {
                    guard let scalar = next() else { return opened }
                    guard scalar == "\"" else { continue }
                    let after = next()
                    if after == nil { return nil }
                    if let after, after == "\r" || after == "\n" { endRecord(after); continue fieldStart }
                    if after == delimiter { continue fieldStart }
                    // `""` is a quote; anything else after a quote the reader keeps in the field.
                }
            }
            var scalar: UnicodeScalar? = first
            while let current = scalar {
                if current == "\r" || current == "\n" { endRecord(current); continue fieldStart }
                if current == delimiter { continue fieldStart }
                scalar = next()
            }
            return nil
        }
        return nil
    }

    /// Records in, a table out: the first non-empty record is the header; blank records are
    /// left out (numbering goes on counting them).
    static func table(_ records: [[String]], file: String) throws(SpreadsheetError) -> SpreadsheetTable {
        guard let headerIndex = records.firstIndex(where: { $0.contains { !$0.isEmpty } }) else {
            throw SpreadsheetError(file: file, reason: .empty)
        }
        let header = records[headerIndex]
        var result = SpreadsheetTable(file: file, header: header, rows: [], badRows: [])
        for (index, record) in records.enumerated().dropFirst(headerIndex + 1) where record.contains(where: { !$0.isEmpty }) {
            let number = index + 1
            if record.count == header.count {
                result.rows.append(.init(number: number, cells: record))
            } else {
                result.badRows.append((number, record.count))
            }
        }
        return result
    }
}
