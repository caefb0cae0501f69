import ActorNetTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The hostile-input corpus (Fixtures/hostile/NOTES.md) through the CLI: each file's exact outcome (the table in
/// HostileInputTests+Expected.swift), no crash, no hang, no leaked secret; valid ones are also converted and rendered.
@Suite(.serialized) struct HostileInputTests {
    static let folder = fixture("hostile")
    static let corpus: [String] =
        (try? FileManager.default.contentsOfDirectory(atPath: folder))?
        .filter { $0 != "NOTES.md" && $0 != "dangling.actors.csv" }.sorted() ?? []
    static let secret = "root:x:0:0"

    struct Run {
        var status: Int32
        var signalled: Bool
        var stdout: String
        var stderr: String
        var seconds: Double
    }

    static func run(_ arguments: [String], timeout: Double = 20) throws -> Run {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let start = Date()
        try process.run()
        let killer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        killer.cancel()
        return Run(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            stdout: stdout, stderr: stderr, seconds: Date().timeIntervalSince(start))
    }

    /// 0, or 65 with every error line naming the file and a line.
    func checkOutcome(_ run: Run, file: String) {
        #expect(!run.signalled, "\(file) crashed or was killed (hang?)")
        #expect(run.status == 0 || run.status == 65, "\(file): exit \(run.status)\n\(run.stderr)")
        if run.status == 65 {
            let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
            #expect(!errors.isEmpty, "\(file): no error message")
            for line in errors {
                #expect(
                    line.hasPrefix(file + ":") && line.dropFirst(file.count + 1).first?.isNumber == true,
                    "\(file): message without file and line: \(line)")
            }
        }
        #expect(!run.stdout.contains(Self.secret) && !run.stderr.contains(Self.secret), "\(file) leaked a secret")
    }

    /// The corpus and the table must name the same files, so neither can drift from the other.
    @Test func everyCorpusFileHasAnExpectedOutcome() {
        let expected = Set(Self.expected.keys)
        #expect(Set(Self.corpus).subtracting(expected).sorted() == [], "corpus files without an expected outcome")
        #expect(expected.subtracting(Self.corpus).sorted() == [], "expected outcomes without a corpus file")
    }

    /// The outcome with the machine-dependent folders replaced: the corpus folder by nothing, the scratch one by OUT/.
    static func outcome(_ run: Run, scratch: String) -> Outcome {
        func relative(_ text: String) -> String {
            text.replacingOccurrences(of: folder + "/", with: "").replacingOccurrences(of: scratch + "/", with: "OUT/")
        }
        let messages = relative(run.stderr).split(separator: "\n").map(String.init)
        if run.status == 0 { return .read(relative(run.stdout), warnings: messages) }
        return .refused(status: run.status, errors: messages, stdout: relative(run.stdout))
    }

    @Test(arguments: corpus)
    func corpusFileHasItsExactOutcome(name: String) throws {
        let path = Self.folder + "/" + name
        let dir = try scratchFolder("hostile")
        let arguments: [String]
        if name.hasSuffix("iati.xml") {
            arguments = ["import-iati", path, "-o", dir + "/out.yaml"]
        } else if name == "dangling.csv" {
            arguments = ["validate", path, "--actors", Self.folder + "/dangling.actors.csv"]
        } else {
            arguments = ["validate", path]
        }
        let run = try Self.run(arguments)
        #expect(!run.signalled, "\(name) crashed or was killed (hang?)")
        #expect(Self.outcome(run, scratch: dir) == Self.expected[name], "\(name)")
        #expect(!run.stdout.contains(Self.secret) && !run.stderr.contains(Self.secret), "\(name) leaked a secret")
        #expect(run.seconds < 10, "\(name) took \(run.seconds) s")
        let written = (try? String(contentsOfFile: dir + "/out.yaml", encoding: .utf8)) ?? ""
        #expect(!written.contains(Self.secret))
        guard run.status == 0, !name.hasSuffix("iati.xml") else { return }
        // Valid inputs also go through every writer and the renderer.
        for output in ["out.csv", "out.graphml", "out.gexf", "out.json", "out.svg"] {
            let verb =
                output.hasSuffix(".svg")
                ? ["render", path, "-o", dir + "/" + output] : ["convert", path, dir + "/" + output]
            let step = try Self.run(verb)
            // payloads.json holds a U+0001, which XML 1.0 cannot carry: GraphML and GEXF refuse it at its field.
            let refusedAsXML = name == "payloads.json" && (output.hasSuffix(".graphml") || output.hasSuffix(".gexf"))
            #expect(step.status == (refusedAsXML ? 65 : 0) && !step.signalled, "\(name) → \(output): \(step.stderr)")
            let text = (try? String(contentsOfFile: dir + "/" + output, encoding: .utf8)) ?? ""
            #expect(!text.contains(Self.secret), "\(name) → \(output) leaked a secret")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    @Test func tenMegabyteSingleLineAndAMillionActors() throws {
        let dir = try scratchFolder("hostile")
        let longName = String(repeating: "x", count: 10_000_000)
        try Data("actors: [{id: a, name: \(longName)}, {id: b}]\nties: [{from: a, to: b}]\n".utf8).write(
            to: URL(fileURLWithPath: dir + "/long.yaml"))
        try Data("source,target,note\na,b,\(longName)\n".utf8).write(to: URL(fileURLWithPath: dir + "/long.csv"))
        for file in ["long.yaml", "long.csv"] {
            let run = try Self.run(["validate", dir + "/" + file], timeout: 60)
            checkOutcome(run, file: dir + "/" + file)
            #expect(run.status == 0)
        }
        var rows = "source,target\n"
        rows.reserveCapacity(12_000_000)
        for i in 0..<500_000 { rows += "a\(2 * i),a\(2 * i + 1)\n" }
        try Data(rows.utf8).write(to: URL(fileURLWithPath: dir + "/million.csv"))
        // Debug build: ~17 s here (release: ~5 s); the limit only catches hangs.
        let million = try Self.run(["validate", dir + "/million.csv"], timeout: 120)
        checkOutcome(million, file: dir + "/million.csv")
        #expect(million.stdout.contains("valid: 1000000 actors, 500000 ties"))
        // The largest child so far stayed under 1 GB.
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        #expect(usage.ru_maxrss < 1_000_000, "peak \(usage.ru_maxrss) KB")
    }
}
