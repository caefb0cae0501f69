import ActorNetTestSupport
import Foundation
import Testing

extension WebDriver {
    /// Waits (up to `seconds`) until `script` returns `expected`; records an issue naming the last value otherwise.
    func wait<T: Decodable & Equatable & Sendable>(
        until script: String, is expected: T, seconds: Double = 10,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async throws {
        let start = Date()
        var last: T?
        while Date().timeIntervalSince(start) < seconds {
            last = try? await execute(script, as: T.self)
            if last == expected { return }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        Issue.record(
            "`\(script)` returned \(String(describing: last)), not \(expected)", sourceLocation: sourceLocation)
    }
}

extension WebDriver {
    /// Opens one browser per size (width, height), runs `body` with them, and quits them all whether it threw or not.
    static func withBrowsers(
        _ sizes: [(width: Int, height: Int)], _ body: ([WebDriver]) async throws -> Void
    ) async throws {
        var browsers: [WebDriver] = []
        do {
            for size in sizes { browsers.append(try await WebDriver(width: size.width, height: size.height)) }
            try await body(browsers)
        } catch {
            for browser in browsers { await browser.quit() }
            throw error
        }
        for browser in browsers { await browser.quit() }
    }
}
