import ActorNet
import Foundation
import HTTPTypes
import Hummingbird

/// The routes: the page and the API (docs/serve.md, `/api/openapi.json`). Nothing else is served, and no path
/// is ever mapped to a file: downloads are made from the network in memory.
struct ServeRoutes: Sendable {
    let session: NetworkSession
    let configuration: ServeConfiguration

    /// Every path served and the one method it takes (`:name`: one path segment). `add` registers these and no
    /// other; `ServeFallback` answers any other method on them with 405.
    static let methods: [(path: String, method: HTTPRequest.Method)] = [
        ("/", .get), ("/api/network", .get), ("/api/edits", .post), ("/api/undo", .post), ("/api/redo", .post),
        ("/api/reload", .post), ("/api/tidy", .post), ("/api/analysis", .get), ("/api/events", .get),
        ("/api/openapi.json", .get), ("/api/download/:name", .get),
    ]

    /// The method `path` takes; nil when no route has that path.
    static func method(of path: String) -> HTTPRequest.Method? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return methods.first { route in
            let pattern = route.path.split(separator: "/", omittingEmptySubsequences: false)
            return pattern.count == segments.count
                && zip(pattern, segments).allSatisfy { $0.hasPrefix(":") ? !$1.isEmpty : $0 == $1 }
        }?.method
    }

    func add<Context: RequestContext>(to router: Router<Context>) {
        for (path, method) in Self.methods {
            router.on(RouterPath(path), method: method) { request, context in
                await respond(path, request, name: context.parameters.get("name"))
            }
        }
    }

    private func respond(_ path: String, _ request: Request, name: String?) async -> Response {
        switch path {
        case "/": await page()
        case "/api/network": await network()
        case "/api/edits": await edits(request)
        case "/api/undo": await step { try await session.undo() }
        case "/api/redo": await step { try await session.redo() }
        case "/api/reload": await step { try await session.reload() }
        case "/api/tidy": await step { try await session.tidy().version }
        case "/api/analysis": ServeResponse.json(await session.analysisData())
        case "/api/events": await events()
        case "/api/openapi.json": ServeResponse.json(Data(OpenAPIDocument.text.utf8))
        default: await download(name)
        }
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
        // A `base` or `client` of another type was ignored, so conflicts went untold: refused instead.
        var base: Int?
        switch value["base"] {
        case nil: base = nil
        case .number(let number)? where number.rounded() == number: base = Int(max(-1e15, min(1e15, number)))
        default: return ServeResponse.error(.badRequest(language.text(.serveBadEditRequestTypes)))
        }
        if let client = value["client"], client.string == nil {
            return ServeResponse.error(.badRequest(language.text(.serveBadEditRequestTypes)))
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
