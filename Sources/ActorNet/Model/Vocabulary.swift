import Foundation

/// A closed vocabulary whose values are written in canonical English (`civil-society`) and read from
/// Spanish, English and common aliases, case- and accent-insensitively.
public protocol Vocabulary: RawRepresentable<String>, CaseIterable, Sendable, Hashable, Codable {
    /// Extra spellings, already folded with `Vocabulary.fold`, that map to this value.
    var aliases: [String] { get }
    /// The label shown to a reader in `language` (`es` or `en`).
    func label(_ language: String) -> String
}

extension Vocabulary {
    /// Parses a user's spelling: `Sociedad Civil`, `ONG`, `civil_society` all give `.civilSociety`.
    public init?(parsing text: String) {
        let key = Self.fold(text)
        guard let match = Self.allCases.first(where: { $0.rawValue == key || $0.aliases.contains(key) }) else {
            return nil
        }
        self = match
    }

    /// The canonical spelling of every value, in declaration order, for error messages (aliases left out).
    public static var acceptedValues: [String] { allCases.map(\.rawValue) }

    /// The canonical value closest to `text` (edit distance over all spellings), for "did you mean".
    public static func closestMatch(to text: String) -> Self? {
        let key = fold(text)
        var best: (Self, Int)?
        for value in allCases {
            for spelling in [value.rawValue] + value.aliases {
                let distance = editDistance(key, spelling)
                if best == nil || distance < best!.1 { best = (value, distance) }
            }
        }
        guard let (value, distance) = best, distance <= max(2, key.count / 2) else { return nil }
        return value
    }

    /// Lower-case, strip accents, and turn every run of non-alphanumerics into one `-`.
    public static func fold(_ text: String) -> String { foldKey(text) }
}

/// Lower-cases, strips diacritics and joins words with `-`: `Sociedad  Civil` → `sociedad-civil`.
public func foldKey(_ text: String) -> String {
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
    let stripped = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
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

    public var aliases: [String] {
        switch self {
        case .public: ["publico", "gobierno", "government", "estado", "state", "sector-publico", "public-sector"]
        case .private: ["privado", "empresa", "business", "company", "sector-privado", "private-sector", "corporate"]
        case .academia: ["academico", "academic", "universidad", "university", "research", "investigacion"]
        case .civilSociety: ["sociedad-civil", "ong", "ngo", "civil", "osc", "cso", "civil-society-organization",
                             "organizacion-de-la-sociedad-civil", "tercer-sector", "third-sector"]
        case .international: ["internacional", "multilateral", "cooperacion-internacional", "international-cooperation",
                              "donor", "donante", "cooperante", "bilateral"]
        case .unspecified: ["sin-especificar", "no-especificado", "unknown", "desconocido", "none"]
        }
    }

    public func label(_ language: String) -> String {
        let spanish = language.hasPrefix("es")
        switch self {
        case .public: return spanish ? "Público" : "Public"
        case .private: return spanish ? "Privado" : "Private"
        case .academia: return spanish ? "Academia" : "Academia"
        case .civilSociety: return spanish ? "Sociedad civil" : "Civil society"
        case .international: return spanish ? "Internacional" : "International"
        case .unspecified: return spanish ? "Sin especificar" : "Unspecified"
        }
    }
}

/// The territorial level an actor works at.
public enum Level: String, Vocabulary {
    case international, national, regional, local, unspecified

    public var aliases: [String] {
        switch self {
        case .international: ["internacional", "global", "multilateral"]
        case .national: ["nacional", "central", "federal", "pais", "country"]
        case .regional: ["region", "provincial", "departamental", "estatal", "subnational", "subnacional", "state"]
        case .local: ["municipal", "comunal", "municipio", "comuna", "city", "ciudad", "community", "comunitario"]
        case .unspecified: ["sin-especificar", "no-especificado", "unknown", "desconocido", "none"]
        }
    }

    public func label(_ language: String) -> String {
        let spanish = language.hasPrefix("es")
        switch self {
        case .international: return spanish ? "Internacional" : "International"
        case .national: return spanish ? "Nacional" : "National"
        case .regional: return spanish ? "Regional" : "Regional"
        case .local: return spanish ? "Local" : "Local"
        case .unspecified: return spanish ? "Sin especificar" : "Unspecified"
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

    public var aliases: [String] {
        switch self {
        case .funding: ["financiamiento", "financiacion", "financiero", "financial", "fondos", "grant", "donacion"]
        case .technicalCooperation: ["cooperacion-tecnica", "asistencia-tecnica", "technical-assistance", "technical"]
        case .knowledgeExchange: ["intercambio-de-conocimiento", "intercambio-de-conocimientos", "conocimiento",
                                  "knowledge", "aprendizaje", "learning", "intercambio"]
        case .coordination: ["coordinacion", "articulacion", "colaboracion", "collaboration"]
        case .inKind: ["en-especie", "especie", "especies", "aporte-en-especie", "in-kind-contribution"]
        case .volunteering: ["voluntariado", "voluntarios", "volunteers", "volunteer"]
        case .agreement: ["convenio", "acuerdo", "memorandum", "mou", "contrato", "contract"]
        case .other: ["otro", "otra", "otros"]
        }
    }

    public func label(_ language: String) -> String {
        let spanish = language.hasPrefix("es")
        switch self {
        case .funding: return spanish ? "Financiamiento" : "Funding"
        case .technicalCooperation: return spanish ? "Cooperación técnica" : "Technical cooperation"
        case .knowledgeExchange: return spanish ? "Intercambio de conocimiento" : "Knowledge exchange"
        case .coordination: return spanish ? "Coordinación" : "Coordination"
        case .inKind: return spanish ? "Aporte en especie" : "In kind"
        case .volunteering: return spanish ? "Voluntariado" : "Volunteering"
        case .agreement: return spanish ? "Convenio" : "Agreement"
        case .other: return spanish ? "Otro" : "Other"
        }
    }
}
