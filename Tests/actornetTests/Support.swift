import ActorNetTestSupport
import Foundation

/// Runs the built `actornet` binary (next to this test bundle in .build/<config>/).
struct CLI {
    static let binary: URL = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("actornet")

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The environment every run starts from: this process's, with the locale variables fixed to English, so an
    /// output never depends on the machine's language; `environment` overrides (a test of the language rule).
    static func environment(_ overrides: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANGUAGE"] { environment[name] = nil }
        environment["LANG"] = "C.UTF-8"
        return environment.merging(overrides) { $1 }
    }

    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws
        -> Result
    {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = Self.environment(environment)
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Path of a file in this test target's `Fixtures` folder.
func fixture(_ name: String) -> String { fixturePath(name, in: .module) }
