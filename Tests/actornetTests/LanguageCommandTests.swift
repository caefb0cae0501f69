import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

/// Every verb speaks the reader's language (issue 13, items 4–6): no English word left in Spanish or Portuguese
/// output, and the same rule for the default language everywhere.
@Suite struct LanguageCommandTests {
    static let chile = PackagePaths.example("chile")
    static let brasil = PackagePaths.example("brasil")

    /// English words that must not appear in Spanish or Portuguese output (whole words, any case). Words that are
    /// also words of the language are left out for it (Spanish `actor`, `sector`, `total`, `error`).
    static let englishWords = [
        "actors", "ties", "legend", "money", "in_kind", "work", "centralization", "reciprocity", "level", "levels",
        "component", "components", "density", "brokers", "partners", "partner", "projects", "project", "offers",
        "needs", "common partner", "would bridge", "funding", "technical-cooperation", "technical cooperation",
        "warning", "warnings", "quality", "indicator", "reading", "score", "reasons", "community", "communities",
        "modularity", "degree", "betweenness", "closeness", "eigenvector", "directed", "undirected", "weighted",
        "unweighted", "network", "source", "generated", "diagrams", "methods", "composition", "cannot", "unknown",
        "accepted", "expected", "closest", "valid", "yes", "public", "private", "civil society", "international",
        "national", "tie kind", "in kind", "capability", "diversity", "proximity", "efficiency", "constraint",
        "effective size", "agreement", "contributions", "share of", "not enough data", "everything renders",
        "activities", "organisations", "read", "kept", "layout", "format", "library", "FAILED", "usage",
        "see", "for more information", "merged", "duplicate",
    ]
    static let alsoPortuguese: Set<String> = ["layout"]
    static let alsoSpanish: Set<String> = []
    static let portugueseOnly = ["actor", "sector", "error", "error:"]

    /// The English words in `text`, after removing every text taken from the input (names, ids, territories…)
    /// and syntax: `code` spans (field names, values as typed), a usage synopsis's `[--option <value>]`, DOT ids.
    static func englishWords(in text: String, language: Language, input: [String]) -> [String] {
        var shown = text
        for piece in input.sorted(by: { $0.count > $1.count }) where piece.count > 1 {
            shown = shown.replacingOccurrences(of: piece, with: " ")
        }
        for syntax in [
            "`[^`\n]*`", "\\[--[^\\]]*\\]", "<[a-z-]+>", "\"[A-Za-z0-9_]+\"(?=\\s*(\\[|--|->))",
            "actornet [a-z-]+",
        ] {
            shown = shown.replacingOccurrences(of: syntax, with: " ", options: .regularExpression)
        }
        let exempt = language == .pt ? alsoPortuguese : alsoSpanish
        let words = englishWords.filter { !exempt.contains($0) } + (language == .pt ? portugueseOnly : [])
        return words.filter { word in
            let pattern =
                "(?<![\\p{L}\\p{N}_-])" + NSRegularExpression.escapedPattern(for: word)
                + "(?![\\p{L}\\p{N}_-])"
            return shown.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
        }
    }

    /// Every text of a network file that output may repeat: names, ids, territories, descriptions, roles….
    static func inputTexts(_ path: String) throws -> [String] {
        let network = try NetworkFile.load(path, actors: nil).network
        var texts = [network.name, network.description, network.source].compactMap { $0 }
        for actor in network.actors {
            texts += [actor.id, actor.name, actor.territory].compactMap { $0 }
            texts += actor.motivation
        }
        for project in network.projects {
            texts += [project.id, project.name, project.objective, project.area].compactMap { $0 }
            texts += project.members.compactMap { $0.role }
        }
        return texts
    }

    /// The text of an HTML page as a reader sees it: no style, script, comments, tags or entities.
    static func visibleText(_ html: String) -> String {
        var text = html
        for pattern in [
            "<style[^>]*>[\\s\\S]*?</style>", "<script[^>]*>[\\s\\S]*?</script>", "<!--[\\s\\S]*?-->",
            "<title>[\\s\\S]*?</title>", "<[^>]*>",
        ] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#45;", with: "-")
    }

    /// The text fields of a verb's JSON (reasons, readings, names, data needed, warnings); keys and canonical
    /// values (`public`, `sector`) are data, not text.
    static func jsonText(_ json: String) throws -> String {
        let textKeys: Set<String> = ["reasons", "reading", "name", "data_needed", "warnings"]
        var texts: [String] = []
        func walk(_ value: Any, key: String?) {
            if let object = value as? [String: Any] {
                for (k, v) in object { walk(v, key: k) }
            } else if let array = value as? [Any] {
                for v in array { walk(v, key: key) }
            } else if let string = value as? String, let key, textKeys.contains(key) {
                texts.append(string)
            }
        }
        walk(try JSONSerialization.jsonObject(with: Data(json.utf8)), key: nil)
        return texts.joined(separator: "\n")
    }

