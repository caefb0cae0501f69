import Foundation

/// Temporary files in flight, removed by the CLI's signal handler on SIGINT/SIGTERM.
///
/// One lock orders everything: a temporary file is registered and created under it, and a set of outputs is
/// committed (renamed into place) under it. The handler takes the same lock, removes what is registered and never
/// releases it (the process exits). So a signal lands either before a file exists, after it is registered (removed),
/// or before or after a whole commit — never between the renames of one set, never leaving a file it did not know.
/// `package`: only the CLI's signal handler may end this way (the lock is never released); not library API.
package enum TemporaryFiles {
    nonisolated(unsafe) private static var paths: Set<String> = []
    nonisolated(unsafe) private static var exiting = false
    private static let lock = NSLock()

    /// Creates a new, empty temporary file in `folder` (`O_CREAT | O_EXCL`, mode 0666 less the umask), registered
    /// before it exists. Its name is short (`.actornet-` and 8 random characters), so any output name that fits
    /// the file system fits beside it.
    /// - Returns: the path and an open descriptor for writing; or the `errno` that prevented it.
    static func create(in folder: String) -> Result<(path: String, descriptor: Int32), SystemError> {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        for _ in 0..<100 {
            let name = ".actornet-" + String(decoding: (0..<8).map { _ in alphabet.randomElement()! }, as: UTF8.self)
            let path = folder == "/" ? "/" + name : folder + "/" + name
            lock.lock()
            if exiting { lock.unlock(); waitForExit() }
            paths.insert(path)
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            let code = errno
            if descriptor < 0 { paths.remove(path) }
            lock.unlock()
            if descriptor >= 0 { return .success((path, descriptor)) }
            if code != EEXIST { return .failure(SystemError(code: code)) }
        }
        return .failure(SystemError(code: EEXIST))
    }

    /// Unlinks and forgets a temporary file that will not be committed.
    static func discard(_ path: String) {
        lock.lock()
        if exiting { lock.unlock(); waitForExit() }
        unlink(path)
        paths.remove(path)
        lock.unlock()
    }

    /// Runs `body` (renames that commit a set) with no signal clean-up in between; `committed` are the temporary
    /// paths `body` renamed or removed, which are forgotten with it.
    static func commit<T>(_ body: () -> T, forgetting committed: (T) -> [String]) -> T {
        lock.lock()
        if exiting { lock.unlock(); waitForExit() }
        let result = body()
        for path in committed(result) { paths.remove(path) }
        lock.unlock()
        return result
    }

    /// Removes every registered temporary file; from then on no temporary file can be created or committed.
    /// Call only right before the process exits (signal handler, closed standard output).
    package static func removeAllBeforeExit() {
        lock.lock()
        exiting = true
        for path in paths { unlink(path) }
        paths.removeAll()
        lock.unlock()
    }

    /// The names of the registered temporary files (for tests).
    static var registered: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return paths
    }

    /// A thread that meets the clean-up after it ran waits here until the exiting thread ends the process.
    private static func waitForExit() -> Never {
        while true { sleep(60) }
    }
}

/// An `errno` value with its plain-words text.
public struct SystemError: Error, Sendable, CustomStringConvertible {
    public var code: Int32
    public init(code: Int32) { self.code = code }
    public var description: String { SystemErrorText.describe(code) }
}
