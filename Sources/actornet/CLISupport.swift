import ActorNet
import ArgumentParser
import Foundation
import Synchronization

/// sysexits(3) codes the CLI contract names.
enum Exit {
    static let usage = ExitCode(64)
    static let data = ExitCode(65)
    static let cannotOpen = ExitCode(66)
    static let cannotCreate = ExitCode(73)
    /// A required service (Graphviz's renderers) is unavailable.
    static let unavailable = ExitCode(69)
    /// Graphviz failed on a diagram we built: a bug on our side.
    static let software = ExitCode(70)
    /// Standard output could not be written (a full disk, an I/O error).
    static let ioError = ExitCode(74)
}

/// Loads a network, printing every problem to stderr and mapping failures to exit 65/66. Warnings follow the
/// verb's language (`option`, else the file's `language`, else the environment); errors, found before the file's
/// language is known, follow `option`, else the environment.
func loadNetwork(
    _ path: String, actors: String?, sheet: String? = nil, showWarnings: Bool = true,
    language option: Language?
) throws -> LoadedNetwork {
    do {
        let loaded = try NetworkFile.load(path, actors: actors, sheet: sheet)
        let language = Language.resolve(option: option, network: loaded.network.language)
        MessageLanguage.current = language
        if showWarnings { for warning in loaded.warnings { printError(warning.description(in: language)) } }
        return loaded
    } catch {
        printError(error.description(in: Language.resolve(option: option, network: nil)))
        switch error {
        case .cannotOpen: throw Exit.cannotOpen
        case .invalid: throw Exit.data
        }
    }
}

/// Left-aligns the columns in `leftAligned` (the first by default) and right-aligns the others.
func alignedTable(_ rows: [[String]], leftAligned: Set<Int> = [0]) -> String {
    guard let width = rows.map(\.count).max() else { return "" }
    var widths = [Int](repeating: 0, count: width)
    for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
    return rows.map { row in
        row.enumerated().map { i, cell in
            let pad = String(repeating: " ", count: widths[i] - cell.count)
            return leftAligned.contains(i) ? cell + pad : pad + cell
        }.joined(separator: "  ").trailingSpacesRemoved
    }.joined(separator: "\n")
}

extension String {
    /// Without trailing spaces (a byte scan: a `Regex` per line took two thirds of `brokers` on 100k actors).
    var trailingSpacesRemoved: String {
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: " ") {
            end = utf8.index(before: end)
        }
        return String(self[..<end])
    }
}

/// Progress on stderr, only when stderr is a terminal and the work has run for more than two seconds.
final class ProgressReporter: @unchecked Sendable {
    private let start = Date()
    private let lock = NSLock()
    private var shown = false

    static func ifTerminal() -> ProgressReporter? { isatty(STDERR_FILENO) == 1 ? ProgressReporter() : nil }

    func update(_ phase: String, _ fraction: Double) {
        lock.lock()
        defer { lock.unlock() }
        guard Date().timeIntervalSince(start) > 2 else { return }
        shown = true
        StandardError.write("\r\(phase): \(Int(fraction * 100))%   ")
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { StandardError.write("\r\u{1B}[K") }
    }
}

/// Large structures still referenced here when the process exits are not freed one by one: the system takes the
/// whole address space back at once. On a 500k-tie network the piecewise teardown cost as much as the PageRank.
/// (The same reasoning as clang's `-disable-free`.) Call only as the last step of a command.
func keepUntilExit(_ values: any Sendable...) {
    keptUntilExit.withLock { $0.append(contentsOf: values) }
}

private let keptUntilExit = Mutex<[any Sendable]>([])

/// Prints the JSON of a verb's typed result (`JSONStreamWriter`: pretty, key-sorted, as `JSONOutput.text`), with
/// the time window applied as `window` when there is one.
func printJSON(_ value: some Encodable) throws {
    var data: Data
    do {
        data = try JSONStreamWriter.data(of: WindowedJSON(value: value, window: AppliedWindow.current))
    } catch {
        printError("error: the result could not be written as JSON: \(error)")
        throw Exit.software
    }
    data.append(UInt8(ascii: "\n"))
    try StandardOutput.write(data)
}

/// Prints a CSV table (`CSVStreamWriter`: RFC 4180, formula-guarded text cells).
func printCSV(header: [String], rows: [[String]]) throws {
    try StandardOutput.write(CSVStreamWriter.data(header: header, rows: rows))
}
