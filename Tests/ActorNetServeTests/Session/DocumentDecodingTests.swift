import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetServe

/// The incremental check (`DocumentDecoding`: changed records decoded, the network validated in memory) against
/// the whole loader reading the document back as text, which the session used for every edit before.
@Suite(.serialized)
struct DocumentDecodingTests {
    /// The loader's answer for `document`: the network, or the 422 messages the session gives.
    static func loaderAnswer(_ document: NetworkDocument, language: Language) -> Result<Network, ServeError> {
        let text = String(decoding: document.data, as: UTF8.self)
        do {
            return .success(try NetworkFile.parse(text, format: .json, file: "taller.yaml").network)
        } catch {
            return .failure(.rejected(NetworkSession.messages(error, language, checked: "taller.yaml")))
        }
    }

    static func session() throws -> NetworkSession {
        let path = try scratchFolder("serve-decoding") + "/taller.yaml"
        try ServeHarness.valleSeco.write(toFile: path, atomically: true, encoding: .utf8)
        return try NetworkSession(path: path, language: nil)
    }

    /// Edits the loader refuses, each alone on the Valle Seco network, with the session's exact answer.
    static var invalidEdits: [(edit: [String: Any], messages: [String])] {
        [
            (
                ["op": "add_tie", "tie": ["from": "fund", "to": "nadie"]],
                ["el campo `to` del lazo nombra un actor desconocido `nadie`"]
            ),
            (["op": "add_actor", "actor": ["id": "uni", "name": "Otra"]], ["id de actor duplicado `uni`"]),
            (
                ["op": "add_actor", "actor": ["id": "x", "sector": "ninguno"]],
                [
                    "campo `sector`: valor desconocido `ninguno`; se aceptan: público, privado, academia, "
                        + "sociedad civil, internacional, sin especificar"
                ]
            ),
            (
                ["op": "update_tie", "from": "fund", "to": "muni", "fields": ["weight": "-2"]],
                ["campo `weight`: `-2` no es > 0; el peso es la fuerza del lazo"]
            ),
            (
                ["op": "update_tie", "from": "fund", "to": "muni", "fields": ["weight": "mucho"]],
                ["campo `weight`: `mucho` no es un número"]
            ),
            (
                ["op": "update_tie", "from": "fund", "to": "muni", "fields": ["start": "2024-05", "end": "2023"]],
                ["campo `end`: 2023 es anterior al inicio 2024-05"]
            ),
            (
                ["op": "update_tie", "from": "fund", "to": "muni", "fields": ["project": "otro"]],
                ["el lazo nombra un proyecto desconocido `otro`"]
            ),
            (
                ["op": "update_project", "id": "pozos", "fields": ["lead": "fundacion"]],
                ["el campo `lead` del proyecto `pozos` nombra un actor desconocido `fundacion`"]
            ),
            (
                ["op": "update_project", "id": "pozos", "fields": ["sdgs": [6, 18]]],
                ["proyecto `pozos`: el ODS 18 está fuera de 1–17"]
            ),
            (
                ["op": "update_actor", "id": "uni", "fields": ["country": "Atlantis"]],
                ["campo `country`: se esperaba un código ISO 3166-1 alfa-2 como CL o PE, se encontró `Atlantis`"]
            ),
            (
                ["op": "update_network", "fields": ["directed": "quizás"]],
                ["campo `directed`: se esperaba true o false, se encontró `quizás`"]
            ),
            (
                ["op": "add_project", "project": ["id": "pozos", "members": [["actor": "nadie"]]]],
                [
                    "id de proyecto duplicado `pozos`",
                    "un miembro del proyecto `pozos` nombra un actor desconocido `nadie`",
                ]
            ),
        ]
    }

    @Test func invalidEditsGetTheLoadersMessagesAndChangeNothing() async throws {
        let session = try Self.session()
        let before = await session.network
        for (edit, expected) in Self.invalidEdits {
            let value = try #require(JSONValue.parse(try JSONSerialization.data(withJSONObject: edit)))
            var changed = NetworkDocument(before)
            _ = try NetworkEdit(value, index: 1, language: .es).apply(to: &changed, language: .es)
            var decoding = DocumentDecoding(file: "taller.yaml")
            #expect(decoding.check(changed) == nil, "\(edit)")
            guard case .failure(let loader) = Self.loaderAnswer(changed, language: .es) else {
                Issue.record("the loader accepts \(edit)")
                continue
            }
            await #expect(throws: loader) { try await session.apply(base: nil, edits: [value]) }
            #expect(loader.messages == expected)
            #expect(await session.network == before)
            #expect(await session.version == 1)
        }
    }

