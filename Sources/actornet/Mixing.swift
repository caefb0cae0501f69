import ArgumentParser
import ActorNet
import ActorNetAnalysis
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
        let mixing = analysis.groupMixing(by: grouping.by)
        let result = mixing.mixing
        let names = result.groupNames
        if shown.format == .json {
            try printJSON(mixing)
            return
        }
        let label: (String) -> String = { name in
            if let s = Sector(rawValue: name), grouping.by == .sector { return s.label(shown.language) }
            if let l = Level(rawValue: name) { return l.label(shown.language) }
            return name
        }
        var out = shown.word("E-I index", "Índice E-I") + " \(cellText(result.eiIndex)) · "
            + shown.word("assortativity", "asortatividad") + " \(cellText(result.assortativity))\n\n"
        var rows = [[shown.word("group", "grupo"), shown.word("internal", "internos"), shown.word("external", "externos"), "E-I"]]
        for g in names.indices {
            rows.append([label(names[g]), String(result.internalTies[g]), String(result.externalTies[g]), cellText(result.groupEI[g])])
        }
        out += alignedTable(rows) + "\n\n" + shown.word("Ties between groups", "Lazos entre grupos") + "\n"
        var matrixRows = [[""] + names.map(label)]
        for g in names.indices { matrixRows.append([label(names[g])] + result.matrix[g].map(String.init)) }
        try printOutput(out + alignedTable(matrixRows))
    }
}