    /// Every verb's output on `file` with `--lang`: tables, JSON text, messages, report, legend.
    static func everyVerbsOutput(_ file: String, _ language: Language) throws -> [(String, String)] {
        let lang = ["--lang", language.rawValue]
        let folder = try scratchFolder("language-\(language.rawValue)")
        var outputs: [(String, String)] = []
        /// `accepted`: names the reader types, listed as they are (measure keys).
        func run(_ arguments: [String], json: Bool = false, accepted: [String] = []) throws {
            let result = try CLI.run(arguments + lang)
            var text = (json ? try jsonText(result.stdout) : result.stdout) + "\n" + result.stderr
            for name in accepted { text = text.replacingOccurrences(of: name, with: " ") }
            outputs.append((arguments.joined(separator: " "), text.replacingOccurrences(of: folder, with: " ")))
        }
        try run(["validate", file])
        try run(["validate", fixture("broken.yaml")])
        try run(["validate", folder + "/missing.yaml"])
        try run(["info", file])
        try run(["info", file, "--format", "json"], json: true)
        try run(["analyze", file])
        try run(["analyze", file, "--top", "0"])
        try run(
            ["analyze", file, "--measures", "closenes"],
            accepted: [
                "degree_centrality", "in_degree", "out_degree", "degree", "strength", "betweenness", "closeness",
                "harmonic", "eigenvector", "pagerank",
            ])
        for verb in ["partners", "brokers", "mixing", "communities", "projects", "profile"] {
            try run([verb, file])
            try run([verb, file, "--format", "json"], json: true)
        }
        try run(["brokers", file, "--by", "level"])
        try run(["mixing", file, "--by", "level"])
        try run(["timeline", file])
        try run(["timeline", file, "--periods", "2018,2020", "--format", "json"], json: true)
        try run(["timeline", file, "--periods", "2020,2018"])
        try run(["info", file, "--at", "2020"])
        try run(["info", file, "--at", "2020", "--to", "2021"])
        try run(["partners", file, "--need", "funding"])
        try run(["partners", file, "--need", "funding", "--format", "json"], json: true)
        try run(["partners", file, "--need", "teleportation"])
        try run(["partners", file, "--weights", "speed=1"])
        try run(["render", file, "--format", "dot", "-o", "-"])
        try run(["render", file, "-o", folder + "/x.svgz"])
        try run(["convert", file, folder + "/x.yaml"])
        try run(["convert", file, folder + "/x.xls"])
        try run(["import-iati", fixture("acfspain-co.xml"), "-o", folder + "/iati.yaml"])
        try run(["doctor"])
        try run(["report", file, "-o", folder + "/r.html"])
        let html = try String(contentsOfFile: folder + "/r.html", encoding: .utf8)
        outputs.append(("report html", visibleText(html)))
        try run(["report", file, "--format", "md", "-o", folder + "/r.md"])
        let markdown = try String(contentsOfFile: folder + "/r.md", encoding: .utf8)
        // Markdown escapes (`make\_example`) undone, so the input's texts are found and left out.
        let unescaped = markdown.replacingOccurrences(
            of: "\\\\([\\\\`*_\\[\\]<>&|~#.-])", with: "$1",
            options: .regularExpression)
        outputs.append(("report md", unescaped))
        return outputs
    }

    @Test(arguments: [(chile, Language.es), (brasil, .pt)])
    func everyVerbSpeaksTheLanguage(file: String, language: Language) throws {
        // broken.yaml does not load: its texts by hand.
        var input =
            try Self.inputTexts(file) + [
                "broken", "Nameless", "publico", "privat", "nowhere", "Chile",
                "heavy", "zeta", "friendship", "ghost", "nobody", "p1",
            ]
        // The IATI fixture's organisation names and titles are input too (Spanish publisher, English titles).
        let imported = try scratchFolder("language-iati") + "/acf.yaml"
        _ = try CLI.run(["import-iati", fixture("acfspain-co.xml"), "-o", imported, "--lang", language.rawValue])
        input += try Self.inputTexts(imported)
        input += [
            file, fixture("broken.yaml"), "Graphviz", "libgvc", "PageRank", "pagerank", "--lang",
            "--measures", "--need", "--weights", "--top", "--format",
        ]
        for (command, output) in try Self.everyVerbsOutput(file, language) {
            let found = Self.englishWords(in: output, language: language, input: input)
            #expect(found.isEmpty, "\(command): English \(found) in\n\(output)")
        }
    }

