import Foundation
import ZIPFoundation

/// The parts (zip entries) of a workbook file, unpacked one at a time with a limit on their unpacked size, so a
/// zip bomb stops at the limit instead of filling memory.
struct XLSXArchive {
    /// An `.xlsx` read from disk is limited like any input file (docs/reliability.md); tests lower it.
    static let defaultPartLimit = InputText.maximumBytes

    private let archive: Archive
    let file: String
    let partLimit: Int

    /// Nil when `data` is not a zip archive (truncated, or another kind of file).
    init?(_ data: Data, file: String, partLimit: Int = defaultPartLimit) {
        guard let archive = try? Archive(data: data, accessMode: .read) else { return nil }
        self.archive = archive
        self.file = file
        self.partLimit = partLimit
    }

    /// The unpacked bytes of the part at `path` (without a leading `/`), nil when the archive has none.
    func data(_ path: String) throws(LoadError) -> Data? {
        guard let entry = archive[path] ?? archive.first(where: { $0.path.lowercased() == path.lowercased() }) else {
            return nil
        }
        let limit = partLimit
        guard entry.uncompressedSize <= UInt64(limit) else { throw tooLarge(path) }
        var bytes = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard bytes.count + chunk.count <= limit else { throw PartTooLarge() }
                bytes.append(chunk)
            }
        } catch is PartTooLarge {
            throw tooLarge(path)
        } catch {
            let reason = "\(error)"
            throw .invalid([
                Diagnostic(.error, SourceLocation(file: file)) {
                    $0.text(.xlsxDamagedPart, ["part": path, "reason": reason])
                }
            ])
        }
        return bytes
    }

    /// The text of the XML part at `path`, decoded as any input text is (UTF-8, or UTF-16 with a byte-order mark).
    func text(_ path: String) throws(LoadError) -> String? {
        guard let bytes = try data(path) else { return nil }
        return try InputText.decode(bytes, path: file + ":" + path)
    }

    private struct PartTooLarge: Error {}

    private func tooLarge(_ path: String) -> LoadError {
        let limit = partLimit
        return .invalid([
            Diagnostic(.error, SourceLocation(file: file)) {
                $0.text(.xlsxPartTooLarge, ["part": path, "limit": limit])
            }
        ])
    }
}
