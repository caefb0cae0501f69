import Foundation

/// An `.xlsx` workbook opened for reading: its sheets (names and parts, in tab order), shared strings, the cell
/// styles that format dates, and its date system. Each sheet's cells are read only when asked (`rows`).
struct XLSXWorkbook {
    struct Sheet: Equatable {
        var name: String
        var part: String
    }

    let archive: XLSXArchive
    private(set) var sheets: [Sheet] = []
    /// `workbookPr date1904="1"` (old Mac Excel): serial 0 is 1904-01-01 instead of 1899-12-31.
    private(set) var date1904 = false
    private(set) var sharedStrings: [String] = []
    /// Per cell style (`s`), whether its number format shows a date.
    private(set) var dateStyles: [Bool] = []

    var file: String { archive.file }

    /// Opens the workbook in `data` read from `file`.
    /// - Throws: `LoadError.invalid` (exit 65) when it is not a zip archive, lacks its workbook part, or a part is
    ///   damaged, too large or not well-formed XML.
    init(_ data: Data, file: String, partLimit: Int = XLSXArchive.defaultPartLimit) throws(LoadError) {
        guard let archive = XLSXArchive(data, file: file, partLimit: partLimit) else {
            // An OLE compound file: what Excel 97–2003 saves, and what Excel wraps an encrypted .xlsx in.
            if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
                throw Self.problem(file) { $0.text(.xlsxLegacyOrEncrypted) }
            }
            throw Self.problem(file) { $0.text(.xlsxNotWorkbook) }
        }
        self.archive = archive
        let workbookPart = try officeDocumentPart()
        guard let workbook = try archive.text(workbookPart) else {
            throw Self.problem(file) { $0.text(.xlsxMissingPart, ["part": workbookPart]) }
        }
        let targets = try relationships(of: workbookPart)
        var named: [(name: String, id: String)] = []
        var is1904 = false
        try parse(workbook, part: workbookPart, text: []) { name, attributes in
            if name == "sheet", let sheetName = attributes["name"], let id = attributes.attribute("id") {
                named.append((sheetName, id))
            }
            if name == "workbookPr", let flag = attributes["date1904"] { is1904 = flag == "1" || flag == "true" }
        }
        date1904 = is1904
        for (name, id) in named {
            guard let target = targets[id] else { continue }
            sheets.append(Sheet(name: name, part: target))
        }
        if let part = targets.values.first(where: { $0.lowercased().hasSuffix("sharedstrings.xml") }) {
            sharedStrings = try readSharedStrings(part)
        }
        if let part = targets.values.first(where: { $0.lowercased().hasSuffix("styles.xml") }) {
            dateStyles = try readDateStyles(part)
        }
    }

    /// The workbook part named by the package relationships (`xl/workbook.xml` in every writer seen).
    private func officeDocumentPart() throws(LoadError) -> String {
        let root = try relationships(of: "")
        return root.first { $0.key.hasPrefix("type:") && $0.key.hasSuffix("/officeDocument") }?.value
            ?? "xl/workbook.xml"
    }

    /// Relationship id → target part (resolved against `part`'s folder), plus `type:TYPE` → target, from the
    /// part's `_rels/NAME.rels` (the package's `_rels/.rels` for `""`).
    private func relationships(of part: String) throws(LoadError) -> [String: String] {
        let folder = (part as NSString).deletingLastPathComponent
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (part as NSString).lastPathComponent + ".rels"
        guard let text = try archive.text(relsPath) else { return [:] }
        var targets: [String: String] = [:]
        try parse(text, part: relsPath, text: []) { name, attributes in
            guard name == "Relationship", let target = attributes["Target"] else { return }
            if attributes["TargetMode"] == "External" { return }
            let resolved = Self.resolve(target, from: folder)
            if let id = attributes["Id"] { targets[id] = resolved }
            if let type = attributes["Type"] { targets["type:" + type] = resolved }
        }
        return targets
    }

    /// `target` as a path inside the archive: absolute (`/xl/…`) or relative to `folder`, `..` resolved.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." {
                _ = parts.popLast()
            } else if piece != "." {
                parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }

    /// The shared string table: each `si` is its `t` text, or the `t` of its rich-text runs (`r`) joined; phonetic
    /// guides (`rPh`, Japanese readings) are left out, as spreadsheets show them. The declared `count` is not
    /// trusted (a hostile file may declare billions): the table grows as strings are read.
    private func readSharedStrings(_ part: String) throws(LoadError) -> [String] {
        guard let text = try archive.text(part) else { return [] }
        var strings: [String] = []
        var current = "", phonetic = 0
        try parse(text, part: part, text: ["t"]) { name, _ in
            if name == "si" { current = "" }
            if name == "rPh" { phonetic += 1 }
        } end: { name, text in
            switch name {
            case "t" where phonetic == 0: current += text
            case "rPh": phonetic -= 1
            case "si": strings.append(XLSXText.unescaped(current))
            default: break
            }
        }
        return strings
    }

    /// For each cell format (`cellXfs/xf`, in order), whether its number format is a date or time.
    private func readDateStyles(_ part: String) throws(LoadError) -> [Bool] {
        guard let text = try archive.text(part) else { return [] }
        var customDates: [Int: Bool] = [:]
        var formats: [Int] = []
        var inCellFormats = false
        try parse(text, part: part, text: []) { name, attributes in
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                    customDates[id] = XLSXCellValue.isDateFormat(code)
                }
            case "cellXfs": inCellFormats = true
            case "xf" where inCellFormats: formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        } end: { name, _ in
            if name == "cellXfs" { inCellFormats = false }
        }
        return formats.map { customDates[$0] ?? XLSXCellValue.isBuiltInDateFormat($0) }
    }

    /// Parses the XML `text` of `part`, throwing a located problem when it is not well-formed.
    func parse(
        _ text: String, part: String, sheet: String? = nil, text textElements: Set<String>,
        start: @escaping XLSXPartParser.Start, end: @escaping XLSXPartParser.End = { _, _ in }
    ) throws(LoadError) {
        guard let (line, reason) = XLSXPartParser.parse(text, textElements: textElements, onStart: start, onEnd: end)
        else { return }
        throw Self.problem(file, sheet: sheet) {
            $0.text(.xlsxMalformedXML, ["part": part, "line": line, "reason": reason])
        }
    }

    /// One error about the workbook file (or one of its sheets), worded by the catalogue.
    static func problem(
        _ file: String, sheet: String? = nil, _ wording: @escaping @Sendable (Language) -> String
    ) -> LoadError {
        .invalid([Diagnostic(.error, SourceLocation(file: file, sheet: sheet), wording: wording)])
    }
}
