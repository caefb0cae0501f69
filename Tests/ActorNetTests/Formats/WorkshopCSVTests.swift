import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

/// A Spanish workshop's ties and actors CSVs (`;`, decimal comma, accents, quotes and `&` in names, Spanish headers
/// `Origen;Destino;Intensidad;Tipo de relación` and `Nombre;Tipo de actor;Ámbito`), in UTF-8 and as Windows-1252
/// (Fixtures/workshop/make-windows-1252.sh): both give this network, nothing left `other` or `unspecified`.
@Suite struct WorkshopCSVTests {
    static let fundacion = "Fundación Pérez & Hijos", alcaldia = "Alcaldía de Medellín – Secretaría de Paz"
    static let universidad = "Universidad de Antioquia", corporacion = "Corporación \"Nuevo Día\""

    static func expected(_ name: String) -> Network {
        Network(
            name: name,
            actors: [
                Actor(id: fundacion, sector: .private, level: .national),
                Actor(id: alcaldia, sector: .public, level: .local),
                Actor(id: universidad, sector: .academia, level: .regional),
                Actor(id: corporacion, sector: .civilSociety, level: .local),
            ],
            ties: [
                Tie(from: fundacion, to: alcaldia, weight: 2.5, kind: .funding),
                Tie(from: alcaldia, to: universidad, weight: 1, kind: .technicalCooperation),
                Tie(from: universidad, to: corporacion, weight: 0.75, kind: .knowledgeExchange),
                Tie(from: corporacion, to: fundacion, weight: 3, kind: .coordination),
            ]
        )
    }

    @Test func utf8PairGivesTheNetworkWithoutWarnings() throws {
        let loaded = try NetworkFile.load(fixture("workshop/taller.csv"))
        #expect(loaded.network == Self.expected("taller"))
        #expect(loaded.warnings.map(\.description) == [])
    }

    @Test func windows1252PairGivesTheSameNetworkWithTheEncodingWarning() throws {
        let loaded = try NetworkFile.load(fixture("workshop/taller-1252.csv"))
        #expect(loaded.network == Self.expected("taller-1252"))
        let warning = "warning: not UTF-8 text: read as Windows-1252; check the accents, or save it as UTF-8"
        #expect(
            loaded.warnings.map(\.description) == [
                "\(fixture("workshop/taller-1252.csv")): \(warning)",
                "\(fixture("workshop/taller-1252.actors.csv")): \(warning)",
            ])
        let spanish =
            "advertencia: no es texto UTF-8: se leyó como Windows-1252; revise las tildes o guárdelo como UTF-8"
        #expect(loaded.warnings.first?.message(in: .es) == String(spanish.dropFirst("advertencia: ".count)))
    }

    /// The proof of issue 16: the Windows-1252 export is the same network as the UTF-8 file, field for field (only
    /// the name, which is the file's, differs).
    @Test func windows1252ExportEqualsTheUTF8Network() throws {
        var windows = try NetworkFile.load(fixture("workshop/taller-1252.csv")).network
        windows.name = "taller"
        #expect(windows == (try NetworkFile.load(fixture("workshop/taller.csv")).network))
    }

    /// UTF-16 with a BOM (Excel's "Unicode text") is read as it was before, without a warning.
    @Test func utf16WithBOMGivesTheSameTies() throws {
        let text = try String(contentsOfFile: fixture("workshop/taller.csv"), encoding: .utf8)
        let path = try scratchFolder("tests") + "/taller-utf16.csv"
        try (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!).write(to: URL(fileURLWithPath: path))
        let loaded = try NetworkFile.load(path)
        #expect(loaded.network.ties == Self.expected("taller").ties)
        #expect(loaded.warnings.map(\.description) == [])
        let bigEndian = try scratchFolder("tests") + "/taller-utf16be.csv"
        try (Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!).write(to: URL(fileURLWithPath: bigEndian))
        #expect(try NetworkFile.load(bigEndian).network.ties == Self.expected("taller").ties)
    }

    /// A column close to a known header is warned about once, naming it; every unknown column is kept as an attribute.
    @Test func unknownColumnIsWarnedAboutOnceWithASuggestion() throws {
        let path = try scratchFile("typo.csv", "Origen;Destino;Intesidad;Región\na;b;2;Antioquia\nb;c;1;Caldas\n")
        let loaded = try NetworkFile.load(path)
        #expect(
            loaded.warnings.map { $0.location.description + ": " + $0.message(in: .es) } == [
                "\(path):1:3: columna desconocida `Intesidad`: se conserva como atributo (¿quiso decir `intensidad`?)"
            ])
        #expect(
            loaded.network.ties.map(\.attributes) == [
                ["Intesidad": "2", "Región": "Antioquia"], ["Intesidad": "1", "Región": "Caldas"],
            ])
    }

    /// Every byte 0x80–0x9F decodes to Windows-1252's character; the five it leaves undefined to C1 controls.
    @Test func windows1252HighBytes() {
        let text = InputText.windows1252(Data([0x80, 0x93, 0x94, 0x96, 0x81, 0xE9, 0x41]))
        #expect(text == "€“”–\u{81}éA")
        #expect(InputText.windows1252(Data([0x41, 0x00])) == nil)
    }
}
