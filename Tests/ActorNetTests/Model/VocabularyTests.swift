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
