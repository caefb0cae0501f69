import Foundation
import Testing

@testable import ActorNet

@Suite struct TieTests {
    /// Contributions are stored boxed; a tie still behaves as a value and encodes the documented keys.
    @Test func contributionsKeepValueSemanticsAndCodableKeys() throws {
        var a = Tie(
            from: "x", to: "y", weight: 2, kind: .funding,
            contributions: Contributions(money: 5_000, currency: "CLP", work: 3, inKind: "offices"))
        let b = a
        a.contributions?.money = 7_000
        #expect(b.contributions?.money == 5_000 && a.contributions?.money == 7_000)
        #expect(a != b)
        a.contributions?.money = 5_000
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(MemoryLayout<Tie>.stride <= 96)

        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(b), as: UTF8.self)
        #expect(
            json
                == #"{"contributions":{"currency":"CLP","in_kind":"offices","money":5000,"work":3},"#
                + #""from":"x","kind":"funding","to":"y","weight":2}"#
        )
        #expect(try JSONDecoder().decode(Tie.self, from: Data(json.utf8)) == b)
        let plain = Tie(from: "x", to: "y")
        #expect(try JSONDecoder().decode(Tie.self, from: try encoder.encode(plain)) == plain)
    }
}
