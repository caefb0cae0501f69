import Foundation

extension MarkdownReport {
    /// The diagram files an existing Markdown report at `path` links (`![…](<stem>-….svg)`, plain file names as
    /// `render` writes them), so that writing a new report can remove the diagrams it no longer has. Empty when
    /// there is no such page, or it is not a regular file, or it is larger than 16 MiB (not a report of ours).
    public static func linkedDiagrams(inPageAt path: String, stem: String) -> [String] {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size <= 16 << 20,
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else { return [] }
        var names: [String] = []
        for piece in text.components(separatedBy: "](").dropFirst() {
            guard let end = piece.firstIndex(where: { $0 == ")" || $0 == "\n" }), piece[end] == ")" else { continue }
            let name = String(piece[..<end])
            guard name.hasPrefix(stem + "-"), name.hasSuffix(".svg"), !name.contains("/"),
                !names.contains(name)
            else { continue }
            names.append(name)
        }
        return names
    }
}
