/// Cell references as spreadsheets write them: columns `A`…`Z`, `AA`…, sheets quoted when not one word.
enum SpreadsheetReference {
    /// `1` → `A`, `27` → `AA` (bijective base 26).
    static func columnName(_ column: Int) -> String {
        var column = max(column, 1)
        var letters: [UInt8] = []
        while column > 0 {
            column -= 1
            letters.append(UInt8(ascii: "A") + UInt8(column % 26))
            column /= 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// The 1-based column and the row of a reference such as `C7`; nil when it is not one.
    static func cell(_ reference: String) -> (column: Int, row: Int)? {
        var column = 0, row = 0, sawDigit = false
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !sawDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            default: return nil
            }
            // Beyond Excel's limits (XFD, 1 048 576): not a reference a sheet can hold.
            if column > 16_384 || row > 1_048_576 { return nil }
        }
        return column > 0 && row > 0 ? (column, row) : nil
    }

    /// The sheet's name as a formula names it: `Lazos`, or `'Mis lazos'` (a quote inside doubled).
    static func sheet(_ name: String) -> String {
        let plain =
            !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "."
            }
        return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
