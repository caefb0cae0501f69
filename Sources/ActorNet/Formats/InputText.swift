import Foundation

/// Reads an input file as text: UTF-8 (BOM dropped) or UTF-16 with a BOM; anything else is refused with the
/// line of the first bad byte, so Latin-1 exports from spreadsheets get a message instead of mojibake.
enum InputText {
    /// Files larger than this are refused before reading (see docs/reliability.md).
    static let maximumBytes = 512 * 1024 * 1024

    static func read(_ path: String) throws(LoadError) -> String {
        try decode(readBytes(path).data, path: path)
    }

    /// Reads and decodes `path`, appending the file read to `inputs`.
    static func read(_ path: String, recordingIn inputs: inout [InputFile]) throws(LoadError) -> String {
        let (data, file) = try readBytes(path)
        inputs.append(file)
        return try decode(data, path: path)
    }

    /// The bytes of `path` and the identity of the file they came from. Type and size are checked with `stat`
    /// before a byte is read: a directory, device, FIFO or socket is refused (`cannotOpen`, exit 66) without
    /// reading it (`/dev/zero` would never end; opening a FIFO would wait for a writer), and a file over
    /// `maximumBytes` is refused at once (`invalid`, exit 65) instead of after reading it all. The opened
    /// descriptor is checked again with `fstat`, so a file swapped after the first check is refused too.
    static func readBytes(_ path: String) throws(LoadError) -> (data: Data, file: InputFile) {
        let (descriptor, status) = try openChecked(path)
        defer { close(descriptor) }
        // One byte more than the size, to notice a file that grows while it is read (or a /proc file of size 0).
        var data = Data(count: Int(status.st_size) + 1)
        var total = 0
        while true {
            if total == data.count {
                if total > maximumBytes { break }
                data.count = min(data.count * 2, maximumBytes + 1)
            }
            let count = data.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + total, buffer.count - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotOpen(path: path, reason: SystemErrorText.describe(errno))
            }
            if count == 0 { break }
            total += count
        }
        guard total <= maximumBytes else { throw tooLarge(path, bytes: total) }
        data.count = total
        return (data, InputFile(path: path, status: status))
    }

    /// `path` opened for reading after the checks `readBytes` describes, with its status from `fstat`; the caller
    /// closes the descriptor. Readers that stream a file (IATI) open it here too.
    static func openChecked(_ path: String) throws(LoadError) -> (descriptor: Int32, status: stat) {
        var status = stat()
        guard stat(path, &status) == 0 else { throw .cannotOpen(path: path, reason: SystemErrorText.describe(errno)) }
        try checkReadable(status, path)
        // O_NONBLOCK: should the path become a FIFO between stat and open, open returns instead of waiting.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: SystemErrorText.describe(errno)) }
        guard fstat(descriptor, &status) == 0 else {
            let reason = SystemErrorText.describe(errno)
            close(descriptor)
            throw .cannotOpen(path: path, reason: reason)
        }
        do { try checkReadable(status, path) } catch {
            close(descriptor)
            throw error
        }
        return (descriptor, status)
    }

    private static func checkReadable(_ status: stat, _ path: String) throws(LoadError) {
        if let problem = SystemErrorText.notRegularFile(status.st_mode) {
            throw .cannotOpen(path: path, reason: problem)
        }
        guard status.st_size <= maximumBytes else { throw tooLarge(path, bytes: Int(status.st_size)) }
    }

    private static func tooLarge(_ path: String, bytes: Int) -> LoadError {
        .invalid([
            Diagnostic(
                .error, SourceLocation(file: path),
                "file is \(bytes) bytes; the limit is \(maximumBytes)")
        ])
    }

    static func decode(_ data: Data, path: String) throws(LoadError) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            if let text = String(data: data.dropFirst(2), encoding: encoding) { return text }
            throw .invalid([Diagnostic(.error, SourceLocation(file: path, line: 1)) { $0.text(.inputInvalidUTF16) }])
        }
        if let declared = XMLDeclaredEncoding.encoding(of: bytes) {  // XML naming another encoding (XMLInput.swift)
            switch declared {
            case .success(let encoding):
                if let text = String(data: data, encoding: encoding) { return text }
                let name = XMLDeclaredEncoding.name(encoding)
                throw .invalid([
                    Diagnostic(
                        .error, SourceLocation(file: path, line: 1),
                        "not valid \(name) text, as the XML declaration says")
                ])
            case .failure(let problem):
                throw .invalid([Diagnostic(.error, SourceLocation(file: path, line: 1), problem.message)])
            }
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) {
            if let zero = body.firstIndex(of: 0) {  // searched in the byte array: far faster than String.UTF8View
                let line = body[..<zero].filter { $0 == UInt8(ascii: "\n") }.count + 1
                throw .invalid([
                    Diagnostic(
                        .error, SourceLocation(file: path, line: line),
                        "the file contains a NUL byte: binary data or UTF-16 without a BOM")
                ])
            }
            return text
        }
        // Find the first invalid sequence to name its line.
        var line = 1, index = 0
        while index < body.count {
            let byte = body[index]
            let length =
                byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            let valid =
                length > 0 && index + length <= body.count
                && body[index + 1..<index + length].allSatisfy { $0 & 0xC0 == 0x80 }
            if !valid { break }
            if byte == UInt8(ascii: "\n") { line += 1 }
            index += length
        }
        throw .invalid([
            Diagnostic(
                .error, SourceLocation(file: path, line: line),
                "not UTF-8 text (byte 0x\(String(body[min(index, body.count - 1)], radix: 16, uppercase: true)) at "
                    + "offset \(index)); save the file as UTF-8 (Latin-1/Windows-1252 exports are common)"
            )
        ])
    }
}
