import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetAnalysis

/// Gould–Fernandez brokerage against R's `sna::brokerage` (fixtures from scripts/brokerage_reference.R, sna 2.7.1):
/// every raw count exactly, every expected count, standard deviation and z-score within a relative 1e-9 (or an
/// absolute 1e-12), nil where sna gives NaN, per actor and for the whole network. 76 cases: the 5-actor star of
/// issue 12, random directed/undirected, binary/weighted networks with 2–5 groups, the example networks and test
/// networks by sector and by level, the classic centrality fixtures with seeded partitions, and a real network
/// (Somalia, 635 organisations).
@Suite struct BrokerageReferenceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var json: [String: Any] { BrokerageReferenceTests.document[index] }
        var index: Int
        var testDescription: String { name }
    }

    nonisolated(unsafe) static let document: [[String: Any]] = {
        let url = URL(fileURLWithPath: fixturePath("brokerage/sna-reference.json"))
        guard let data = try? Data(contentsOf: url),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let cases = root["cases"] as? [[String: Any]]
        else { return [] }
        return cases
    }()

    static let cases: [Case] = document.enumerated().map { Case(name: $1["name"] as? String ?? "?", index: $0) }

    static func agrees(_ actual: Double, _ expected: Double) -> Bool {
        abs(actual - expected) <= max(1e-12, 1e-9 * max(abs(actual), abs(expected)))
    }

    @Test func fixturesCoverWhatTheIssueAsks() throws {
        #expect(Self.cases.count == 76)
        let all = Self.document
        #expect(all.contains { $0["directed"] as? Bool == true && $0["ties"] != nil })
        #expect(all.contains { $0["directed"] as? Bool == false && $0["ties"] != nil })
        #expect(all.contains { ($0["name"] as? String)?.hasPrefix("random weighted") == true })
        let groupCounts = Set(all.map { Set(($0["groups"] as? [String]) ?? []).count })
        #expect(groupCounts.isSuperset(of: [2, 3, 4, 5]))
    }

    /// Issue 12's reproduction: on the 5-actor star (hub and two leaves in one group) the hub's representative z is
    /// 5.345 and its total z 8.308 in sna; actornet used √(E(1 − p)) and gave 6.137 and 10.630.
    @Test func starHubAsSna() throws {
        let network = Network(
            name: "star", actors: (0..<5).map { Actor(id: "a\($0)") },
            ties: (1..<5).map { Tie(from: "a0", to: "a\($0)") })
        let roles = CompactGraph(network, weighted: false).brokerage(groups: [1, 1, 1, 2, 2])
        #expect(roles.counts[0] == [2, 2, 4, 4, 0])
        #expect(abs(try #require(roles.z[0][2]) - 5.344717) < 5e-7)
        #expect(abs(try #require(roles.z[0][5]) - 8.307925) < 5e-7)
        #expect(roles.z[0][4] == nil)  // no liaison is possible with two groups: sna's NaN
    }

    @Test(arguments: cases)
    func equalsSna(_ reference: Case) throws {
        let json = reference.json
        let ids = try #require(json["ids"] as? [String])
        let labels = try #require(json["groups"] as? [String])
        let network: Network
        if let file = json["file"] as? String {
            network = try NetworkFile.load(PackagePaths.file(file)).network
            #expect(network.actors.map(\.id) == ids)
            let by = try #require(json["by"] as? String)
            let actual: [String]? =
                switch by {
                case "sector": network.actors.map(\.sector.rawValue)
                case "level": network.actors.map(\.level.rawValue)
                case let attribute where attribute.hasPrefix("attribute:"):
                    network.actors.map { $0.attributes[String(attribute.dropFirst("attribute:".count))] ?? "" }
                default: nil
                }
            if let actual { #expect(actual == labels, "actornet reads the groups R used") }
        } else {
            let ties = try #require(json["ties"] as? [[Double]])
            network = Network(
                name: reference.name, directed: try #require(json["directed"] as? Bool),
                actors: ids.map { Actor(id: $0) },
                ties: ties.map { Tie(from: ids[Int($0[0])], to: ids[Int($0[1])], weight: $0[2]) })
        }
        var numbering: [String: Int] = [:]
        let groups = labels.map { label in
            if let known = numbering[label] { return known }
            numbering[label] = numbering.count
            return numbering.count - 1
        }
        let roles = CompactGraph(network, weighted: false).brokerage(groups: groups)
        // Weights never matter: the weighted graph gives the same result.
        #expect(CompactGraph(network).brokerage(groups: groups) == roles)

        let raw = try #require(json["raw"] as? [[Int]])
        let z = try #require(json["z"] as? [[Any]])
        let moments = try #require(json["moments"] as? [String: [String: [Double]]])
        var compared = 0
        for actor in ids.indices {
            #expect(roles.counts[actor] + [roles.totals[actor]] == raw[actor], "\(ids[actor]) raw counts")
            let group = try #require(moments[labels[actor]])
            let expected = try #require(group["expected"]), deviation = try #require(group["sd"])
            for role in 0..<6 {
                #expect(Self.agrees(roles.expected[actor][role], expected[role]), "\(ids[actor]) E[\(role)]")
                #expect(Self.agrees(roles.standardDeviation[actor][role], deviation[role]), "\(ids[actor]) sd[\(role)]")
                if let value = z[actor][role] as? Double {
                    let actual = try #require(roles.z[actor][role], "\(ids[actor]) z[\(role)] is nil, sna \(value)")
                    #expect(Self.agrees(actual, value), "\(ids[actor]) z[\(role)]: \(actual) vs sna \(value)")
                } else {
                    #expect(roles.z[actor][role] == nil, "\(ids[actor]) z[\(role)]: sna gives NaN")
                }
                compared += 1
            }
        }
        #expect(compared == ids.count * 6)

        // The whole network (sna's raw.gli, exp.gli, sd.gli, z.gli); sna's NaN (a variance that is not positive)
        // is sd 0 and z nil here.
        let whole = try #require(json["network"] as? [String: [Any]])
        #expect(roles.network.counts == whole["raw"] as? [Int])
        let wholeExpected = try #require(whole["expected"] as? [Double])
        let wholeDeviation = try #require(whole["sd"]), wholeZ = try #require(whole["z"])
        for role in 0..<6 {
            #expect(Self.agrees(roles.network.expected[role], wholeExpected[role]), "network E[\(role)]")
            if let deviation = wholeDeviation[role] as? Double {
                #expect(Self.agrees(roles.network.standardDeviation[role], deviation), "network sd[\(role)]")
            } else {
                #expect(roles.network.standardDeviation[role] == 0, "network sd[\(role)]: sna gives NaN")
            }
            if let value = wholeZ[role] as? Double {
                let actual = try #require(roles.network.z[role], "network z[\(role)] is nil, sna \(value)")
                #expect(Self.agrees(actual, value), "network z[\(role)]: \(actual) vs sna \(value)")
            } else {
                #expect(roles.network.z[role] == nil, "network z[\(role)]: sna gives NaN")
            }
        }
    }
}
