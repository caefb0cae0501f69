import ArgumentParser
import ActorNet
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
        subcommands: [Validate.self, Info.self, Analyze.self, Render.self, Convert.self, ImportIATI.self, Partners.self, Brokers.self, Mixing.self, Communities.self, Projects.self, Profile.self, Report.self, Doctor.self]
    )
}

extension ActorNetCommand {
    /// Installs the SIGINT/SIGTERM clean-up, then parses and runs as swift-argument-parser would.
    static func main() {
        SignalCleanup.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}

enum ActorNetVersion {
    static let current = "0.1.0"
}
