import ActorNet
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Where the served network lives on disk: `FILE`, and beside it `FILE~`, the version before the last write.
///
/// A write first makes `FILE~` a hard link to the current `FILE` (the old inode stays whole when `FILE` is
/// replaced), then writes the new bytes through `AtomicFile` (temporary file, `fsync`, rename) and `fsync`s the
/// folder, so the rename itself survives a power cut. Only then is an edit acknowledged.
public struct NetworkFileStore: Sendable {
    public let path: String
    public let format: NetworkFormat
    /// Each record's text from the last write: a write serialises only the records changed since.
    private let texts: NetworkRecordTexts

    /// The formats `serve` edits: the ones that keep every field of the model in one file.
    public static let formats: Set<NetworkFormat> = [.yaml, .json]

    public init(path: String, format: NetworkFormat) {
        self.path = path
        self.format = format
        texts = NetworkRecordTexts(format == .json ? .json : .yaml)
    }

    public var backupPath: String { path + "~" }

    /// What identifies one version of the file on disk: a change by anyone else changes at least one of these.
    public struct Fingerprint: Sendable, Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: Int
        var modifiedNanoseconds: Int
    }

    public func fingerprint() -> Fingerprint? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Fingerprint(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modified: info.st_mtim.tv_sec, modifiedNanoseconds: info.st_mtim.tv_nsec)
    }

    /// The file's bytes for `network`: `NetworkWriter.jsonData` / `yamlData`'s, made from the kept record texts.
    public func bytes(_ network: Network) -> Data { texts.data(network) }

    /// Writes `network` durably, keeping the current file as `FILE~`; returns the new file's fingerprint.
    public func write(_ network: Network) throws(OutputError) -> Fingerprint? {
        if access(path, F_OK) == 0 {
            let link = backupPath + ".link"
            unlink(link)
            if Glibc.link(path, link) == 0 {
                if rename(link, backupPath) != 0 { unlink(link) }
            }
        }
        try AtomicFile.write(bytes(network), to: path)
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        return fingerprint()
    }
}
