import CSV
import Foundation

/// Reads a ties CSV (`source,target,weight,kind,…` or Spanish `origen,destino,peso,tipo,…`) and an optional actors
/// CSV (`id,name,sector,level,…`). Lists in cells are separated by `;`. Delimiter `,`, `;` or tab is detected
/// from the header line; a UTF-8 BOM and CRLF line ends are accepted.
struct CSVNetworkReader {
    var diagnostics: [Diagnostic] = []

    /// Header spellings (folded) for each tie field.
    static let tieColumns: [String: [String]] = [
        "from": ["source", "from", "origen", "desde", "fuente"],
        "to": ["target", "to", "destino", "hacia"],
        "weight": ["weight", "peso", "fuerza", "strength"],
        "kind": ["kind", "type", "tipo", "clase"],
        "directed": ["directed", "dirigido"],
        "project": ["project", "proyecto"],
        "note": ["note", "nota", "notes", "notas"],
        "money": ["money", "dinero", "monto", "amount"],
        "currency": ["currency", "moneda"],
        "work": ["work", "trabajo", "person-days", "dias-persona"],
        "in_kind": ["in-kind", "especie", "en-especie"],
    ]

    /// Header spellings (folded) for each actor field; other columns become `attributes`.
    static let actorColumns: [String: [String]] = [
        "id": ["id", "identificador", "codigo", "code"],
        "name": ["name", "nombre", "label", "etiqueta"],
        "sector": ["sector"],
        "level": ["level", "nivel"],
        "country": ["country", "pais"],
        "territory": ["territory", "territorio"],
        "roles": ["roles", "rol", "role"],
        "offers": ["offers", "ofrece", "oferta", "ofertas"],
        "needs": ["needs", "necesita", "necesidades", "demandas"],
        "motivation": ["motivation", "motivacion", "motivaciones"],
        "notes": ["notes", "notas", "note", "nota"],
    ]

    /// One data row: a value per known field present in the header (in `Table.fields` order, "" when the cell is
    /// empty), its line, and the cells of columns that are not known fields.
    struct Row {
        var line: Int
        var values: [String]
        var extra: [(header: String, value: String)]
    }

    /// The rows of one CSV file and where each known field sits.
    struct Table {
        var file: String
        /// Known fields present in the header, in slot order.
        var fields: [String]
        /// Field → 1-based column, for messages; shared by every row.
        var columns: [String: Int]
        var rows: [Row]

        /// The slot of `field` in `Row.values`; nil when the file has no such column.
        func slot(_ field: String) -> Int? { fields.firstIndex(of: field) }
    }

