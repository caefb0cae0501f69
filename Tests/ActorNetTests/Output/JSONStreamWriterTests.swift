import Foundation
import Testing

@testable import ActorNet

/// `JSONStreamWriter` writes the same bytes as `JSONOutput.text` (Foundation's `JSONSerialization`) on the
/// equivalent dictionary tree: checked on edge values and on thousands of random trees.
@Suite struct JSONStreamWriterTests {
    @Test func edgeValuesMatchFoundation() throws {
        let doubles: [Double] = [
            0, -0.0, 1, -1, 0.1, 1e-7, 1e21, 1e16, 1e15, 123_456_789_012_345_680, 5e-324, 2e250,
            .greatestFiniteMagnitude, .leastNormalMagnitude, 0.39766081871345027, .nan,
            .infinity, -.infinity, 100, 1.5e300, 9_007_199_254_740_993,
        ]
        for value in doubles { try expectSameText(.double(value)) }
        for value in [0, 1, -1, Int.min, Int.max, 42] { try expectSameText(.int(value)) }
        let texts = [
            "", "a/b", "\"quoted\" \\ back", "\u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1F}\u{7F}",
            "é ñ 漢字 🇨🇱 e\u{301}", "\u{2028}\u{2029}", "tab\tnew\nline",
        ]
        for text in texts { try expectSameText(.string(text)) }
        try expectSameText(.array([]))
        try expectSameText(.object([]))
        try expectSameText(
            .object([("a", .array([])), ("b", .object([])), ("c", .array([.object([("x", .int(1))])]))]))
        try expectSameText(.bool(true))
        try expectSameText(.null)
    }

    @Test func keysSortAsFoundationSortsThem() throws {
        let keys = [
            "b", "B", "a_b", "ab", "a", "é", "e", "E", "f", "x10", "x9", "Z", "_", "1", "-", "10", "9", "Ä",
            "a-b", "a b", "ñ", "n", "o", "degree", "degree_centrality", "in_degree", "id", "ID", "Id", "ß",
            "ss", "😀", "a1b", "a01b", "a001", "a1",
        ]
        try expectSameText(.object(keys.enumerated().map { ($0.element, .int($0.offset)) }))
        try expectSameText(.object(keys.reversed().enumerated().map { ($0.element, .int($0.offset)) }))
    }

    @Test func randomTreesMatchFoundation() throws {
        var generator = TestRandom(seed: 13)
        for _ in 0..<3000 { try expectSameText(JSONTree.random(&generator, depth: 0)) }
    }

    /// Small chunks: the sink gets many calls and the bytes join up to the same text, held members included.
    @Test func streamingInSmallChunksGivesTheSameBytes() throws {
        var generator = TestRandom(seed: 7)
        for _ in 0..<300 {
            let tree = JSONTree.random(&generator, depth: 0)
            var chunks: [[UInt8]] = []
            let writer = JSONStreamWriter(chunkSize: 16) { chunks.append(Array($0)) }
            try writer.encode(tree)
            try writer.finish()
            #expect(String(decoding: chunks.joined(), as: UTF8.self) == JSONOutput.text(tree.foundationValue))
        }
    }

    /// The top-level table streams: its rows reach the sink before the object is complete.
    @Test func topLevelArrayMemberIsHandedOverBeforeTheEnd() throws {
        struct Table: Encodable {
            var network: [String: Int]
            var actors: [Row]
        }
        struct Row: Encodable {
            var name: String
            var value: Double?
            var count: Int
        }
        let rows = (0..<2000).map { Row(name: "actor \($0)", value: $0 % 7 == 0 ? nil : Double($0) / 3, count: $0) }
        var calls = 0
        var data = Data()
        let writer = JSONStreamWriter(chunkSize: 4096) {
            calls += 1
            data.append(contentsOf: $0)
        }
        try writer.encode(Table(network: ["ties": 3, "actors": 2], actors: rows))
        try writer.finish()
        #expect(calls > 10)
        let expected: [String: Any] = [
            "network": ["ties": 3, "actors": 2],
            "actors": rows.map { ["name": $0.name, "value": $0.value as Any, "count": $0.count] as [String: Any] },
        ]
        #expect(String(decoding: data, as: UTF8.self) == JSONOutput.text(expected))
    }

