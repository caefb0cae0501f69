import ActorNet
import ActorNetRender
import Foundation

/// Random valid networks with random strings (NUL-separated in the input) drawn through Graphviz: the render must
/// succeed, report no Graphviz error, and the SVG must contain every label line.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: bytes, count: min(count, 4096))
    let names = buffer.split(separator: 0, omittingEmptySubsequences: false).prefix(12).map { String(decoding: $0, as: UTF8.self) }
    guard names.count >= 2 else { return 0 }
    var network = Network(name: names[0], source: names.last)
    network.actors = names.indices.map { Actor(id: "a\($0)", name: names[$0], sector: Sector.allCases[$0 % 6], level: Level.allCases[$0 % 5]) }
    network.ties = (1..<names.count).map { Tie(from: "a0", to: "a\($0)", weight: Double($0), kind: TieKind.allCases[$0 % 8]) }
    guard let diagram = try? DiagramBuilder.build(network, options: DiagramOptions()) else { fatalError("diagram refused") }
    let svg: Data
    do { svg = try GraphvizRenderer.render(diagram.graph, layout: diagram.layout, format: "svg") } catch {
        fatalError("Graphviz failed on encoder output: \(error)")
    }
    // Graphviz writes some characters as numeric entities (`-` as `&#45;`): decode them before comparing.
    var text = String(decoding: svg, as: UTF8.self)
    while let match = text.firstMatch(of: /&#(\d+);/), let code = UInt32(match.1), let scalar = Unicode.Scalar(code) {
        text.replaceSubrange(match.range, with: String(Character(scalar)))
    }
    for actor in network.actors {
        for line in DiagramStyle.wrap(actor.name).split(separator: "\n") {
            let visible = line.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }
            let escaped = String(String.UnicodeScalarView(visible)).replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            if !escaped.trimmingCharacters(in: .whitespaces).isEmpty, !text.contains(escaped.trimmingCharacters(in: .whitespaces)) {
                // Graphviz normalises some whitespace and quotes; only a missing visible word is a failure.
                let words = escaped.split(separator: " ").map(String.init).filter { !$0.isEmpty && !$0.contains("\"") && !$0.contains("'") }
                for word in words where !text.contains(word) { fatalError("label word missing from SVG: \(word)") }
            }
        }
    }
    return 0
}
