import CSV
import Foundation

/// The data rows of one CSV file, read one at a time after its header has been matched to known fields.
///
/// Rows are not kept: a 500k-row tie list never exists twice in memory. Text without any quote character or lone
/// CR (where CSV is plain splitting) is split byte by byte, several times faster than the full grammar, which
/// CSV.swift handles otherwise.
struct CSVTableReader {
    private(set) var table: Table
    /// Problems in the file's shape (missing columns, long rows, malformed CSV), found so far.
    private(set) var diagnostics: [Diagnostic] = []
    /// Lines in the text: an upper bound on the rows, for reserving storage once.
    private(set) var estimatedRows: Int
    private var splitter: ByteSplitter?
    private var library: CSVReader?
    /// The worksheet read instead of CSV text, and the position of its next row.
    private var sheetRows: SheetRows?
    private var nextSheetRow = 0
    private(set) var header: [String] = []
    private var slotOfColumn: [Int?] = []
    private var line = 0
    private var cells: [String] = []
    private var row = Row(line: 0, values: [], extra: [])

    /// Whether cells of columns that are not known fields are kept in `Row.extra` (actors keep them as
    /// attributes; ties ignore them, and then they are only checked for being blank, without making strings).
    var keepsExtra = true
    private var ranges: [Range<Int>] = []
    /// The line of a quote that opens a field and is never closed (full grammar only: the byte splitter only reads
    /// text without quotes). CSV.swift silently ends such a field at the end of the file, so it swallowed every
    /// line after the quote; the problem is reported when the rows run out (`next()`), once.
    private var unterminatedQuoteLine: Int?

