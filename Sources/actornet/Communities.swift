import ActorNet
import ActorNetAnalysis
import ArgumentParser
import Foundation

struct Communities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find communities (Louvain, seeded) and the partition's modularity.",
        discussion: """
            Runs on the undirected, weighted view. Same seed, same partition.
            JSON: {"modularity", "communities": [[ids]]} (largest community first).

            Example:
              actornet communities Networks/argentina.yaml
              actornet communities Networks/peru.yaml --seed 7 --resolution 1.2 --format json
            """
    )

    @OptionGroup var input: NetworkInput
    @OptionGroup var shown: AnalysisOutputOptions

    @Option(name: .long, help: "Random seed (default 1).")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Resolution γ (default 1; larger gives smaller communities).")
    var resolution: Double = 1

    func validate() throws {
        if !(resolution > 0 && resolution.isFinite) {
            throw ValidationError(input.language.beforeReading.text(.cliPositiveNumber, ["option": "--resolution"]))
        }
    }

    func run() throws {
        let analysis = try input.analysis()
        let network = analysis.network
        let result = analysis.communities(seed: seed, resolution: resolution)
        if shown.format == .json {
            try printJSON(CommunityListing(result, ids: network.actors.map(\.id)))
            return
        }
        let language = input.language(for: network)
        var out =
            language.text(.communitiesModularity) + " \(cellText(result.modularity)) · "
            + language.count(.countCommunities, result.communities.count) + "\n"
        for (k, community) in result.communities.enumerated() {
            let sectors = Dictionary(grouping: community, by: { network.actors[$0].sector }).mapValues(\.count)
            let composition = Sector.allCases.compactMap { s in sectors[s].map { "\(s.label(language)) \($0)" } }
                .joined(separator: ", ")
            out +=
                "\n\(k + 1). (\(community.count)) \(composition)\n   "
                + community.map { network.actors[$0].name }.joined(separator: "; ")
        }
        try printOutput(input.windowHeading(language) + out)
    }
}
