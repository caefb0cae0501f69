import Foundation

/// Reads a ties CSV (`source,target,weight,kind,…` or Spanish `origen,destino,peso,tipo,…`) and an optional actors
/// CSV (`id,name,sector,level,…`). Lists in cells are separated by `;`. Delimiter `,`, `;` or tab is detected
/// from the header line; a UTF-8 BOM and CRLF line ends are accepted.
struct CSVNetworkReader {
    var diagnostics: [Diagnostic] = []

    /// Header spellings (folded) for each tie field.
    static let tieColumns: [String: [String]] = [
        "from": ["source", "from", "origen", "desde", "fuente", "origem", "fonte"],
        "to": ["target", "to", "destino", "hacia", "para"],
        "weight": ["weight", "peso", "fuerza", "forca", "intensidad", "intensidade"],
        "kind": ["kind", "tipo", "clase", "tipo-de-relacion", "tipo-de-vinculo", "tipo-de-relacao"],
        "directed": ["directed", "dirigido"],
        "project": ["project", "proyecto", "projeto"],
        "note": ["note", "nota", "notes", "notas", "observacao", "description", "descripcion", "descricao"],
        "money": ["money", "dinero", "monto", "amount", "dinheiro", "valor"],
        "currency": ["currency", "moneda", "moeda"],
        "work": ["work", "trabajo", "person-days", "dias-persona", "trabalho", "dias-pessoa"],
        "in_kind": ["in-kind", "especie", "en-especie", "em-especie"],
        "start": ["start", "inicio", "desde-ano", "start-year"],
        "end": ["end", "fin", "termino", "fim", "end-year"],
        // Kumu's connection columns (CSVNetworkReader+Kumu.swift): read leniently, since Kumu's values are free text.
        "kumu_type": ["type", "connection-type"],
        "strength": ["strength"],
        "direction": ["direction", "direccion", "direcao"],
    ]

    /// Header spellings (folded) for each actor field; other columns become `attributes`.
    static let actorColumns: [String: [String]] = [
        "id": ["id", "identificador", "codigo", "code"],
        "name": [
            "name", "nombre", "label", "etiqueta", "nome", "organizacion", "organizacao", "actor", "ator",
        ],
        "sector": ["sector", "setor", "tipo-de-actor", "tipo-de-ator"],
        "level": ["level", "nivel", "ambito", "escala", "nivel-territorial"],
        "country": ["country", "pais"],
        "territory": ["territory", "territorio"],
        "roles": ["roles", "rol", "role", "papeis", "papel"],
        "offers": ["offers", "ofrece", "oferta", "ofertas", "oferece"],
        "needs": ["needs", "necesita", "necesidades", "demandas", "precisa", "necessidades"],
        "motivation": ["motivation", "motivacion", "motivaciones", "motivacao", "motivacoes"],
        "notes": ["notes", "notas", "note", "nota", "observacoes", "description", "descripcion", "descricao"],
        // Kumu's element columns (CSVNetworkReader+Kumu.swift).
        "kumu_type": ["type", "element-type"],
    ]
}
