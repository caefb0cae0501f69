import Testing

@testable import ActorNetAnalysis

@Suite struct RankingTallyTests {
    /// Five candidates, keys 3, 2, 2, 1, 0; positives at 2 and 0. AP = ½·(1/3) + ½·(2/5); precision at 2: the 3
    /// counts, then one of the two 2s (one of them positive): ½ expected hit → 0.25; recall at 2 = 0.25.
    @Test func tiesAreCountedFairly() throws {
        var tally = RankingTally(positives: [RankKey(2), RankKey(0)], k: 2)
        for key in [3.0, 2, 2, 1, 0] { tally.add(RankKey(key)) }
        let score = try #require(tally.score(candidates: 5))
        #expect(score.averagePrecision == 0.5 * (1.0 / 3) + 0.5 * (2.0 / 5))
        #expect(score.precisionAtK == 0.25)
        #expect(score.recallAtK == 0.25)
        #expect(RankingTally(positives: [], k: 2).score(candidates: 5) == nil)
    }

    /// Many ties, split into blocks in any way: the merged tally equals the tally of one pass, and both equal the
    /// definitions computed from the whole sorted list.
    @Test func blocksMergeToTheWholeAndMatchTheDefinitions() throws {
        var generator = SplitMix64(seed: 5)
        let keys = (0..<400).map { _ in RankKey(Double(generator.next() % 12), Double(generator.next() % 2)) }
        let isPositive = keys.indices.map { _ in generator.next() % 7 == 0 }
        let positives = keys.indices.filter { isPositive[$0] }.map { keys[$0] }
        for k in [1, 5, 37, 400, 1000] {
            var whole = RankingTally(positives: positives, k: k)
            for key in keys { whole.add(key) }
            var merged = RankingTally(positives: positives, k: k)
            for block in stride(from: 0, to: keys.count, by: 57) {
                var part = RankingTally(positives: positives, k: k)
                for key in keys[block..<min(block + 57, keys.count)] { part.add(key) }
                merged.merge(part)
            }
            let one = try #require(whole.score(candidates: keys.count))
            let many = try #require(merged.score(candidates: keys.count))
            #expect(one == many)
            // The definitions, from the whole list.
            let p = Double(positives.count)
            var ap = 0.0
            for s in Set(positives) {
                let atOrAbove = keys.filter { $0 >= s }.count, positivesAtOrAbove = positives.filter { $0 >= s }.count
                ap += Double(positives.filter { $0 == s }.count) / p * Double(positivesAtOrAbove) / Double(atOrAbove)
            }
            #expect(abs(one.averagePrecision - ap) < 1e-12)
            let shown = min(k, keys.count)
            let kth = keys.sorted(by: >)[shown - 1]
            let better = keys.filter { $0 > kth }.count, equal = keys.filter { $0 == kth }.count
            let hits =
                Double(positives.filter { $0 > kth }.count)
                + Double(shown - better) * Double(positives.filter { $0 == kth }.count) / Double(equal)
            #expect(abs(one.precisionAtK - hits / Double(shown)) < 1e-12)
            #expect(abs(one.recallAtK - hits / p) < 1e-12)
        }
    }
}
