import ActorNet
import ActorNetAnalysis
import ArgumentParser
import Foundation

struct Mixing: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "How ties mix sectors or levels: E-I index, assortativity and the group × group matrix.",
        discussion: """
            E-I = (external − internal)/(external + internal): −1 all ties within groups, +1 all across.
            JSON: {"by", "ei_index", "assortativity", "groups": [{"group", "internal", "external", "ei_index"}],
            "matrix": {group: {group: ties}}, "actors": [{"id", "internal", "external", "ei_index"}]}.

            Example:
              actornet mixing Networks/peru.yaml --by sector
              actornet mixing Networks/chile.yaml --by level --format json
            """
    )

    @OptionGroup var input: NetworkInput
    @OptionGroup var shown: AnalysisOutputOptions

    @OptionGroup var grouping: GroupingOption

    func run() throws {
        let analysis = try input.analysis()
        grouping.warnIfUnspecified(analysis, input.language(for: analysis.network))
        let mixing = analysis.groupMixing(by: grouping.by)
        let result = mixing.mixing
        let names = result.groupNames
        if shown.format == .json {
            try printJSON(mixing)
            return
        }
        let language = input.language(for: analysis.network)
        let label: (String) -> String = { name in
            if let s = Sector(rawValue: name), grouping.by == .sector { return s.label(language) }
            if let l = Level(rawValue: name) { return l.label(language) }
            return name
        }
        var out =
            input.windowHeading(language) + language.text(.mixingEIIndex) + " \(cellText(result.eiIndex)) · "
            + language.text(.mixingAssortativity) + " \(cellText(result.assortativity))\n\n"
        let headingKeys: [CatalogueKey] = [.mixingGroup, .mixingInternal, .mixingExternal, .mixingEI]
        var rows = [headingKeys.map { language.text($0) }]
        for g in names.indices {
            rows.append([
                label(names[g]), String(result.internalTies[g]), String(result.externalTies[g]),
                cellText(result.groupEI[g]),
            ])
        }
        out += alignedTable(rows) + "\n\n" + language.text(.mixingTiesBetweenGroups) + "\n"
        var matrixRows = [[""] + names.map(label)]
        for g in names.indices { matrixRows.append([label(names[g])] + result.matrix[g].map(String.init)) }
        try printOutput(out + alignedTable(matrixRows))
    }
}
