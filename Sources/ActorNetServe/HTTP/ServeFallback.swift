import ActorNet
import Foundation
import HTTPTypes
import Hummingbird

/// Answers what no route answers, as JSON like every other error: an API path asked with a method it does not
/// take is 405 with `Allow` (HTTP's rule; the router alone said 404 with an empty body, as if the path did not
/// exist), and any other path is 404. Runs inside `ServeGuard`, so these answers carry its headers too.
struct ServeFallback<Context: RequestContext>: RouterMiddleware {
    let session: NetworkSession

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let language = session.language
            guard let method = ServeRoutes.method(of: request.uri.path), method != request.method else {
                return ServeResponse.error(.notFound, [language.text(.serveNotFound)])
            }
            var response = ServeResponse.error(
                .methodNotAllowed, [language.text(.serveMethodNotAllowed, ["method": method.rawValue])])
            response.headers[.allow] = method.rawValue
            return response
        }
    }
}
