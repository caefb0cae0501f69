import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A real browser for tests: Debian's `chromedriver` (package `chromium-driver`) driving headless `chromium` through
/// the W3C WebDriver protocol, which is plain HTTP and JSON: a few lines of socket code are the whole client.
///
/// `WebDriver.isAvailable` says whether both programs are installed; tests use it in `.enabled(if:)` so that without
/// them they are reported as skipped, never as passed. `make browser` installs both.
public final class WebDriver: @unchecked Sendable {
    public static let chromedriver = "/usr/bin/chromedriver"
    public static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .first(where: FileManager.default.isExecutableFile(atPath:))
    public static var isAvailable: Bool {
        chromium != nil && FileManager.default.isExecutableFile(atPath: chromedriver)
    }

    public enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case notReady(port: Int, String)
        case protocolError(String)

        public var description: String {
            switch self {
            case .notInstalled: "chromium or chromedriver is not installed"
            case .notReady(let port, let error): "chromedriver did not answer on port \(port): \(error)"
            case .protocolError(let text): "WebDriver: \(text)"
            }
        }
    }

    /// The key of an element reference in WebDriver's JSON.
    public static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    private let process: Process
    private let port: Int
    private var session = ""

    /// Starts chromedriver on a free port and opens a headless Chromium session whose window is `width` × `height`.
    public init(width: Int = 1400, height: Int = 1000) async throws {
        guard let chromium = Self.chromium, Self.isAvailable else { throw Failure.notInstalled }
        let port = try Self.freePort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.chromedriver)
        process.arguments = ["--port=\(port)", "--log-level=OFF"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.port = port
        var ready = false
        var lastError: (any Error)?
        for _ in 0..<100 where !ready {
            do {
                let status = try await request("GET", "/status")
                ready = (status["value"] as? [String: Any])?["ready"] as? Bool == true
            } catch {
                lastError = error
            }
            if !ready { try await Task.sleep(nanoseconds: 100_000_000) }
        }
        guard ready else {
            process.terminate()
            throw Failure.notReady(port: port, lastError.map { "\($0)" } ?? "")
        }
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "goog:chromeOptions": [
                        "binary": chromium,
                        "args": [
                            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--hide-scrollbars", "--window-size=\(width),\(height)",
                        ],
                    ],
                    "goog:loggingPrefs": ["browser": "ALL"],
                ]
            ]
        ]
        let created = try await request("POST", "/session", capabilities)
        guard let value = created["value"] as? [String: Any], let id = value["sessionId"] as? String else {
            process.terminate()
            throw Failure.protocolError("no session in \(created)")
        }
        session = id
    }

    /// Ends the session and chromedriver (which ends Chromium).
    public func quit() async {
        _ = try? await request("DELETE", "/session/\(session)")
        // No waitUntilExit: inside a test process it spun without returning; and SIGTERM left chromedriver running.
        kill(process.processIdentifier, SIGKILL)
    }

    // MARK: Commands

    public func open(_ url: URL) async throws {
        _ = try await command("POST", "url", ["url": url.absoluteString])
    }

    /// Runs `script` (a function body; `arguments[0]`… are `arguments`) and decodes what it returns.
    public func execute<T: Decodable>(_ script: String, _ arguments: [Any] = [], as type: T.Type) async throws -> T {
        let answer = try await command("POST", "execute/sync", ["script": script, "args": arguments])
        let data = try JSONSerialization.data(withJSONObject: ["value": answer], options: [.fragmentsAllowed])
        return try JSONDecoder().decode(Wrapped<T>.self, from: data).value
    }

    /// Runs `script` for its effect.
    public func run(_ script: String, _ arguments: [Any] = []) async throws {
        _ = try await command("POST", "execute/sync", ["script": script, "args": arguments])
    }

    /// The first element matching a CSS selector.
    public func element(_ selector: String) async throws -> String {
        let value = try await command("POST", "element", ["using": "css selector", "value": selector])
        guard let reference = (value as? [String: Any])?[Self.elementKey] as? String else {
            throw Failure.protocolError("no element `\(selector)`: \(String(describing: value))")
        }
        return reference
    }

    public func click(_ element: String) async throws {
        _ = try await command("POST", "element/\(element)/click", [:])
    }

    /// Types `text` into an element, key by key.
    /// Finds `selector` and clicks it. A page that redraws when the server sends a version can replace the element
    /// between the two steps, so a stale reference is found again and clicked again, up to three times.
    public func click(selector: String) async throws {
        for attempt in 1...3 {
            do {
                try await click(try await element(selector))
                return
            } catch  where attempt < 3 && "\(error)".contains("stale element") {
                try await Task.sleep(nanoseconds: 100_000_000)
            }
        }
    }

    public func type(_ text: String, into element: String) async throws {
        _ = try await command("POST", "element/\(element)/value", ["text": text])
    }

    /// Moves the mouse to the centre of an element: a real hover (`pointerenter`, `mouseover`).
    public func hover(_ element: String) async throws {
        let move: [String: Any] = [
            "type": "pointerMove", "duration": 0, "x": 0, "y": 0, "origin": [Self.elementKey: element],
        ]
        let actions: [String: Any] = [
            "actions": [
                ["type": "pointer", "id": "mouse", "parameters": ["pointerType": "mouse"], "actions": [move]]
            ]
        ]
        _ = try await command("POST", "actions", actions)
    }

    /// Presses the mouse on one element, moves it in steps to another, releases it there: a real drag
    /// (`pointerdown`, `pointermove`…, `pointerup`).
    public func drag(from source: String, to target: String) async throws {
        let steps: [[String: Any]] = [
            ["type": "pointerMove", "duration": 0, "x": 0, "y": 0, "origin": [Self.elementKey: source]],
            ["type": "pointerDown", "button": 0],
            ["type": "pointerMove", "duration": 150, "x": 3, "y": 3, "origin": [Self.elementKey: source]],
            ["type": "pointerMove", "duration": 150, "x": 0, "y": 0, "origin": [Self.elementKey: target]],
            ["type": "pointerUp", "button": 0],
        ]
        let actions: [String: Any] = [
            "actions": [
                ["type": "pointer", "id": "mouse", "parameters": ["pointerType": "mouse"], "actions": steps]
            ]
        ]
        _ = try await command("POST", "actions", actions)
        _ = try await command("DELETE", "actions")
    }

    /// Presses and releases each key in turn on the focused element (WebDriver key values: `\u{E007}` Enter,
    /// `\u{E00C}` Escape, `\u{E013}` arrow up).
    public func press(_ keys: String) async throws {
        let steps: [[String: Any]] = keys.unicodeScalars.flatMap { key -> [[String: Any]] in
            [["type": "keyDown", "value": String(key)], ["type": "keyUp", "value": String(key)]]
        }
        _ = try await command("POST", "actions", ["actions": [["type": "key", "id": "keyboard", "actions": steps]]])
    }

    /// The browser's console messages since the last call (errors, and Content-Security-Policy violations).
    public func consoleMessages() async throws -> [String] {
        let value = try await command("POST", "se/log", ["type": "browser"])
        return (value as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
    }

    /// A PNG of the window.
    public func screenshot() async throws -> Data {
        guard let text = try await command("GET", "screenshot") as? String, let data = Data(base64Encoded: text)
        else {
            throw Failure.protocolError("no screenshot")
        }
        return data
    }

    // MARK: HTTP

    private struct Wrapped<T: Decodable>: Decodable { var value: T }

    private func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any {
        let answer = try await request(method, "/session/\(session)/\(path)", body)
        if let value = answer["value"] as? [String: Any], let error = value["error"] as? String {
            throw Failure.protocolError("\(path): \(error): \(value["message"] as? String ?? "")")
        }
        return answer["value"] ?? NSNull()
    }

    private func request(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> [String: Any] {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) } ?? Data()
        // Not URLSession: swift-corelibs-foundation refuses chromedriver's header lines, which have no space after
        // the colon (`Content-Length:252`). LoopbackHTTP runs its socket calls off Swift's cooperative threads: two
        // browser tests blocked in `recv` on 2 cores starved the server under test until the timeout.
        let data = try await LoopbackHTTP(port: port).request(
            method, path, body: payload, headers: ["Content-Type": "application/json; charset=utf-8"], timeout: 120
        ).body
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure.protocolError("not JSON: \(String(decoding: data, as: UTF8.self))")
        }
        return object
    }

    private static func loopback(_ port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    /// A TCP port nobody listens on now (bound to 0, read back, closed).
    private static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure.protocolError("socket: errno \(errno)") }
        defer { close(descriptor) }
        var address = loopback(0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else { throw Failure.protocolError("bind: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
