import ActorNet
import Foundation

/// One indicator of a quality of good cooperation (docs/measures/cooperation-quality.md).
public struct QualityIndicator: Sendable, Equatable {
    /// horizontality, mutual-benefit, recipient-leadership, effectiveness-efficiency, mutual-responsibility.
    public var quality: String
    public var name: String
    /// nil when the data cannot support it; `reading` then says why.
    public var value: Double?
    public var range: String
    public var reading: String
    public var dataNeeded: String
}

/// The seminar's five qualities of good multi-actor cooperation, each read from the network with one or two
/// indicators. Every indicator is in [0, 1] — each is a share, a normalised centralization, or (global efficiency)
/// relative to an ideal network — higher = more of the quality; a value is only given when the data holds what it
/// needs. The formulas and why each is bounded: docs/measures/cooperation-quality.md.
public enum QualityProfile {
    /// Above this many actors, global efficiency is estimated from `sampledSources` seeded sources (Brandes & Pich
    /// 2007 sampling, as `analyze --sample`): exact all-pairs distances on 100k actors take many minutes.
    public static let exactEfficiencyLimit = 5_000
    public static let sampledSources = 1_000

    public static func indicators(_ network: Network, language: String = "en",
                                  threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                                  sampleEfficiencyAbove limit: Int = exactEfficiencyLimit,
                                  sampledSources sampleSize: Int = sampledSources,
                                  knownEfficiency: Double? = nil) -> [QualityIndicator] {
        NetworkAnalysis(network, threads: threads).qualityProfile(
            language: language, sampleEfficiencyAbove: limit, sampledSources: sampleSize,
            knownEfficiency: knownEfficiency)
    }