    @Test func floatIsWrittenAsTheDoubleItConvertsTo() throws {
        #expect(try JSONStreamWriter.text(of: [Float(0.1)]) == JSONOutput.text([Float(0.1)]))
        #expect(try JSONStreamWriter.text(of: [Float(0.1)]) == "[\n  0.10000000149011612\n]")
    }

    private func expectSameText(_ tree: JSONTree, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let streamed = try JSONStreamWriter.text(of: tree)
        #expect(streamed == JSONOutput.text(tree.foundationValue), sourceLocation: sourceLocation)
    }
}

/// A JSON value as an `Encodable` tree, and as the `[String: Any]` tree `JSONOutput` takes.
indirect enum JSONTree: Encodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONTree])
    case object([(String, JSONTree)])

    var foundationValue: Any {
        switch self {
        case .null: return NSNull()
        case .bool(let value): return value
        case .int(let value): return value
        case .double(let value): return value
        case .string(let value): return value
        case .array(let values): return values.map(\.foundationValue)
        case .object(let members):
            return Dictionary(members.map { ($0.0, $0.1.foundationValue) }, uniquingKeysWith: { first, _ in first })
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .int(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .double(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .array(let values):
            var container = encoder.unkeyedContainer()
            for value in values { try container.encode(value) }
        case .object(let members):
            var container = encoder.container(keyedBy: TreeKey.self)
            var seen = Set<String>()
            for (key, value) in members where seen.insert(key).inserted {
                try container.encode(value, forKey: TreeKey(key))
            }
        }
    }

    static let keyPool = [
        "a", "b", "B", "ab", "a_b", "x9", "x10", "é", "e", "id", "name", "Name", "_", "1", "10",
        "2", "z", "Z", "ñ", "n", "degree", "degree_centrality", "a b", "a-b", "ü", "u", "漢",
    ]
    static let textPool = [
        "", "plain", "a/b", "\"", "\\", "\n\t\r", "\u{0}", "\u{1F}", "\u{7F}", "é", "漢字",
        "🇨🇱", "e\u{301}", "<&>", "'", "x;=y", " lead", "trail ",
    ]

    static func random(_ generator: inout TestRandom, depth: Int) -> JSONTree {
        let kind = generator.next() % (depth > 3 ? 5 : 7)
        switch kind {
        case 0: return generator.next() % 4 == 0 ? .null : .bool(generator.next() % 2 == 0)
        case 1: return .int(generator.integer())
        case 2: return .double(generator.double())
        case 3, 4:
            let count = Int(generator.next() % 4)
            return .string(
                (0..<count).map { _ in textPool[Int(generator.next() % UInt64(textPool.count))] }
                    .joined())
        case 5:
            let count = Int(generator.next() % 5)
            return .array((0..<count).map { _ in random(&generator, depth: depth + 1) })
        default:
            let count = Int(generator.next() % 7)
            return .object(
                (0..<count).map { _ in
                    (keyPool[Int(generator.next() % UInt64(keyPool.count))], random(&generator, depth: depth + 1))
                })
        }
    }
}

struct TreeKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// SplitMix64: reproducible random values for the property tests.
struct TestRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Small, large and extreme integers.
    mutating func integer() -> Int {
        switch next() % 4 {
        case 0: return Int(next() % 100)
        case 1: return -Int(next() % 100_000)
        case 2: return Int(bitPattern: UInt(next()))
        default: return [Int.min, Int.max, 0, -1][Int(next() % 4)]
        }
    }

    /// Any bit pattern (subnormals, non-finite), short decimals, integral values and powers of ten.
    mutating func double() -> Double {
        switch next() % 5 {
        case 0: return Double(bitPattern: next())
        case 1: return Double(Int(next() % 2_000_001) - 1_000_000) / 1000
        case 2: return Double(Int64(bitPattern: next()) >> Int64(next() % 63))
        case 3: return pow(10, Double(Int(next() % 640) - 330)) * (next() % 2 == 0 ? 1 : -1)
        default: return Double(next() % 1000) / Double(1 + next() % 1000)
        }
    }
}
