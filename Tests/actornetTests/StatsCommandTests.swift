import ActorNetTestSupport
import Foundation
import Testing

/// Issue 12, items 13 and 15 through the CLI: `brokers` gives sna's z-scores, and `profile` and `analyze` keep the
/// indicators the docs put in [0, 1] there.
@Suite struct StatsCommandTests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLI.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    func write(_ text: String, _ name: String) throws -> String {
        let path = try scratchFolder("stats") + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The 5-actor star of issue 12: hub and two leaves public, two leaves private. sna::brokerage gives the hub
    /// representative z 5.344717 and total z 8.307925 (actornet gave 6.137 and 10.630); liaison is NaN → null.
    @Test func brokersStarAsSna() throws {
        let star = try write(
            """
            name: star
            actors:
            - {id: hub, sector: public}
            - {id: p1, sector: public}
            - {id: p2, sector: public}
            - {id: x1, sector: private}
            - {id: x2, sector: private}
            ties:
            - {from: hub, to: p1}
            - {from: hub, to: p2}
            - {from: hub, to: x1}
            - {from: hub, to: x2}
            """, "star.yaml")
        let out = try json(["brokers", star, "--by", "sector"])
        let actors = try #require(out["actors"] as? [[String: Any]])
        let hub = try #require(actors.first { $0["id"] as? String == "hub" })
        #expect(
            ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"].map { hub[$0] as? Int }
                == [2, 2, 4, 4, 0, 12])
        let z = try #require(hub["z"] as? [String: Any])
        #expect(abs(try #require(z["representative"] as? Double) - 5.344717) < 5e-7)
        #expect(abs(try #require(z["gatekeeper"] as? Double) - 5.344717) < 5e-7)
        #expect(abs(try #require(z["coordinator"] as? Double) - 4.339739) < 5e-7)
        #expect(abs(try #require(z["total"] as? Double) - 8.307925) < 5e-7)
        #expect(z["liaison"] is NSNull)
        // The whole network: sna's raw.gli and exp.gli (d = 8/20, p = d²(1−d) = 0.096; total E = p·5·4·3 = 5.76).
        let network = try #require(out["network"] as? [String: Any])
        #expect(network["total"] as? Int == 12)
        let expected = try #require(network["expected"] as? [String: Double])
        #expect(abs(try #require(expected["total"]) - 5.76) < 1e-12)
    }

    /// Path a –(2)– b –(1)– c: raw weighted efficiency 11/9 (> 1, what the profile showed before); relative to the
    /// ideal network (every pair tied with weight 2) 11/18. Closeness centralization 13/20 (was 1.3).
    @Test func profileAndAnalyzeStayInRange() throws {
        let path = try write(
            """
            name: path
            actors: [{id: a}, {id: b}, {id: c}]
            ties:
            - {from: a, to: b, weight: 2}
            - {from: b, to: c, weight: 1}
            """, "path.yaml")
        let profile = try json(["profile", path])
        let indicators = try #require(profile["indicators"] as? [[String: Any]])
        let efficiency = try #require(indicators.first { $0["name"] as? String == "global efficiency" })
        #expect(abs(try #require(efficiency["value"] as? Double) - 11.0 / 18) < 1e-15)
        #expect(indicators.allSatisfy { $0["range"] as? String == "0–1" })
        for indicator in indicators {
            if let value = indicator["value"] as? Double { #expect(value >= 0 && value <= 1, "\(indicator)") }
        }
        let analyze = try json(["analyze", path])
        let network = try #require(analyze["network"] as? [String: Any])
        #expect(abs(try #require(network["global_efficiency"] as? Double) - 11.0 / 9) < 1e-15)
        #expect(abs(try #require(network["closeness_centralization"] as? Double) - 13.0 / 20) < 1e-15)
    }
}
