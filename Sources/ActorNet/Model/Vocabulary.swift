import Foundation

/// A closed vocabulary whose values are written in canonical English (`civil-society`) and read from
/// English, Spanish, Portuguese and common aliases, case- and accent-insensitively.
public protocol Vocabulary: RawRepresentable<String>, CaseIterable, Sendable, Hashable, Codable {
    /// Extra spellings, already folded with `Vocabulary.fold`, that map to this value; every language's label
    /// (folded) is among the spellings too.
    var aliases: [String] { get }
    /// The catalogue key of the label shown to a reader.
    var labelKey: CatalogueKey { get }
}

extension Vocabulary {
    /// Parses a user's spelling: `Sociedad Civil`, `sociedade civil`, `ONG`, `civil_society` all give
    /// `.civilSociety`.
    public init?(parsing text: String) {
        let key = Self.fold(text)
        // Canonical names and aliases first: the usual case, and no label is folded for it.
        if let match = Self.allCases.first(where: { $0.rawValue == key || $0.aliases.contains(key) }) {
            self = match
        } else if let match = Self.allCases.first(where: { $0.spellings.contains(key) }) {
            self = match
        } else {
            return nil
        }
    }

    /// Every folded spelling of this value: canonical, aliases, and its label in each language.
    var spellings: [String] {
        [rawValue] + aliases + Language.allCases.map { Self.fold(label($0)) }
    }

    /// The label shown to a reader in `language`.
    public func label(_ language: Language) -> String { language.text(labelKey) }

    /// The label in a language given as text (`es`, `es-CL`, `pt_BR`); English when it names no known language.
    public func label(_ language: String) -> String { label(Language(parsing: language) ?? .en) }

    /// How a reader of `language` writes this value in a file: canonical English for English readers, else the
    /// label in lower case (`sociedad civil`, `cooperação técnica`), which parses back to this value.
    public func spelling(_ language: Language) -> String {
        language == .en ? rawValue : label(language).lowercased()
    }

    /// The canonical spelling of every value, in declaration order, for error messages (aliases left out).
    public static var acceptedValues: [String] { allCases.map(\.rawValue) }

    /// The accepted values as a reader of `language` writes them, for error messages in that language.
    public static func acceptedValues(_ language: Language) -> [String] { allCases.map { $0.spelling(language) } }

    /// The value closest to `text` (edit distance over the spellings of every language), for "did you mean".
    public static func closestMatch(to text: String) -> Self? {
        let key = fold(text)
        var best: (Self, Int)?
        for value in allCases {
            for spelling in value.spellings {
                let distance = editDistance(key, spelling)
                if best == nil || distance < best!.1 { best = (value, distance) }
            }
        }
        guard let (value, distance) = best, distance <= max(2, key.count / 2) else { return nil }
        return value
    }

    /// Lower-case, strip accents, and turn every run of non-alphanumerics into one `-`.
    package static func fold(_ text: String) -> String { foldKey(text) }
}

/// Lower-cases, strips diacritics and joins words with `-`: `Sociedad  Civil` → `sociedad-civil`.
package func foldKey(_ text: String) -> String {
    // ASCII (the usual case) needs no Unicode folding, which costs a locale lookup per call.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
        var out = ""
        var pendingDash = false
        for byte in text.utf8 {
            let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            if isLetter || (byte >= 0x30 && byte <= 0x39) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte))
            } else {
                pendingDash = true
            }
        }
        return out
    }
    let stripped = text.folding(
        options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
    var out = ""
    var pendingDash = false
    for scalar in stripped.unicodeScalars {
        if CharacterSet.alphanumerics.contains(scalar) {
            if pendingDash && !out.isEmpty { out.append("-") }
            pendingDash = false
            out.unicodeScalars.append(scalar)
        } else {
            pendingDash = true
        }
    }
    return out.lowercased()
}

/// Levenshtein distance over Unicode scalars; inputs here are short vocabulary words.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

/// The sector an actor belongs to; the seminar's four plus international cooperants.
public enum Sector: String, Vocabulary {
    case `public`, `private`, academia
    case civilSociety = "civil-society"
    case international, unspecified

    public var labelKey: CatalogueKey {
        switch self {
        case .public: .sectorPublic
        case .private: .sectorPrivate
        case .academia: .sectorAcademia
        case .civilSociety: .sectorCivilSociety
        case .international: .sectorInternational
        case .unspecified: .sectorUnspecified
        }
    }