    /// The indicators from the views and analyses of `analysis` (`NetworkAnalysis.qualityProfile`).
    static func indicators(_ analysis: NetworkAnalysis, language: String, sampleEfficiencyAbove limit: Int,
                           sampledSources sampleSize: Int, knownEfficiency: Double?) -> [QualityIndicator] {
        let es = language.hasPrefix("es")
        func t(_ en: String, _ spanish: String) -> String { es ? spanish : en }
        let network = analysis.network, threads = analysis.threads
        let graph = analysis.binaryGraph
        let weightedGraph = analysis.weightedGraph
        let projects = analysis.projects
        let degrees = analysis.degrees
        var result: [QualityIndicator] = []
        func add(_ quality: String, _ name: String, _ value: Double?, _ reading: String, _ needed: String) {
            result.append(QualityIndicator(quality: quality, name: name, value: value, range: "0–1", reading: reading, dataNeeded: needed))
        }
        func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

        // Horizontality
        let n = network.actors.count
        if n >= 3 && graph.edgeCount > 0 {
            let value = 1 - Centralization.degree(degrees.degree, directed: graph.isDirected)
            add("horizontality", "1 − degree centralization", value,
                t("1 = ties spread evenly; 0 = a star around one actor. Here \(percent(value)).",
                  "1 = lazos repartidos por igual; 0 = una estrella en torno a un actor. Aquí \(percent(value))."),
                t("ties", "lazos"))
        } else {
            add("horizontality", "1 − degree centralization", nil, t("not enough data: needs 3 actors and ties", "datos insuficientes: se necesitan 3 actores y lazos"), t("ties", "lazos"))
        }
        let led = network.projects.compactMap(\.lead)
        if led.count >= 2 {
            let value = Double(Set(led).count - 1) / Double(led.count - 1)
            add("horizontality", "leadership rotation", value,
                t("Share of projects led by a different actor: 1 = every project has its own lead.",
                  "Proporción de proyectos con un líder distinto: 1 = cada proyecto tiene su propio líder."),
                t("projects with a lead", "proyectos con líder"))
        } else {
            add("horizontality", "leadership rotation", nil, t("not enough data: needs 2 projects with a lead", "datos insuficientes: se necesitan 2 proyectos con líder"), t("projects with a lead", "proyectos con líder"))
        }

        // Mutual benefit
        if graph.isDirected {
            let value = graph.reciprocity
            add("mutual-benefit", "reciprocity", value, t("Share of directed ties returned.", "Proporción de lazos dirigidos correspondidos."), t("directed ties", "lazos dirigidos"))
        } else {
            add("mutual-benefit", "reciprocity", nil, t("not applicable: the ties are undirected", "no aplica: los lazos no tienen dirección"), t("directed ties", "lazos dirigidos"))
        }
        let offers = network.actors.map { Set($0.offers.map(Capability.normalise)) }
        let needs = network.actors.map { Set($0.needs.map(Capability.normalise)) }
        let pairs = analysis.undirected.pairs
        let described = pairs.filter { !needs[$0.0].isEmpty && !needs[$0.1].isEmpty && !offers[$0.0].isEmpty && !offers[$0.1].isEmpty }
        if !described.isEmpty {
            let mutual = described.filter { !needs[$0.0].isDisjoint(with: offers[$0.1]) && !needs[$0.1].isDisjoint(with: offers[$0.0]) }
            let value = Double(mutual.count) / Double(described.count)
            add("mutual-benefit", "mutual need coverage", value,
                t("Share of tied partners where each offers something the other needs: \(mutual.count) of \(described.count).",
                  "Proporción de socios vinculados en que cada uno ofrece algo que el otro necesita: \(mutual.count) de \(described.count)."),
                t("offers and needs of tied actors", "ofertas y necesidades de actores vinculados"))
        } else {
            add("mutual-benefit", "mutual need coverage", nil, t("not enough data: no tied pair has offers and needs on both sides", "datos insuficientes: ningún par vinculado tiene ofertas y necesidades"), t("offers and needs of tied actors", "ofertas y necesidades de actores vinculados"))
        }

        // Recipient leadership
        let leadLevels = projects.compactMap(\.leadLevel).filter { $0 != .unspecified }
        if !leadLevels.isEmpty {
            let value = Double(leadLevels.filter { $0 == .local || $0 == .regional }.count) / Double(leadLevels.count)
            add("recipient-leadership", "projects led locally", value,
                t("Share of projects led by local or regional actors.", "Proporción de proyectos liderados por actores locales o regionales."),
                t("project leads with levels", "líderes de proyecto con nivel"))
        } else {
            add("recipient-leadership", "projects led locally", nil, t("not enough data: no project lead with a known level", "datos insuficientes: ningún líder con nivel conocido"), t("project leads with levels", "líderes de proyecto con nivel"))
        }
        let local = network.actors.indices.filter { [.local, .regional].contains(network.actors[$0].level) }
        let international = network.actors.indices.filter { network.actors[$0].level == .international }
        let localDegree = local.reduce(0) { $0 + degrees.degree[$1] }, internationalDegree = international.reduce(0) { $0 + degrees.degree[$1] }
        if localDegree + internationalDegree > 0 {
            let value = Double(localDegree) / Double(localDegree + internationalDegree)
            add("recipient-leadership", "local share of centrality", value,
                t("Local and regional actors' share of the ties held by them and international actors.",
                  "Parte de los lazos de actores locales y regionales frente a los internacionales."),
                t("levels of actors", "niveles de los actores"))
        } else {
            add("recipient-leadership", "local share of centrality", nil, t("not enough data: no local, regional or international actor with ties", "datos insuficientes: sin actores locales, regionales o internacionales con lazos"), t("levels of actors", "niveles de los actores"))
        }

        // Effectiveness & efficiency
        if n >= 2 && graph.edgeCount > 0 {
            let sampled = n > limit && n > sampleSize
            let sources = sampled ? CentralityAnalysis.sampleSources(count: n, k: sampleSize, seed: 1) : nil
            // A caller that already ran the same searches (weighted graph; the same seeded sources when sampled,
            // as `ReportData` does with `CentralityAnalysis`) passes the value instead of searching again.
            // Relative to the ideal network (every pair tied as strongly as the strongest tie), so in [0, 1]: the
            // raw weighted efficiency is in [0, strongest weight] (1.32 on Les Misérables before this).
            let raw = knownEfficiency
                ?? weightedGraph.pathMeasures(betweenness: false, sources: sources, threads: threads,
                                              largestComponent: analysis.components.first ?? []).globalEfficiency
            let efficiency = weightedGraph.relativeEfficiency(raw)
            let estimate = sampled ? t(" Estimated from \(sampleSize) of \(n) actors as sources (seed 1).",
                                       " Estimada desde \(sampleSize) de \(n) actores como origen (semilla 1).") : ""
            add("effectiveness-efficiency", "global efficiency", efficiency,
                t("How easily any actor reaches any other (Latora–Marchiori, 1/weight distances), relative to the "
                    + "ideal network where every pair is tied as strongly as the strongest tie: 1 = that ideal.",
                  "Facilidad con que cada actor llega a cualquier otro (Latora–Marchiori, distancias 1/peso), "
                    + "relativa a la red ideal en que cada par tiene un lazo tan fuerte como el más fuerte: "
                    + "1 = esa red.")
                    + estimate, t("ties", "lazos"))
            let efficiencies = analysis.structuralHoles.efficiency.compactMap { $0 }
            let mean = efficiencies.reduce(0, +) / Double(max(1, efficiencies.count))
            add("effectiveness-efficiency", "mean Burt efficiency", efficiencies.isEmpty ? nil : mean,
                t("Average share of an actor's partners that are not redundant (effective size / degree).",
                  "Proporción media de socios no redundantes (tamaño efectivo / grado)."), t("ties", "lazos"))
        } else {
            add("effectiveness-efficiency", "global efficiency", nil, t("not enough data: no ties", "datos insuficientes: sin lazos"), t("ties", "lazos"))
            add("effectiveness-efficiency", "mean Burt efficiency", nil, t("not enough data: no ties", "datos insuficientes: sin lazos"), t("ties", "lazos"))
        }

        // Mutual responsibility
        let withContributions = projects.filter { $0.contributors > 0 }
        if !withContributions.isEmpty {
            let shared = Double(withContributions.filter { $0.contributors >= 2 }.count) / Double(withContributions.count)
            add("mutual-responsibility", "shared contributions", shared,
                t("Share of projects where two or more actors contribute.", "Proporción de proyectos con aportes de dos o más actores."),
                t("project member contributions", "aportes de los miembros de proyectos"))
            let diversity = withContributions.reduce(0.0) { $0 + Double($1.contributionTypes.count) / 3 } / Double(withContributions.count)
            add("mutual-responsibility", "contribution diversity", diversity,
                t("Average share of contribution types (money, work, in kind) present per project.",
                  "Proporción media de tipos de aporte (dinero, trabajo, especie) por proyecto."),
                t("project member contributions", "aportes de los miembros de proyectos"))
        } else {
            for name in ["shared contributions", "contribution diversity"] {
                add("mutual-responsibility", name, nil, t("not enough data: no project records contributions", "datos insuficientes: ningún proyecto registra aportes"), t("project member contributions", "aportes de los miembros de proyectos"))
            }
        }
        return result
    }
}
