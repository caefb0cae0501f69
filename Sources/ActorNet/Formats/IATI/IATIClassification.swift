/// Where an organisation's sector and level came from, strongest first (docs/iati-import.md, "Classification").
/// Written to each actor as `attributes.classified_by`.
public enum IATIClassificationSource: String, Sendable, CaseIterable, Codable {
    case aliases
    case iatiType = "iati-type"
    case crsChannelCode = "crs-channel-code"
    case crsChannelRef = "crs-channel-ref"
    case registrationAgency = "registration-agency"
    case countryName = "country-name"
    case namePattern = "name-pattern"
    case unspecified
}

/// A sector and level with the evidence for them.
struct IATIClassification: Sendable, Equatable {
    var sector: Sector
    /// The level the evidence itself gives (type 21 → international); nil when it depends on the country.
    var level: Level?
    var source: IATIClassificationSource

}

extension IATIClassification {
    /// OrganisationType code → sector and the level it implies.
    init?(iatiType code: String) {
        let (sector, level): (Sector, Level?)
        switch code {
        case "10", "15": (sector, level) = (.public, nil)
        case "11": (sector, level) = (.public, .local)
        case "21", "23": (sector, level) = (.civilSociety, .international)
        case "22", "24": (sector, level) = (.civilSociety, nil)
        case "30", "70": (sector, level) = (.private, nil)
        case "40": (sector, level) = (.international, .international)
        case "60": (sector, level) = (.civilSociety, nil)
        case "71", "73": (sector, level) = (.private, .international)
        case "72": (sector, level) = (.private, .national)
        case "80": (sector, level) = (.academia, nil)
        default: return nil
        }
        self.init(sector: sector, level: level, source: .iatiType)
    }

    /// A CRS channel code (leaf or category) → the sector of its branch of the list.
    init?(crsChannel code: String, source: IATIClassificationSource) {
        var branch: [String] = []
        var current = code
        while let channel = IATICodelists.crsChannels[current], branch.count < 6 {
            branch.append(current)
            if channel.parent.isEmpty { break }
            current = channel.parent
        }
        guard let root = branch.last else { return nil }
        let (sector, level): (Sector, Level?)
        switch root {
        case "10000":
            (sector, level) = branch.contains("12000") ? (.public, .national) : (.public, .international)
        case "20000": (sector, level) = (.civilSociety, branch.contains("23000") ? nil : .international)
        case "30000": (sector, level) = (.private, nil)
        case "40000": (sector, level) = (.international, .international)
        case "50000": (sector, level) = (.academia, nil)
        case "60000":
            (sector, level) = branch.contains("62000") ? (.private, .national) : (.private, nil)
        default: return nil
        }
        self.init(sector: sector, level: level, source: source)
    }
}

/// Sector and level from what a name says: a government body (ministry, municipality, province), a multilateral,
/// a university, a foundation or NGO, a company (legal form, bank, fund). Folded tokens, so accents and case do not
/// matter; the first rule that matches wins, local before national before the rest.
enum IATINamePattern {
    static let rules: [(words: [String], sector: Sector, level: Level?)] = [
        (
            [
                "municipio", "municipalidad", "municipal", "prefeitura", "prefectura", "intendencia", "alcaldia",
                "ayuntamiento", "ayto", "canton", "city-of", "local-government", "district", "kreis", "landkreis",
                "diputacion",
            ], .public, .local
        ),
        (
            [
                "provincia", "provincial", "departamental", "gobernacion", "estado-de", "estado-do",
                "governo-do-estado",
                "gobierno-regional", "state-of", "regional-government", "casa-civil-do-estado",
            ], .public, .regional
        ),
        (
            [
                "ministerio", "ministry", "ministere", "republica", "republic", "gobierno", "government", "governo",
                "secretaria", "secretariat", "instituto-nacional", "administracion-nacional", "administradora",
                "departamento-nacional", "agencia-nacional", "comision-nacional", "direccion-nacional", "presidencia",
                "estado-plurinacional", "federal", "department-of", "direccion-de-vialidad", "servicio-de-agua",
                "national-administration", "empresa-publica", "corporacion-vial", "unidad-de-coordinacion",
                "unidad-de-gestion", "unidad-provincial", "ugp", "agencia-de-fomento", "agencia-financiera",
                "development-cooperation", "cooperation-agency", "foreign-affairs", "foreign-office",
                "enterprise-agency",
                "agency-for-international",
            ], .public, nil
        ),
        (
            [
                "united-nations", "un-women", "un-refugee", "world-bank", "inter-american", "interamericana",
                "andean", "european-union", "european-commission", "global-fund", "organization-of", "organisation-of",
                "international-organization", "pan-american", "fonplata", "development-bank-of-latin",
                "international-committee", "world-food",
            ], .international, .international
        ),
        (
            [
                "university", "universidad", "universidade", "universite", "college", "academy", "academies",
                "instituto-tecnico", "research-institute", "research-council", "school-of", "institutet", "institute",
                "center-for", "centre-for", "latin-american-center",
            ], .academia, nil
        ),
        (
            [
                "foundation", "foundations", "fundacion", "fundacao", "fondation", "stiftung", "trust", "ngo", "ong",
                "association",
                "asociacion", "associacao", "committee", "red-cross", "cruz-roja", "caritas", "missions",
                "missionaries",
                "church", "iglesia", "plan-international", "save-the-children", "oxfam", "world-vision", "solidarity",
                "solidaridad", "solidaire", "help", "action", "children", "conservation", "wwf", "corps", "peoples",
                "diakonia", "misereor", "swissaid", "tierra-de-hombres", "war-child", "women-win", "ccfd",
                "international",
            ], .civilSociety, nil
        ),
        (
            [
                "s-a", "sa", "sac", "s-a-c", "sas", "ltd", "inc", "llc", "lp", "l-p", "gmbh", "plc", "corp", "banco",
                "bank", "fund", "fondo", "fundo", "capital", "ventures", "partners", "equity", "company", "compania",
                "companhia", "consorcio", "concessionaria", "grupo", "empresa", "energy", "financiera", "corporation",
                "corporacion", "holdings", "associates", "consulting", "productions", "technologies", "bancop",
                "davivienda", "santander", "scotiabank", "bbva", "cemex", "chevron", "nestle", "coca-cola", "google",
                "hewlett-packard", "toyota", "tetra-pak", "ferrovial", "sodexo", "cepsa", "j-p-morgan", "etex", "fifa",
                "disney",
            ], .private, nil
        ),
    ]

