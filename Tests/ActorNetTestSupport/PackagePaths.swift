import Foundation

/// Where the package's own files are, for tests that read the example networks or keep golden files.
///
/// Found from this file's place in the source tree (`Tests/ActorNetTestSupport/`), so it holds wherever the package
/// is checked out and whichever folder `swift test` runs in.
public enum PackagePaths {
    /// The package root: the folder that holds `Package.swift`.
    public static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A file under the package root, by its relative path (`Networks/chile-ties.csv`).
    public static func file(_ relativePath: String) -> String {
        root.appendingPathComponent(relativePath).path
    }

    /// An example network in `Networks/`, by its stem (`chile` → `…/Networks/chile.yaml`).
    public static func example(_ name: String) -> String {
        file("Networks/\(name).yaml")
    }
}
