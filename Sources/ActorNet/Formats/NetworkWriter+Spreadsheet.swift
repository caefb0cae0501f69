import Foundation

/// How `NetworkWriter.csv` writes its files.
public enum CSVDialect: Sendable, Equatable {
    /// RFC 4180: UTF-8 without a BOM, `,`, LF, canonical English headers and values, `.` decimals.
    case plain
    /// What a spreadsheet in `language`'s locale opens as it is (`convert … --excel`): a UTF-8 BOM (without it
    /// Excel reads UTF-8 as the ANSI code page), `;` between cells (the list separator of locales whose decimal
    /// mark is a comma, which Excel uses for CSV), CRLF line ends, headers and sector/level/kind values in
    /// `language` (`NetworkTables`: the catalogue's words, which the reader takes back), and for Spanish and
    /// Portuguese a decimal comma in number cells.
    case spreadsheet(Language)
}

extension SpreadsheetCell {
    /// The cell as the spreadsheet dialect writes it: as CSV does, but numbers with a decimal comma outside English.
    func spreadsheetText(_ language: Language) -> String {
        guard case .number = self, language != .en else { return text }
        return text.replacingOccurrences(of: ".", with: ",")
    }
}

extension CSVStreamWriter {
    /// A table in the spreadsheet dialect (`CSVDialect.spreadsheet`): a UTF-8 BOM, `;` between cells, CRLF; text
    /// cells guarded (`CSVSafety`) and quoted when they hold `"`, `;`, CR or LF (a decimal comma stays bare).
    public static func spreadsheetData(header: [String], rows: [[String]]) -> Data {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        for row in [header] + rows {
            for (index, cell) in row.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ";")) }
                append(CSVSafety.guarded(cell), to: &bytes, delimiter: UInt8(ascii: ";"))
            }
            bytes += [13, 10]
        }
        return Data(bytes)
    }
}
