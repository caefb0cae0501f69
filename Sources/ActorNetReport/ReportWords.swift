import ActorNet

/// Every heading, label and explanation of the report, in Spanish and English.
struct ReportWords {
    let es: Bool
    init(_ language: String) { es = language.hasPrefix("es") }
    func t(_ en: String, _ spanish: String) -> String { es ? spanish : en }

    var reportTitle: String { t("Multi-actor cooperation network report", "Informe de la red de cooperación multiactor") }
    var source: String { t("Source", "Fuente") }
    var generated: String { t("Generated", "Generado") }
    var actors: String { t("actors", "actores") }
    var ties: String { t("ties", "lazos") }
    var projects: String { t("projects", "proyectos") }
    var composition: String { t("Composition", "Composición") }
    var compositionIntro: String { t("Actors by sector and territorial level, and ties by kind.", "Actores por sector y nivel territorial, y lazos por tipo.") }
    var sectorLevel: String { t("Sector \\ level", "Sector \\ nivel") }
    var total: String { t("Total", "Total") }
    var tieKind: String { t("Tie kind", "Tipo de lazo") }
    var count: String { t("Count", "Cantidad") }
    var diagrams: String { t("Diagrams", "Diagramas") }
    var diagramWhole: String { t("The whole network", "La red completa") }
    func sampledNote(_ sources: Int, of actors: Int) -> String {
        t("Betweenness and closeness are estimated from \(sources) of the \(actors) actors as sources (seed 1), as with `analyze --sample`.",
          "La intermediación y la cercanía se estiman desde \(sources) de los \(actors) actores como origen (semilla 1), como con `analyze --sample`.")
    }
    func diagramLeftOut(_ title: String, _ reason: String) -> String {
        t("Diagram “\(title)” left out: \(reason)", "Diagrama «\(title)» omitido: \(reason)")
    }
    var diagramAggregate: String { t("Sectors and levels (aggregated view)", "Sectores y niveles (vista agregada)") }
    func diagramEgo(_ name: String) -> String { t("Around \(name)", "En torno a \(name)") }
    var keyActors: String { t("Key actors", "Actores clave") }
    var keyActorsIntro: String { t("Most connected (degree), best placed between others (betweenness) and most central by the random-walk measure (PageRank).", "Los más conectados (grado), los mejor situados entre otros (intermediación) y los más centrales según PageRank.") }
    var actor: String { t("Actor", "Actor") }
    var sector: String { t("Sector", "Sector") }
    var level: String { t("Level", "Nivel") }
    var degree: String { t("Degree", "Grado") }
    var betweenness: String { t("Betweenness", "Intermediación") }
    var pagerank: String { "PageRank" }
    var brokers: String { t("Brokers and structural holes", "Intermediarios y agujeros estructurales") }
    var brokersIntro: String { t("Gould–Fernandez brokerage roles by sector, and Burt's constraint (low = spans structural holes).", "Roles de intermediación de Gould–Fernandez por sector, y restricción de Burt (baja = cubre agujeros estructurales).") }
    var roles: [String] { es ? ["Coordinador", "Itinerante", "Representante", "Guardián", "Enlace"] : ["Coordinator", "Itinerant", "Representative", "Gatekeeper", "Liaison"] }
    var constraint: String { t("Constraint", "Restricción") }
    var effectiveSize: String { t("Effective size", "Tamaño efectivo") }
    var mixing: String { t("Mixing", "Mezcla") }
    var mixingIntro: String { t("E-I index: −1 when all ties stay within groups, +1 when all cross them. Assortativity above 0: ties stay within groups more than by chance.", "Índice E-I: −1 si todos los lazos quedan dentro de los grupos, +1 si todos los cruzan. Asortatividad mayor que 0: los lazos quedan dentro de los grupos más que por azar.") }
    var bySector: String { t("By sector", "Por sector") }
    var byLevel: String { t("By level", "Por nivel") }
    var eiIndex: String { t("E-I index", "Índice E-I") }
    var assortativity: String { t("Assortativity", "Asortatividad") }
    var matrix: String { t("Ties between sectors", "Lazos entre sectores") }
    var communities: String { t("Communities", "Comunidades") }
    var communitiesIntro: String { t("Groups of actors more tied to each other than to the rest (Louvain).", "Grupos de actores más vinculados entre sí que con el resto (Louvain).") }
    var modularity: String { t("Modularity", "Modularidad") }
    var community: String { t("Community", "Comunidad") }
    var members: String { t("Members", "Miembros") }
    var partners: String { t("Complementary partners", "Socios complementarios") }
    var partnersIntro: String { t("Pairs not yet tied whose offers meet each other's needs, across sectors and levels.", "Pares aún sin vínculo cuyas ofertas responden a las necesidades del otro, entre sectores y niveles.") }
    var pair: String { t("Pair", "Par") }
    var score: String { t("Score", "Puntaje") }
    var reasons: String { t("Reasons", "Razones") }
    var projectsHeading: String { t("Projects and the multi-actor definition", "Proyectos y la definición multiactor") }
    var projectsIntro: String { t("Multi-actor: two or more actors, at least one public, two or more sectors. Multi-level: two or more territorial levels.", "Multiactor: dos o más actores, al menos uno público, dos o más sectores. Multinivel: dos o más niveles territoriales.") }
    var project: String { t("Project", "Proyecto") }
    var multiActor: String { t("Multi-actor", "Multiactor") }
    var multiLevel: String { t("Multi-level", "Multinivel") }
    var contributions: String { t("Contributions", "Aportes") }
    var agreement: String { t("Agreement", "Acuerdo") }
    var yes: String { t("yes", "sí") }
    var no: String { "no" }
    var quality: String { t("Cooperation-quality profile", "Perfil de calidad de la cooperación") }
    var qualityIntro: String { t("Each indicator runs from 0 to 1; higher means more of the quality. Missing data is said, not guessed.", "Cada indicador va de 0 a 1; más alto = más de la cualidad. Los datos faltantes se indican, no se suponen.") }
    var qualityColumn: String { t("Quality", "Cualidad") }
    var indicator: String { t("Indicator", "Indicador") }
    var value: String { t("Value", "Valor") }
    var reading: String { t("Reading", "Lectura") }
    var methods: String { t("Methods", "Métodos") }
    var noProjects: String { t("The network has no projects.", "La red no tiene proyectos.") }
    var noPartners: String { t("No untied pair to suggest.", "No hay pares sin vínculo para sugerir.") }
    var sortHint: String { t("Click a column heading to sort.", "Haga clic en un encabezado para ordenar.") }

