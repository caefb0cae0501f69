import ActorNet
import ActorNetServe
import ArgumentParser
import Foundation

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Map a network together in the browser: a page and an API that edit FILE, live, for a workshop.",
        discussion: """
            Creates FILE (.yaml, .yml or .json) when it is missing. Every accepted change is written to FILE
            (atomically, fsync) before it is acknowledged; the version before it is kept as FILE~. Listens on
            127.0.0.1 unless --host says otherwise; any other host requires the random token printed in the
            address. See docs/serve.md.

            Example:
              actornet serve Networks/taller.yaml --lang es
              actornet serve taller.yaml --host 0.0.0.0 --port 8080     # phones on the workshop's network join
            """
    )

    @Argument(help: "Network file to edit (.yaml, .yml or .json); created when missing.")
    var file: String

    @Option(name: .long, help: "Port to listen on (0: any free port).")
    var port: Int = ServeConfiguration.defaultPort

    @Option(name: .long, help: "Address to listen on (default 127.0.0.1; 0.0.0.0 for a workshop network).")
    var host: String = "127.0.0.1"

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError(language.beforeReading.text(.serveBadPort))
        }
    }

    func run() throws {
        let words = language.beforeReading
        guard let format = NetworkFormat(path: file), NetworkFileStore.formats.contains(format) else {
            printError(words.text(.serveUnsupportedFormat, ["file": file]))
            throw Exit.usage
        }
        if FileManager.default.fileExists(atPath: file) {
            _ = try loadNetwork(file, actors: nil, language: language.lang)
        }
        let session: NetworkSession
        do {
            session = try NetworkSession(path: file, language: language.lang)
        } catch {
            switch error {
            case .unsupportedFormat: throw Exit.usage
            case .load(let failure):
                printError(failure.description(in: words))
                throw Exit.data
            case .create(let failure):
                printError(failure.description(in: words))
                throw Exit.cannotCreate
            }
        }
        let server = ServeServer(
            session: session,
            configuration: ServeConfiguration(
                host: host, port: port,
                token: ServeConfiguration.isLoopback(host) ? nil : ServeConfiguration.randomToken()))
        let file = self.file
        let failure = ServeFailure()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                try await server.run { bound in
                    let mapWords = session.language
                    if session.created { try? printOutput(mapWords.text(.serveCreatedFile, ["file": file])) }
                    try? printOutput(mapWords.text(.serveListening, ["file": file, "url": server.url(port: bound)]))
                    if server.configuration.token != nil { try? printOutput(mapWords.text(.serveTokenNote)) }
                    try? printOutput(mapWords.text(.serveStopHint))
                }
            } catch {
                failure.set("\(error)")
            }
            done.signal()
        }
        done.wait()
        if let reason = failure.reason {
            printError(words.text(.serveCannotListen, ["address": "\(host):\(port)", "reason": reason]))
            throw Exit.unavailable
        }
    }
}

/// Why the server stopped, handed from its task to the command's thread.
private final class ServeFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?

    func set(_ reason: String) { lock.withLock { text = reason } }

    var reason: String? { lock.withLock { text } }
}
