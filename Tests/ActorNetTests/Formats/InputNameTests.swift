import Testing

@testable import ActorNet

/// Spanish and Portuguese names for the format's keys and values (docs/network-format.md, "Names in Spanish and
/// Portuguese").
@Suite struct InputNameTests {
    @Test(arguments: ["es", "pt"])
    func networkWrittenInSpanishOrPortugueseLoadsEqualToEnglish(language: String) throws {
        let english = try NetworkFile.load(fixture("languages/cooperation-en.yaml"))
        let translated = try NetworkFile.load(fixture("languages/cooperation-\(language).yaml"))
        #expect(translated.network == english.network)
        #expect(translated.warnings.isEmpty)
        #expect(english.network.projects.first?.members.count == 2)
        #expect(english.network.ties.first?.contributions?.inKind == "salas")
    }

    /// The errors of a YAML text that must not load.
    private func errors(_ text: String) -> [Diagnostic] {
        do {
            _ = try NetworkFile.parse(text, format: .yaml, file: "t.yaml")
        } catch .invalid(let diagnostics) {
            return diagnostics.filter { $0.severity == .error }
        } catch {
            Issue.record("unexpected \(error)")
        }
        return []
    }

    @Test func oneFieldUnderTwoLanguagesIsRefusedAtItsLine() {
        let problems = errors("actors:\n  - id: a\n    name: Uno\n    nombre: Uno\n")
        #expect(
            problems.map(\.description)
                == ["t.yaml:4:5: error: field `name` is given twice in one actor, as `name` and `nombre`"])
        #expect(
            problems.map { $0.description(in: .es) } == [
                "t.yaml:4:5: error: el campo `name` aparece dos veces "
                    + "en un mismo actor, como `name` y `nombre`"
            ])
    }

    @Test func duplicateTopLevelKeyAcrossLanguagesIsRefused() {
        #expect(
            errors("name: A\nnome: B\nactors:\n  - id: a\n").map(\.description)
                == ["t.yaml:2:1: error: field `name` is given twice in one network, as `name` and `nome`"])
    }

    @Test func unknownKeySuggestsASpellingOfAnyLanguage() throws {
        let loaded = try NetworkFile.parse(
            "actors:\n  - id: a\n    nombr: Uno\n  - id: b\n    nam: Dos\nties:\n"
                + "  - {from: a, to: b}\n", format: .yaml, file: "t.yaml")
        #expect(
            loaded.warnings.map(\.description) == [
                "t.yaml:3:5: warning: unknown actor field `nombr` ignored (did you mean `nombre`?)",
                "t.yaml:5:5: warning: unknown actor field `nam` ignored (did you mean `name`?)",
            ])
        #expect(
            loaded.warnings[0].description(in: .pt)
                == "t.yaml:3:5: aviso: campo de ator desconhecido `nombr` ignorado (você quis dizer `nombre`?)")
    }

    @Test func unknownValueListsAcceptedNamesInTheReadersLanguage() {
        let problems = errors(
            "actors:\n  - {id: a}\n  - {id: b}\nties:\n"
                + "  - {from: a, to: b, kind: asesoria tecnica}\n")
        #expect(problems.count == 1)
        if let problem = problems.first {
            #expect(
                problem.description == "t.yaml:5:28: error: field `kind`: unknown kind `asesoria tecnica`; "
                    + "accepted: funding, technical-cooperation, knowledge-exchange, coordination, in-kind, "
                    + "volunteering, agreement, other (closest: `technical-cooperation`)")
            #expect(
                problem.message(in: .es) == "campo `kind`: valor desconocido `asesoria tecnica`; se aceptan: "
                    + "financiamiento, cooperación técnica, intercambio de conocimiento, coordinación, "
                    + "aporte en especie, voluntariado, convenio, otro (más cercano: `cooperación técnica`)")
            #expect(
                problem.message(in: .pt) == "campo `kind`: valor desconhecido `asesoria tecnica`; aceitos: "
                    + "financiamento, cooperação técnica, intercâmbio de conhecimento, coordenação, "
                    + "contribuição em espécie, voluntariado, convênio, outro (mais próximo: `cooperação técnica`)")
        }
    }
}
