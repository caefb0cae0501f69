import Foundation

/// How `actornet serve` listens.
public struct ServeConfiguration: Sendable {
    public var host: String
    /// 0: any free port (tests).
    public var port: Int
    /// Required on every request when set (`--host` other than loopback): `?token=` or `X-Actornet-Token`.
    public var token: String?
    /// Larger request bodies are refused with 413.
    public var bodyLimit: Int
    /// How often the file on disk is checked for changes made outside the server.
    public var filePollInterval: Duration
    /// How often a comment keeps idle event streams open through proxies and phones' radios.
    public var keepAliveInterval: Duration

    public static let defaultPort = 8765
    public static let defaultBodyLimit = 1 << 20

    public init(
        host: String = "127.0.0.1", port: Int = defaultPort, token: String? = nil, bodyLimit: Int = defaultBodyLimit,
        filePollInterval: Duration = .seconds(1), keepAliveInterval: Duration = .seconds(15)
    ) {
        self.host = host
        self.port = port
        self.token = token
        self.bodyLimit = bodyLimit
        self.filePollInterval = filePollInterval
        self.keepAliveInterval = keepAliveInterval
    }

    /// Whether `host` is reachable only from this machine.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// A random token: 128 bits, URL-safe hexadecimal.
    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
