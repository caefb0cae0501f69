/// One linear pass over JSON text before Foundation parses it: refuses nesting deeper than a limit (Foundation's
/// parser and the tree walk recurse per level) and duplicate keys in an object, with the line of the duplicate.
///
/// Why duplicates here: `JSONSerialization` keeps the last of two equal keys silently, and libyaml (through Yams,
/// which gives us positions) refuses them without a line, so such a file was read without positions and lost the
/// line numbers of all its messages. YAML refuses duplicates (`YAMLEventReader`); JSON now does the same.
///
/// In JSON, structure is exactly the brackets outside strings, so the scan is exact for valid JSON; for invalid
/// JSON it only ever refuses what is deep or duplicated in its well-formed prefix, and Foundation reports the rest.
struct JSONStructureScan {
    typealias Problem = YAMLEventReader.Problem

    let maximumDepth: Int

    /// An open object or array.
    private struct Frame {
        var isObject: Bool
        /// For an object: keys met so far, with their line.
        var keys: [String: Int] = [:]
        /// For an object: whether the next string is a key (after `{` or `,`).
        var expectingKey = true
    }

    func check(_ text: String) throws(Problem) {
        var text = text
        let problem: Problem? = text.withUTF8 { bytes in scan(bytes) }
        if let problem { throw problem }
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var stack: [Frame] = []
        var line = 1, lineStart = 0, index = 0
        let count = bytes.count
        func column(_ offset: Int) -> Int {
            // Characters, not bytes: UTF-8 continuation bytes do not start one.
            bytes[lineStart..<offset].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        }
        while index < count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                lineStart = index + 1
            case UInt8(ascii: "\""):
                let start = index, startLine = line
                var escaped = false, hasEscape = false
                index += 1
                while index < count {
                    let inner = bytes[index]
                    if escaped {
                        escaped = false
                    } else if inner == UInt8(ascii: "\\") {
                        escaped = true
                        hasEscape = true
                    } else if inner == UInt8(ascii: "\"") {
                        break
                    }
                    if inner == UInt8(ascii: "\n") { line += 1; lineStart = index + 1 }  // invalid, but keep counting
                    index += 1
                }
                guard index < count else { return nil }  // unterminated string: Foundation reports it
                guard let last = stack.indices.last, stack[last].isObject, stack[last].expectingKey else { break }
                stack[last].expectingKey = false
                let raw = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<index])
                let key = hasEscape ? Self.unescaped(raw) : String(decoding: raw, as: UTF8.self)
                if let first = stack[last].keys.updateValue(startLine, forKey: key) {
                    stack[last].keys[key] = first
                    return Problem(
                        line: startLine, column: column(start),
                        message: "duplicate key `\(key)` (first at line \(first))")
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if stack.count + 1 > maximumDepth {
                    return Problem(
                        line: line, column: column(index),
                        message: "nesting deeper than \(maximumDepth) levels")
                }
                stack.append(Frame(isObject: byte == UInt8(ascii: "{")))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
            case UInt8(ascii: ","):
                if let last = stack.indices.last, stack[last].isObject { stack[last].expectingKey = true }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// A JSON string's content with its escapes resolved (`\u0061` and `a` are the same key); invalid escapes are
    /// kept as written (Foundation refuses the file anyway).
    static func unescaped(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        var utf8: [UInt8] = []
        var index = 0
        func flush() {
            if !utf8.isEmpty { scalars.append(contentsOf: String(decoding: utf8, as: UTF8.self).unicodeScalars) }
            utf8.removeAll(keepingCapacity: true)
        }
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= raw.count else { return nil }
            return UInt32(String(decoding: UnsafeBufferPointer(rebasing: raw[at..<(at + 4)]), as: UTF8.self), radix: 16)
        }
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < raw.count else {
                utf8.append(byte)
                index += 1
                continue
            }
            let code = raw[index + 1]
            let simple: [UInt8: UInt8] = [
                UInt8(ascii: "n"): 0x0A, UInt8(ascii: "t"): 0x09, UInt8(ascii: "r"): 0x0D,
                UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "/"): 0x2F,
                UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "\""): 0x22,
            ]
            if let plain = simple[code] {
                utf8.append(plain)
                index += 2
            } else if code == UInt8(ascii: "u"), var value = hex4(index + 2) {
                index += 6
                if (0xD800..<0xDC00).contains(value), index + 1 < raw.count, raw[index] == UInt8(ascii: "\\"),
                    raw[index + 1] == UInt8(ascii: "u"), let low = hex4(index + 2), (0xDC00..<0xE000).contains(low)
                {
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                flush()
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            } else {
                utf8.append(byte)
                index += 1
            }
        }
        flush()
        return String(scalars)
    }
}