    // MARK: The default rule: --lang, else the file's language, else LC_ALL, else LANG, else English

    @Test func withoutLangTheFileThenTheLocaleThenEnglishDecide() throws {
        let small = fixture("small.yaml")  // no `language`
        func validate(_ file: String, _ extra: [String] = [], _ environment: [String: String]) throws -> String {
            try CLI.run(["validate", file] + extra, environment: environment).stdout
        }
        #expect(try validate(small, [], [:]) == "\(small): valid: 3 actors, 3 ties, 0 projects\n")
        #expect(try validate(small, [], ["LANG": "pt_BR.UTF-8"]) == "\(small): válida: 3 atores, 3 laços, 0 projetos\n")
        #expect(
            try validate(small, [], ["LC_ALL": "es_CL.UTF-8", "LANG": "pt_BR.UTF-8"])
                == "\(small): válida: 3 actores, 3 lazos, 0 proyectos\n")
        #expect(try validate(small, [], ["LANG": "fr_FR.UTF-8"]) == "\(small): valid: 3 actors, 3 ties, 0 projects\n")
        // The file's `language: es` comes before the locale; --lang before both.
        #expect(
            try validate(Self.chile, [], ["LANG": "pt_BR.UTF-8"])
                == "\(Self.chile): válida: 20 actores, 27 lazos, 5 proyectos\n")
        #expect(
            try validate(Self.chile, ["--lang", "en"], ["LANG": "pt_BR.UTF-8"])
                == "\(Self.chile): valid: 20 actors, 27 ties, 5 projects\n")
        #expect(
            try validate(Self.chile, ["--lang", "pt_BR"], [:])
                == "\(Self.chile): válida: 20 atores, 27 laços, 5 projetos\n")
    }

    @Test func messagesBeforeTheFileIsReadFollowLangElseTheLocale() throws {
        let missing = try scratchFolder("language-missing") + "/none.yaml"
        let unreadable = try CLI.run(["validate", missing], environment: ["LANG": "pt_BR.UTF-8"])
        #expect(unreadable.status == 66)
        #expect(unreadable.stderr == "\(missing): erro: não é possível abrir: arquivo inexistente\n")
        let option = try CLI.run(["analyze", Self.chile, "--top", "0", "--lang", "es"])
        #expect(option.status == 64)
        #expect(
            option.stderr == """
                Error: --top requiere un número entero ≥ 1
                Uso: actornet analyze [<options>] <file>
                  Vea 'actornet analyze --help' para más información.

                """)
        let english = try CLI.run(["analyze", Self.chile, "--top", "0"])
        #expect(english.stderr.hasPrefix("Error: --top takes a whole number ≥ 1\nUsage: actornet analyze"))
    }

    // MARK: Exact Spanish and Portuguese tables

    @Test func portugueseMixingTable() throws {
        let result = try CLI.run(["mixing", Self.brasil, "--lang", "pt"])
        #expect(
            result.stdout == """
                Índice E-I 0.200 · assortatividade 0.154

                grupo            internos  externos    E-I
                Público                 4         6  0.200
                Privado                 0         4  1.000
                Academia                1         3  0.500
                Sociedade civil         1         2  0.333
                Internacional           0         3  1.000

                Laços entre grupos
                                 Público  Privado  Academia  Sociedade civil  Internacional
                Público                4        2         1                1              2
                Privado                2        0         1                1              0
                Academia               1        1         1                0              1
                Sociedade civil        1        1         0                1              0
                Internacional          2        0         1                0              0

                """)
    }

    @Test func spanishInfoAndCommunities() throws {
        let small = fixture("small.yaml")
        #expect(
            try CLI.run(["info", small, "--lang", "es"]).stdout == """
                small
                3 actores · 3 lazos · 0 proyectos · densidad 1.000 · 1 componente

                Actores por sector × nivel
                sector \\ nivel  Internacional  Nacional  Regional  Local  total
                Público                     0         0         0      1      1
                Privado                     0         0         0      0      0
                Academia                    0         0         1      0      1
                Sociedad civil              0         1         0      0      1
                Internacional               0         0         0      0      0
                total                       0         1         1      1      3

                Lazos por tipo
                tipo de lazo                 lazos
                Financiamiento                   1
                Intercambio de conocimiento      1
                Convenio                         1

                """)
        #expect(
            try CLI.run(["communities", small, "--lang", "es"]).stdout == """
                Modularidad 0.000 · 1 comunidad

                1. (3) Público 1, Academia 1, Sociedad civil 1
                   Municipio de Prueba; Fundación "Uno", Dos; Universidad

                """)
    }
}
