import Testing

@testable import ActorNet

@Suite struct CSVTableReaderTests {
    /// A ties file with blank lines, CRLF ends, a long row, a bad weight and a guarded cell: reading it in several
    /// parallel parts must give exactly what reading it in one piece gives.
    static let text: String = {
        var lines = ["source,target,weight,kind"]
        for i in 0..<400 {
            switch i % 50 {
            case 7: lines.append("")
            case 13: lines.append("a\(i),b\(i),2,funding,extra")
            case 21: lines.append("a\(i),b\(i),heavy,")
            case 33: lines.append("'=a\(i),b\(i),1.5,coordination\r")
            default: lines.append("a\(i % 37),b\(i % 11),\(i % 5 + 1),")
            }
        }
        return lines.joined(separator: "\n")
    }()

    @Test(arguments: [2, 3, 7])
    func partsReadExactlyWhatOnePieceReads(parts: Int) {
        var whole = CSVNetworkReader(), split = CSVNetworkReader()
        let one = whole.ties(Self.text, file: "t.csv", parts: 1)
        let many = split.ties(Self.text, file: "t.csv", parts: parts, minimumPartRows: 20)
        #expect(one.ties.count == 400 - 8)
        #expect(many.ties == one.ties)
        #expect(many.locations == one.locations)
        #expect(split.diagnostics == whole.diagnostics)
        #expect(
            whole.diagnostics.filter { $0.message.hasPrefix("row has 5 fields") }.map(\.location.line) == [
                15, 65, 115, 165, 215, 265, 315, 365,
            ])
        #expect(one.ties.first { $0.from == "=a33" }?.weight == 1.5)
        #expect(one.locations.lines.last == 401)
    }

    @Test func partsAreCutAtLineEndsAndCoverEveryLine() {
        let reader = CSVTableReader(
            Self.text, file: "t.csv", columns: CSVNetworkReader.tieColumns, required: ["from", "to"])
        let parts = reader.parts(4, minimumRows: 20)
        #expect(parts.count == 4)
        var rows = 0
        for var part in parts { while part.next() != nil { rows += 1 } }
        var single = reader
        var expected = 0
        while single.next() != nil { expected += 1 }
        #expect(rows == expected)
    }

    @Test func quotedTextIsNeverSplit() {
        let reader = CSVTableReader(
            "source,target\n\"a\nb\",c\n" + String(repeating: "x,y\n", count: 100), file: "q.csv",
            columns: CSVNetworkReader.tieColumns, required: ["from", "to"])
        #expect(reader.parts(4, minimumRows: 2).count == 1)
    }

    /// The byte splitter and CSV.swift read the same unquoted text to the same ties, lines and messages: random
    /// files with spaces, tabs, no-break spaces, accents, guards, blank and short and long rows, CRLF, extra
    /// columns in any order.
    @Test func byteSplitterReadsLikeTheFullGrammar() {
        var state: UInt64 = 5
        func pick<T>(_ options: [T]) -> T {
            // A fixed LCG: the same files every run.
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return options[Int((state >> 33) % UInt64(options.count))]
        }
        let cells = [
            "a", " b", "c ", "\t d\t", "", "  ", "\u{00A0}", "\u{00A0}e\u{00A0}", "é", " ñu ", "'=x", "'-1", "''y",
            "' z", "'", "=1", "2", " 3.5 ", "0", "x y", "\u{2003}w",
        ]
        for round in 0..<40 {
            let header = pick([
                ["source", "target"], ["source", "target", "weight"], ["target", "other", "source", "peso"],
                ["origen", "destino", "nota_libre", "weight"],
            ])
            var lines = [header.joined(separator: ",")]
            for _ in 0..<60 {
                let width = pick([header.count, header.count, header.count, header.count - 1, header.count + 1, 1])
                lines.append((0..<width).map { _ in pick(cells) }.joined(separator: ","))
            }
            let text = lines.joined(separator: pick(["\n", "\r\n"])) + pick(["", "\n"])
            var bytes = CSVNetworkReader(), grammar = CSVNetworkReader()
            let fast = bytes.ties(text, file: "r.csv", parts: 1)
            let full = grammar.ties(text, file: "r.csv", parts: 1, fullGrammar: true)
            #expect(fast.ties == full.ties, "round \(round)")
            #expect(fast.locations == full.locations, "round \(round)")
            #expect(bytes.diagnostics == grammar.diagnostics, "round \(round)")
        }
    }
}
