import ActorNetTestSupport
import Foundation
import Testing

@Suite struct InterchangeCommandTests {
    @Test func csvRoundTripThroughTheCLI() throws {
        let dir = try scratchFolder("convert")
        let chile = PackagePaths.example("chile")
        let out = try CLI.run(["convert", chile, dir + "/net.csv"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(
            out.stdout == "\(dir)/net.csv\n\(dir)/net.actors.csv\n\(dir)/net.network.csv\n\(dir)/net.projects.csv\n")
        // Read back by its name alone (the companions are found beside it): the same network, name included.
        let back = try CLI.run(["convert", dir + "/net.csv", dir + "/back.json"])
        #expect(back.status == 0, "\(back.stderr)")
        let original = try CLI.run(["info", chile, "--format", "json"]).stdout
        let again = try CLI.run(["info", dir + "/back.json", "--format", "json"]).stdout
        #expect(original == again)
        #expect(try CLI.run(["convert", chile, dir + "/direct.json"]).stdout == "\(dir)/direct.json\n")
        #expect(
            try String(contentsOfFile: dir + "/back.json", encoding: .utf8)
                == String(contentsOfFile: dir + "/direct.json", encoding: .utf8))
    }

    @Test func gexfComesBackThroughConvert() throws {
        let dir = try scratchFolder("convert")
        #expect(try CLI.run(["convert", PackagePaths.example("chile"), dir + "/n.gexf"]).stdout == "\(dir)/n.gexf\n")
        let back = try CLI.run(["convert", dir + "/n.gexf", dir + "/back.yaml"])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout == "\(dir)/back.yaml\n")
        let check = try CLI.run(["validate", dir + "/back.yaml"])
        #expect(check.stdout == "\(dir)/back.yaml: valid: 20 actors, 27 ties, 0 projects\n")
    }

    @Test func everyOutputFormatAndTheSafetyRules() throws {
        let dir = try scratchFolder("convert")
        let chile = PackagePaths.example("chile")
        for ext in ["yaml", "json", "graphml", "gexf", "dot"] {
            let result = try CLI.run(["convert", chile, "\(dir)/n.\(ext)"])
            #expect(result.status == 0, "\(ext): \(result.stderr)")
        }
        #expect(try CLI.run(["validate", "\(dir)/n.graphml"]).status == 0)
        #expect(try CLI.run(["convert", chile, "\(dir)/n.xls"]).status == 64)
        let copy = dir + "/copy.yaml"
        try FileManager.default.copyItem(atPath: chile, toPath: copy)
        let same = try CLI.run(["convert", copy, copy])
        #expect(same.status == 73)
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == String(contentsOfFile: chile, encoding: .utf8))
    }

    @Test func importIATIWritesAValidNetworkAndSummarises() throws {
        let dir = try scratchFolder("convert")
        let result = try CLI.run(["import-iati", fixture("acfspain-co.xml"), "-o", dir + "/acf.yaml", "--lang", "es"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr == """
                import-iati: 1 actividades leídas, 1 conservadas; 2 organizaciones, 1 lazos, 1 proyectos
                calidad: 0 de 2 actores sin sector (0 %), 0 sin nivel (0 %)
                calidad: 0 grupos fusionados, 0 grupos candidatos por revisar, 0 pseudoorganizaciones descartadas, \
                0 aislados
                calidad: clasificados por iati-type 2

                """)
        // The network says `language: es`: validate speaks Spanish without --lang, English with it.
        let check = try CLI.run(["validate", dir + "/acf.yaml"])
        #expect(check.stdout == "\(dir)/acf.yaml: válida: 2 actores, 1 lazo, 1 proyecto\n")
        let english = try CLI.run(["validate", dir + "/acf.yaml", "--lang", "en"])
        #expect(english.stdout == "\(dir)/acf.yaml: valid: 2 actors, 1 tie, 1 project\n")
        let text = try String(contentsOfFile: dir + "/acf.yaml", encoding: .utf8)
        #expect(text.contains("name: Acción Contra el Hambre\n"))
        #expect(text.contains("iati_name: ACCIÓN CONTRA EL HAMBRE\n"))
        let bad = dir + "/bad.xml"
        try Data("<iati-activities>\n<iati-activity>\n</iati-activities>\n".utf8).write(to: URL(fileURLWithPath: bad))
        let broken = try CLI.run(["import-iati", bad, "-o", dir + "/bad.yaml"])
        #expect(broken.status == 65)
        #expect(broken.stderr.hasPrefix("\(bad):3: error: malformed XML"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/bad.yaml"))
        #expect(try CLI.run(["import-iati", dir + "/missing.xml", "-o", dir + "/m.yaml"]).status == 66)
    }
}

@Suite struct NodeLinkCommandTests {
    /// NetworkX's node-link JSON in, node-link JSON out: the golden file is what `node_link_graph` reads back
    /// (checked when it was made: a MultiDiGraph with the same keyed edges).
    @Test func convertReadsAndWritesNodeLink() throws {
        let dir = try scratchFolder("node-link")
        let input = PackagePaths.file("Tests/ActorNetTests/Fixtures/node-link/directed-multigraph.json")
        let result = try CLI.run(["convert", input, dir + "/out.json", "--node-link"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "\(dir)/out.json\n")
        #expect(
            try String(contentsOfFile: dir + "/out.json", encoding: .utf8)
                == String(contentsOfFile: fixture("directed-multigraph.node-link.json"), encoding: .utf8))
        let wrong = try CLI.run(["convert", input, dir + "/out.yaml", "--node-link"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.hasPrefix("Error: `--node-link` writes JSON: give an output file ending in `.json`\n"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.yaml"))
    }

    /// Whether `python3` can import networkx (the client this test runs).
    static let networkX: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import networkx"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// NetworkX itself reads what `convert --node-link` writes into the same graph.
    @Test(.enabled(if: networkX, "python3 with networkx is missing: `pip install networkx` installs it"))
    func networkXReadsWhatConvertWrites() throws {
        let dir = try scratchFolder("node-link")
        let out = try CLI.run(["convert", PackagePaths.example("chile"), dir + "/chile.json", "--node-link"])
        #expect(out.status == 0, "\(out.stderr)")
        let script = """
            import json, sys, networkx as nx
            g = nx.node_link_graph(json.load(open(sys.argv[1])), edges="links")
            print(type(g).__name__, g.number_of_nodes(), g.number_of_edges(), g.graph["language"])
            print(sorted(g.degree(weight="weight"))[0], g.nodes["agencia-coop"]["offers"])
            """
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, dir + "/chile.json"]
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output == "Graph 20 27 es\n('agencia-coop', 9) ['funding', 'policy-influence', 'networks']\n")
    }
}