    /// - Parameter fullGrammar: always use CSV.swift (tests compare the two readers on the same text).
    /// - Parameter standIns: a required field's stand-in when its column is missing (an actors file without `id`
    ///   uses its `name` column as the id, as workshop lists are written).
    init(
        _ text: String, file: String, columns: [String: [String]], required: [String],
        standIns: [String: String] = [:], fullGrammar: Bool = false
    ) {
        table = Table(file: file, fields: [], columns: [:])
        var lines = 1
        var text = text
        text.withUTF8 { bytes in for byte in bytes where byte == UInt8(ascii: "\n") { lines += 1 } }
        estimatedRows = lines
        let delimiter = Self.detectDelimiter(text)
        if !fullGrammar, let splitter = ByteSplitter(text, delimiter: UInt8(delimiter.value)) {
            self.splitter = splitter
        } else {
            unterminatedQuoteLine = Self.unterminatedQuote(in: text, delimiter: UInt8(delimiter.value))
            do {
                library = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
            } catch {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 1), "malformed CSV: \(error)"))
                return
            }
        }
        guard nextCells() else {
            diagnostics.append(
                Diagnostic(
                    .error, SourceLocation(file: file, line: 1),
                    "empty CSV file: expected a header line (\(required.joined(separator: ",")),…)"))
            return
        }
        line = 1 + Self.newlines(in: cells)
        matchHeader(columns: columns, required: required, standIns: standIns, separator: String(Character(delimiter)))
    }

    /// The rows of one worksheet, read as a CSV file's lines are: its first row with a value is the header, and
    /// every location names the sheet and the cell (`FILE:SHEET!C7`). `sheet` must have at least one row.
    init(
        sheet: SheetRows, file: String, columns: [String: [String]], required: [String],
        standIns: [String: String] = [:]
    ) {
        table = Table(file: file, sheet: sheet.name, fields: [], columns: [:])
        estimatedRows = sheet.rows.count
        sheetRows = sheet
        guard nextCells() else { return }
        table.headerLine = line
        matchHeader(columns: columns, required: required, standIns: standIns, separator: ", ")
    }

    /// Maps the header in `cells` to known fields and reports missing and repeated ones.
    private mutating func matchHeader(
        columns: [String: [String]], required: [String], standIns: [String: String], separator: String
    ) {
        header = cells.map(CSVSafety.unguard)  // written guarded like every cell (an attribute named `=key`)
        slotOfColumn = [Int?](repeating: nil, count: header.count)
        for (column, title) in header.enumerated() {
            let key = foldKey(title)
            guard let field = columns.first(where: { $0.value.contains(key) || $0.key == key })?.key else { continue }
            if table.columns[field] != nil {
                diagnostics.append(
                    Diagnostic(
                        .error, table.location(line: table.headerLine, column: column + 1),
                        "column `\(title)` repeats field `\(field)`"))
                continue
            }
            table.columns[field] = column + 1
            slotOfColumn[column] = table.fields.count
            table.fields.append(field)
        }
        for (field, standIn) in standIns where table.columns[field] == nil {
            guard let slot = table.slot(standIn) else { continue }
            table.fields[slot] = field
            table.columns[field] = table.columns.removeValue(forKey: standIn)
        }
        for field in required where table.columns[field] == nil {
            let spellings = columns[field]!.prefix(3).joined(separator: "` or `")
            diagnostics.append(
                Diagnostic(
                    .error, table.location(line: table.headerLine),
                    "missing column `\(spellings)` for field `\(field)`; header is "
                        + "`\(header.joined(separator: separator))`"
                ))
        }
        row.values = [String](repeating: "", count: table.fields.count)
    }

    /// The header's columns that match no known field, with their 1-based positions, for a warning.
    var unknownColumns: [(column: Int, title: String)] {
        header.indices.filter { slotOfColumn[$0] == nil }.map { ($0 + 1, header[$0]) }
    }

    /// The next non-blank data row; nil at the end. Cells are trimmed and un-guarded (`CSVSafety`).
    mutating func next() -> Row? {
        if splitter != nil { return nextSplit() }
        while nextCells() {
            startRow(cellCount: cells.count)
            defer { if library != nil { line += Self.newlines(in: cells) } }
            var blank = true
            for column in 0..<min(cells.count, header.count) {
                let value = CSVSafety.unguard(trimmedSpaces(cells[column]))
                if value.isEmpty { continue }
                blank = false
                store(value, column: column)
            }
            if !blank { return row }
        }
        if let error = library?.error {
            diagnostics.append(
                Diagnostic(.error, SourceLocation(file: table.file, line: line), "malformed CSV: \(error)"))
            library = nil
        }
        if let opened = unterminatedQuoteLine {
            unterminatedQuoteLine = nil
            diagnostics.append(
                Diagnostic(
                    .error, SourceLocation(file: table.file, line: opened),
                    "malformed CSV: the quote that opens a field on this line is never closed, "
                        + "so the field would run to the end of the file"))
        }
        return nil
    }

    /// The line of the first quoted field that the text never closes, read with CSV.swift's rules: a quote opens
    /// a quoted field only as a field's first character; inside one, `""` is a quote and a quote followed by the
    /// delimiter, CR, LF or the end closes it (a quote followed by anything else is kept and the field stays
    /// quoted); quotes inside unquoted fields are text. Nil when every quoted field is closed.
    static func unterminatedQuote(in text: String, delimiter: UInt8) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
            var index = 0, line = 1, atFieldStart = true
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if atFieldStart && byte == quote {
                    let opened = line
                    index += 1
                    var closed = false
                    while index < count {
                        let inner = bytes[index]
                        if inner == lf { line += 1 }
                        index += 1
                        guard inner == quote else { continue }
                        guard index < count else { closed = true; break }
                        let next = bytes[index]
                        if next == delimiter || next == cr || next == lf { closed = true; break }
                        index += 1  // `""`, or a stray quote CSV.swift keeps: still inside the field
                    }
                    if !closed { return opened }
                    atFieldStart = false
                    continue
                }
                atFieldStart = byte == delimiter || byte == cr || byte == lf
                if byte == lf { line += 1 }
                index += 1
            }
            return nil
        }
    }

    /// Starts the next row: counts its line, reports a row longer than the header, clears the reused row.
    private mutating func startRow(cellCount: Int) {
        if sheetRows == nil { line += 1 }  // a sheet's rows carry their numbers (`nextCells`)
        if cellCount > header.count {
            diagnostics.append(
                Diagnostic(
                    .error, table.location(line: line, column: header.count + 1),
                    "row has \(cellCount) fields but the header has \(header.count)"))
        }
        row.line = line
        for slot in row.values.indices where !row.values[slot].isEmpty { row.values[slot] = "" }
        if !row.extra.isEmpty { row.extra.removeAll(keepingCapacity: true) }
    }

    /// A non-empty cell's value into its field's slot, or into `extra` when extra cells are kept.
    private mutating func store(_ value: String, column: Int) {
        if let slot = slotOfColumn[column] {
            row.values[slot] = value
        } else if keepsExtra {
            row.extra.append((header[column], value))
        }
    }

    /// `next()` for the byte splitter: the same rows, found on byte ranges, with strings made only for the cells
    /// kept. Trimming and un-guarding are done on the bytes when the cell's ends are plain ASCII (the usual case)
    /// and by `trimmedSpaces`/`CSVSafety.unguard` otherwise, so the values are exactly those of the string path.
    private mutating func nextSplit() -> Row? {
        while splitter!.nextRanges(into: &ranges) {
            startRow(cellCount: ranges.count)
            var blank = true
            for column in 0..<min(ranges.count, header.count) {
                let needed = slotOfColumn[column] != nil || keepsExtra
                guard let value = splitter!.cellValue(ranges[column], needed: needed) else { continue }
                blank = false
                store(value, column: column)
            }
            if !blank { return row }
        }
        return nil
    }

    /// Readers for consecutive pieces of the remaining rows, cut at line ends, that together yield exactly the
    /// rows this reader would (same lines, same order); at most `count` pieces of at least `minimumRows` lines.
    /// Just this reader when its text needs the full CSV grammar or is small. The pieces start without diagnostics.
    func parts(_ count: Int, minimumRows: Int) -> [CSVTableReader] {
        guard let splitter, count > 1, estimatedRows >= 2 * minimumRows else {
            // As the pieces below: the caller has already taken the header's diagnostics from this reader.
            var whole = self
            whole.diagnostics = []
            return [whole]
        }
        let pieces = min(count, estimatedRows / minimumRows)
        var result: [CSVTableReader] = []
        var start = splitter.position, startLine = line
        for k in 1...pieces {
            let target =
                k == pieces ? splitter.end : splitter.position + (splitter.end - splitter.position) * k / pieces
            let end = k == pieces ? splitter.end : splitter.lineEnd(after: max(target, start))
            guard end > start || k == pieces else { continue }
            var piece = self
            piece.diagnostics = []
            // Each piece gets its own copies of the strings and tables every row refers to: threads retaining one
            // shared object per row would fight over its reference count.
            piece.table = table.unshared()
            piece.header = header.map { $0.unshared() }
            piece.splitter = splitter.restricted(to: start..<end)
            piece.line = startLine
            let lines = splitter.lineFeeds(in: start..<end)
            piece.estimatedRows = lines + 1
            result.append(piece)
            startLine += lines
            start = end
        }
        return result
    }

    private mutating func nextCells() -> Bool {
        if splitter != nil { return splitter!.next(into: &cells) }
        if let sheetRows {
            guard nextSheetRow < sheetRows.rows.count else { return false }
            (line, cells) = sheetRows.rows[nextSheetRow]
            nextSheetRow += 1
            return true
        }
        guard let library, let next = library.next() else { return false }
        cells = next
        return true
    }
}