    /// The first rule whose word (or hyphenated word sequence) occurs in `name`.
    static func classify(_ name: String) -> IATIClassification? {
        let folded = "-" + foldKey(IATIOrganisationName.repaired(name)) + "-"
        for rule in rules where rule.words.contains(where: { folded.contains("-" + $0 + "-") }) {
            return IATIClassification(sector: rule.sector, level: rule.level, source: .namePattern)
        }
        return nil
    }

    /// A name that ends in a country's name and says nothing else ("Plan Canada", "DKA Austria", "Give to
    /// Colombia") is, in aid data, a national branch of an NGO or a charity named after its cause: civil society.
    static func countryBranch(_ name: String) -> IATIClassification? {
        let tokens = foldKey(IATIOrganisationName.repaired(name)).split(separator: "-").map(String.init)
        guard tokens.count >= 2 else { return nil }
        for length in 1...min(3, tokens.count - 1)
        where IATICodelists.countryCodesByName[tokens.suffix(length).joined(separator: "-")] != nil {
            return IATIClassification(sector: .civilSociety, level: nil, source: .namePattern)
        }
        return nil
    }

    /// The country a name names: the whole name ("Japan", "REPÚBLICA DE COLOMBIA" names Colombia), else the
    /// last country name in it ("Ministry of Foreign Affairs, Denmark"), else — for public bodies only — a donor
    /// demonym ("Norwegian Agency for Development Cooperation"). `isCountry` when the name is the country.
    static func country(in name: String, publicBody: Bool) -> (code: String, isCountry: Bool)? {
        let tokens = foldKey(IATIOrganisationName.repaired(name)).split(separator: "-").map(String.init)
        guard !tokens.isEmpty else { return nil }
        let whole = tokens.joined(separator: "-")
        if let code = IATICodelists.countryCodesByName[whole] { return (code, true) }
        // A country's name with one letter wrong, missing or extra ("United Kindom"), for names of 8 letters or more.
        if whole.count >= 8,
            let code = IATICodelists.countryCodesByName.first(where: {
                abs($0.key.count - whole.count) <= 1 && editDistance($0.key, whole) <= 1
            })?.value
        {
            return (code, true)
        }
        let stripped = tokens.drop {
            [
                "the", "republic", "republica", "of", "de", "del", "do", "da", "estado",
                "plurinacional", "kingdom", "reino", "government", "gobierno", "governo",
                "oriental",
            ].contains($0)
        }
        if stripped.count < tokens.count, let code = IATICodelists.countryCodesByName[stripped.joined(separator: "-")] {
            return (code, true)
        }
        // The longest country name in it ("South Sudan", not "Sudan"); among equals, the last.
        var found: (code: String, length: Int)?
        for start in tokens.indices {
            for length in 1...min(4, tokens.count - start) {
                let phrase = tokens[start..<(start + length)].joined(separator: "-")
                if let code = IATICodelists.countryCodesByName[phrase], length >= (found?.length ?? 0) {
                    found = (code, length)
                }
            }
        }
        if let found { return (found.code, false) }
        if publicBody, let code = tokens.compactMap({ IATICodelists.demonyms[$0] }).first { return (code, false) }
        return nil
    }

    /// Levenshtein distance, stopping early is not needed for names this short.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        var previous = Array(0...y.count)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...max(y.count, 1) where !y.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count]
    }
}
