import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

/// Kumu's spreadsheets (elements and connections CSV) and JSON blueprints (Fixtures/kumu, written to Kumu's docs).
@Suite struct KumuTests {
    static let andes = "Fundación Andes", ministry = "Ministerio de Educación", bank = "Banco Regional"
    static let teachers = "Red de Maestros"

    @Test func connectionsCSVPicksUpItsElementsCSV() throws {
        let connections = fixture("kumu/Cooperation - Connections.csv")
        let elements = fixture("kumu/Cooperation - Elements.csv")
        #expect(NetworkFile.kumuElementsFile(of: connections) == elements)
        let loaded = try NetworkFile.load(connections)
        var expected = Network(name: "Cooperation - Connections")
        expected.actors = [
            Actor(
                id: Self.andes, sector: .civilSociety,
                attributes: ["Website": "https://example.org/andes", "Tags": "education|rural"],
                notes: "Works with rural schools, since 1998"),
            Actor(id: Self.ministry, sector: .public, attributes: ["Tags": "education"]),
            Actor(
                id: Self.bank, sector: .private, attributes: ["Tags": "finance|credit"],
                notes: "Regional development bank"),
            Actor(id: Self.teachers, attributes: ["Tags": "education|teachers", "type": "Network"]),
        ]
        expected.ties = [
            Tie(
                from: Self.bank, to: Self.andes, weight: 3, kind: .funding, directed: true, note: "Grant 2023",
                attributes: ["Tags": "finance"]),
            Tie(
                from: Self.andes, to: Self.ministry, directed: false,
                attributes: ["direction": "mutual", "strength": "Strong", "type": "Partnership"]),
            Tie(
                from: Self.andes, to: Self.teachers, directed: false, note: "Board members in common",
                attributes: ["Tags": "education|teachers", "type": "Personal"]),
            Tie(from: Self.ministry, to: Self.teachers, weight: 1.5, kind: .coordination),
            Tie(from: Self.bank, to: Self.ministry, kind: .coordination),
            Tie(from: Self.bank, to: Self.teachers, kind: .coordination),
        ]
        #expect(loaded.network == expected)
        #expect(loaded.sourceMap.tie(5, "to").line == 6)
        #expect(
            loaded.warnings.map(\.description) == [
                "\(connections):1:3: warning: column `Type`: values that name no tie kind are kept as attribute "
                    + "`type` (kind `other`): `Partnership`, `Personal`",
                "\(connections):1:5: warning: column `Strength`: values that are not numbers are kept as attribute "
                    + "`strength` (weight 1): `Strong`",
                "\(elements):1:2: warning: column `Type`: values that name no sector are kept as attribute `type` "
                    + "(sector `unspecified`): `Network`",
            ])
        #expect(
            loaded.warnings[0].message(in: .es)
                == "columna `Type`: los valores que no nombran un tipo de lazo se conservan como atributo `type` "
                + "(tipo `otro`): `Partnership`, `Personal`")
    }

    @Test func elementsFileNameFollowsTheConnectionsFileName() throws {
        let folder = try scratchFolder("kumu")
        for name in ["mapa-elements.csv", "KUMU ELEMENTS.csv"] {
            try "Label\na\n".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        #expect(NetworkFile.kumuElementsFile(of: folder + "/mapa-connections.csv") == folder + "/mapa-elements.csv")
        #expect(NetworkFile.kumuElementsFile(of: folder + "/KUMU CONNECTIONS.csv") == folder + "/KUMU ELEMENTS.csv")
        #expect(NetworkFile.kumuElementsFile(of: folder + "/other-connections.csv") == nil)
        #expect(NetworkFile.kumuElementsFile(of: folder + "/ties.csv") == nil)
    }

    @Test func unknownDirectionIsAnErrorAtItsCell() throws {
        let path = try scratchFile("dir.csv", "From,To,Direction\na,b,sideways\n")
        do {
            _ = try NetworkFile.load(path)
            Issue.record("loaded")
        } catch {
            guard case .invalid(let diagnostics) = error else { throw error }
            #expect(
                diagnostics.map(\.description) == [
                    "\(path):2:3: error: field `direction`: expected directed, undirected or mutual, found `sideways`"
                ])
        }
    }

    @Test func blueprintReadsLabelsTypesTagsAndDirections() throws {
        let path = fixture("kumu/blueprint.json")
        let loaded = try NetworkFile.load(path)
        var expected = Network(name: "blueprint", directed: true)
        expected.actors = [
            Actor(
                id: Self.andes, sector: .civilSociety, attributes: ["tags": "education|rural"],
                notes: "Works with rural schools"),
            Actor(id: Self.ministry, sector: .public, attributes: ["Favorite Topic": "curriculum"]),
            Actor(id: Self.teachers, attributes: ["type": "Network"]),
        ]
        expected.ties = [
            Tie(
                from: Self.andes, to: Self.ministry, directed: false,
                attributes: ["direction": "mutual", "type": "advocacy"]),
            Tie(from: Self.ministry, to: Self.teachers, weight: 2, attributes: ["type": "likes"]),
            Tie(from: Self.teachers, to: Self.andes, directed: false, attributes: ["tags": "informal"]),
        ]
        #expect(loaded.network == expected)
        #expect(
            loaded.warnings.map(\.description) == [
                "\(path): warning: column `type`: values that name no sector are kept as attribute `type` "
                    + "(sector `unspecified`): `Network`",
                "\(path): warning: column `type`: values that name no tie kind are kept as attribute `type` "
                    + "(kind `other`): `advocacy`, `likes`",
            ])
    }

    /// Kumu's export: `_id`s and `attributes` objects; labels are ids except where two elements share one.
    @Test func exportReadsInternalIDsAndAttributeObjects() throws {
        let loaded = try NetworkFile.load(fixture("kumu/export.json"))
        var expected = Network(name: "export", directed: true)
        expected.actors = [
            Actor(id: Self.andes, sector: .civilSociety, attributes: ["tags": "education|rural"]),
            Actor(id: "elem-P03mZt7c", name: Self.bank, sector: .private, notes: "Regional bank"),
            Actor(id: "elem-Q9wLr4d1", name: Self.bank, sector: .private, notes: "Branch office"),
        ]
        expected.ties = [
            Tie(from: "elem-P03mZt7c", to: Self.andes, kind: .funding, attributes: ["tags": "grant"]),
            Tie(from: "elem-Q9wLr4d1", to: "elem-P03mZt7c", directed: false, attributes: ["type": "Ownership"]),
        ]
        #expect(loaded.network == expected)
    }

    @Test func blueprintIsNotTakenForOtherJSON() throws {
        let elements: DocumentNode = .sequence([], line: nil, column: nil)
        func root(_ keys: [String]) -> DocumentNode {
            .mapping(keys.map { ($0, nil, nil, elements) }, line: nil, column: nil)
        }
        #expect(KumuBlueprintDecoder.isBlueprint(root(["elements", "connections"])))
        #expect(!KumuBlueprintDecoder.isBlueprint(root(["elements", "connections", "actors"])))
        #expect(!KumuBlueprintDecoder.isBlueprint(root(["elements"])))
    }
}
