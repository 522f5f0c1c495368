import Foundation
import RollkartaModel
import ZIPFoundation

/// A real .xlsx workbook, written as SpreadsheetML into a zip with ZIPFoundation: sheets of
/// text and dates, the header row bold and frozen, an autofilter, column widths, wrapped text,
/// and drop-down lists. No spreadsheet library to install on a facilitator's machine (Debian
/// ships libxlsxwriter as a shared library only, which the installed binary would then need).
struct Workbook {
    enum Cell {
        case text(String)
        /// An ISO date, written as a date the spreadsheet can sort and filter.
        case date(String)
    }

    struct Sheet {
        var name: String
        var header: [String]
        var rows: [[Cell]]
        /// Column widths in characters.
        var widths: [Int]
        /// Columns (0-based) whose cells offer these values in a drop-down list.
        var lists: [(column: Int, values: [String])] = []
        /// Printed on A4 landscape, as wide as the page, the header row on every page.
        var printsLandscape = false
    }

    var sheets: [Sheet]

    func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="xl/workbook.xml"/></Relationships>
                """),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", workbookRelations),
            ("xl/styles.xml", Self.styles),
        ]
        for (index, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet))) }
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    private var contentTypes: String {
        let sheetTypes = sheets.indices.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            \(sheetTypes)</Types>
            """
    }

    private var workbook: String {
        let entries = sheets.enumerated().map { "<sheet name=\"\(MarkupEscape.escape($1.name, keepNewlines: true))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
        // The autofilter needs its defined name for Excel to keep it.
        let filters = sheets.enumerated().map { index, sheet in
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">'\(MarkupEscape.escape(sheet.name, keepNewlines: true))'!$A$1:$"
                + "\(Self.column(sheet.header.count - 1))$\(max(1, sheet.rows.count + 1))</definedName>"
                // The header row printed on every page.
                + (sheet.printsLandscape ? "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">'"
                    + MarkupEscape.escape(sheet.name, keepNewlines: true) + "'!$1:$1</definedName>" : "")
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets>\(entries)</sheets><definedNames>\(filters)</definedNames></workbook>
            """
    }

    private var workbookRelations: String {
        let sheetRelations = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                + "Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(sheetRelations)\
            <Relationship Id="rId\(sheets.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
            Target="styles.xml"/></Relationships>
            """
    }

    /// 0: plain; 1: the header, bold and wrapped; 2: wrapped text; 3: a date.
    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>\
        </cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """

    private func worksheet(_ sheet: Sheet) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            \(sheet.printsLandscape ? "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" : "")<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
            </sheetView></sheetViews><cols>
            """
        for (index, width) in sheet.widths.enumerated() {
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData>"
        xml += row(1, sheet.header.map { .text($0) }, style: 1)
        for (index, cells) in sheet.rows.enumerated() { xml += row(index + 2, cells, style: 2) }
        xml += "</sheetData>"
        let last = Self.column(sheet.header.count - 1)
        xml += "<autoFilter ref=\"A1:\(last)\(max(1, sheet.rows.count + 1))\"/>"
        if !sheet.lists.isEmpty {
            xml += "<dataValidations count=\"\(sheet.lists.count)\">"
            for list in sheet.lists {
                let column = Self.column(list.column)
                let values = MarkupEscape.escape("\"" + list.values.joined(separator: ",") + "\"", keepNewlines: true)
                xml += "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" "
                    + "sqref=\"\(column)2:\(column)\(max(2, sheet.rows.count + 200))\"><formula1>\(values)</formula1></dataValidation>"
            }
            xml += "</dataValidations>"
        }
        if sheet.printsLandscape {
            // A4 (paper size 9), landscape, one page wide and as many long as it takes.
            xml += "<printOptions gridLines=\"1\"/><pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        }
        return xml + "</worksheet>"
    }

    private func row(_ number: Int, _ cells: [Cell], style: Int) -> String {
        var xml = "<row r=\"\(number)\">"
        for (index, cell) in cells.enumerated() {
            let reference = "\(Self.column(index))\(number)"
            switch cell {
            case .text(let text):
                guard !text.isEmpty else { continue }
                xml += "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(MarkupEscape.escape(text, keepNewlines: true))</t></is></c>"
            case .date(let iso):
                guard let serial = Self.serial(iso) else { continue }
                xml += "<c r=\"\(reference)\" s=\"3\"><v>\(serial)</v></c>"
            }
        }
        return xml + "</row>"
    }

    /// 0 -> "A", 26 -> "AA".
    static func column(_ index: Int) -> String {
        var number = index + 1
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(65 + remainder)!) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// Days since 1899-12-30, as spreadsheets count dates.
    static func serial(_ iso: String) -> Int? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components), let epoch = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))
        else { return nil }
        return calendar.dateComponents([.day], from: epoch, to: date).day
    }
}
