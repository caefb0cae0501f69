import Foundation

/// Reads a ties CSV (`source,target,weight,kind,…` or Spanish `origen,destino,peso,tipo,…`) and an optional actors
/// CSV (`id,name,sector,level,…`). Lists in cells are separated by `;`. Delimiter `,`, `;` or tab is detected
/// from the header line; a UTF-8 BOM and CRLF line ends are accepted.
struct CSVNetworkReader {
    var diagnostics: [Diagnostic] = []

    /// Header spellings (folded) for each tie field.
    static let tieColumns: [String: [String]] = [
        "from": ["source", "from", "origen", "desde", "fuente", "origem", "fonte"],
        "to": ["target", "to", "destino", "hacia"],
        "weight": ["weight", "peso", "fuerza", "strength", "forca"],
        "kind": ["kind", "type", "tipo", "clase"],
        "directed": ["directed", "dirigido"],
        "project": ["project", "proyecto", "projeto"],
        "note": ["note", "nota", "notes", "notas", "observacao"],
        "money": ["money", "dinero", "monto", "amount", "dinheiro", "valor"],
        "currency": ["currency", "moneda", "moeda"],
        "work": ["work", "trabajo", "person-days", "dias-persona", "trabalho", "dias-pessoa"],
        "in_kind": ["in-kind", "especie", "en-especie", "em-especie"],
    ]

    /// Header spellings (folded) for each actor field; other columns become `attributes`.
    static let actorColumns: [String: [String]] = [
        "id": ["id", "identificador", "codigo", "code"],
        "name": ["name", "nombre", "label", "etiqueta", "nome"],
        "sector": ["sector", "setor"],
        "level": ["level", "nivel"],
        "country": ["country", "pais"],
        "territory": ["territory", "territorio"],
        "roles": ["roles", "rol", "role", "papeis", "papel"],
        "offers": ["offers", "ofrece", "oferta", "ofertas", "oferece"],
        "needs": ["needs", "necesita", "necesidades", "demandas", "precisa", "necessidades"],
        "motivation": ["motivation", "motivacion", "motivaciones", "motivacao", "motivacoes"],
        "notes": ["notes", "notas", "note", "nota", "observacoes"],
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

        /// The slot of `field` in `Row.values`; nil when the file has no such column.
        func slot(_ field: String) -> Int? { fields.firstIndex(of: field) }
    }

    /// Spaces and tabs trimmed; the common untrimmed cell is returned without copying.
    static func trimmed(_ cell: String) -> String { trimmedSpaces(cell) }

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