    public var aliases: [String] {
        switch self {
        case .public:
            [
                "publico", "gobierno", "government", "estado", "state", "sector-publico", "public-sector",
                "governo", "setor-publico", "poder-publico", "orgao-publico",
            ]
        case .private:
            [
                "privado", "empresa", "business", "company", "sector-privado", "private-sector", "corporate",
                "setor-privado", "empresarial", "iniciativa-privada",
            ]
        case .academia:
            [
                "academico", "academic", "universidad", "university", "research", "investigacion",
                "universidade", "pesquisa", "instituicao-de-ensino",
            ]
        case .civilSociety:
            [
                "sociedad-civil", "ong", "ngo", "civil", "osc", "cso", "civil-society-organization",
                "organizacion-de-la-sociedad-civil", "tercer-sector", "third-sector", "sociedade-civil",
                "organizacao-da-sociedade-civil", "terceiro-setor",
            ]
        case .international:
            [
                "internacional", "multilateral", "cooperacion-internacional", "international-cooperation",
                "donor", "donante", "cooperante", "bilateral", "cooperacao-internacional", "doador",
                "organismo-internacional",
            ]
        case .unspecified:
            [
                "sin-especificar", "no-especificado", "unknown", "desconocido", "none",
                "nao-especificado", "sem-especificacao", "desconhecido",
            ]
        }
    }

}

/// The territorial level an actor works at.
public enum Level: String, Vocabulary {
    case international, national, regional, local, unspecified

    public var labelKey: CatalogueKey {
        switch self {
        case .international: .levelInternational
        case .national: .levelNational
        case .regional: .levelRegional
        case .local: .levelLocal
        case .unspecified: .levelUnspecified
        }
    }

    public var aliases: [String] {
        switch self {
        case .international: ["internacional", "global", "multilateral"]
        case .national: ["nacional", "central", "federal", "pais", "country", "uniao"]
        case .regional:
            [
                "region", "provincial", "departamental", "estatal", "subnational", "subnacional", "state",
                "regiao", "estadual",
            ]
        case .local:
            [
                "municipal", "comunal", "municipio", "comuna", "city", "ciudad", "community", "comunitario",
                "cidade", "comunidade",
            ]
        case .unspecified:
            [
                "sin-especificar", "no-especificado", "unknown", "desconocido", "none",
                "nao-especificado", "sem-especificacao", "desconhecido",
            ]
        }
    }

}

/// What flows or is shared along a tie.
public enum TieKind: String, Vocabulary {
    case funding
    case technicalCooperation = "technical-cooperation"
    case knowledgeExchange = "knowledge-exchange"
    case coordination
    case inKind = "in-kind"
    case volunteering, agreement, other

    public var labelKey: CatalogueKey {
        switch self {
        case .funding: .tieKindFunding
        case .technicalCooperation: .tieKindTechnicalCooperation
        case .knowledgeExchange: .tieKindKnowledgeExchange
        case .coordination: .tieKindCoordination
        case .inKind: .tieKindInKind
        case .volunteering: .tieKindVolunteering
        case .agreement: .tieKindAgreement
        case .other: .tieKindOther
        }
    }

    public var aliases: [String] {
        switch self {
        case .funding:
            [
                "financiamiento", "financiacion", "financiero", "financial", "fondos", "grant", "donacion",
                "financiamento", "financeiro", "recursos-financeiros", "doacao",
            ]
        // Training (capacitación, capacitação) is a modality of technical cooperation, as ABC and AGCI count it.
        case .technicalCooperation:
            [
                "cooperacion-tecnica", "asistencia-tecnica", "technical-assistance", "technical",
                "cooperacao-tecnica", "assistencia-tecnica", "capacitacion", "capacitacao",
                "training", "formacion", "formacao",
            ]
        case .knowledgeExchange:
            [
                "intercambio-de-conocimiento", "intercambio-de-conocimientos", "conocimiento",
                "knowledge", "aprendizaje", "learning", "intercambio", "intercambio-de-conhecimento",
                "intercambio-de-conhecimentos", "conhecimento", "aprendizagem",
                "troca-de-experiencias",
            ]
        case .coordination:
            [
                "coordinacion", "articulacion", "colaboracion", "collaboration", "coordenacao",
                "articulacao", "colaboracao",
            ]
        case .inKind:
            [
                "en-especie", "especie", "especies", "aporte-en-especie", "in-kind-contribution", "em-especie",
                "contribuicao-em-especie", "doacao-em-especie",
            ]
        case .volunteering: ["voluntariado", "voluntarios", "volunteers", "volunteer"]
        case .agreement:
            [
                "convenio", "acuerdo", "memorandum", "mou", "contrato", "contract", "acordo",
                "memorando-de-entendimento", "ajuste-complementar",
            ]
        case .other: ["otro", "otra", "otros", "outro", "outra", "outros"]
        }
    }

}
