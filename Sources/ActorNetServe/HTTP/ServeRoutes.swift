import ActorNet
import Foundation
import HTTPTypes
import Hummingbird

/// The routes: the page and the API (docs/serve.md, `/api/openapi.json`). Nothing else is served, and no path
/// is ever mapped to a file: downloads are made from the network in memory.
struct ServeRoutes: Sendable {
    let session: NetworkSession
    let configuration: ServeConfiguration

    func add<Context: RequestContext>(to router: Router<Context>) {
        router.get("/") { _, _ in await page() }
        router.get("/api/network") { _, _ in await network() }
        router.post("/api/edits") { request, _ in await edits(request) }
        router.post("/api/undo") { _, _ in await step { try await session.undo() } }
        router.post("/api/redo") { _, _ in await step { try await session.redo() } }
        router.post("/api/reload") { _, _ in await step { try await session.reload() } }
        router.post("/api/tidy") { _, _ in await step { try await session.tidy().version } }
        router.get("/api/analysis") { _, _ in ServeResponse.json(await session.analysisData()) }
        router.get("/api/events") { _, _ in await events() }
        router.get("/api/openapi.json") { _, _ in ServeResponse.json(Data(OpenAPIDocument.text.utf8)) }
        router.get("/api/download/:name") { _, context in await download(context.parameters.get("name")) }
    }

    func download(_ name: String?) async -> Response {
        let language = session.language
        guard let kind = name.flatMap(Download.init(rawValue:)) else {
            return ServeResponse.error(.notFound, [language.text(.serveNotFound)])
        }
        let network = await session.network
        let stem = ((session.store.path as NSString).lastPathComponent as NSString).deletingPathExtension
        switch kind.make(network, language: language) {
        case .success(let data):
            return ServeResponse.bytes(data, type: kind.contentType, fileName: kind.fileName(stem: stem))
        case .failure(let error): return ServeResponse.error(error)
        }
    }

    func page() async -> Response {
        let language = session.language
        let created = await session.created
        return ServeResponse.text(
            ServePage.html(language: language, askForQuestion: created), type: "text/html; charset=utf-8",
            headers: [.contentSecurityPolicy: ServePage.contentSecurityPolicy])
    }

    func network() async -> Response {
        let (version, data) = await session.networkData()
        return ServeResponse.json(data, etag: "\"\(version)\"")
    }

    /// `{"base": version, "edits": [...], "client": text}` → `{"version", "conflicts", "created"}`.
    func edits(_ request: Request) async -> Response {
        let language = session.language
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: configuration.bodyLimit)
        } catch {
            return ServeResponse.error(
                .contentTooLarge, [language.text(.serveBodyTooLarge, ["limit": configuration.bodyLimit])])
        }
        guard let value = JSONValue.parse(Data(buffer: body)), let edits = value["edits"]?.array else {
            return ServeResponse.error(.badRequest(language.text(.serveBadEditRequest)))
        }
        var base: Int?
        if case .number(let number)? = value["base"], number.rounded() == number, abs(number) < 1e15 {
            base = Int(number)
        }
        do {
            let outcome = try await session.apply(base: base, edits: edits, client: value["client"]?.string)
            return ServeResponse.json(
                JSONValue.object([
                    "version": .number(Double(outcome.version)),
                    "conflicts": .array(outcome.conflicts.map(JSONValue.string)),
                    "created": .array(outcome.created.map(JSONValue.string)),
                ]).data)
        } catch {
            return ServeResponse.error(error)
        }
    }

    func step(_ action: @Sendable () async throws -> Int) async -> Response {
        do {
            let version = try await action()
            return ServeResponse.json(JSONValue.object(["version": .number(Double(version))]).data)
        } catch let error as ServeError {
            return ServeResponse.error(error)
        } catch {
            return ServeResponse.error(.storage("\(error)"))
        }
    }

    /// Server-Sent Events: `hello` with the current version first, then `edits`, `version`, `conflict`,
    /// `external` and keep-alive comments, until the editor leaves.
    func events() async -> Response {
        let stream = session.hub.listen()
        let version = await session.version
        let hello = ServerEvent(name: "hello", data: JSONValue.object(["version": .number(Double(version))]).data)
        let headers: HTTPFields = [
            .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
            .init("X-Accel-Buffering")!: "no",
        ]
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: hello.text))
                for await event in stream {
                    try await writer.write(ByteBuffer(string: event.name == "ping" ? ": ping\n\n" : event.text))
                }
                try await writer.finish(nil)
            })
    }
}
