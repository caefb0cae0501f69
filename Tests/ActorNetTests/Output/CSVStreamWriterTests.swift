import Foundation
import Testing

@testable import ActorNet

@Suite struct CSVStreamWriterTests {
    /// Text cells guarded and quoted, numbers as Swift prints them, empty cells for absent values; small chunks join
    /// up to the same bytes as the whole table.
    @Test func cellsAreGuardedQuotedAndChunked() throws {
        var chunks: [[UInt8]] = []
        let writer = CSVStreamWriter(chunkSize: 8) { chunks.append(Array($0)) }
        try writer.writeRow(["id", "=sum"])
        writer.writeText("a,\"b\"")
        writer.writeNumber(9)
        writer.writeNumber(-1e-7)
        writer.writeEmpty()
        writer.writeInteger(-42)
        try writer.endRow()
        try writer.finish()
        #expect(chunks.count == 2)
        #expect(
            String(decoding: chunks.joined(), as: UTF8.self) == #"""
                id,'=sum
                "a,""b""",9.0,-1e-07,,-42

                """#)
        #expect(CSVStreamWriter.data(header: ["x"], rows: [["-1.5"], ["-x;y"]]) == Data("x\n-1.5\n'-x;y\n".utf8))
    }
}
