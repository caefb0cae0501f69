import Foundation

/// An XML file handed to `XMLParser(stream:)` in chunks, prepared chunk by chunk as `XMLInput.prepared` prepares a
/// whole text: UTF-8 byte-order mark dropped, declaration saying UTF-8, comments and processing instructions
/// blanked (`MarkupBlanker.blankComplete`), and only valid UTF-8 without NUL bytes ever reaches the parser (the
/// trap fuzzing found). Memory is a few chunks, whatever the file size.
///
/// Only plain UTF-8 files take this path (`streamable`); anything else (UTF-16, a declared Latin-1, a first
/// character that is not `<`) is read whole as before. A problem found on the way (invalid UTF-8, a NUL byte,
/// a file grown past the size limit) ends the stream and is left in `problem`; the caller re-reads the file the
/// whole way to describe it exactly as before.
final class XMLFileStream: InputStream {
    enum Problem: Equatable {
        case notUTF8, nulByte, tooLarge
        case readFailed(Int32)
    }

    static let defaultChunkSize = 256 * 1024

    private let descriptor: Int32
    private let chunkSize: Int
    /// Read bytes held back: an incomplete UTF-8 sequence at the end of a chunk.
    private var sequenceCarry: [UInt8] = []
    /// Valid bytes held back: a construct (tag, comment, CDATA…) that has not ended yet.
    private var markupCarry: [UInt8] = []
    private var ready: [UInt8]
    private var readyOffset = 0
    private var atEnd = false
    private(set) var problem: Problem?
    /// Bytes read from the file so far.
    private(set) var bytesRead: Int
    /// Called with `bytesRead` after each chunk.
    var onChunk: ((Int) -> Void)?

    /// The stream of the file open at `descriptor` (which the caller closes after parsing), or nil when the file
    /// is not `streamable` and is to be read whole.
    static func open(_ descriptor: Int32, chunkSize: Int = defaultChunkSize) -> XMLFileStream? {
        // A read error leaves the file to the whole-file path, which reports it.
        guard case .success(let first) = read(descriptor, upTo: chunkSize) else { return nil }
        let isWholeFile = first.count < chunkSize
        guard streamable(first, isWholeFile: isWholeFile) else { return nil }
        return XMLFileStream(descriptor: descriptor, first: first, isWholeFile: isWholeFile, chunkSize: chunkSize)
    }

    /// The stream of the file open at `descriptor`, whose first bytes (`first`, read already) passed `streamable`.
    private init(descriptor: Int32, first: [UInt8], isWholeFile: Bool, chunkSize: Int) {
        self.descriptor = descriptor
        self.chunkSize = chunkSize
        bytesRead = first.count
        ready = []
        super.init(data: Data())
        var bytes = first.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(first.dropFirst(3)) : first
        let declarationEnd = MarkupBlanker.declarationEnd(&bytes, encodingReplacement: Array("UTF-8".utf8)) ?? 0
        let declaration = bytes[..<declarationEnd]
        if String(validating: declaration, as: UTF8.self) == nil {
            stop(.notUTF8)
        } else if declaration.contains(0) {
            stop(.nulByte)
        } else {
            ready = Array(declaration)
            accept(Array(bytes[declarationEnd...]), isFinal: isWholeFile)
            if isWholeFile { atEnd = true }
        }
    }

