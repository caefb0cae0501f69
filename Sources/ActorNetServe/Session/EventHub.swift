import Foundation
import Synchronization

/// One Server-Sent Event: its name and its JSON data.
public struct ServerEvent: Sendable, Equatable {
    public var name: String
    public var data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// The event as the `text/event-stream` wire format writes it.
    public var text: String { "event: \(name)\ndata: \(String(decoding: data, as: UTF8.self))\n\n" }
}

/// The editors listening on `/api/events`: every event is given to each of them, in order.
public final class EventHub: Sendable {
    private let listeners = Mutex<[UUID: AsyncStream<ServerEvent>.Continuation]>([:])

    public init() {}

    /// A new listener's stream; it leaves when the stream ends.
    public func listen() -> AsyncStream<ServerEvent> {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(
            of: ServerEvent.self, bufferingPolicy: .bufferingNewest(256))
        continuation.onTermination = { [weak self] _ in
            _ = self?.listeners.withLock { $0.removeValue(forKey: id) }
        }
        listeners.withLock { $0[id] = continuation }
        return stream
    }

    public var listenerCount: Int { listeners.withLock { $0.count } }

    public func send(_ event: ServerEvent) {
        for continuation in listeners.withLock({ Array($0.values) }) { continuation.yield(event) }
    }

    /// Ends every stream (the server is stopping).
    public func finish() {
        for continuation in listeners.withLock({ Array($0.values) }) { continuation.finish() }
    }
}