/// Splits text that has no quote character and no lone CR: lines at LF (a CR before it dropped), cells at the
/// delimiter.
struct ByteSplitter {
    private let bytes: [UInt8]
    private let delimiter: UInt8
    private(set) var position = 0
    /// One past the last byte to split.
    private(set) var end: Int

    /// Nil when the text needs the full CSV grammar (it has a quote or a CR not followed by LF).
    init?(_ text: String, delimiter: UInt8) {
        let bytes = Array(text.utf8)
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        for index in bytes.indices where bytes[index] == quote || bytes[index] == cr {
            if bytes[index] == quote || index + 1 >= bytes.count || bytes[index + 1] != lf { return nil }
        }
        self.bytes = bytes
        self.delimiter = delimiter
        end = bytes.count
    }

    private init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
        end = bytes.count
    }

    /// The bytes of `range` alone, in a buffer of their own (a buffer shared by threads would have its reference
    /// count changed by every row of every thread).
    func restricted(to range: Range<Int>) -> ByteSplitter {
        ByteSplitter(bytes: Array(bytes[range]), delimiter: delimiter)
    }

    /// The position just past the first LF at or after `index`, or `end`.
    func lineEnd(after index: Int) -> Int {
        var index = index
        while index < end && bytes[index] != UInt8(ascii: "\n") { index += 1 }
        return min(index + 1, end)
    }

    func lineFeeds(in range: Range<Int>) -> Int {
        bytes[range].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    /// Replaces `ranges` with the byte ranges of the next line's cells (a CR before the LF left out); false at the
    /// end of the text.
    mutating func nextRanges(into ranges: inout [Range<Int>]) -> Bool {
        guard position < end else { return false }
        ranges.removeAll(keepingCapacity: true)
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r"), delimiter = delimiter, limit = end
        position = bytes.withUnsafeBufferPointer { buffer -> Int in
            var start = position, index = position
            while index < limit {
                let byte = buffer[index]
                if byte == delimiter {
                    ranges.append(start..<index)
                    start = index + 1
                } else if byte == lf {
                    ranges.append(start..<(index > start && buffer[index - 1] == cr ? index - 1 : index))
                    return index + 1
                }
                index += 1
            }
            ranges.append(start..<index)
            return index
        }
        return true
    }

    /// The cell's value, trimmed of spaces and tabs and un-guarded; nil when that leaves it empty. With `needed`
    /// false a non-empty cell gives "" (only its emptiness matters; no string is made when its ends are ASCII).
    func cellValue(_ range: Range<Int>, needed: Bool) -> String? {
        bytes.withUnsafeBufferPointer { buffer -> String? in
            let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
            var low = range.lowerBound, high = range.upperBound
            while low < high && (buffer[low] == space || buffer[low] == tab) { low += 1 }
            while high > low && (buffer[high - 1] == space || buffer[high - 1] == tab) { high -= 1 }
            let guarded =
                needed && low < high
                && CSVSafety.needsUnguarding(UnsafeBufferPointer(rebasing: buffer[low..<high]))
            if low < high && (buffer[low] >= 0x80 || buffer[high - 1] >= 0x80 || guarded) {
                // Non-ASCII at an end: Unicode spaces may need trimming too; a guard to remove (at the start or
                // after a `;`): the string functions decide.
                let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
                let value = CSVSafety.unguard(trimmedSpaces(text))
                return value.isEmpty ? nil : value
            }
            guard low < high else { return nil }
            guard needed else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[low..<high]), as: UTF8.self)
        }
    }

    /// Replaces `cells` with the next line's cells as strings (the header); false at the end of the text.
    mutating func next(into cells: inout [String]) -> Bool {
        var ranges: [Range<Int>] = []
        guard nextRanges(into: &ranges) else { return false }
        cells = bytes.withUnsafeBufferPointer { buffer in
            ranges.map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) }
        }
        return true
    }
}

/// A reader holding CSV.swift's (class) reader is never shared: `parts` returns more than one reader only for the
/// byte splitter, whose state is plain values.
extension CSVTableReader: @unchecked Sendable {}

extension String {
    /// A copy with its own storage (large strings otherwise share theirs).
    func unshared() -> String { String(decoding: Array(utf8), as: UTF8.self) }
}
