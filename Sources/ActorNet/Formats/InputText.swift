import Foundation

/// Reads an input file as text: UTF-8 (BOM dropped) or UTF-16 with a BOM; anything else is refused with the
/// line of the first bad byte, so Latin-1 exports from spreadsheets get a message instead of mojibake.
enum InputText {
    /// Files larger than this are refused before reading (see docs/reliability.md).
    static let maximumBytes = 512 * 1024 * 1024

    static func read(_ path: String) throws(LoadError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .cannotOpen(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .cannotOpen(path: path, reason: "is a directory") }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw .cannotOpen(path: path, reason: (error as NSError).localizedDescription)
        }
        guard data.count <= maximumBytes else {
            throw .invalid([Diagnostic(.error, SourceLocation(file: path),
                                       "file is \(data.count) bytes; the limit is \(maximumBytes)")])
        }
        return try decode(data, path: path)
    }

    static func decode(_ data: Data, path: String) throws(LoadError) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            if let text = String(data: data.dropFirst(2), encoding: encoding) { return text }
            throw .invalid([Diagnostic(.error, SourceLocation(file: path, line: 1), "invalid UTF-16 text")])
        }
        if let declared = XMLDeclaredEncoding.encoding(of: bytes) {  // XML naming another encoding (XMLInput.swift)
            switch declared {
            case .success(let encoding):
                if let text = String(data: data, encoding: encoding) { return text }
                let name = XMLDeclaredEncoding.name(encoding)
                throw .invalid([Diagnostic(.error, SourceLocation(file: path, line: 1),
                                           "not valid \(name) text, as the XML declaration says")])
            case .failure(let problem):
                throw .invalid([Diagnostic(.error, SourceLocation(file: path, line: 1), problem.message)])
            }
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) {
            if let zero = body.firstIndex(of: 0) {  // searched in the byte array: far faster than String.UTF8View
                let line = body[..<zero].filter { $0 == UInt8(ascii: "\n") }.count + 1
                throw .invalid([Diagnostic(.error, SourceLocation(file: path, line: line),
                                           "the file contains a NUL byte: binary data or UTF-16 without a BOM")])
            }
            return text
        }
        // Find the first invalid sequence to name its line.
        var line = 1, index = 0
        while index < body.count {
            let byte = body[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            let valid = length > 0 && index + length <= body.count
                && body[index + 1 ..< index + length].allSatisfy { $0 & 0xC0 == 0x80 }
            if !valid { break }
            if byte == UInt8(ascii: "\n") { line += 1 }
            index += length
        }
        throw .invalid([Diagnostic(.error, SourceLocation(file: path, line: line),
                                   "not UTF-8 text (byte 0x\(String(body[min(index, body.count - 1)], radix: 16, uppercase: true)) at offset \(index)); save the file as UTF-8 (Latin-1/Windows-1252 exports are common)")])
    }
}
