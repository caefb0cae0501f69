import Foundation

/// Writes rows of text as RFC 4180 CSV, with the formula-injection guard applied to every text cell (see
/// `CSVSafety`). Written here rather than with CSV.swift's `CSVWriter`, which emits one byte per stream call and
/// searches each cell through NSString: it took over half of `analyze --format csv` on 10k actors.
public enum CSVTableWriter {
    public static func encode(header: [String], rows: [[String]]) -> Data {
        var out = [UInt8]()
        out.reserveCapacity((rows.count + 1) * 64)
        for row in [header] + rows {
            for (index, cell) in row.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                append(CSVSafety.guarded(cell), to: &out)
            }
            out.append(UInt8(ascii: "\n"))
        }
        return Data(out)
    }

    /// Quotes a cell holding `"`, `,`, CR or LF (doubling its quotes); leaves others as they are.
    static func append(_ cell: String, to out: inout [UInt8]) {
        var cell = cell
        cell.withUTF8 { bytes in  // contiguous bytes: scanned and copied without per-byte String indexing
            let needsQuotes = bytes.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ",") || $0 == 10 || $0 == 13 }
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