    /// Whether `first` (the first bytes of a file; `isWholeFile` when there are no more) can be streamed: plain
    /// UTF-8 (no UTF-16 signature, no declared encoding other than UTF-8 or ASCII), first character `<`, and the
    /// XML declaration, if any, complete.
    static func streamable(_ first: [UInt8], isWholeFile: Bool) -> Bool {
        if first.starts(with: [0xFF, 0xFE]) || first.starts(with: [0xFE, 0xFF]) { return false }
        if XMLDeclaredEncoding.encoding(of: first) != nil { return false }
        let body = first.starts(with: [0xEF, 0xBB, 0xBF]) ? first.dropFirst(3) : first[...]
        if first.starts(with: Array("<?xml".utf8)), let name = XMLDeclaredEncoding.declaredName(first),
            !["utf-8", "utf8", "us-ascii", "ascii"].contains(name.lowercased())
        {
            return false  // an unknown name is refused or accepted on the whole file's bytes
        }
        guard let firstCharacter = body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }),
            firstCharacter == UInt8(ascii: "<")
        else { return false }  // `XMLInput.notXMLReason` words these
        if isWholeFile { return true }
        // A declaration is read and rewritten once, at the start: it must be whole in the first bytes.
        let start = body.drop { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
        guard first.count >= 4, start.count >= 5 else { return false }
        var copy = Array(body)
        return !start.starts(with: Array("<?xml".utf8))
            || MarkupBlanker.declarationEnd(&copy, encodingReplacement: nil) != nil
    }

    override func open() {}
    override func close() {}
    override var hasBytesAvailable: Bool { readyOffset < ready.count || !atEnd }
    override var streamStatus: Stream.Status { atEnd && readyOffset == ready.count ? .atEnd : .open }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        while readyOffset == ready.count {
            guard !atEnd else { return 0 }
            refill()
        }
        let count = min(length, ready.count - readyOffset)
        ready.withUnsafeBufferPointer { bytes in
            buffer.update(from: bytes.baseAddress! + readyOffset, count: count)
        }
        readyOffset += count
        return count
    }

    /// Reads the rest of the file only to find an encoding problem (after the parser stopped on an error: the
    /// whole-file path reported encoding problems first).
    func drain() {
        while !atEnd { refill() }
    }

    private func refill() {
        ready.removeAll(keepingCapacity: true)
        readyOffset = 0
        // A construct longer than a chunk is scanned again with each chunk: reading as much again as is held back
        // keeps that linear.
        let wanted = max(chunkSize, markupCarry.count)
        let chunk: [UInt8]
        switch Self.read(descriptor, upTo: wanted) {
        case .success(let bytes): chunk = bytes
        case .failure(let error): return stop(.readFailed(error.code))
        }
        bytesRead += chunk.count
        let isFinal = chunk.count < wanted
        if bytesRead > InputText.maximumBytes { return stop(.tooLarge) }
        accept(sequenceCarry + chunk, isFinal: isFinal)
        if isFinal { atEnd = true }
        onChunk?(bytesRead)
    }

    struct ReadError: Error { var code: Int32 }

    /// Up to `count` bytes from `descriptor`: fewer only at the end of the file.
    private static func read(_ descriptor: Int32, upTo count: Int) -> Result<[UInt8], ReadError> {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes {
                Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(ReadError(code: errno))
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeLast(count - filled)
        return .success(bytes)
    }

    /// Validates `bytes` and blanks what is complete into `ready`, holding back what is not.
    private func accept(_ bytes: [UInt8], isFinal: Bool) {
        let cut = isFinal ? bytes.count : Self.completeSequencesEnd(bytes)
        sequenceCarry = Array(bytes[cut...])
        let valid = bytes[..<cut]
        guard (try? UTF8Span(validating: valid.span)) != nil else { return stop(.notUTF8) }  // no copy
        let hasNul = valid.withUnsafeBufferPointer { $0.isEmpty ? false : memchr($0.baseAddress!, 0, $0.count) != nil }
        if hasNul { return stop(.nulByte) }
        var pending = markupCarry + valid
        let complete = MarkupBlanker.blankComplete(&pending, from: 0, isFinal: isFinal)
        ready.append(contentsOf: pending[..<complete])
        markupCarry = Array(pending[complete...])
    }

    private func stop(_ found: Problem) {
        problem = found
        atEnd = true
        ready.removeAll()
        readyOffset = 0
    }

    /// The end of the last complete UTF-8 sequence: an incomplete one at the end waits for the next chunk.
    static func completeSequencesEnd(_ bytes: [UInt8]) -> Int {
        var lead = bytes.count
        while lead > max(0, bytes.count - 4) {
            lead -= 1
            let byte = bytes[lead]
            guard byte & 0xC0 == 0x80 else {
                let length = byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 1
                return lead + length > bytes.count ? lead : bytes.count
            }
        }
        return bytes.count
    }
}