    mutating func table(_ text: String, file: String, columns: [String: [String]], required: [String]) -> Table {
        var table = Table(file: file, fields: [], columns: [:], rows: [])
        let delimiter = Self.detectDelimiter(text)
        var source: RowSource
        if let rows = Self.splitUnquoted(text, delimiter: UInt8(delimiter.value)) {
            source = .split(rows.makeIterator())
        } else {
            do {
                source = .library(try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter))
            } catch {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 1), "malformed CSV: \(error)"))
                return table
            }
        }
        guard let header = source.next() else {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 1),
                                          "empty CSV file: expected a header line (\(required.joined(separator: ",")),…)"))
            return table
        }
        var slotOfColumn = [Int?](repeating: nil, count: header.count)
        for (column, title) in header.enumerated() {
            let key = foldKey(title)
            guard let field = columns.first(where: { $0.value.contains(key) || $0.key == key })?.key else { continue }
            if table.columns[field] != nil {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 1, column: column + 1),
                                              "column `\(title)` repeats field `\(field)`"))
                continue
            }
            table.columns[field] = column + 1
            slotOfColumn[column] = table.fields.count
            table.fields.append(field)
        }
        for field in required where table.columns[field] == nil {
            let spellings = columns[field]!.prefix(3).joined(separator: "` or `")
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 1),
                                          "missing column `\(spellings)` for field `\(field)`; header is `\(header.joined(separator: String(Character(delimiter))))`"))
        }
        var line = 1 + Self.newlines(in: header)
        let empty = [String](repeating: "", count: table.fields.count)
        table.rows.reserveCapacity(text.utf8.count / 16)
        while let cells = source.next() {
            line += 1
            defer { line += Self.newlines(in: cells) }
            if cells.count > header.count {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: line, column: header.count + 1),
                                              "row has \(cells.count) fields but the header has \(header.count)"))
            }
            var row = Row(line: line, values: empty, extra: [])
            var blank = true
            for (column, raw) in cells.enumerated() where column < header.count {
                let value = CSVSafety.unguard(Self.trimmed(raw))
                if value.isEmpty { continue }
                blank = false
                if let slot = slotOfColumn[column] { row.values[slot] = value } else { row.extra.append((header[column], value)) }
            }
            if !blank { table.rows.append(row) }
        }
        if case .library(let reader) = source, let error = reader.error {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: line), "malformed CSV: \(error)"))
        }
        return table
    }

    /// Rows come from CSV.swift, or, for text without any quote character (where CSV is plain splitting), from
    /// a direct byte split that is several times faster on large tie lists.
    enum RowSource {
        case library(CSVReader)
        case split(IndexingIterator<[[String]]>)

        mutating func next() -> [String]? {
            switch self {
            case .library(let reader): return reader.next()
            case .split(var iterator):
                let row = iterator.next()
                self = .split(iterator)
                return row
            }
        }
    }

    /// Lines split at LF (a CR before it dropped) and cells at `delimiter`; nil when the text has a quote or a
    /// lone CR, which need the full CSV grammar.
    static func splitUnquoted(_ text: String, delimiter: UInt8) -> [[String]]? {
        var text = text
        return text.withUTF8 { bytes -> [[String]]? in
            let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
            var rows: [[String]] = []
            var row: [String] = []
            var start = 0
            var index = 0
            let count = bytes.count
            func cell(_ from: Int, _ to: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
            }
            while index < count {
                let byte = bytes[index]
                if byte == quote { return nil }
                if byte == delimiter {
                    row.append(cell(start, index))
                    start = index + 1
                } else if byte == lf || byte == cr {
                    if byte == cr && (index + 1 >= count || bytes[index + 1] != lf) { return nil }
                    row.append(cell(start, index))
                    rows.append(row)
                    row = []
                    if byte == cr { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            if start < count {
                row.append(cell(start, count))
                rows.append(row)
            }
            return rows
        }
    }

    /// Spaces and tabs trimmed; the common untrimmed cell is returned without copying.
    static func trimmed(_ cell: String) -> String {
        guard let first = cell.utf8.first, let last = cell.utf8.last else { return cell }
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        if first != space && first != tab && last != space && last != tab { return cell }
        return cell.trimmingCharacters(in: .whitespaces)
    }

    static func newlines(in fields: [String]) -> Int {
        var count = 0
        for field in fields where field.utf8.contains(UInt8(ascii: "\n")) {
            count += field.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        }
        return count
    }

    /// The most frequent of `,`, `;`, tab in the first line outside quotes; `,` on a tie.
    static func detectDelimiter(_ text: String) -> UnicodeScalar {
        var counts: [UnicodeScalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if !quoted && (scalar == "\n" || scalar == "\r") { break }
            if !quoted, counts[scalar] != nil { counts[scalar]! += 1 }
        }
        let best = counts.max { a, b in a.value < b.value || (a.value == b.value && rank(a.key) > rank(b.key)) }!
        return best.value == 0 ? "," : best.key
    }

    private static func rank(_ delimiter: UnicodeScalar) -> Int { delimiter == "," ? 0 : delimiter == ";" ? 1 : 2 }
}

/// Spreadsheet formula-injection guard: text cells that a spreadsheet would run as a formula are written with a
/// leading `'`, and the guard is removed again on reading, so round-trips are lossless.
public enum CSVSafety {
    static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Prefix `'` to a cell that starts with a formula trigger (or that already starts with the guard).
    public static func guarded(_ cell: String) -> String {
        guard let first = cell.first else { return cell }
        if triggers.contains(first) && Double(cell) == nil { return "'" + cell }
        if first == "'", let second = cell.dropFirst().first, triggers.contains(second) || second == "'" {
            return "'" + cell
        }
        return cell
    }

    /// Undo `guarded`.
    public static func unguard(_ cell: String) -> String {
        guard cell.first == "'", let second = cell.dropFirst().first,
              triggers.contains(second) || second == "'" else { return cell }
        return String(cell.dropFirst())
    }
}
