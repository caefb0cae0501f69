import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A plain HTTP/1.1 client for servers on 127.0.0.1, on raw sockets: every header is the test's to choose (a
/// foreign `Origin`, a wrong `Host`), and an event stream can be read line by line as it arrives.
public struct LoopbackHTTP: Sendable {
    public let port: Int

    public init(port: Int) { self.port = port }

    public struct Response: Sendable {
        public var status: Int
        /// Header names in lower case.
        public var headers: [String: String]
        public var body: Data

        public var text: String { String(decoding: body, as: UTF8.self) }

        /// The body as a JSON object (empty when it is not one).
        public var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case socket(String)
        public var description: String {
            switch self {
            case .socket(let text): "loopback HTTP: \(text)"
            }
        }
    }

    /// Sends one request on a new connection and reads the whole response. The socket calls block, so they run
    /// on a thread of their own: a test blocking Swift's few cooperative threads would starve the server it
    /// talks to when both live in one process.
    public func request(
        _ method: String, _ path: String, body: Data? = nil, headers: [String: String] = [:],
        timeout: Int = 30
    ) async throws -> Response {
        try await Self.offThread { try blockingRequest(method, path, body: body, headers: headers, timeout: timeout) }
    }

    static func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    private func blockingRequest(
        _ method: String, _ path: String, body: Data?, headers: [String: String], timeout: Int
    ) throws -> Response {
        let descriptor = try connected(timeout: timeout)
        defer { close(descriptor) }
        try send(descriptor, head(method, path, body: body, headers: headers) + (body ?? Data()))
        var response = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while !Self.isComplete(response) {
            let count = recv(descriptor, &chunk, chunk.count, 0)
            guard count >= 0 else { throw Failure.socket("recv: errno \(errno)") }
            if count == 0 { break }
            response.append(contentsOf: chunk[0..<count])
        }
        return try Self.parse(response)
    }

    /// JSON in, JSON out.
    public func post(_ path: String, json: Any, headers: [String: String] = [:]) async throws -> Response {
        try await request(
            "POST", path, body: try JSONSerialization.data(withJSONObject: json),
            headers: ["Content-Type": "application/json"].merging(headers) { $1 })
    }

    /// An open event stream: `next` returns each event (name and data) as it arrives.
    public final class EventStream: @unchecked Sendable {
        let descriptor: Int32
        var buffer = Data()
        var headerRead = false

        init(descriptor: Int32) { self.descriptor = descriptor }

        deinit { close(descriptor) }

        /// The next event, or nil when none arrives within the socket's timeout.
        public func next() async -> Event? {
            (try? await LoopbackHTTP.offThread { self.blockingNext() }) ?? nil
        }

        public struct Event: Sendable, Equatable {
            public var name: String
            public var data: String
        }

        private func blockingNext() -> Event? {
            while true {
                if !headerRead, let end = buffer.range(of: Data("\r\n\r\n".utf8)) {
                    buffer.removeSubrange(..<end.upperBound)
                    headerRead = true
                }
                if headerRead, let event = takeEvent() { return Event(name: event.name, data: event.data) }
                var chunk = [UInt8](repeating: 0, count: 4096)
                let count = recv(descriptor, &chunk, chunk.count, 0)
                if count <= 0 { return nil }
                buffer.append(contentsOf: chunk[0..<count])
            }
        }

        /// Parses one `event:`/`data:` block out of the (chunked) body read so far.
        private func takeEvent() -> (name: String, data: String)? {
            let text = String(decoding: buffer, as: UTF8.self)
            guard let eventStart = text.range(of: "event: "),
                let end = text.range(of: "\n\n", range: eventStart.upperBound..<text.endIndex)
            else { return nil }
            let block = text[eventStart.lowerBound..<end.lowerBound]
            buffer = Data(text[end.upperBound...].utf8)
            var name = "", data = ""
            for line in block.split(separator: "\n") {
                if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") { data = String(line.dropFirst(6)) }
            }
            return (name, data)
        }
    }

    /// Opens `GET path` and leaves it open.
    public func events(_ path: String = "/api/events", timeout: Int = 5) async throws -> EventStream {
        try await Self.offThread { try blockingEvents(path, timeout: timeout) }
    }

    private func blockingEvents(_ path: String, timeout: Int) throws -> EventStream {
        let descriptor = try connected(timeout: timeout)
        try send(descriptor, head("GET", path, body: nil, headers: ["Accept": "text/event-stream"]))
        return EventStream(descriptor: descriptor)
    }

    private func head(_ method: String, _ path: String, body: Data?, headers: [String: String]) -> Data {
        var lines = ["\(method) \(path) HTTP/1.1"]
        var fields = ["Host": "127.0.0.1:\(port)", "Connection": "close"]
        if let body, headers["Transfer-Encoding"] == nil { fields["Content-Length"] = "\(body.count)" }
        fields.merge(headers) { $1 }
        for name in fields.keys.sorted() { lines.append("\(name): \(fields[name]!)") }
        return Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }

    private func connected(timeout: Int) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure.socket("socket: errno \(errno)") }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard ok else {
            close(descriptor)
            throw Failure.socket("connect to port \(port): errno \(errno)")
        }
        return descriptor
    }

    private func send(_ descriptor: Int32, _ data: Data) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var sent = 0
            while sent < buffer.count {
                let count = Glibc.send(descriptor, buffer.baseAddress! + sent, buffer.count - sent, Int32(MSG_NOSIGNAL))
                // The server may answer (413) and close before reading a large body: keep what it said.
                if count <= 0 { return }
                sent += count
            }
        }
    }

    static func isComplete(_ response: Data) -> Bool {
        guard let end = response.range(of: Data("\r\n\r\n".utf8)) else { return false }
        let head = String(decoding: response[..<end.lowerBound], as: UTF8.self).lowercased()
        let received = response.count - end.upperBound
        if let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
            let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
        {
            return received >= length
        }
        return head.contains("chunked") && response.suffix(5) == Data("0\r\n\r\n".utf8)
    }

    static func parse(_ response: Data) throws -> Response {
        guard let end = response.range(of: Data("\r\n\r\n".utf8)) else { throw Failure.socket("no HTTP response") }
        let lines = String(decoding: response[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        var body = Data(response[end.upperBound...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" { body = unchunked(body) }
        return Response(status: status, headers: headers, body: body)
    }

    /// The body of a `Transfer-Encoding: chunked` response.
    public static func unchunked(_ data: Data) -> Data {
        var out = Data(), rest = data[...]
        while let line = rest.range(of: Data("\r\n".utf8)),
            let size = Int(String(decoding: rest[..<line.lowerBound], as: UTF8.self), radix: 16), size > 0
        {
            let start = line.upperBound
            out.append(rest[start..<min(rest.endIndex, start + size)])
            rest = rest[min(rest.endIndex, start + size + 2)...]
        }
        return out
    }
}
