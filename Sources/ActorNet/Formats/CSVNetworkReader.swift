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
}
