/// Scalar text, appended to the buffer, as `JSONSerialization` writes it.
extension JSONStreamWriter {
    func writeNull() {
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])  // null
    }

    func writeBool(_ value: Bool) {
        if value {
            bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
        } else {
            bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
        }
    }

    /// `Double.description` without a trailing `.0` (Foundation's rule), or `null` when not finite.
    func writeDouble(_ value: Double) {
        guard value.isFinite else { return writeNull() }
        NumberText.append(value, to: &bytes)
        let count = bytes.count
        if count >= 2 && bytes[count - 2] == UInt8(ascii: ".") && bytes[count - 1] == UInt8(ascii: "0") {
            bytes.removeLast(2)
        }
    }

    func writeInteger<Integer: BinaryInteger>(_ value: Integer) {
        if let small = Int64(exactly: value) { return NumberText.append(small, to: &bytes) }
        bytes.append(contentsOf: String(value).utf8)
    }

    func writeInt64(_ value: Int64) {
        NumberText.append(value, to: &bytes)
    }

    /// `"text"` with `"`, `\` and control characters escaped as Foundation does (`\b \f \n \r \t`, else
    /// `\u00XX` in lower-case hex); everything else, `/` and non-ASCII included, as its UTF-8 bytes.
    func writeString(_ text: String) {
        var text = text
        bytes.append(UInt8(ascii: "\""))
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                appendEscape(byte)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private func appendEscape(_ byte: UInt8) {
        let backslash = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""), backslash: bytes.append(contentsOf: [backslash, byte])
        case 0x08: bytes.append(contentsOf: [backslash, UInt8(ascii: "b")])
        case 0x0C: bytes.append(contentsOf: [backslash, UInt8(ascii: "f")])
        case 0x0A: bytes.append(contentsOf: [backslash, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [backslash, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [backslash, UInt8(ascii: "t")])
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [
                backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
            ])
        }
    }

    /// `count` levels of two-space indentation.
    func writeIndent(_ count: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * count))
    }
}
