import Testing

@testable import ActorNet

@Suite struct CatalogueTests {
    /// Every key has a non-empty value in every language, of the same shape (text or plural) and with the same
    /// placeholders as English: a key added to one table only, or a `{name}` misspelt in one, fails here.
    @Test(arguments: Language.allCases)
    func everyKeyHasAValueWithTheSamePlaceholders(language: Language) {
        for key in CatalogueKey.allCases {
            let english = Catalogue.entry(key, .en), entry = Catalogue.entry(key, language)
            #expect(entry.templates.allSatisfy { !$0.isEmpty }, "\(key) is empty in \(language)")
            #expect(entry.templates.count == english.templates.count, "\(key) is plural in one language only")
            let names = Set(entry.templates.flatMap(Catalogue.placeholders))
            let englishNames = Set(english.templates.flatMap(Catalogue.placeholders))
            #expect(names == englishNames, "\(key) in \(language): \(names.sorted()) vs \(englishNames.sorted())")
        }
    }

    @Test func pluralsInEveryLanguage() {
        #expect([0, 1, 2].map { Language.en.count(.countTies, $0) } == ["0 ties", "1 tie", "2 ties"])
        #expect([0, 1, 2].map { Language.es.count(.countTies, $0) } == ["0 lazos", "1 lazo", "2 lazos"])
        #expect([0, 1, 2].map { Language.pt.count(.countTies, $0) } == ["0 laços", "1 laço", "2 laços"])
        #expect([1, 3].map { Language.pt.count(.countActors, $0) } == ["1 ator", "3 atores"])
        #expect([1, 12].map { Language.es.count(.countOrganisations, $0) } == ["1 organización", "12 organizaciones"])
        #expect(Language.en.count(.partnerCommonPartners, 2, ["list": "AGCI, JICA"]) == "2 common partners: AGCI, JICA")
        #expect(Language.es.count(.partnerCommonPartners, 1, ["list": "AGCI"]) == "1 socio en común: AGCI")
        #expect(Language.pt.count(.partnerCommonPartners, 1, ["list": "ABC"]) == "1 parceiro em comum: ABC")
    }

    @Test func parametersAreFilled() {
        #expect(Language.es.text(.reportDiagramEgo, ["name": "AGCI"]) == "En torno a AGCI")
        #expect(
            Language.pt.text(.partnerOffersNeeded, ["giver": "ABC", "capability": "capacitação", "taker": "OSC"])
                == "ABC oferece capacitação, de que OSC precisa")
        #expect(Language.en.text(.diagramLegend) == "Legend")
        // A value holding braces is not read as a placeholder.
        #expect(Language.en.text(.reportDiagramEgo, ["name": "{count}"]) == "Around {count}")
    }

    /// English keeps today's wording: a few keys compared with the text the product printed before.
    @Test func englishIsTodaysWording() {
        #expect(Language.en.text(.noUntiedPairToSuggest) == "No untied pair to suggest.")
        #expect(Language.en.text(.indicatorDegreeCentralization) == "1 − degree centralization")
        #expect(Language.en.text(.contributionInKind) == "in_kind")
        #expect(Language.en.text(.reportSectorLevel) == "Sector \\ level")
    }
}

@Suite struct LanguageTests {
    @Test(arguments: [
        ("es", Language.es), ("ES", .es), ("es_CL.UTF-8", .es), ("es-419", .es), ("español", .es),
        ("pt", .pt), ("pt_BR", .pt), ("pt-BR", .pt), ("Português", .pt), ("en_US.UTF-8", .en), ("English", .en),
    ])
    func parsesTagsAndLocales(text: String, expected: Language) {
        #expect(Language(parsing: text) == expected)
    }

    @Test(arguments: ["C", "POSIX", "C.UTF-8", "fr_FR", "", "deutsch"])
    func refusesOtherValues(text: String) {
        #expect(Language(parsing: text) == nil)
    }

    @Test func optionThenFileThenLocaleThenEnglish() {
        #expect(Language.resolve(option: .pt, network: "es", environment: ["LANG": "en_US"]) == .pt)
        #expect(Language.resolve(option: nil, network: "es", environment: ["LANG": "pt_BR"]) == .es)
        let locales = ["LC_ALL": "pt_BR.UTF-8", "LANG": "es"]
        #expect(Language.resolve(option: nil, network: nil, environment: locales) == .pt)
        #expect(
            Language.resolve(option: nil, network: "klingon", environment: ["LC_ALL": "C", "LANG": "es_CL"]) == .es)
        #expect(Language.resolve(option: nil, network: nil, environment: [:]) == .en)
    }
}

@Suite struct CatalogueLookupTests {
    @Test func canonicalValuesFindTheirWords() {
        #expect(CatalogueKey.capability("training").map { Language.pt.text($0) } == "capacitação")
        #expect(CatalogueKey.capability("local-knowledge").map { Language.en.text($0) } == "local-knowledge")
        #expect(CatalogueKey.capability("gestion-de-residuos") == nil)
        #expect(CatalogueKey.quality("mutual-benefit").map { Language.es.text($0) } == "Beneficio mutuo")
        #expect(CatalogueKey.contribution("in_kind").map { Language.pt.text($0) } == "em espécie")
    }
}
