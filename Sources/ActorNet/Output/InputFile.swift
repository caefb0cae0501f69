import Foundation

/// A file a command read, as the kernel identifies it (device and inode of the file actually opened, symlinks
/// followed), with its resolved path. Outputs are compared against these, so no command can replace what it read,
/// whatever path spelling, symlink or hard link leads there.
public struct InputFile: Sendable, Hashable {
    /// The path as the command was given it (or derived it, for companion files).
    public var path: String
    public var device: UInt64
    public var inode: UInt64
    /// `realpath(3)` of `path` when it was read.
    public var resolvedPath: String

    init(path: String, status: stat) {
        self.path = path
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        resolvedPath = KernelPath.resolved(path) ?? path
    }
}

/// Path resolution as the kernel does it: symlinks first, then `..` (so `a/link/../x` is `x` beside the link's
/// target, not `a/x`). Foundation's `standardizedFileURL` removes `..` as text first; nothing here uses it.
public enum KernelPath {
    /// `realpath(3)`: nil when the path does not exist.
    public static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// The folder part and the last name of `path`, split as text at the last `/` (`x` → `.` and `x`).
    public static func split(_ path: String) -> (folder: String, name: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return (".", String(trimmed)) }
        let folder = trimmed[..<slash]
        return (folder.isEmpty ? "/" : String(folder), String(trimmed[trimmed.index(after: slash)...]))
    }

    /// `path` resolved by the kernel; for a path that does not exist yet, its resolved folder plus its name.
    public static func resolvedOrPlanned(_ path: String) -> String? {
        if let existing = resolved(path) { return existing }
        let (folder, name) = split(path)
        guard let base = resolved(folder) else { return nil }
        return base == "/" ? "/" + name : base + "/" + name
    }
}
