extension XLSXWorkbook {
    /// At most this many cell slots (rows × columns up to each row's last value) are kept per sheet: a hostile
    /// sheet with one value in column XFD of every row would otherwise allocate 16 384 cells a row.
    static let maximumCells = 20_000_000

    /// The non-blank rows of `sheet`, their cells as text from column A on (`XLSXCellValue`), missing cells "".
    /// Formulas give their cached value. Rows and cells without a reference follow the previous one.
    /// - Throws: `LoadError.invalid` naming `FILE:SHEET!CELL` for a shared string that does not exist, and the
    ///   sheet for a missing part, malformed XML or a sheet over `maximumCells`.
    func rows(_ sheet: Sheet, maximumCells: Int = maximumCells) throws(LoadError) -> SheetRows {
        let file = self.file, name = sheet.name
        guard let text = try archive.text(sheet.part) else {
            throw Self.problem(file, sheet: name) { $0.text(.xlsxMissingPart, ["part": sheet.part]) }
        }
        var result = SheetRows(name: sheet.name, rows: [])
        var problems: [Diagnostic] = []
        var slots = 0, tooLarge = false
        var rowNumber = 0, rowCells: [String] = []
        var column = 0, type = "", style = 0, value = "", inline = "", phonetic = 0
        let strings = sharedStrings, dateStyles = dateStyles, date1904 = date1904
        try parse(text, part: sheet.part, sheet: name, text: ["v", "t"]) { element, attributes in
            switch element {
            case "row":
                rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
                rowCells.removeAll(keepingCapacity: true)
                column = 0
            case "c":
                column = attributes["r"].flatMap(SpreadsheetReference.cell)?.column ?? column + 1
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap(Int.init) ?? 0
                value = ""
                inline = ""
            case "rPh": phonetic += 1
            default: break
            }
        } end: { element, text in
            switch element {
            case "v": value = text
            case "t" where phonetic == 0: inline += text
            case "rPh": phonetic -= 1
            case "c":
                let cell: String
                switch type {
                case "s":
                    let index = Int(value) ?? Int(value.trimmingCharacters(in: .whitespaces)) ?? -1
                    if strings.indices.contains(index) {
                        cell = strings[index]
                    } else {
                        let count = strings.count, index = value
                        let location = SourceLocation(file: file, line: rowNumber, column: column, sheet: name)
                        problems.append(
                            Diagnostic(.error, location) {
                                $0.text(.xlsxMissingSharedString, ["index": index, "count": count])
                            })
                        cell = ""
                    }
                case "inlineStr": cell = XLSXText.unescaped(inline)
                case "b": cell = value == "1" || value.lowercased() == "true" ? "true" : "false"
                case "d": cell = value.hasSuffix("T00:00:00") ? String(value.dropLast(9)) : value
                case "str", "e": cell = XLSXText.unescaped(value)
                default:
                    let isDate = dateStyles.indices.contains(style) && dateStyles[style]
                    if let number = Double(value) ?? Double(value.trimmingCharacters(in: .whitespaces)) {
                        cell =
                            isDate
                            ? XLSXCellValue.dateText(serial: number, date1904: date1904)
                                ?? XLSXCellValue.numberText(number)
                            : XLSXCellValue.numberText(number)
                    } else {
                        cell = value
                    }
                }
                guard !cell.isEmpty, column >= 1, !tooLarge else { break }
                if rowCells.count < column {
                    slots += column - rowCells.count
                    if slots > maximumCells {
                        tooLarge = true
                        break
                    }
                    rowCells += Array(repeating: "", count: column - rowCells.count)
                }
                rowCells[column - 1] = cell
            case "row":
                if !rowCells.isEmpty && !tooLarge { result.rows.append((rowNumber, rowCells)) }
            default: break
            }
        }
        if tooLarge {
            throw Self.problem(file, sheet: name) { $0.text(.xlsxSheetTooLarge, ["limit": maximumCells]) }
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return result
    }
}
