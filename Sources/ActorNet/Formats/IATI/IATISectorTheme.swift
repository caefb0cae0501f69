/// The themes implementers offer, from the OECD DAC sector categories of the activities they implement
/// (docs/iati-import.md, "Offers"). Ids are written to `offers`; labels come from the catalogue in en, es, pt.
public enum IATISectorTheme: String, Sendable, CaseIterable {
    case education, health
    case waterSanitation = "water-sanitation"
    case governance, peacebuilding
    case socialProtection = "social-protection"
    case infrastructure, energy
    case financialServices = "financial-services"
    case economicDevelopment = "economic-development"
    case agriculture, environment
    case foodSecurity = "food-security"
    case humanitarianAid = "humanitarian-aid"

    /// DAC 3-digit sector category → theme; categories with no theme (budget support, debt, administrative
    /// costs, unallocated, multisector) give none.
    static let byCategory: [String: IATISectorTheme] = [
        "111": .education, "112": .education, "113": .education, "114": .education,
        "121": .health, "122": .health, "123": .health, "130": .health,
        "140": .waterSanitation, "151": .governance, "152": .peacebuilding, "160": .socialProtection,
        "210": .infrastructure, "220": .infrastructure, "230": .energy, "231": .energy, "232": .energy,
        "233": .energy, "234": .energy, "235": .energy, "236": .energy, "240": .financialServices,
        "250": .economicDevelopment, "311": .agriculture, "312": .agriculture, "313": .agriculture,
        "321": .economicDevelopment, "322": .economicDevelopment, "323": .economicDevelopment,
        "331": .economicDevelopment, "332": .economicDevelopment, "410": .environment, "520": .foodSecurity,
        "720": .humanitarianAid, "730": .humanitarianAid, "740": .humanitarianAid,
    ]

    /// The distinct themes of an activity's sector codes (5-digit purpose codes or 3-digit categories), in order.
    static func themes(ofSectors codes: [String]) -> [String] {
        var out: [String] = []
        for code in codes where (code.count == 5 || code.count == 3) && code.allSatisfy(\.isNumber) {
            if let theme = byCategory[String(code.prefix(3))]?.rawValue, !out.contains(theme) { out.append(theme) }
        }
        return out
    }

    public var catalogueKey: CatalogueKey {
        switch self {
        case .education: .themeEducation
        case .health: .themeHealth
        case .waterSanitation: .themeWaterSanitation
        case .governance: .themeGovernance
        case .peacebuilding: .themePeacebuilding
        case .socialProtection: .themeSocialProtection
        case .infrastructure: .capabilityInfrastructure
        case .energy: .themeEnergy
        case .financialServices: .themeFinancialServices
        case .economicDevelopment: .themeEconomicDevelopment
        case .agriculture: .themeAgriculture
        case .environment: .themeEnvironment
        case .foodSecurity: .themeFoodSecurity
        case .humanitarianAid: .themeHumanitarianAid
        }
    }
}
