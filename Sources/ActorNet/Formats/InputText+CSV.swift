import Foundation

extension InputText {
    /// Reads a CSV file as `read` does, except that bytes which are not UTF-8 are decoded as Windows-1252 (what a
    /// Spanish- or Portuguese-locale Excel saves) with a warning naming the file and the encoding assumed, instead
    /// of being refused. YAML and JSON stay strict UTF-8: there a wrong guess would change values silently.
    static func readCSV(
        _ path: String, recordingIn inputs: inout [InputFile], warnings: inout [Diagnostic]
    ) throws(LoadError) -> String {
        let (data, file) = try readBytes(path)
        inputs.append(file)
        do { return try decode(data, path: path) } catch {
            guard let text = windows1252(data) else { throw error }
            warnings.append(
                Diagnostic(.warning, SourceLocation(file: path)) {
                    $0.text(.csvEncodingAssumed, ["encoding": "Windows-1252"])
                })
            return text
        }
    }

    /// `data` decoded as Windows-1252; nil when it starts with a UTF-16 BOM or holds a NUL byte (not 8-bit text).
    /// The five bytes CP1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 controls of the same
    /// value, as browsers decode them.
    static func windows1252(_ data: Data) -> String? {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.contains(0) { return nil }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = byte >= 0x80 && byte < 0xA0 ? cp1252High[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    /// Windows-1252's characters for the bytes 0x80–0x9F (€, ‚, ƒ, „, …, †, ‡, ˆ, ‰, Š, ‹, Œ, Ž, ‘, ’, “, ”, •, –,
    /// —, ˜, ™, š, ›, œ, ž, Ÿ).
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
