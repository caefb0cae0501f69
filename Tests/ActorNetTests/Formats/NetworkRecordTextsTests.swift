import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

/// The kept record texts against the whole write they replace (`NetworkWriter.yamlData` / `jsonData`), byte for
/// byte, after every batch of random changes; and only changed records serialised anew.
@Suite struct NetworkRecordTextsTests {
    private static func whole(_ network: Network, _ syntax: NetworkRecordTexts.Syntax) -> Data {
        syntax == .yaml ? NetworkWriter.yamlData(network) : NetworkWriter.jsonData(network)
    }

    @Test(arguments: [NetworkRecordTexts.Syntax.yaml, .json])
    func randomChangesGiveTheWholeWriteAfterEveryBatch(syntax: NetworkRecordTexts.Syntax) {
        var random = SplitMix(seed: 19)
        let texts = NetworkRecordTexts(syntax)
        var network = Network(name: "start")
        var sizes = (actors: 0, ties: 0, projects: 0)
        for batch in 1...400 {
            for _ in 0..<Int.random(in: 1...4, using: &random) { RandomChange.apply(to: &network, using: &random) }
            let expected = Self.whole(network, syntax)
            guard texts.data(network) == expected else {
                Issue.record("batch \(batch): the kept texts differ from the whole write")
                return
            }
            sizes.actors = max(sizes.actors, network.actors.count)
            sizes.ties = max(sizes.ties, network.ties.count)
            sizes.projects = max(sizes.projects, network.projects.count)
        }
        // The changes grew every list (so records were added, changed, moved and removed in each).
        #expect(sizes.actors >= 20 && sizes.ties >= 20 && sizes.projects >= 10)
    }

    /// A hostile network (strings Yams quotes, escapes or writes in another style) written whole, then with one
    /// record of each list changed.
    @Test(arguments: [NetworkRecordTexts.Syntax.yaml, .json])
    func hostileStrings(syntax: NetworkRecordTexts.Syntax) {
        var network = NetworkWriterStreamTests.hostileNetwork()
        let texts = NetworkRecordTexts(syntax)
        #expect(texts.data(network) == Self.whole(network, syntax))
        network.actors[3].notes = "changed"
        network.ties[5].weight = 7
        network.projects[0].sdgs = [3]
        #expect(texts.data(network) == Self.whole(network, syntax))
    }

    @Test(arguments: [NetworkRecordTexts.Syntax.yaml, .json])
    func onlyChangedRecordsAreSerialised(syntax: NetworkRecordTexts.Syntax) {
        let actors = (0..<50).map { Actor(id: "c\($0)", name: "Client \($0)", sector: .public, level: .local) }
        var network = Network(
            name: "Bench", language: "en", actors: actors,
            ties: (0..<50).map { Tie(from: "c\($0)", to: "c\(($0 + 1) % 50)") })
        let texts = NetworkRecordTexts(syntax)
        _ = texts.data(network)
        #expect(texts.recordsMade == 100)
        network.actors[7].attributes["seq"] = "1"
        network.actors[9].attributes["seq"] = "1"
        #expect(texts.data(network) == Self.whole(network, syntax))
        #expect(texts.recordsMade == 102)
        network.actors.swapAt(0, 1)
        network.ties.removeLast()
        #expect(texts.data(network) == Self.whole(network, syntax))
        #expect(texts.recordsMade == 102)
        // An actor changed back is serialised again: only the last network's records are kept.
        network.actors[7].attributes = [:]
        #expect(texts.data(network) == Self.whole(network, syntax))
        #expect(texts.recordsMade == 103)
    }

    @Test func formats() {
        #expect(NetworkRecordTexts(format: .yaml)?.syntax == .yaml)
        #expect(NetworkRecordTexts(format: .json)?.syntax == .json)
        #expect(NetworkRecordTexts(format: .csv) == nil)
    }
}

/// One random change of a network: records added, changed, moved, copied and removed, and the header changed,
/// with values drawn from plain names and the strings Yams treats specially.
enum RandomChange {
    static let texts = ["Cruz Roja", "Gobierno Regional", "ONG Sur", "x"] + NetworkWriterStreamTests.hostileTexts

    static func apply(to network: inout Network, using random: inout SplitMix) {
        func text() -> String { texts.randomElement(using: &random)! }
        func maybe() -> String? { Bool.random(using: &random) ? text() : nil }
        func actorID() -> String { network.actors.randomElement(using: &random)?.id ?? text() }
        switch Int.random(in: 0..<14, using: &random) {
        case 0, 1:
            network.actors.append(
                Actor(
                    id: "a\(network.actors.count)-" + text(), name: maybe(),
                    sector: Sector.allCases.randomElement(using: &random)!,
                    level: Level.allCases.randomElement(using: &random)!, country: maybe(), roles: [text()],
                    attributes: Bool.random(using: &random) ? [text(): text()] : [:], notes: maybe()))
        case 2, 3:
            guard let i = network.actors.indices.randomElement(using: &random) else { return }
            switch Int.random(in: 0..<4, using: &random) {
            case 0: network.actors[i].name = text()
            case 1: network.actors[i].attributes["seq"] = String(Int.random(in: 0..<5, using: &random))
            case 2: network.actors[i].notes = maybe()
            default: network.actors[i].offers.append(text())
            }
        case 4:
            guard !network.actors.isEmpty else { return }
            network.actors.remove(at: Int.random(in: network.actors.indices, using: &random))
        case 5, 6:
            network.ties.append(
                Tie(
                    from: actorID(), to: actorID(), weight: [1, 2.5, 0.1, 10].randomElement(using: &random)!,
                    kind: TieKind.allCases.randomElement(using: &random)!, note: maybe()))
        case 7:
            guard let i = network.ties.indices.randomElement(using: &random) else { return }
            network.ties[i].weight = Double(Int.random(in: 1...9, using: &random)) / 2
            network.ties[i].note = maybe()
        case 8:
            guard !network.ties.isEmpty else { return }
            network.ties.remove(at: Int.random(in: network.ties.indices, using: &random))
        case 9:
            network.projects.append(
                Project(
                    id: "p\(network.projects.count)", name: maybe(), objective: maybe(), lead: actorID(),
                    members: [ProjectMember(actor: actorID(), role: maybe())],
                    sdgs: [Int.random(in: 1...17, using: &random)]))
        case 10:
            guard let i = network.projects.indices.randomElement(using: &random) else { return }
            if Bool.random(using: &random) {
                network.projects[i].objective = maybe()
            } else {
                network.projects.remove(at: i)
            }
        case 11:
            // A record moved, and an exact copy of another (two equal records share one kept text).
            if network.actors.count > 1 { network.actors.swapAt(0, network.actors.count - 1) }
            if let tie = network.ties.randomElement(using: &random) { network.ties.append(tie) }
        case 12:
            switch Int.random(in: 0..<5, using: &random) {
            case 0: network.name = text()
            case 1: network.description = maybe()
            case 2: network.language = maybe()
            case 3: network.directed.toggle()
            default: network.source = maybe()
            }
        default:
            // A list emptied now and then, so `key: []` / `[]` are written between full ones.
            if Int.random(in: 0..<4, using: &random) == 0 { network.ties.removeAll() }
        }
    }
}
