import ActorNet
import ArgumentParser
import Foundation

@main
struct ActorNetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actornet",
        abstract: "Map multi-actor development-cooperation networks: who works with whom, who brokers, who is missing.",
        discussion: """
            Network files are YAML, JSON or CSV (see docs/network-format.md).

            Example:
              actornet validate Networks/chile.yaml
              actornet info Networks/peru.yaml --format json
            """,
        version: ActorNetVersion.current,
        subcommands: [
            Validate.self, Info.self, Analyze.self, Render.self, Convert.self, ImportIATI.self, Partners.self,
            Brokers.self, Mixing.self, Communities.self, Projects.self, Profile.self, TimelineCommand.self, Report.self,
            Serve.self,
            Doctor.self,
        ]
    )
}

extension ActorNetCommand {
    /// Installs the SIGINT/SIGTERM clean-up and ignores SIGPIPE (a closed standard output is handled where it is
    /// written: `StandardOutput`), then parses and runs as swift-argument-parser would, except that help and
    /// messages are written through `StandardOutput` / `StandardError` too.
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        SignalCleanup.install()
        MessageLanguage.current = MessageLanguage.fromArguments(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            finish(with: error)
        }
    }

    private static func finish(with error: Error) -> Never {
        var code = exitCode(for: error)
        var message = fullMessage(for: error)
        // swift-argument-parser words its errors `Error: …` in English; the text after it is ours.
        if code != .success { message = Self.worded(message, MessageLanguage.current) }
        if !message.isEmpty {
            if code == .success {
                do { try printOutput(message) } catch { code = exitCode(for: error) }
            } else {
                printError(message)
            }
        }
        Glibc.exit(code.rawValue)
    }
}

extension ActorNetCommand {
    /// swift-argument-parser's own words around our messages (`Error: `, `Usage: `, `See '… --help' for more
    /// information.`) in `language`; the usage synopsis itself is syntax and stays as it is.
    static func worded(_ message: String, _ language: Language) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if line.hasPrefix("Error: ") { return language.text(.cliUsageError, ["text": line.dropFirst(7)]) }
            if line.hasPrefix("Usage: ") { return language.text(.cliUsage) + line.dropFirst(6) }
            let seeHelp = /^(\s*)See '(.+) --help' for more information\.$/
            if let match = line.wholeMatch(of: seeHelp) {
                return match.1 + language.text(.cliSeeHelp, ["command": match.2])
            }
            return String(line)
        }.joined(separator: "\n")
    }
}

enum ActorNetVersion {
    static let current = "0.1.0"
}
