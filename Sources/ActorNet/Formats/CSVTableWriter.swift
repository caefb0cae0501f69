import CSV
import Foundation

/// Writes rows of text as CSV (RFC 4180 quoting by CSV.swift), with the formula-injection guard applied to
/// every text cell (see `CSVSafety`); numeric cells are written as they are.
public enum CSVTableWriter {
    public static func encode(header: [String], rows: [[String]]) -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        defer { stream.close() }
        do {
            let writer = try CSVWriter(stream: stream)
            try writer.write(row: header.map(CSVSafety.guarded))
            for row in rows { try writer.write(row: row.map(CSVSafety.guarded)) }
        } catch {
            preconditionFailure("writing CSV to memory cannot fail: \(error)")
        }
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
