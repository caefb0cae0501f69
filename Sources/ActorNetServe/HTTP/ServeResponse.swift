import Foundation
import HTTPTypes
import Hummingbird

/// The server's answers: JSON bodies with `Cache-Control: no-store`, errors as `{"errors": [...]}`. An error
/// never repeats the request's text unescaped: it is JSON-encoded, and the page shows it as text only.
enum ServeResponse {
    static func json(_ data: Data, status: HTTPResponse.Status = .ok, etag: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]
        if let etag { headers[.eTag] = etag }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func error(_ status: HTTPResponse.Status, _ messages: [String]) -> Response {
        json(JSONValue.object(["errors": .array(messages.map(JSONValue.string))]).data, status: status)
    }

    static func error(_ error: ServeError) -> Response {
        let status: HTTPResponse.Status =
            switch error {
            case .rejected: .unprocessableContent
            case .nothingToDo: .conflict
            case .badRequest: .badRequest
            case .storage: .internalServerError
            }
        return Self.error(status, error.messages)
    }

    static func text(_ text: String, type: String, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-store"]
        headers.append(contentsOf: extra)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func bytes(_ data: Data, type: String, fileName: String) -> Response {
        let headers: HTTPFields = [
            .contentType: type, .cacheControl: "no-store",
            .contentDisposition: "attachment; filename=\"\(fileName)\"",
        ]
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
