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

    /// One data row: its cells by canonical field name, its line, and columns not in `columns`.
    struct Row {
        var line: Int
        var cells: [String: (value: String, column: Int)]
        var extra: [(header: String, value: String)]
    }

    mutating func rows(_ text: String, file: String, columns: [String: [String]], required: [String]) -> [Row] {
        let delimiter = Self.detectDelimiter(text)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        } catch {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 1), "malformed CSV: \(error)"))
            return []
        }
        guard let header = reader.next() else {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 1),
                                          "empty CSV file: expected a header line (\(required.joined(separator: ",")),…)"))
            return []
        }
        var fieldOfColumn: [Int: String] = [:]
        for (column, title) in header.enumerated() {
            let key = foldKey(title)
            if let field = columns.first(where: { $0.value.contains(key) || $0.key == key })?.key {
                if fieldOfColumn.values.contains(field) {
                    diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 1, column: column + 1),
                                                  "column `\(title)` repeats field `\(field)`"))
                }
                fieldOfColumn[column] = field
            }
        }
        for field in required where !fieldOfColumn.values.contains(field) {
            let spellings = columns[field]!.prefix(3).joined(separator: "` or `")
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: 1),
                                          "missing column `\(spellings)` for field `\(field)`; header is `\(header.joined(separator: String(Character(delimiter))))`"))
        }
        var line = 1 + Self.newlines(in: header)
        var result: [Row] = []
        while let fields = reader.next() {
            line += 1
            defer { line += Self.newlines(in: fields) }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if fields.count > header.count {
                diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: line, column: header.count + 1),
                                              "row has \(fields.count) fields but the header has \(header.count)"))
            }
            var row = Row(line: line, cells: [:], extra: [])
            for (column, raw) in fields.enumerated() where column < header.count {
                let value = CSVSafety.unguard(raw.trimmingCharacters(in: .whitespaces))
                if let field = fieldOfColumn[column] {
                    row.cells[field] = (value, column + 1)
                } else if !value.isEmpty {
                    row.extra.append((header[column], value))
                }
            }
            result.append(row)
        }
        if let error = reader.error {
            diagnostics.append(Diagnostic(.error, SourceLocation(file: file, line: line), "malformed CSV: \(error)"))
        }
        return result
    }

    static func newlines(in fields: [String]) -> Int {
        fields.reduce(0) { $0 + $1.utf8.filter { $0 == UInt8(ascii: "\n") }.count }
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
