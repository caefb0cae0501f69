import Foundation

/// A new empty folder under the system's temporary directory, named after `purpose` (tests write only there, never
/// into the source tree).
public func scratchFolder(_ purpose: String) throws -> String {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("actornet-\(purpose)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Writes `text` to a file named `name` in a new scratch folder and returns its path.
public func scratchFile(_ name: String, _ text: String, purpose: String = "tests") throws -> String {
    let path = try scratchFolder(purpose) + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
}
