import Testing

@testable import ActorNet

@Suite struct IATIOrganisationIdentityTests {
    @Test(arguments: [
        ("xm-dac-41122", "XM-DAC-41122"), ("41122", "XM-DAC-41122"), ("XI-DUNS-083510842", "XI-DUNS-83510842"),
        ("SV–ORP0039508", "SV-ORP0039508"), ("  GB-CHC-202918 ", "GB-CHC-202918"), ("US-GOV-1", "US-GOV-1"),
    ])
    func refsNormalise(raw: String, value: String) {
        #expect(IATIOrganisationRef(normalising: raw)?.value == value)
    }

    @Test(arguments: ["N/A", "na", "0", "-", "none", "unknown", "10000", "12000", "XM-DAC-21000", "60000", ""])
    func placeholdersAndCategoriesAreNoIdentity(raw: String) {
        #expect(IATIOrganisationRef(normalising: raw) == nil)
    }

    @Test func refCountries() {
        #expect(IATIOrganisationRef(normalising: "AC-54")?.country == nil)
        #expect(IATIOrganisationRef(normalising: "XT-IATI-EC_DEVCO")?.country == nil)
        #expect(IATIOrganisationRef(normalising: "GB-CHC-202918")?.country == "GB")
        #expect(IATIOrganisationRef(normalising: "US-USAGOV")?.country == "US")
        #expect(IATIOrganisationRef(normalising: "41122")?.country == nil)
    }

    @Test func namesRepairAndFingerprint() {
        #expect(
            IATIOrganisationName.repaired("Bill &amp; Melinda Gates Foundation") == "Bill & Melinda Gates Foundation")
        #expect(
            IATIOrganisationName.repaired("'Ministry of Foreign Affairs, Denmark'")
                == "Ministry of Foreign Affairs, Denmark")
        #expect(
            IATIOrganisationName.readable("MINISTERIO DE ECONOMíA Y FINANZAS") == "Ministerio de Economía y Finanzas")
        #expect(IATIOrganisationName.readable("BANCO FIE S.A.") == "Banco Fie S.A.")
        #expect(IATIOrganisationName.readable("UNICEF") == "UNICEF")
        #expect(
            IATIOrganisationName.fingerprint("The World Health Organisation")
                == IATIOrganisationName.fingerprint("WORLD HEALTH ORGANIZATION"))
        #expect(
            IATIOrganisationName.fingerprint("Casals and Associates, Inc.")
                == IATIOrganisationName.fingerprint("CASALS & ASSOCIATES"))
    }

    @Test(arguments: [
        "Name Withheld", "Information Redacted", "Unspecified", "Other", "nan",
        "DEVELOPING COUNTRY-BASED NGO GROUP", "Recipient Government", "Private sector institution",
        "USAID redacted this field in accordance with the exceptions",
    ])
    func pseudoOrganisations(name: String) {
        #expect(IATIOrganisationName.isPseudo(name))
    }

    @Test func countriesInNames() {
        #expect(IATINamePattern.country(in: "REPúBLICA DE COLOMBIA", publicBody: true)! == ("CO", true))
        #expect(IATINamePattern.country(in: "World Vision South Sudan", publicBody: false)! == ("SS", false))
        #expect(
            IATINamePattern.country(in: "Norwegian Agency for Development Cooperation", publicBody: true)!
                == ("NO", false))
        #expect(IATINamePattern.country(in: "Inter-American Development Bank", publicBody: false) == nil)
    }

    /// A side that is only a country qualifies the name: it names no organisation and, beside capitals, makes an
    /// acronym that may merge into the organisation of that country it abbreviates.
    @Test func countryQualifiedNamesAndAcronyms() {
        #expect(IATIOrganisationName.variants("SIDA - Sweden") == ["SIDA - Sweden", "SIDA"])
        #expect(IATIOrganisationName.countryQualified("SIDA - Sweden")! == ("SE", "SIDA"))
        #expect(IATIOrganisationName.countryQualified("Save the Children (UK)")! == ("GB", nil))
        #expect(IATIOrganisationName.countryQualified("USA (USAID) OFDA") == nil)
        #expect(IATIOrganisationName.countryQualified("WHO/WORLD HEALTH ORGANIZATION") == nil)
        #expect(IATIOrganisationName.abbreviates("SIDA", "Swedish International Development Cooperation Agency"))
        #expect(IATIOrganisationName.abbreviates("USAID", "U.S. Agency for International Development"))
        #expect(!IATIOrganisationName.abbreviates("SIDA", "Sweden"))
        #expect(!IATIOrganisationName.abbreviates("SIDA", "The Swedish Research Council"))
        #expect(!IATIOrganisationName.abbreviates("NORAD", "Norwegian Agency for Development Cooperation"))
    }

    @Test func sectorThemes() {
        #expect(
            IATISectorTheme.themes(ofSectors: ["12220", "12240", "14030", "99810", "abc"])
                == ["health", "water-sanitation"])
    }
}
