/// A number's text appended to a byte buffer without making a `String` (the streaming writers' hot path).
enum NumberText {
    /// `value.description` (shortest round-trip digits: `9.0`, `0.1`, `1e-07`, `inf`): the standard library writes
    /// it through `_writeASCII`, straight from its stack buffer.
    static func append(_ value: Double, to bytes: inout [UInt8]) {
        var stream = ASCIIByteStream()
        swap(&stream.bytes, &bytes)
        value.write(to: &stream)
        swap(&stream.bytes, &bytes)
    }

    /// The decimal digits of `value`, with `-` when negative.
    static func append(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for the 20 digits of UInt64.max
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: buffer[start...])
        }
    }
}

/// A `TextOutputStream` over bytes: a number's `write(to:)` hands its text to `_writeASCII`.
struct ASCIIByteStream: TextOutputStream {
    var bytes: [UInt8] = []

    mutating func write(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }
}
