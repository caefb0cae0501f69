import Foundation

/// Writes rows as RFC 4180 CSV into a growing byte buffer handed to a `ByteSink` in chunks of about `chunkSize`
/// bytes. Every text cell gets the formula-injection guard (`CSVSafety`) and is quoted when it holds `"`, `,`, CR or
/// LF (quotes doubled); numbers are written as Swift prints them (`9.0`, `1e-07`), never guarded or quoted (a
/// number's text is a number, so the guard would leave it alone anyway).
///
/// Use, a row at a time:
/// ```swift
/// let writer = CSVStreamWriter(sink: { bytes in try send(bytes) })
/// try writer.writeRow(["id", "name"])
/// writer.writeText("a"); writer.writeNumber(0.5); try writer.endRow()
/// try writer.finish()
/// ```
/// or `CSVStreamWriter.data(header:rows:)` for a whole table at once. The cell-by-cell calls make no `String` per
/// number (written through by `_writeASCII`), which is what keeps a 100 000-row table fast.
///
/// Written here rather than with CSV.swift's `CSVWriter`, which emits one byte per stream call and searches each
/// cell through NSString: it took over half of `analyze --format csv` on 10k actors.
public final class CSVStreamWriter {
    private var bytes: [UInt8] = []
    private let sink: ByteSink
    private let chunkSize: Int
    /// Whether the current row has a cell yet (the next one is preceded by a comma).
    private var rowStarted = false

    public init(chunkSize: Int = 1 << 20, sink: @escaping ByteSink) {
        self.chunkSize = max(1, chunkSize)
        self.sink = sink
        bytes.reserveCapacity(self.chunkSize + self.chunkSize / 4)
    }

    /// One whole row of text cells.
    public func writeRow(_ cells: [String]) throws {
        for cell in cells { writeText(cell) }
        try endRow()
    }

    /// A text cell of the current row: guarded, and quoted when needed.
    public func writeText(_ cell: String) {
        startCell()
        Self.append(CSVSafety.guarded(cell), to: &bytes)
    }

    /// A number cell: `"\(value)"`.
    public func writeNumber(_ value: Double) {
        startCell()
        NumberText.append(value, to: &bytes)
    }

    /// A whole-number cell.
    public func writeInteger(_ value: Int) {
        startCell()
        NumberText.append(Int64(value), to: &bytes)
    }

    /// An empty cell (an absent value).
    public func writeEmpty() {
        startCell()
    }

    /// Ends the current row with a line feed; hands a full chunk to the sink.
    public func endRow() throws {
        bytes.append(0x0A)
        rowStarted = false
        if bytes.count >= chunkSize { try finish() }
    }

    /// Hands everything buffered to the sink. Call once after the last row.
    public func finish() throws {
        guard !bytes.isEmpty else { return }
        try bytes.withUnsafeBytes { try sink($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// A table of text cells: the header then each row.
    public static func data(header: [String], rows: [[String]]) -> Data {
        var data = Data()
        let writer = CSVStreamWriter(chunkSize: 1 << 16) { data.append(contentsOf: $0) }
        // The sink cannot fail, so neither can the writer.
        try? writer.writeRow(header)
        for row in rows { try? writer.writeRow(row) }
        try? writer.finish()
        return data
    }

    private func startCell() {
        if rowStarted { bytes.append(UInt8(ascii: ",")) }
        rowStarted = true
    }

    /// Quotes a cell holding `"`, the `delimiter`, CR or LF (doubling its quotes); leaves others as they are.
    static func append(_ cell: String, to out: inout [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) {
        var cell = cell
        cell.withUTF8 { bytes in  // contiguous bytes: scanned and copied without per-byte String indexing
            let needsQuotes = bytes.contains {
                $0 == UInt8(ascii: "\"") || $0 == delimiter || $0 == 10 || $0 == 13
            }
            guard needsQuotes else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(UInt8(ascii: "\""))
            for byte in bytes {
                if byte == UInt8(ascii: "\"") { out.append(byte) }
                out.append(byte)
            }
            out.append(UInt8(ascii: "\""))
        }
    }
}
