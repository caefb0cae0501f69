import ActorNet
import Foundation
import Testing

@testable import ActorNetAnalysis

/// `analyze`'s typed result and its encodings: undefined values are `null` in JSON and empty in CSV, counts are
/// whole numbers, and ranking puts undefined values last and ties in file order.
@Suite struct CentralityTableTests {
    static let network = Network(
        name: "two",
        actors: [
            Actor(id: "a", name: "Ana, \"A\"", sector: .public, level: .local),
            Actor(id: "b", name: "=Bo", sector: .academia, level: .national),
            Actor(id: "c", name: "Cy", sector: .private, level: .regional),
        ])
    static let report = CentralityReport(
        directed: false, weighted: true, ids: ["a", "b", "c"], measures: [.degree, .eigenvector],
        values: [.degree: [1, 2, 1], .eigenvector: [nil, 0.5, 0.25]],
        network: [("actors", 3), ("density", 2.0 / 3)], warnings: [])

    @Test func jsonHasNullForUndefinedValuesAndWholeCounts() throws {
        let table = CentralityTable(Self.report, of: Self.network).ranked(by: .eigenvector, limit: 2)
        #expect(
            try JSONStreamWriter.text(of: table) == """
                {
                  "actors" : [
                    {
                      "degree" : 2,
                      "eigenvector" : 0.5,
                      "id" : "b",
                      "level" : "national",
                      "name" : "=Bo",
                      "sector" : "academia"
                    },
                    {
                      "degree" : 1,
                      "eigenvector" : 0.25,
                      "id" : "c",
                      "level" : "regional",
                      "name" : "Cy",
                      "sector" : "private"
                    }
                  ],
                  "network" : {
                    "actors" : 3,
                    "density" : 0.6666666666666666,
                    "directed" : false,
                    "name" : "two",
                    "weighted" : true
                  }
                }
                """)
    }

    @Test func csvIsGuardedQuotedAndLeavesUndefinedValuesEmpty() throws {
        var data = Data()
        let writer = CSVStreamWriter { data.append(contentsOf: $0) }
        try CentralityTable(Self.report, of: Self.network).writeCSV(to: writer)
        try writer.finish()
        #expect(
            String(decoding: data, as: UTF8.self) == #"""
                id,name,sector,level,degree,eigenvector
                a,"Ana, ""A""",public,local,1,
                b,'=Bo,academia,national,2,0.5
                c,Cy,private,regional,1,0.25

                """#)
    }

    @Test func rankingPutsUndefinedLastAndTiesInFileOrder() {
        let table = CentralityTable(Self.report, of: Self.network)
        #expect(table.rows == [0, 1, 2])
        #expect(table.ranked(by: .eigenvector).rows == [1, 2, 0])
        #expect(table.ranked(by: .degree).rows == [1, 0, 2])
        #expect(table.ranked(by: .degree, limit: 1).rows == [1])
        #expect(table.defaultRanking == .degree)
    }
}
