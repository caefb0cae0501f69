import ActorNet
import ActorNetAnalysis
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetReport

/// The whole report reads one `NetworkAnalysis`: each graph view is built once and Louvain runs once.
@Suite struct ReportDataAnalysisTests {
    @Test func aFullReportOfChileBuildsEachViewOnceAndRunsLouvainOnce() throws {
        let loaded = try NetworkFile.load(PackagePaths.example("chile"))
        let analysis = NetworkAnalysis(loaded)
        let data = ReportData.build(analysis, language: .es, generated: Date(timeIntervalSince1970: 0))
        _ = HTMLReport.render(data)
        _ = MarkdownReport.render(data, stem: "chile")
        var expected = NetworkAnalysis.Statistics()
        expected.weightedGraphBuilds = 1
        expected.binaryGraphBuilds = 1  // chile's ties have weights 1–3: the binary view is a graph of its own
        expected.undirectedViewBuilds = 1
        expected.componentRuns = 1
        expected.louvainRuns = 1
        #expect(analysis.statistics == expected)
        #expect(data.diagrams.count == 5)
    }

    /// The partner reason "would bridge two communities" and the communities section read the same partition.
    @Test func partnerBridgesFollowTheReportsCommunities() throws {
        let loaded = try NetworkFile.load(PackagePaths.example("chile"))
        let analysis = NetworkAnalysis(loaded)
        let data = ReportData.build(
            analysis, language: .en, generated: Date(timeIntervalSince1970: 0),
            maxDiagramActors: 0)
        let index = loaded.network.actorIndex
        let community = data.communities.membership
        for suggestion in data.partners {
            let bridges = community[index[suggestion.a]!] != community[index[suggestion.b]!]
            #expect(suggestion.reasons.contains(.bridgesCommunities) == bridges)
        }
        #expect(analysis.statistics.louvainRuns == 1)
    }
}
