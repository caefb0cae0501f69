import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

/// Issue 12, item 19: the formula guard covers header cells and every `;`-separated segment of a cell, and
/// every guarded text reads back exactly.
@Suite struct CSVGuardTests {
    @Test func everySegmentAfterASemicolonIsGuarded() {
        #expect(CSVSafety.guarded("a;=b;-1;'=c;x;+d;@e") == "a;'=b;'-1;''=c;x;'+d;'@e")
        #expect(CSVSafety.guarded("=a;b") == "'=a;b")
        #expect(CSVSafety.guarded("-1;x") == "'-1;x")  // the whole cell is no number: a spreadsheet runs it
        #expect(CSVSafety.guarded("-1.5") == "-1.5")  // a number stays a number
        #expect(CSVSafety.guarded("a;;=b;") == "a;;'=b;")
        #expect(CSVSafety.guarded("';x;'") == "';x;'")  // a `'` before no trigger is data, left alone
        #expect(CSVSafety.guarded("plain text") == "plain text")
    }

    @Test func unguardUndoesGuardForEveryText() {
        let pieces = ["", ";", "'", "''", "=", "-", "+", "@", "\t", "1", "-1", "a", " ", "é", ";'", "'=", "''="]
        var state: UInt64 = 12
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            #expect(CSVSafety.unguard(CSVSafety.guarded(text)) == text, "\(text.debugDescription)")
        }
        #expect(CSVSafety.unguard("a;'=b;''=c;'x") == "a;=b;'=c;'x")
    }

    /// An attribute named `=key` came back as `'=key`; list items after a `;` were written unguarded.
    @Test func guardedHeaderAndListItemsRoundTrip() throws {
        let network = Network(
            name: "x",
            actors: [
                Actor(
                    id: "a", name: "A", roles: ["lead", "=HYPERLINK(\"http://x\")"],
                    offers: ["+plus", "'=quoted", "-"],
                    needs: ["@at"], attributes: ["=key": "v", "@web": "w;=x"], notes: "one;=two"),
                Actor(id: "b", name: "B"),
            ], ties: [Tie(from: "a", to: "b", weight: 1, note: "n;-1")])
        let csv = NetworkWriter.csv(network)
        let actorsText = String(decoding: csv.actors, as: UTF8.self)
        #expect(
            actorsText == """
                id,name,sector,level,country,territory,roles,offers,needs,motivation,notes,'=key,'@web
                a,A,unspecified,unspecified,,,"lead;'=HYPERLINK(""http://x"")",\
                '+plus;''=quoted;'-,'@at,,one;'=two,v,w;'=x
                b,B,unspecified,unspecified,,,,,,,,,

                """)
        let folder = URL(fileURLWithPath: try scratchFolder("csvguard"))
        defer { try? FileManager.default.removeItem(at: folder) }
        try csv.ties.write(to: folder.appendingPathComponent("n.csv"))
        try csv.actors.write(to: folder.appendingPathComponent("n.actors.csv"))
        let back = try NetworkFile.load(
            folder.appendingPathComponent("n.csv").path,
            actors: folder.appendingPathComponent("n.actors.csv").path
        ).network
        #expect(back.actors == network.actors)
        #expect(back.actors.first?.attributes == ["=key": "v", "@web": "w;=x"])
        #expect(back.ties == network.ties)
    }

    /// The byte splitter and the full CSV grammar remove the same guards (after `;` too).
    @Test func byteSplitterAndFullGrammarUnguardAlike() {
        let text = "source,target,note\na,b,x;'=y;''z\nb,c,'-1;'+2\nc,d,\"q;'@r\"\n"
        var bytes = CSVNetworkReader(), grammar = CSVNetworkReader()
        let fast = bytes.ties(text, file: "g.csv", parts: 1)
        let full = grammar.ties(text, file: "g.csv", parts: 1, fullGrammar: true)
        #expect(fast.ties.map(\.note) == ["x;=y;'z", "-1;+2", "q;@r"])
        #expect(full.ties.map(\.note) == fast.ties.map(\.note))
    }
}
