import Foundation
import ZIPFoundation

/// The first worksheet of an .xlsx file, read with ZIPFoundation and a small reader of the few
/// SpreadsheetML elements a table needs (`si`/`t` shared strings, `row`, `c`, `v`, `is`), not an
/// XML library: nothing more to install on a facilitator's machine (FoundationXML would bring
/// libxml2 and its ICU), and no entity expansion to worry about (a document declaring
/// entities is refused). Entries pointing outside the archive's folder, and archives that
/// unpack beyond `SpreadsheetReader.maximumExpandedSize`, are refused too.
enum XLSXReader {
    static func read(_ path: String) throws(SpreadsheetError) -> SpreadsheetTable {
        func fail(_ reason: SpreadsheetError.Reason) -> SpreadsheetError { SpreadsheetError(file: path, reason: reason) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw fail(FileManager.default.fileExists(atPath: path) ? .unreadable(String(cString: strerror(errno))) : .missing)
        }
        let start = (try? handle.read(upToCount: 512)) ?? Data()
        try? handle.close()
        // Every workbook is a zip archive: it starts with a local file header.
        guard start.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw fail(.notAWorkbook(text: !start.isEmpty && String(data: start, encoding: .utf8) != nil && !start.contains(0)))
        }
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            // It starts as an archive but its directory at the end is not there.
            throw fail(.truncated)
        }
        var entries: [String: Entry] = [:]
        var declared = 0
        for entry in archive {
            let name = entry.path
            if name.hasPrefix("/") || name.split(separator: "/").contains("..") || name.contains("\\") { throw fail(.unsafePath(name)) }
            declared += Int(clamping: entry.uncompressedSize)
            entries[name] = entry
        }
        if declared > SpreadsheetReader.maximumExpandedSize { throw fail(.tooLarge) }
        var budget = SpreadsheetReader.maximumExpandedSize
        func text(_ name: String) throws(SpreadsheetError) -> String? {
            guard let entry = entries[name] else { return nil }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    // The sizes in the archive can lie: count what actually comes out.
                    budget -= chunk.count
                    guard budget >= 0 else { throw SpreadsheetError(file: path, reason: .tooLarge) }
                    data.append(chunk)
                }
            } catch let error as SpreadsheetError {
                throw error
            } catch {
                throw fail(.damaged(name))
            }
            guard let text = String(data: data, encoding: .utf8) else { throw fail(.unreadable("\(name): not UTF-8")) }
            if text.contains("<!ENTITY") || text.contains("<!DOCTYPE") { throw fail(.unsafeMarkup) }
            return text
        }
        let sheetName = entries.keys.contains("xl/worksheets/sheet1.xml") ? "xl/worksheets/sheet1.xml"
            : entries.keys.filter { $0.hasPrefix("xl/worksheets/") && $0.hasSuffix(".xml") }.sorted().first
        guard let sheetName, let sheet = try text(sheetName) else { throw fail(.notASpreadsheet) }
        let shared = try text("xl/sharedStrings.xml").map(sharedStrings) ?? []
        let dates = DateCells(styles: try text("xl/styles.xml") ?? "", workbook: try text("xl/workbook.xml") ?? "")
        return try SpreadsheetReader.table(rows(sheet, shared: shared, dates: dates, file: path), file: path)
    }

    /// Each `si` of sharedStrings.xml: the text of its `t` elements (rich text has several).
    static func sharedStrings(_ xml: String) -> [String] {
        var strings: [String] = []
        var current: String?
        var inText = false
        for event in XMLEvents(xml) {
            switch event {
            case .open("si", _): current = ""
            case .close("si"):
                strings.append(current ?? "")
                current = nil
            case .open("t", _): inText = true
            case .close("t"): inText = false
            case .text(let text) where inText: current? += text
            default: break
            }
        }
        return strings
    }

    /// The sheet's rows as records, placed by their `r` references (empty cells are left out
    /// of the file), each padded to the widest row.
    static func rows(_ xml: String, shared: [String], dates: DateCells = DateCells(), file: String = "") throws(SpreadsheetError) -> [[String]] {
        var rows: [Int: [Int: String]] = [:]
        var rowNumber = 0
        var column = 0
        var type = ""
        var style = 0
        var value = ""
        var inValue = false
        for event in XMLEvents(xml) {
            switch event {
            case .open("row", let attributes):
                rowNumber = Int(attributes["r"] ?? "") ?? rowNumber + 1
                column = 0
            case .open("c", let attributes):
                column = attributes["r"].flatMap(columnIndex) ?? column + 1
                type = attributes["t"] ?? "n"
                style = Int(attributes["s"] ?? "") ?? 0
                value = ""
            case .open("v", _), .open("t", _): inValue = true
            case .close("v"), .close("t"): inValue = false
            case .text(let text) where inValue: value += text
            case .close("c"):
                if type == "s", !(Int(value).map(shared.indices.contains) ?? false) {
                    throw SpreadsheetError(file: file, reason: .missingSharedString(cell: Self.reference(row: rowNumber, column: column)))
                }
                let cell = type == "s" ? shared[Int(value) ?? 0]
                    : type == "d" ? String(value.prefix(10))
                    : type == "n" && dates.isDate(style) ? dates.iso(value) ?? value : value
                rows[rowNumber, default: [:]][column] = cell
            default: break
            }
        }
        let width = rows.values.compactMap { $0.keys.max() }.max() ?? 0
        guard let last = rows.keys.max() else { return [] }
        return (1...last).map { number in (1...max(1, width)).map { rows[number]?[$0] ?? "" } }
    }

    /// Row 2, column 2 -> "B2", as a spreadsheet program names the cell.
    static func reference(row: Int, column: Int) -> String {
        var letters = ""
        var rest = column
        while rest > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (rest - 1) % 26))) + letters
            rest = (rest - 1) / 26
        }
        return letters + String(row)
    }

    /// "C7" -> 3.
    static func columnIndex(_ reference: String) -> Int? {
        let letters = reference.prefix { $0.isLetter }
        guard !letters.isEmpty else { return nil }
        return letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
    }
}

