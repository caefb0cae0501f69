import ActorNet
import Foundation
import HTTPTypes
import Hummingbird

/// Refuses before any route runs: a request without the token (when one is set), a POST from another site (its
/// `Origin` is not this server: a page elsewhere trying to edit the map, CSRF), a `Host` that is not this server
/// when it listens on loopback (DNS rebinding), and a body declared larger than the limit. Every answer gets
/// headers that keep the page out of frames and stop content sniffing.
struct ServeGuard<Context: RequestContext>: RouterMiddleware {
    let configuration: ServeConfiguration
    let session: NetworkSession

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        if let refused = await refusal(request) {
            response = refused
        } else {
            response = try await next(request, context)
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        return response
    }

    private func refusal(_ request: Request) async -> Response? {
        let language = session.language
        if let token = configuration.token {
            let given =
                request.uri.queryParameters["token"].map(String.init)
                ?? request.headers[.init("X-Actornet-Token")!]
            guard let given, Self.equal(given, token) else {
                return ServeResponse.error(.forbidden, [language.text(.serveTokenRequired)])
            }
        }
        // HTTP/1.1's `Host` arrives as the request's authority.
        if ServeConfiguration.isLoopback(configuration.host), let host = request.head.authority,
            !Self.isLoopbackHost(host)
        {
            return ServeResponse.error(.forbidden, [language.text(.serveForeignHost)])
        }
        if request.method == .post {
            if let origin = request.headers[.origin], origin != "http://" + (request.head.authority ?? "") {
                return ServeResponse.error(.forbidden, [language.text(.serveForeignOrigin)])
            }
            if request.headers[.init("Sec-Fetch-Site")!] == "cross-site" {
                return ServeResponse.error(.forbidden, [language.text(.serveForeignOrigin)])
            }
            if let length = request.headers[.contentLength].flatMap(Int.init), length > configuration.bodyLimit {
                return ServeResponse.error(
                    .contentTooLarge, [language.text(.serveBodyTooLarge, ["limit": configuration.bodyLimit])])
            }
        }
        return nil
    }

    /// `127.0.0.1:PORT`, `localhost:PORT`, `[::1]:PORT` (the port is the socket's business).
    static func isLoopbackHost(_ header: String) -> Bool {
        var host = Substring(header)
        if host.hasPrefix("[") {
            host = host.dropFirst().prefix { $0 != "]" }
        } else if let colon = host.lastIndex(of: ":") {
            host = host[..<colon]
        }
        return ServeConfiguration.isLoopback(String(host))
    }

    /// Compares in time that does not depend on where the texts differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