    /// A seeded random sequence of edit batches, valid and invalid, through the session and through the whole
    /// loader side by side: the same batches accepted, the same messages, the same network and document after each,
    /// after each accepted batch the file byte for byte the whole write of the network, and at the end a file the
    /// loader accepts holding the session's network.
    @Test func randomEditsLeaveTheFileTheLoaderAcceptsAndTheSessionHolds() async throws {
        let session = try Self.session()
        var generator = SplitMix(seed: 19)
        var reference = await session.network
        var accepted = 0, rejected = 0
        for _ in 0..<150 {
            let ids = reference.actors.map(\.id) + ["nadie"]
            let batch = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                RandomEdit.make(ids: ids, ties: reference.ties, using: &generator)
            }
            let values = try batch.map { try #require(JSONValue.parse(try JSONSerialization.data(withJSONObject: $0))) }
            var changed = NetworkDocument(reference)
            var expected: Result<Network, ServeError>
            do throws(EditRejection) {
                for (index, value) in values.enumerated() {
                    _ = try NetworkEdit(value, index: index + 1, language: .es)
                        .apply(to: &changed, language: .es)
                }
                expected = Self.loaderAnswer(changed, language: .es)
            } catch {
                expected = .failure(.rejected(error.messages))
            }
            do {
                _ = try await session.apply(base: nil, edits: values)
                guard case .success(let network) = expected else {
                    Issue.record("accepted what the loader refuses: \(batch)")
                    return
                }
                reference = network
                accepted += 1
            } catch {
                #expect(expected == .failure(error), "\(batch)")
                rejected += 1
            }
            if accepted > 0 {  // written from the kept record texts: byte for byte the whole network's YAML
                let file = try Data(contentsOf: URL(fileURLWithPath: session.store.path))
                #expect(file == NetworkWriter.yamlData(reference))
            }
            #expect(await session.network == reference)
            let (_, data) = await session.networkData()
            var sent = try #require(JSONValue.parse(data)?.object)
            sent["version"] = nil
            #expect(JSONValue.object(sent) == JSONValue.parse(NetworkDocument(reference).data))
        }
        #expect(accepted == 34)
        #expect(rejected == 116)
        #expect(try NetworkFile.load(session.store.path).network == reference)
    }
}

/// Edits of every operation, about half of them invalid (unknown ids, bad weights and values, duplicates,
/// self-loops and repeated ties, which the loader merges or drops).
enum RandomEdit {
    static let names = ["Cruz Roja", "Gobierno Regional", "Cooperativa Agua Viva", "ONG Sur", "Banco Andino"]
    static let sectors = ["public", "público", "privado", "civil-society", "academia", "ninguno"]
    static let weights = ["1", "2.5", "10", "-1", "mucho", "0"]
    static let kinds = ["funding", "financiación", "knowledge-exchange", "other", "amistad"]

    static func make(ids: [String], ties: [Tie], using generator: inout SplitMix) -> [String: Any] {
        func any<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &generator)] }
        switch Int.random(in: 0..<10, using: &generator) {
        case 0:
            return ["op": "add_actor", "actor": ["name": any(names), "sector": any(sectors)]]
        case 1:
            return ["op": "add_actor", "actor": ["id": any(ids), "name": any(names)]]
        case 2:
            return [
                "op": "update_actor", "id": any(ids),
                "fields": [
                    "sector": any(sectors), "attributes.seq": any(weights), "country": any(["CL", "Chile", "XX"]),
                ],
            ]
        case 3:
            return ["op": "remove_actor", "id": any(ids)]
        case 4, 5:
            return [
                "op": "add_tie",
                "tie": ["from": any(ids), "to": any(ids), "weight": any(weights), "kind": any(kinds)],
            ]
        case 6:
            guard let tie = ties.isEmpty ? nil : any(ties) else { return ["op": "remove_tie", "from": "a", "to": "b"] }
            return [
                "op": "update_tie", "from": tie.from, "to": tie.to,
                "fields": ["weight": any(weights), "start": any(["2020", "2024-05"]), "end": any(["2021", "2023"])],
            ]
        case 7:
            guard let tie = ties.isEmpty ? nil : any(ties) else { return ["op": "remove_tie", "from": "a", "to": "b"] }
            return ["op": "remove_tie", "from": tie.from, "to": tie.to]
        case 8:
            return [
                "op": "add_project",
                "project": ["id": any(["pozos", "riego", "escuelas"]), "lead": any(ids), "sdgs": [any([6, 4, 18])]],
            ]
        default:
            return [
                "op": "update_network", "fields": ["directed": any(["true", "false", "quizás"]), "name": any(names)],
            ]
        }
    }
}