/// A minimal, non-validating reading of XML into open, close and text events: enough for the
/// flat markup of SpreadsheetML. Comments, processing instructions and CDATA are handled;
/// the five predefined entities and character references are decoded; nothing else expands.
struct XMLEvents: Sequence {
    enum Event: Equatable {
        case open(String, [String: String])
        case close(String)
        case text(String)
    }

    let xml: String

    init(_ xml: String) { self.xml = xml }

    func makeIterator() -> IndexingIterator<[Event]> { events().makeIterator() }

    private func events() -> [Event] {
        var events: [Event] = []
        let scalars = Array(xml.unicodeScalars)
        var index = 0
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        while index < scalars.count {
            guard scalars[index] == "<" else {
                let start = index
                while index < scalars.count && scalars[index] != "<" { index += 1 }
                events.append(.text(Self.decode(text(start..<index))))
                continue
            }
            let rest = text(index..<Swift.min(scalars.count, index + 9))
            if rest.hasPrefix("<![CDATA[") {
                let start = index + 9
                var end = start
                while end + 2 < scalars.count && !(scalars[end] == "]" && scalars[end + 1] == "]" && scalars[end + 2] == ">") { end += 1 }
                events.append(.text(text(start..<Swift.min(end, scalars.count))))
                index = end + 3
                continue
            }
            let closer: String = rest.hasPrefix("<!--") ? "-->" : rest.hasPrefix("<?") ? "?>" : ">"
            var end = index + 1
            let closing = Array(closer.unicodeScalars)
            while end + closing.count <= scalars.count && Array(scalars[end..<end + closing.count]) != closing { end += 1 }
            let tag = text(index + 1..<Swift.min(end, scalars.count))
            index = end + closing.count
            guard closer == ">" else { continue }
            if tag.hasPrefix("/") {
                events.append(.close(Self.localName(String(tag.dropFirst()).trimmingCharacters(in: .whitespaces))))
                continue
            }
            let selfClosing = tag.hasSuffix("/")
            let body = selfClosing ? String(tag.dropLast()) : tag
            let name = String(body.prefix { !$0.isWhitespace })
            events.append(.open(Self.localName(name), Self.attributes(String(body.dropFirst(name.count)))))
            if selfClosing { events.append(.close(Self.localName(name))) }
        }
        return events
    }

    /// "x:row" -> "row": namespace prefixes vary between writers.
    private static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    private static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(text)
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].trimmingCharacters(in: .whitespaces)
            rest = rest[rest.index(after: equals)...].drop { $0.isWhitespace }
            guard let quote = rest.first, quote == "\"" || quote == "'" else { break }
            rest = rest.dropFirst()
            guard let close = rest.firstIndex(of: quote) else { break }
            result[localName(name)] = decode(String(rest[..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return result
    }

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semicolon) <= 10 else {
                result += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { result.unicodeScalars.append(scalar) } else { result += "&\(entity);" }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
