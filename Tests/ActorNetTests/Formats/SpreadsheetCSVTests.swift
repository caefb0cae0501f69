import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

/// `convert … --excel`: the CSV dialect a spreadsheet opens as it is, read back into the same network.
@Suite struct SpreadsheetCSVTests {
    /// Writes the four files of `network` in `dialect` as `stem.csv` & co and loads them back.
    private func roundTrip(_ network: Network, _ dialect: CSVDialect, stem: String) throws -> LoadedNetwork {
        let csv = NetworkWriter.csv(network, dialect: dialect)
        let folder = try scratchFolder("spreadsheet")
        let files = [("", csv.ties), (".actors", csv.actors), (".network", csv.network), (".projects", csv.projects)]
        for (suffix, data) in files {
            try data?.write(to: URL(fileURLWithPath: "\(folder)/\(stem)\(suffix).csv"))
        }
        return try NetworkFile.load("\(folder)/\(stem).csv")
    }

    @Test(arguments: [Language.es, .en, .pt])
    func readsBackAsTheSameNetwork(language: Language) throws {
        for source in [fixture("networkx/roundtrip.yaml"), PackagePaths.example("chile")] {
            let network = try NetworkFile.load(source).network
            let back = try roundTrip(network, .spreadsheet(language), stem: "net-\(language.rawValue)")
            #expect(back.network == network, "\(source)")
            #expect(back.warnings.map(\.description) == [])
        }
    }

    @Test func spanishDialectBytes() throws {
        let network = try NetworkFile.load(fixture("networkx/roundtrip.yaml")).network
        let csv = NetworkWriter.csv(network, dialect: .spreadsheet(.es))
        let bom = "\u{FEFF}"
        #expect(
            String(decoding: csv.ties, as: UTF8.self)
                == bom + "origen;destino;peso;tipo;dirigido;proyecto;nota;dinero;moneda;trabajo;en especie;inicio;fin;"
                + "channel\r\n"
                + "banco;fund-andes;2,5;financiamiento;;;Grant & follow-up;12000,5;COP;;;2021-03-01;2023-12-31;\r\n"
                + "fund-andes;min-edu;1;coordinación;;;;;;;;2020-01-15;;mesa técnica\r\n"
                + "min-edu;red;0,75;cooperación técnica;;;;;;30;aulas;;;\r\n"
                + "red;fund-andes;3;intercambio de conocimiento;;;;;;;;;;\r\n")
        #expect(
            String(decoding: csv.network, as: UTF8.self)
                == bom + "campo;valor\r\nnombre;Red de prueba & cía\r\ndescripción;Round-trip fixture\r\n"
                + "dirigido;true\r\n")
        let actors = String(decoding: csv.actors, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(
            actors[0...1] == [
                bom + "id;nombre;sector;nivel;país;territorio;roles;ofrece;necesidades;motivación;notas;"
                    + "founded;website",
                "fund-andes;Fundación Andes & Hijos;sociedad civil;nacional;CO;Antioquia;\"implementer;convener\";"
                    + "local-knowledge;;;Works with rural schools;1998;https://example.org/andes",
            ])
    }

    @Test func portugueseHeaders() {
        let csv = NetworkWriter.csv(Network(name: "n"), dialect: .spreadsheet(.pt))
        #expect(
            String(decoding: csv.ties, as: UTF8.self)
                == "\u{FEFF}origem;destino;peso;tipo;dirigido;projeto;nota;dinheiro;moeda;trabalho;em espécie\r\n")
        #expect(
            String(decoding: csv.actors, as: UTF8.self)
                == "\u{FEFF}id;nome;setor;nível;país;território;papéis;oferece;necessidades;motivação;observações\r\n")
    }

    /// The headers an earlier `--excel` wrote where the catalogue now has other words (es `necesita`, `acuerdo`; pt
    /// `precisa`, `liderança`) still read, as the catalogue's words do.
    @Test func earlierHeaderSpellingsStillRead() throws {
        let folder = try scratchFolder("spreadsheet")
        let files = [
            ("old.csv", "origen;destino\r\na;b\r\n"),
            ("old.actors.csv", "id;nombre;necesita\r\na;A;sede\r\nb;B;\r\n"),
            ("old.projects.csv", "id;nombre;liderança;acuerdo;miembro\r\np;P;a;C-1;b\r\n"),
        ]
        for (name, text) in files {
            try Data(("\u{FEFF}" + text).utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name)"))
        }
        let loaded = try NetworkFile.load("\(folder)/old.csv")
        #expect(loaded.network.actors.map(\.needs) == [["sede"], []])
        #expect(loaded.network.projects.map { [$0.lead, $0.agreement] } == [["a", "C-1"]])
        #expect(loaded.warnings.map(\.description) == [])
    }
}