    var methodItems: [String] {
        es ? [
            "Peso de un lazo = fuerza (mayor = más cercano). Las medidas de caminos usan distancia = 1/peso; vector propio y PageRank usan el peso.",
            "Grado: número de socios, normalizado por n − 1. Intermediación (Freeman 1977; algoritmo de Brandes 2001), normalizada como NetworkX.",
            "Cercanía con la corrección de Wasserman–Faust; centralidad armónica; PageRank con α = 0,85 (Brin y Page 1998).",
            "Roles de intermediación de Gould y Fernandez (1989), por sector; restricción y tamaño efectivo de Burt (1992).",
            "Índice E-I de Krackhardt y Stern (1988); asortatividad nominal de Newman (2003).",
            "Comunidades por el método de Louvain (Blondel et al. 2008), semilla 1; modularidad de Newman y Girvan (2004).",
            "Socios complementarios: capacidad (cobertura mutua de necesidades), diversidad (sector y nivel) y proximidad (Adamic–Adar y puentes entre comunidades).",
            "Perfil de calidad: indicadores propuestos a partir del seminario de Santiago 2018 (AGCI) sobre cooperación multiactor.",
        ] : [
            "A tie's weight is its strength (bigger = closer). Path measures use distance = 1/weight; eigenvector and PageRank use the weight.",
            "Degree: number of partners, normalised by n − 1. Betweenness (Freeman 1977; Brandes 2001 algorithm), normalised as NetworkX.",
            "Closeness with the Wasserman–Faust correction; harmonic centrality; PageRank with α = 0.85 (Brin & Page 1998).",
            "Gould & Fernandez (1989) brokerage roles, by sector; Burt's (1992) constraint and effective size.",
            "Krackhardt & Stern (1988) E-I index; Newman (2003) nominal assortativity.",
            "Communities by the Louvain method (Blondel et al. 2008), seed 1; Newman & Girvan (2004) modularity.",
            "Complementary partners: capability (mutual need coverage), diversity (sector and level) and proximity (Adamic–Adar and bridges between communities).",
            "Quality profile: indicators proposed from the Santiago 2018 seminar (AGCI) on multi-actor cooperation.",
        ]
    }

    /// Every section heading, for the language-switch test.
    var headings: [String] { [reportTitle, composition, diagrams, keyActors, brokers, mixing, communities, partners, projectsHeading, quality, methods] }

    func qualityName(_ key: String) -> String {
        switch key {
        case "horizontality": t("Horizontality", "Horizontalidad")
        case "mutual-benefit": t("Mutual benefit", "Beneficio mutuo")
        case "recipient-leadership": t("Recipient leadership", "Liderazgo del receptor")
        case "effectiveness-efficiency": t("Effectiveness & efficiency", "Eficacia y eficiencia")
        case "mutual-responsibility": t("Mutual responsibility", "Mutua responsabilidad")
        default: key
        }
    }
}
