import Foundation

/// A file of expected output kept in the source tree. `ACTORNET_UPDATE_GOLDEN=1 swift test` rewrites it with the
/// actual output (review the diff before committing); otherwise it is only read.
public struct GoldenFile: Sendable {
    /// The file's absolute path.
    public let path: String

    /// - Parameter relativePath: from the package root (`Tests/actornetTests/Golden/chile-info.json`).
    public init(_ relativePath: String) {
        path = PackagePaths.file(relativePath)
    }

    /// Whether this run rewrites golden files.
    public static var updating: Bool { ProcessInfo.processInfo.environment["ACTORNET_UPDATE_GOLDEN"] == "1" }

    /// The expected text: the file's content, after writing `actual` into it when updating.
    public func expected(_ actual: String) throws -> String {
        if Self.updating {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
        }
        return try String(contentsOfFile: path, encoding: .utf8)
    }
}
