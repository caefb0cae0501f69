import Testing

@testable import ActorNet

@Suite struct VocabularyTests {
    @Test(arguments: [
        ("público", Sector.public), ("PUBLIC", .public), ("Privado", .private), ("empresa", .private),
        ("académico", .academia), ("Universidad", .academia), ("sociedad civil", .civilSociety),
        ("Sociedad  Civil", .civilSociety), ("ONG", .civilSociety), ("ngo", .civilSociety),
        ("civil_society", .civilSociety), ("internacional", .international), ("Multilateral", .international),
        ("cooperación internacional", .international), ("Cooperacion Internacional", .international),
    ])
    func sectorAliases(text: String, expected: Sector) {
        #expect(Sector(parsing: text) == expected)
    }

    @Test(arguments: [
        ("internacional", Level.international), ("Nacional", .national), ("regional", .regional),
        ("local", .local), ("municipal", .local), ("Comunal", .local),
    ])
    func levelAliases(text: String, expected: Level) {
        #expect(Level(parsing: text) == expected)
    }

    @Test(arguments: [
        ("financiamiento", TieKind.funding), ("cooperación técnica", .technicalCooperation),
        ("intercambio de conocimiento", .knowledgeExchange), ("coordinación", .coordination),
        ("en especie", .inKind), ("voluntariado", .volunteering), ("convenio", .agreement), ("otro", .other),
        ("technical_cooperation", .technicalCooperation),
    ])
    func kindAliases(text: String, expected: TieKind) {
        #expect(TieKind(parsing: text) == expected)
    }

    @Test func unknownValuesAreRefusedWithClosestMatch() {
        #expect(Sector(parsing: "privat") == nil)
        #expect(Sector.closestMatch(to: "privat") == .private)
        #expect(Level.closestMatch(to: "nacionl") == .national)
        #expect(Sector.closestMatch(to: "zzzzzzzz") == nil)
    }

    @Test func foldKeyStripsAccentsCaseAndPunctuation() {
        #expect(foldKey("  Cooperación — Técnica ") == "cooperacion-tecnica")
        #expect(foldKey("in_kind") == "in-kind")
    }

    @Test func spanishLabels() {
        #expect(Sector.civilSociety.label("es") == "Sociedad civil")
        #expect(Sector.civilSociety.label("en") == "Civil society")
        #expect(Level.national.label("es-CL") == "Nacional")
    }
}

@Suite struct VocabularyLanguageTests {
    @Test(arguments: [
        ("setor público", Sector.public), ("governo", .public), ("iniciativa privada", .private),
        ("universidade", .academia), ("Sociedade Civil", .civilSociety), ("terceiro setor", .civilSociety),
        ("cooperação internacional", .international), ("não especificado", .unspecified),
    ])
    func portugueseSectors(text: String, expected: Sector) {
        #expect(Sector(parsing: text) == expected)
    }

    @Test(arguments: [
        ("financiamento", TieKind.funding), ("cooperação técnica", .technicalCooperation),
        ("capacitación", .technicalCooperation), ("capacitação", .technicalCooperation),
        ("intercâmbio de conhecimento", .knowledgeExchange), ("coordenação", .coordination),
        ("contribuição em espécie", .inKind), ("convênio", .agreement), ("acordo", .agreement), ("outro", .other),
    ])
    func portugueseAndSpanishKinds(text: String, expected: TieKind) {
        #expect(TieKind(parsing: text) == expected)
    }

    @Test(arguments: [("estadual", Level.regional), ("nível local", nil), ("cidade", .local), ("nacional", .national)])
    func portugueseLevels(text: String, expected: Level?) {
        #expect(Level(parsing: text) == expected)
    }

    /// What a reader is shown (label, accepted names) is also what they may write back.
    @Test(arguments: Language.allCases)
    func everyLabelAndSpellingParsesBack(language: Language) {
        for sector in Sector.allCases {
            #expect(Sector(parsing: sector.label(language)) == sector)
            #expect(Sector(parsing: sector.spelling(language)) == sector)
        }
        for level in Level.allCases { #expect(Level(parsing: level.label(language)) == level) }
        for kind in TieKind.allCases { #expect(TieKind(parsing: kind.label(language)) == kind) }
    }

    @Test func labelsInEachLanguage() {
        #expect(Sector.civilSociety.label(.pt) == "Sociedade civil")
        #expect(TieKind.technicalCooperation.label("pt_BR") == "Cooperação técnica")
        #expect(Level.unspecified.label(.pt) == "Não especificado")
        #expect(
            Sector.acceptedValues(.es) == [
                "público", "privado", "academia", "sociedad civil", "internacional",
                "sin especificar",
            ])
    }

    @Test func closestMatchUsesEveryLanguagesSpellings() {
        #expect(Sector.closestMatch(to: "sociedade civl") == .civilSociety)
        #expect(TieKind.closestMatch(to: "finaciamento") == .funding)
    }
}
