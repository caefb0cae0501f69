import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetServe

/// The token, cross-site requests, a foreign `Host`, large bodies, paths that are not routes, and the page's
/// policy: each refused with nothing changed.
@Suite(.serialized)
struct ServeSafetyTests {
    static var rename: [[String: Any]] { [["op": "update_actor", "id": "muni", "fields": ["name": "X"]]] }

    @Test func withATokenEveryRequestWithoutItIsRefused() async throws {
        let server = try await ServeHarness { $0.token = "0123456789abcdef" }
        defer { Task { await server.stop() } }
        for path in ["/", "/api/network", "/api/events", "/api/openapi.json", "/nothing"] {
            let refused = try await server.http.request("GET", path)
            #expect(refused.status == 403, "\(path)")
            #expect(refused.json["errors"] as? [String] == ["este mapa requiere el token de su dirección"])
        }
        #expect(try await server.http.request("GET", "/api/network?token=0123456789abcdeX").status == 403)
        #expect(try await server.edit(Self.rename).status == 403)
        #expect(try await server.http.request("GET", "/api/network?token=0123456789abcdef").status == 200)
        #expect(try await server.edit(Self.rename, headers: ["X-Actornet-Token": "0123456789abcdef"]).status == 200)
    }

    @Test func postsFromAnotherOriginOrSiteAreRefused() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let before = try server.fileText()
        for headers in [["Origin": "http://evil.example"], ["Origin": "null"], ["Sec-Fetch-Site": "cross-site"]] {
            let refused = try await server.edit(Self.rename, headers: headers)
            #expect(refused.status == 403)
            #expect(refused.json["errors"] as? [String] == ["solo se aceptan cambios desde la página del propio mapa"])
            #expect(try await server.http.post("/api/undo", json: [:], headers: headers).status == 403)
        }
        #expect(try server.fileText() == before)
        let own = "http://127.0.0.1:\(server.http.port)"
        #expect(
            try await server.edit(Self.rename, headers: ["Origin": own, "Sec-Fetch-Site": "same-origin"]).status == 200)
    }

    /// DNS rebinding: a page on another name that resolves to 127.0.0.1 sends its own name as `Host`.
    @Test func aForeignHostIsRefusedOnLoopback() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let refused = try await server.http.request("GET", "/api/network", headers: ["Host": "rebind.example:8765"])
        #expect(refused.status == 403)
        #expect(try await server.http.request("GET", "/api/network", headers: ["Host": "localhost:1"]).status == 200)
    }

    @Test func bodiesOverTheLimitAre413() async throws {
        let server = try await ServeHarness { $0.bodyLimit = 1000 }
        defer { Task { await server.stop() } }
        let large = [["op": "update_actor", "id": "muni", "fields": ["notes": String(repeating: "a", count: 2000)]]]
        let refused = try await server.edit(large)
        #expect(refused.status == 413)
        #expect(refused.json["errors"] as? [String] == ["la solicitud supera los 1000 bytes"])
        // Without a length up front (chunked), the limit holds while reading.
        let body = try JSONSerialization.data(withJSONObject: ["edits": large])
        let chunked = String(body.count, radix: 16) + "\r\n" + String(decoding: body, as: UTF8.self) + "\r\n0\r\n\r\n"
        let streamed = try await server.http.request(
            "POST", "/api/edits", body: Data(chunked.utf8), headers: ["Transfer-Encoding": "chunked"])
        #expect(streamed.status == 413)
        #expect(try server.fileNetwork().actors[0].notes == nil)
    }

    /// No path reaches the disk, and nothing the request said comes back.
    @Test(arguments: [
        "/taller.yaml", "/../taller.yaml", "/%2e%2e/%2e%2e/etc/passwd", "/api/../taller.yaml",
        "/<script>alert(1)</script>", "/api/network/../../taller.yaml~",
    ])
    func onlyThePageAndTheAPIAreServed(path: String) async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let answer = try await server.http.request("GET", path)
        #expect(answer.status == 404)
        #expect(!answer.text.contains("script"))
        #expect(!answer.text.contains("Valle Seco"))
    }

    @Test func badJSONIs400WithoutEchoingIt() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let answer = try await server.http.request(
            "POST", "/api/edits", body: Data("<img src=x onerror=alert(1)>".utf8))
        #expect(answer.status == 400)
        #expect(answer.text == #"{"errors":["el cuerpo debe ser un objeto JSON con una lista `edits`"]}"#)
    }

    @Test func everyAnswerCarriesTheProtectiveHeadersAndThePageItsPolicy() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let page = try await server.http.request("GET", "/")
        #expect(page.status == 200)
        #expect(page.headers["content-security-policy"] == ServePage.contentSecurityPolicy)
        #expect(page.headers["x-content-type-options"] == "nosniff")
        #expect(page.headers["x-frame-options"] == "DENY")
        #expect(try await server.http.request("GET", "/api/network").headers["cache-control"] == "no-store")
    }

    /// The OpenAPI document names every route the server has, and every path it names answers.
    @Test func openAPIDescribesEveryRoute() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let document = try await server.http.request("GET", "/api/openapi.json").json
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = (document["paths"] as? [String: [String: Any]]) ?? [:]
        #expect(
            paths.keys.sorted() == [
                "/api/analysis", "/api/download/{name}", "/api/edits", "/api/events", "/api/network",
                "/api/openapi.json", "/api/redo", "/api/reload", "/api/tidy", "/api/undo",
            ])
        for (template, methods) in paths where template != "/api/events" {
            let path = template.replacingOccurrences(of: "{name}", with: "diagram.svg")
            for method in methods.keys {
                let answer =
                    method == "post"
                    ? try await server.http.post(path, json: ["edits": []]) : try await server.http.request("GET", path)
                #expect(answer.status != 404, "\(method) \(path)")
                #expect(answer.status < 500, "\(method) \(path)")
            }
        }
    }
}
