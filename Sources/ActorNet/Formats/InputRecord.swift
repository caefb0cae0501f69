/// The records of a YAML/JSON network file and the names their fields are read under: the canonical English key
/// and its Spanish and Portuguese spellings, compared folded (case and accents optional: `Nível`, `nivel`, `NIVEL`).
enum InputRecord: String, CaseIterable, Sendable {
    case network, actor, tie, project, member, contributions, importRecord

    /// The canonical keys, in the order docs/network-format.md lists them.
    var keys: [String] {
        switch self {
        case .network:
            [
                "name", "description", "goals", "language", "directed", "source", "import", "actors", "ties",
                "projects",
            ]
        case .actor:
            [
                "id", "name", "sector", "level", "country", "territory", "roles", "offers", "needs",
                "motivation", "attributes", "notes",
            ]
        case .tie:
            [
                "from", "to", "weight", "kind", "directed", "contributions", "project", "note", "start", "end",
                "attributes",
            ]
        case .project: ["id", "name", "objective", "area", "lead", "members", "agreement", "sdgs", "start", "end"]
        case .member: ["actor", "role", "contributions"]
        case .contributions: ["money", "currency", "work", "in_kind"]
        case .importRecord: ImportRecord.CodingKeys.allCases.map(\.rawValue)
        }
    }

    /// Spanish and Portuguese spellings (folded) of each canonical key, for this record.
    var aliases: [String: [String]] {
        switch self {
        case .network:
            [
                "name": ["nombre", "nome"], "description": ["descripcion", "descricao"],
                "goals": ["objetivos", "metas"], "language": ["idioma", "lengua", "lingua"],
                "directed": ["dirigido", "dirigida"],
                "source": ["fuente", "fonte"], "import": ["importacion", "importacao"],
                "actors": ["actores", "atores"],
                "ties": ["lazos", "lacos", "vinculos", "relaciones", "relacoes"],
                "projects": ["proyectos", "projetos"],
            ]
        case .actor:
            [
                "id": ["identificador"], "name": ["nombre", "nome"], "sector": ["setor"], "level": ["nivel"],
                "country": ["pais"], "territory": ["territorio"],
                "roles": ["papeles", "papeis", "funciones", "funcoes"],
                "offers": ["ofrece", "oferece", "ofertas"],
                "needs": ["necesita", "precisa", "necesidades", "necessidades"],
                "motivation": ["motivacion", "motivacao", "motivaciones", "motivacoes"], "attributes": ["atributos"],
                "notes": ["notas", "observaciones", "observacoes"],
            ]
        case .tie:
            [
                "from": ["origen", "origem", "desde"], "to": ["destino", "hacia", "para"], "weight": ["peso"],
                "kind": ["tipo"], "directed": ["dirigido", "dirigida"], "contributions": ["aportes", "contribuicoes"],
                "project": ["proyecto", "projeto"], "note": ["nota", "observacion", "observacao"],
                "start": ["inicio"], "end": ["fin", "termino", "fim"], "attributes": ["atributos"],
            ]
        case .project:
            [
                "id": ["identificador"], "name": ["nombre", "nome"], "objective": ["objetivo"],
                "area": ["tematica", "tema"], "lead": ["lider", "liderazgo", "lideranca"],
                "members": ["miembros", "membros", "integrantes"], "agreement": ["acuerdo", "convenio", "acordo"],
                "sdgs": ["ods"], "start": ["inicio"], "end": ["fin", "termino", "fim"],
            ]
        case .member:
            [
                "actor": ["ator"], "role": ["rol", "papel", "funcion", "funcao"],
                "contributions": ["aportes", "contribuicoes"],
            ]
        case .contributions:
            [
                "money": ["dinero", "monto", "dinheiro", "valor"], "currency": ["moneda", "moeda"],
                "work": ["trabajo", "trabalho"], "in_kind": ["en-especie", "especie", "em-especie"],
            ]
        case .importRecord:
            [
                "importer": ["importador"], "files": ["archivos", "ficheros", "arquivos"],
                "activities": ["actividades", "atividades"],
                "activities_kept": ["actividades-conservadas", "atividades-mantidas"],
                "merged_groups": ["grupos-fusionados", "grupos-mesclados"],
                "candidate_groups": ["grupos-candidatos"],
                "pseudo_organisations_dropped": [
                    "pseudoorganizaciones-descartadas", "pseudo-organizacoes-descartadas",
                    "pseudoorganizacoes-descartadas",
                ],
                "reporting_organisations_excluded": [
                    "organizaciones-informantes-excluidas", "organizacoes-informantes-excluidas",
                ],
                "organisations_dropped": ["organizaciones-descartadas", "organizacoes-descartadas"],
            ]
        }
    }

    /// The canonical key a file's key stands for, nil when it is none of this record's.
    func canonicalKey(_ written: String) -> String? {
        if keys.contains(written) { return written }  // the usual case: canonical and exact
        let folded = foldKey(written)
        return keys.first { foldKey($0) == folded || aliases[$0]?.contains(folded) == true }
    }

    /// The known spelling closest to an unknown key, within 2 edits: canonical names first (compared as written,
    /// as before aliases existed), then the Spanish and Portuguese spellings (compared folded).
    func suggestion(for written: String) -> String? {
        if let key = keys.min(by: { editDistance(written, $0) < editDistance(written, $1) }),
            editDistance(written, key) <= 2
        {
            return key
        }
        let folded = foldKey(written)
        let spellings = keys.flatMap { aliases[$0] ?? [] }
        guard let spelling = spellings.min(by: { editDistance(folded, $0) < editDistance(folded, $1) }),
            editDistance(folded, spelling) <= 2
        else { return nil }
        return spelling
    }

    /// The record's name for a reader.
    var labelKey: CatalogueKey {
        switch self {
        case .network: .recordNetwork
        case .actor: .recordActor
        case .tie: .recordTie
        case .project: .recordProject
        case .member: .recordMember
        case .contributions: .recordContributions
        case .importRecord: .recordImport
        }
    }
}
