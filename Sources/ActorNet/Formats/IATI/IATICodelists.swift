/// The reference lists the importer needs, shipped with the product: the tables in
/// `IATICodelists+Generated.swift` come from the IATI codelists (scripts/generate-iati-codelists.py); the small
/// tables here are the project's own (Spanish and Portuguese country names, donor demonyms, DAC sector themes).
enum IATICodelists {
    struct CRSChannel: Sendable {
        let name: String
        let parent: String
        /// A code that names a kind of organisation (`12000` "Recipient Government"), not one organisation.
        let isCategory: Bool
    }

    struct RegistrationAgency: Sendable {
        /// ISO code of the register's country; `-` or empty for international lists.
        let country: String
        /// What the register lists, when its name says (company register → private, charity register → civil
        /// society, chart of accounts or government list → public).
        let sector: Sector?
    }

    /// Country names in Spanish and Portuguese (and common short English forms) → ISO code, for names such as
    /// "REPÚBLICA DE COLOMBIA" or "Ministério da Economia ... do Brasil"; folded with `foldKey`.
    static let otherCountryNames: [String: String] = [
        "argentina": "AR", "bolivia": "BO", "brasil": "BR", "brazil": "BR", "chile": "CL", "colombia": "CO",
        "costa-rica": "CR", "cuba": "CU", "ecuador": "EC", "el-salvador": "SV", "guatemala": "GT", "honduras": "HN",
        "mexico": "MX", "nicaragua": "NI", "panama": "PA", "paraguay": "PY", "peru": "PE",
        "republica-dominicana": "DO", "uruguay": "UY", "venezuela": "VE", "trinidad-y-tobago": "TT", "barbados": "BB",
        "espana": "ES", "espanha": "ES", "alemania": "DE", "alemanha": "DE", "francia": "FR", "franca": "FR",
        "japon": "JP", "japao": "JP", "suecia": "SE", "noruega": "NO", "suiza": "CH", "suica": "CH",
        "canada": "CA", "estados-unidos": "US", "united-states": "US", "usa": "US", "reino-unido": "GB",
        "united-kingdom": "GB", "uk": "GB", "paises-bajos": "NL", "holanda": "NL", "netherlands": "NL",
        "belgica": "BE", "italia": "IT", "finlandia": "FI", "dinamarca": "DK", "corea": "KR", "korea": "KR",
        "china": "CN", "turquia": "TR", "turkey": "TR", "luxemburgo": "LU", "austria": "AT",
    ]

    /// Demonyms of donor countries, read only in the names of public bodies ("Norwegian Agency for Development
    /// Cooperation" is Norway's; "Inter-American Development Bank" is no government's).
    static let demonyms: [String: String] = [
        "norwegian": "NO", "swedish": "SE", "swiss": "CH", "spanish": "ES", "german": "DE", "japanese": "JP",
        "danish": "DK", "dutch": "NL", "french": "FR", "british": "GB", "canadian": "CA", "korean": "KR",
        "australian": "AU", "italian": "IT", "belgian": "BE", "finnish": "FI", "irish": "IE", "austrian": "AT",
        "espanola": "ES", "aleman": "DE", "alema": "DE", "japonesa": "JP", "sueca": "SE", "noruega": "NO",
    ]

    /// Folded country name → ISO code: the codelist's English names (parenthesised articles removed) and
    /// `otherCountryNames`.
    static let countryCodesByName: [String: String] = {
        var codes = otherCountryNames
        for (code, name) in countryNames {
            let plain = name.replacingOccurrences(of: #"\s*\([^)]*\)"#, with: "", options: .regularExpression)
            codes[foldKey(plain)] = codes[foldKey(plain)] ?? code
        }
        return codes
    }()

    /// Folded organisation names of the CRS channel list → channel code. An account suffix ("World Health
    /// Organisation - core voluntary contributions account") is dropped so the organisation's own name finds it;
    /// a name shared by several codes keeps the lowest.
    static let crsCodesByFingerprint: [String: String] = {
        var codes: [String: String] = [:]
        for (code, channel) in crsChannels.sorted(by: { $0.key < $1.key }) where !channel.isCategory {
            for variant in IATIOrganisationName.variants(channel.name) {
                let fingerprint = IATIOrganisationName.fingerprint(variant)
                if !fingerprint.isEmpty, codes[fingerprint] == nil { codes[fingerprint] = code }
            }
        }
        return codes
    }()
}
