import Foundation

/// Why an output file could not be written (the CLI exits 73).
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): error: cannot create output: \(reason)" }
}

/// Writes outputs so that a reader never sees a partial file: the bytes go to a hidden temporary file in the
/// destination folder, which is renamed over the target only when complete. A failure leaves any existing file
/// untouched and removes the temporary file.
public enum AtomicFile {
    /// Writes `data` to `path`, creating missing parent folders.
    /// - Parameter inputs: paths the command read; writing over one of them is refused.
    public static func write(_ data: Data, to path: String, inputs: [String] = []) throws(OutputError) {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let resolvedTarget = target.resolvingSymlinksInPath().path
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == resolvedTarget {
            throw OutputError(path: path, reason: "it is an input of this command; choose another output path")
        }
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: path, reason: "cannot create folder \(folder.path): \(reasonText(error))")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        TemporaryFiles.register(temporary.path)
        defer { TemporaryFiles.unregister(temporary.path) }
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw OutputError(path: path, reason: "cannot write in \(folder.path) (read-only or missing permission?)")
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw OutputError(path: path, reason: reason)
        }
    }

    private static func reasonText(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}

/// Temporary files in flight, removed by the CLI's signal handler on SIGINT/SIGTERM.
public enum TemporaryFiles {
    nonisolated(unsafe) private static var paths: Set<String> = []
    private static let lock = NSLock()

    static func register(_ path: String) { lock.lock(); paths.insert(path); lock.unlock() }
    static func unregister(_ path: String) { lock.lock(); paths.remove(path); lock.unlock() }

    /// Removes every registered temporary file.
    public static func removeAll() {
        lock.lock()
        for path in paths { unlink(path) }
        paths.removeAll()
        lock.unlock()
    }
}
