import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetServe

/// What no route answers (found by the API fuzzer, docs/reliability.md): a wrong method on an API path is 405 with
/// `Allow`, any other path a JSON 404; both in the map's language and with the protective headers.
@Suite(.serialized)
struct ServeFallbackTests {
    @Test(arguments: [
        ("TRACE", "/api/network", "GET"), ("POST", "/api/network", "GET"), ("GET", "/api/edits", "POST"),
        ("DELETE", "/api/undo", "POST"), ("PUT", "/api/download/diagram.svg", "GET"), ("POST", "/", "GET"),
    ])
    func aWrongMethodIs405WithAllow(method: String, path: String, allowed: String) async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let answer = try await server.http.request(method, path, body: Data("{\"edits\": []}".utf8))
        #expect(answer.status == 405)
        #expect(answer.headers["allow"] == allowed)
        #expect(answer.headers["content-type"] == "application/json; charset=utf-8")
        #expect(answer.headers["x-content-type-options"] == "nosniff")
        #expect(answer.text == "{\"errors\":[\"esta dirección solo responde a \(allowed)\"]}")
        #expect(try server.fileText() == ServeHarness.valleSeco)
    }

    @Test(arguments: ["/nothing", "/api", "/api/download", "/api/download/a/b", "/api/network/x"])
    func anUnknownPathIsAJSON404(path: String) async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let answer = try await server.http.request("GET", path)
        #expect(answer.status == 404)
        #expect(answer.headers["allow"] == nil)
        #expect(answer.headers["x-frame-options"] == "DENY")
        #expect(answer.text == #"{"errors":["aquí no hay nada: el mapa está en /"]}"#)
    }

    @Test func methodOfAPathFollowsTheRouteTable() {
        #expect(ServeRoutes.method(of: "/api/edits") == .post)
        #expect(ServeRoutes.method(of: "/api/download/report.html") == .get)
        #expect(ServeRoutes.method(of: "/api/download/") == nil)
        #expect(ServeRoutes.method(of: "/api/download/a/b") == nil)
        #expect(ServeRoutes.method(of: "/api/edits/") == nil)
    }

    /// The route table and the OpenAPI document name the same paths with the same methods (the page, `/`, is
    /// not API).
    @Test func theRouteTableIsTheOpenAPIDocumentsPaths() throws {
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.text.utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let documented = paths.flatMap { path, methods in methods.keys.map { "\($0.uppercased()) \(path)" } }.sorted()
        let routes = ServeRoutes.methods.filter { $0.path != "/" }.map { route in
            "\(route.method.rawValue) \(route.path.replacingOccurrences(of: ":name", with: "{name}"))"
        }
        #expect(documented == routes.sorted())
    }
}
