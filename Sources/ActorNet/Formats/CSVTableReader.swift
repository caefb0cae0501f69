import CSV
import Foundation

/// The data rows of one CSV file, read one at a time after its header has been matched to known fields.
///
/// Rows are not kept: a 500k-row tie list never exists twice in memory. Text without any quote character or lone
/// CR (where CSV is plain splitting) is split byte by byte, several times faster than the full grammar, which
/// CSV.swift handles otherwise.
struct CSVTableReader {
    typealias Row = CSVNetworkReader.Row
    typealias Table = CSVNetworkReader.Table

    private(set) var table: Table
    /// Problems in the file's shape (missing columns, long rows, malformed CSV), found so far.
    private(set) var diagnostics: [Diagnostic] = []
    /// Lines in the text: an upper bound on the rows, for reserving storage once.
    let estimatedRows: Int
    private var splitter: ByteSplitter?
    private var library: CSVReader?
    private var header: [String] = []
    private var slotOfColumn: [Int?] = []
    private var line = 0
    private var cells: [String] = []
    private var row = Row(line: 0, values: [], extra: [])

    init(_ text: String, file: String, columns: [String: [String]], required: [String]) {
        table = Table(file: file, fields: [], columns: [:])
        var lines = 1
        var text = text
        text.withUTF8 { bytes in for byte in bytes where byte == UInt8(ascii: "\n") { lines += 1 } }
        estimatedRows = lines
        let delimiter = CSVNetworkReader.detectDelimiter(text)
        if let splitter = ByteSplitter(text, delimiter: UInt8(delimiter.value)) {
            self.splitter = splitter
        } else {
            do {
                library = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
            } catch {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 1), "malformed CSV: \(error)"))
                return
            }
        }
        guard nextCells() else {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 1),
                                          "empty CSV file: expected a header line (\(required.joined(separator: ",")),…)"))
            return
        }
        header = cells
        line = 1 + CSVNetworkReader.newlines(in: header)
        slotOfColumn = [Int?](repeating: nil, count: header.count)
        for (column, title) in header.enumerated() {
            let key = foldKey(title)
            guard let field = columns.first(where: { $0.value.contains(key) || $0.key == key })?.key else { continue }
            if table.columns[field] != nil {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 1, column: column + 1),
                                              "column `\(title)` repeats field `\(field)`"))
                continue
            }
            table.columns[field] = column + 1
            slotOfColumn[column] = table.fields.count
            table.fields.append(field)
        }
        for field in required where table.columns[field] == nil {
            let spellings = columns[field]!.prefix(3).joined(separator: "` or `")
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 1),
                                          "missing column `\(spellings)` for field `\(field)`; header is `\(header.joined(separator: String(Character(delimiter))))`"))
        }
        row.values = [String](repeating: "", count: table.fields.count)
    }

    /// The next non-blank data row; nil at the end. Cells are trimmed and un-guarded (`CSVSafety`).
    mutating func next() -> Row? {
        while nextCells() {
            line += 1
            defer { if library != nil { line += CSVNetworkReader.newlines(in: cells) } }
            if cells.count > header.count {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: table.file, line: line, column: header.count + 1),
                                              "row has \(cells.count) fields but the header has \(header.count)"))
            }
            row.line = line
            for slot in row.values.indices where !row.values[slot].isEmpty { row.values[slot] = "" }
            if !row.extra.isEmpty { row.extra.removeAll(keepingCapacity: true) }
            var blank = true
            for column in 0..<min(cells.count, header.count) {
                let value = CSVSafety.unguard(CSVNetworkReader.trimmed(cells[column]))
                if value.isEmpty { continue }
                blank = false
                if let slot = slotOfColumn[column] { row.values[slot] = value } else { row.extra.append((header[column], value)) }
            }
            if !blank { return row }
        }
        if let error = library?.error {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: table.file, line: line), "malformed CSV: \(error)"))
            library = nil
        }
        return nil
    }

    private mutating func nextCells() -> Bool {
        if splitter != nil { return splitter!.next(into: &cells) }
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
    private var position = 0

    /// Nil when the text needs the full CSV grammar (it has a quote or a CR not followed by LF).
    init?(_ text: String, delimiter: UInt8) {
        let bytes = Array(text.utf8)
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        for index in bytes.indices where bytes[index] == quote || bytes[index] == cr {
            if bytes[index] == quote || index + 1 >= bytes.count || bytes[index + 1] != lf { return nil }
        }
        self.bytes = bytes
        self.delimiter = delimiter
    }

    /// Replaces `cells` with the next line's cells; false at the end of the text.
    mutating func next(into cells: inout [String]) -> Bool {
        guard position < bytes.count else { return false }
        cells.removeAll(keepingCapacity: true)
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r"), delimiter = delimiter
        position = bytes.withUnsafeBufferPointer { buffer -> Int in
            var start = position, index = position
            while index < buffer.count {
                let byte = buffer[index]
                if byte == delimiter {
                    cells.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self))
                    start = index + 1
                } else if byte == lf {
                    let end = index > start && buffer[index - 1] == cr ? index - 1 : index
                    cells.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
                    return index + 1
                }
                index += 1
            }
            cells.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self))
            return index
        }
        return true
    }
}
