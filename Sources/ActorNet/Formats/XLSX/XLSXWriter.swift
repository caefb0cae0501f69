import Foundation
import ZIPFoundation

/// Writes sheets of cells as an `.xlsx` workbook (Office Open XML, the parts every spreadsheet reads): text as
/// inline strings, numbers as numbers, truth values as booleans; the first row of each sheet bold and frozen.
///
/// Text is guarded against formula injection as CSV is (`CSVSafety`), so a reader that un-guards (actornet) gets
/// the text back exactly. Characters XML 1.0 cannot carry (control characters) are written as Excel escapes
/// them, `_xHHHH_`, and a literal `_xHHHH_` in the text is escaped in turn (`_x005F_xHHHH_`). The zip entries carry
/// a fixed date, so the same network always gives the same bytes.
public enum XLSXWriter {
    public struct Sheet: Sendable {
        public var name: String
        public var rows: [[SpreadsheetCell]]

        public init(name: String, rows: [[SpreadsheetCell]]) {
            self.name = name
            self.rows = rows
        }
    }

    /// The workbook's bytes.
    public static func data(_ sheets: [Sheet]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        let date = Date(timeIntervalSince1970: 315_532_800)  // 1980-01-01, the earliest date a zip entry holds
        func add(_ path: String, _ text: String) throws {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("[Content_Types].xml", contentTypes(sheets.count))
        try add("_rels/.rels", packageRelationships)
        try add("xl/workbook.xml", workbook(sheets.map(\.name)))
        try add("xl/_rels/workbook.xml.rels", workbookRelationships(sheets.count))
        try add("xl/styles.xml", styles)
        for (index, sheet) in sheets.enumerated() {
            try add("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet.rows))
        }
        return archive.data ?? Data()
    }

    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageNamespace = "http://schemas.openxmlformats.org/package/2006"

    private static func contentTypes(_ sheetCount: Int) -> String {
        let sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        let overrides = (1..<sheetCount + 1).map {
            #"<Override PartName="/xl/worksheets/sheet\#($0).xml" ContentType="\#(sheetType)"/>"#
        }.joined()
        return declaration
            + #"<Types xmlns="\#(packageNamespace)/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" "#
            + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" "#
            + #"ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + overrides + "</Types>"
    }

    private static let packageRelationships =
        declaration + #"<Relationships xmlns="\#(packageNamespace)/relationships">"#
        + #"<Relationship Id="rId1" Type="\#(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    private static func workbook(_ names: [String]) -> String {
        let sheets = names.enumerated().map { index, name in
            #"<sheet name="\#(escaped(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }.joined()
        return declaration + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipNamespace)">"#
            + "<bookViews><workbookView/></bookViews><sheets>" + sheets + "</sheets></workbook>"
    }

    private static func workbookRelationships(_ sheetCount: Int) -> String {
        var relationships = (0..<sheetCount).map { index in
            #"<Relationship Id="rId\#(index + 1)" Type="\#(relationshipNamespace)/worksheet" "#
                + #"Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        relationships.append(
            #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationshipNamespace)/styles" Target="styles.xml"/>"#)
        return declaration + #"<Relationships xmlns="\#(packageNamespace)/relationships">"#
            + relationships.joined() + "</Relationships>"
    }

    /// Two cell formats: 0 plain, 1 bold (the header row).
    private static let styles =
        declaration + #"<styleSheet xmlns="\#(mainNamespace)">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill>"#
        + #"<fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    private static func worksheet(_ rows: [[SpreadsheetCell]]) -> String {
        var xml = declaration + #"<worksheet xmlns="\#(mainNamespace)">"#
        if rows.count > 1 {
            xml +=
                #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" "#
                + #"activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        }
        xml += "<sheetData>"
        for (index, row) in rows.enumerated() {
            let number = index + 1
            xml += #"<row r="\#(number)">"#
            for (column, cell) in row.enumerated() {
                let reference = SpreadsheetReference.columnName(column + 1) + String(number)
                let style = index == 0 ? #" s="1""# : ""
                switch cell {
                case .empty, .text(""): continue
                case .text(let text):
                    xml +=
                        #"<c r="\#(reference)"\#(style) t="inlineStr"><is><t xml:space="preserve">"#
                        + escaped(CSVSafety.guarded(text), cell: true) + "</t></is></c>"
                case .number(let value) where value.isFinite:
                    xml += #"<c r="\#(reference)"\#(style)><v>\#(XLSXCellValue.numberText(value))</v></c>"#
                case .number(let value):
                    xml += #"<c r="\#(reference)"\#(style) t="inlineStr"><is><t>\#(value)</t></is></c>"#
                case .bool(let value):
                    xml += #"<c r="\#(reference)"\#(style) t="b"><v>\#(value ? 1 : 0)</v></c>"#
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    /// `text` escaped for XML; in a cell (`cell`), characters XML cannot carry and literal `_xHHHH_` as Excel
    /// escapes them.
    static func escaped(_ text: String, cell: Bool = false) -> String {
        // Most text has nothing to escape: `&<>"`, `_`, control characters, or the lead byte of U+FFFE/U+FFFF.
        let special: (UInt8) -> Bool = { $0 < 0x20 || [0x22, 0x26, 0x3C, 0x3E, 0x5F, 0xEF].contains($0) }
        if !text.utf8.contains(where: special) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case "_" where cell && XLSXText.isEscape(scalars, at: index): out += "_x005F_"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += cell ? XLSXText.escape(scalar) : "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

/// Excel's `_xHHHH_` escapes in cell text (ECMA-376 part 1, 22.4.2.4): how a string carries characters XML 1.0
/// cannot.
enum XLSXText {
    static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
    }

    /// Whether `_xHHHH_` (four hexadecimal digits) starts at `index`.
    static func isEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x", scalars[index + 6] == "_"
        else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// `text` with every `_xHHHH_` replaced by its character (`_x005F_` by `_`).
    static func unescaped(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }  // a byte scan: no Foundation search
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if isEscape(scalars, at: index),
                let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)])), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                out.append(scalar)
                index += 7
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }
}
