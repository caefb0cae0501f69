import ActorNet
import Foundation
import Hummingbird
import Logging

/// `actornet serve`: the HTTP server of one network file.
public struct ServeServer: Sendable {
    public let session: NetworkSession
    public let configuration: ServeConfiguration

    public init(session: NetworkSession, configuration: ServeConfiguration) {
        self.session = session
        self.configuration = configuration
    }

    /// The address a person opens: with the token when one is required.
    public func url(port: Int) -> String {
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        return "http://\(host):\(port)/" + (configuration.token.map { "?token=\($0)" } ?? "")
    }

    /// Serves until the task is cancelled; `ready` hears the port actually bound (with `port` 0, a free one).
    public func run(ready: @escaping @Sendable (Int) async -> Void) async throws {
        let router = Router()
        router.add(middleware: ServeGuard(configuration: configuration, session: session))
        router.add(middleware: ServeFallback(session: session))
        ServeRoutes(session: session, configuration: configuration).add(to: router)
        var logger = Logger(label: "actornet-serve")
        logger.logLevel = .critical
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { [port = configuration.port] channel in await ready(channel.localAddress?.port ?? port) },
            logger: logger)
        let session = self.session, configuration = self.configuration
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                // The file on disk (changed outside?) and keep-alives for the event streams.
                var sinceKeepAlive = Duration.zero
                while !Task.isCancelled {
                    try await Task.sleep(for: configuration.filePollInterval)
                    await session.checkFile()
                    sinceKeepAlive += configuration.filePollInterval
                    if sinceKeepAlive >= configuration.keepAliveInterval {
                        sinceKeepAlive = .zero
                        session.hub.send(ServerEvent(name: "ping", data: Data()))
                    }
                }
            }
            group.addTask {
                defer { session.hub.finish() }
                try await withTaskCancellationHandler {
                    try await app.runService(gracefulShutdownSignals: [])
                } onCancel: {
                    session.hub.finish()
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }
}
