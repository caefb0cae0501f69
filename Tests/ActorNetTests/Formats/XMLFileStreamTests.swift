import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

@Suite struct XMLFileStreamTests {
    /// Every byte the stream hands over, reading `maxLength` bytes at a time; nil when the file is not streamed.
    func streamed(_ path: String, chunkSize: Int, maxLength: Int = 7) -> (bytes: [UInt8], stream: XMLFileStream)? {
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        guard let stream = XMLFileStream.open(descriptor, chunkSize: chunkSize) else { return nil }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: maxLength)
        while true {
            let count = buffer.withUnsafeMutableBufferPointer { stream.read($0.baseAddress!, maxLength: maxLength) }
            if count == 0 { break }
            bytes += buffer[..<count]
        }
        return (bytes, stream)
    }

    /// The markup of `ParsingDefectTests.blankerBlanksOnlyCommentsAndInstructionsKeepingLines`, with multi-byte
    /// characters, a BOM and a declaration to rewrite: every construct is cut by a chunk end at some chunk size.
    static let hostileMarkup =
        "\u{FEFF}<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<!DOCTYPE r [ <!ENTITY e \"<!-- not a comment -->\"> <!-- dtd comment --> <?dtd pi?> ]>\n"
        + "<r a='<!-- é -->'><![CDATA[<?pi?> ñ <!--]]><!-- gone € 𝄞\nstill gone --><?gone too?><k b=\"a>b\"/>"
        + "<n>Bogotá — 日本</n><!-- unterminated at the end"

    @Test(arguments: [1, 2, 3, 5, 8, 13, 64, 1 << 18])
    func everyChunkSizeGivesTheBytesOfTheWholeFilePath(chunkSize: Int) throws {
        let path = try scratchFile("markup.xml", Self.hostileMarkup)
        let text = try InputText.decode(try Data(contentsOf: URL(fileURLWithPath: path)), path: path)
        let whole = [UInt8](XMLInput.prepared(text))
        // The declaration must be whole in the first chunk: smaller first chunks take the whole-file path.
        guard chunkSize >= 40 else {
            #expect(streamed(path, chunkSize: chunkSize) == nil)
            return
        }
        let (bytes, stream) = try #require(streamed(path, chunkSize: chunkSize))
        #expect(stream.problem == nil)
        #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: whole, as: UTF8.self))
        #expect(stream.bytesRead == Self.hostileMarkup.utf8.count)
    }

    @Test(arguments: [5, 6, 7, 8, 13, 64])
    func withoutADeclarationEveryChunkSizeStreams(chunkSize: Int) throws {
        let markup = String(Self.hostileMarkup.drop { $0 != "\n" }.dropFirst())
        let path = try scratchFile("markup.xml", markup)
        let whole = [UInt8](XMLInput.prepared(markup))
        let (bytes, stream) = try #require(streamed(path, chunkSize: chunkSize))
        #expect(stream.problem == nil)
        #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: whole, as: UTF8.self))
    }

    @Test func invalidUTF8AndNULBytesStopTheStreamBeforeTheParserSeesThem() throws {
        let start = [UInt8]("<r>abc".utf8), end = [UInt8]("</r>".utf8)
        let cases: [([UInt8], XMLFileStream.Problem)] = [
            (start + [0xC3, 0x28] + end, .notUTF8), (start + [0] + end, .nulByte), (start + [0xE2, 0x82], .notUTF8),
        ]
        for (bytes, problem) in cases {
            let path = try scratchFolder("stream") + "/bad.xml"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let (handed, stream) = try #require(streamed(path, chunkSize: 6))
            #expect(stream.problem == problem)
            #expect(handed.allSatisfy { $0 != 0 && $0 < 0x80 })
        }
    }

    @Test func otherEncodingsAndNonXMLAreLeftToTheWholeFilePath() {
        let cases: [([UInt8], Bool)] = [
            ([0xFF, 0xFE, 0x3C, 0x00], false),  // UTF-16 with a BOM
            (Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r/>".utf8), false),
            (Array("<?xml version=\"1.0\" encoding=\"koi8-r\"?><r/>".utf8), false),
            (Array("{\"a\": 1}".utf8), false),
            (Array("  \n".utf8), false),
            (Array("<?xml version=\"1.0\"".utf8), false),  // a declaration cut by the first chunk
            (Array("\u{FEFF}\n <?xml version=\"1.0\" encoding=\"UTF-8\"?><r/>".utf8), true),
            (Array("<r/>".utf8), false),  // too short to tell a declaration from another instruction
            (Array("<root/>".utf8), true),
        ]
        for (bytes, expected) in cases {
            #expect(XMLFileStream.streamable(bytes, isWholeFile: false) == expected, "\(bytes)")
        }
    }

    @Test(arguments: [[0x41, 0xC3], [0x41, 0xE2, 0x82], [0xF0, 0x9D, 0x84], [0x41, 0xC3, 0xA9]])
    func anIncompleteSequenceAtTheEndWaits(bytes: [UInt8]) {
        let complete = bytes == [0x41, 0xC3, 0xA9]
        #expect(XMLFileStream.completeSequencesEnd(bytes) == (complete ? 3 : bytes.firstIndex { $0 >= 0xC0 }!))
    }
}
