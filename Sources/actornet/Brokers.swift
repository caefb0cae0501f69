import ActorNet
import ActorNetAnalysis
import ArgumentParser
import Foundation

struct Brokers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Gould–Fernandez brokerage roles by sector or level, with Burt's structural holes.",
        discussion: """
            Roles (Gould & Fernandez 1989) of each broker b on the open two-paths a → b → c (no tie a → c):
            coordinator, itinerant, representative, gatekeeper, liaison, by the groups of a, b and c. Only the
            presence of ties counts (weights are ignored); undirected ties count in both directions, so each
            open two-path of an undirected network counts twice. z = (count − E)/sd under sna's null model (ties
            independent with the observed density, groups fixed): the expected counts, standard deviations
            (with their covariance terms) and z-scores equal R's sna::brokerage, per actor and for the whole
            network; null where sna gives NaN (sd 0). Constraint, effective size and efficiency equal NetworkX's.
            JSON: {"by", "actors": [{"id", "coordinator", "itinerant", "representative", "gatekeeper", "liaison",
            "total", "z": {role: value}, "constraint", "effective_size", "efficiency"}], "network": {role: count,
            "total", "expected": {role: value}, "sd": {role: value}, "z": {role: value}}}.
            Formulas: docs/measures/Brokerage.md.

            Example:
              actornet brokers Networks/colombia.yaml --by sector
              actornet brokers Networks/mexico.yaml --by level --format json
            """
    )

    @OptionGroup var input: NetworkInput
    @OptionGroup var shown: AnalysisOutputOptions

    @OptionGroup var grouping: GroupingOption

    func run() throws {
        let analysis = try input.analysis()
        grouping.warnIfUnspecified(analysis, input.language(for: analysis.network))
        let network = analysis.network
        let roles = analysis.brokerage(by: grouping.by)
        let holes = analysis.structuralHoles
        if shown.format == .json {
            try printJSON(analysis.brokers(by: grouping.by))
            return
        }
        let language = input.language(for: network)
        let headingKeys: [CatalogueKey] = [
            .tableActor, .brokersCoordinator, .brokersItinerant, .brokersRepresentative, .brokersGatekeeper,
            .brokersLiaison, .brokersTotal, .brokersZTotal, .brokersConstraint, .brokersEffectiveSize,
            .brokersEfficiency,
        ]
        let headings = headingKeys.map { language.text($0) }
        let order = network.actors.indices.sorted {
            roles.totals[$0] != roles.totals[$1] ? roles.totals[$0] > roles.totals[$1] : $0 < $1
        }
        var rows = [headings]
        for i in order {
            rows.append(
                [network.actors[i].name] + roles.counts[i].map(String.init) + [
                    String(roles.totals[i]), cellText(roles.z[i][BrokerageRoles.total], digits: 2),
                    cellText(holes.constraint[i]), cellText(holes.effectiveSize[i], digits: 2),
                    cellText(holes.efficiency[i]),
                ])
        }
        let title = language.text(grouping.by == .sector ? .brokersTitleBySector : .brokersTitleByLevel)
        try printOutput(input.windowHeading(language) + title + "\n\n" + alignedTable(rows))
    }
}
