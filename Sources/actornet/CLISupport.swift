import ArgumentParser
import ActorNet
import Foundation

/// sysexits(3) codes the CLI contract names.
enum Exit {
    static let usage = ExitCode(64)
    static let data = ExitCode(65)
    static let cannotOpen = ExitCode(66)
    static let cannotCreate = ExitCode(73)
}

/// Standard error, unbuffered.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Loads a network, printing every problem to stderr and mapping failures to exit 65/66.
func loadNetwork(_ path: String, actors: String?, showWarnings: Bool = true) throws -> LoadedNetwork {
    do {
        let loaded = try NetworkFile.load(path, actors: actors)
        if showWarnings { for warning in loaded.warnings { printError(warning.description) } }
        return loaded
    } catch {
        printError(error.description)
        switch error {
        case .cannotOpen: throw Exit.cannotOpen
        case .invalid: throw Exit.data
        }
    }
}

/// Pretty, key-sorted JSON of a plain dictionary/array tree.
func jsonText(_ object: Any) -> String {
    let data = try! JSONSerialization.data(withJSONObject: object,
                                           options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self)
}

/// Left-aligns the first column and right-aligns the others.
func alignedTable(_ rows: [[String]]) -> String {
    guard let width = rows.map(\.count).max() else { return "" }
    var widths = [Int](repeating: 0, count: width)
    for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
    return rows.map { row in
        row.enumerated().map { i, cell in
            let pad = String(repeating: " ", count: widths[i] - cell.count)
            return i == 0 ? cell + pad : pad + cell
        }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }.joined(separator: "\n")
}
