import ActorNet
import ActorNetServe
import ActorNetTestSupport
import Foundation

/// A real server on 127.0.0.1 (a free port) editing a scratch copy of a network file, for one test.
final class ServeHarness: Sendable {
    let path: String
    let session: NetworkSession
    let http: LoopbackHTTP
    private let task: Task<Void, any Error>

    /// A small network in Spanish: three actors, two ties, one project.
    static let valleSeco = """
        name: Agua segura para Valle Seco
        language: es
        actors:
          - {id: muni, name: Municipalidad de Valle Seco, sector: public, level: local, needs: [funding]}
          - {id: fund, name: Fundación Agua, sector: civil-society, level: national, offers: [funding]}
          - {id: uni, name: Universidad del Norte, sector: academia, level: regional}
        ties:
          - {from: fund, to: muni, weight: 2, kind: funding}
          - {from: uni, to: muni, weight: 1, kind: knowledge-exchange, project: pozos}
        projects:
          - {id: pozos, name: Pozos comunitarios, lead: muni, members: [{actor: muni}, {actor: uni, role: estudios}]}

        """

    /// Starts a server on `name` in a new scratch folder holding `contents` (nil: no file yet).
    init(
        _ contents: String? = valleSeco, name: String = "taller.yaml", language: Language? = nil,
        configure: (inout ServeConfiguration) -> Void = { _ in }
    ) async throws {
        let folder = try scratchFolder("serve")
        path = folder + "/" + name
        if let contents { try contents.write(toFile: path, atomically: true, encoding: .utf8) }
        session = try NetworkSession(path: path, language: language)
        var configuration = ServeConfiguration(port: 0, filePollInterval: .milliseconds(100))
        configure(&configuration)
        let server = ServeServer(session: session, configuration: configuration)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        task = Task { try await server.run { continuation.yield($0) } }
        var bound = 0
        for await port in ports {
            bound = port
            break
        }
        http = LoopbackHTTP(port: bound)
    }

    func stop() async {
        task.cancel()
        _ = await task.result
    }

    /// The file on disk, loaded with every check `actornet validate` makes (throws when it is not valid).
    func fileNetwork() throws -> Network { try NetworkFile.load(path).network }

    func fileText() throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    func edit(_ edits: [[String: Any]], base: Int? = nil, headers: [String: String] = [:]) async throws
        -> LoopbackHTTP.Response
    {
        var body: [String: Any] = ["edits": edits]
        if let base { body["base"] = base }
        return try await http.post("/api/edits", json: body, headers: headers)
    }
}
