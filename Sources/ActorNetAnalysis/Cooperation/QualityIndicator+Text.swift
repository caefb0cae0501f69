/// The one place the profile's readings become sentences (English and Spanish until the language catalogue lands).
extension QualityReading {
    public func text(_ language: String) -> String {
        let es = language.hasPrefix("es")
        func t(_ en: String, _ spanish: String) -> String { es ? spanish : en }
        switch self {
        case .measured(let kind, let percent):
            return kind.readingText(percent: percent, es)
        case .mutualNeeds(let mutual, let described):
            return t("Share of tied partners where each offers something the other needs: \(mutual) of \(described).",
                     "Proporción de socios vinculados en que cada uno ofrece algo que el otro necesita: \(mutual) de "
                        + "\(described).")
        case .efficiency(let sources, let actors):
            let estimate = sources.map {
                t(" Estimated from \($0) of \(actors) actors as sources (seed 1).",
                  " Estimada desde \($0) de \(actors) actores como origen (semilla 1).")
            } ?? ""
            return t("How easily any actor reaches any other (Latora–Marchiori, 1/weight distances), relative to the "
                        + "ideal network where every pair is tied as strongly as the strongest tie: 1 = that ideal.",
                     "Facilidad con que cada actor llega a cualquier otro (Latora–Marchiori, distancias 1/peso), "
                        + "relativa a la red ideal en que cada par tiene un lazo tan fuerte como el más fuerte: "
                        + "1 = esa red.") + estimate
        case .missing(let kind):
            return kind.missingText(es)
        }
    }
}

extension QualityIndicatorKind {
    /// The data the indicator reads.
    public func dataNeeded(_ language: String) -> String {
        let es = language.hasPrefix("es")
        switch self {
        case .evenTies, .globalEfficiency, .meanBurtEfficiency: return es ? "lazos" : "ties"
        case .leadershipRotation: return es ? "proyectos con líder" : "projects with a lead"
        case .reciprocity: return es ? "lazos dirigidos" : "directed ties"
        case .mutualNeedCoverage:
            return es ? "ofertas y necesidades de actores vinculados" : "offers and needs of tied actors"
        case .projectsLedLocally: return es ? "líderes de proyecto con nivel" : "project leads with levels"
        case .localShareOfCentrality: return es ? "niveles de los actores" : "levels of actors"
        case .sharedContributions, .contributionDiversity:
            return es ? "aportes de los miembros de proyectos" : "project member contributions"
        }
    }

    fileprivate func readingText(percent: Int?, _ es: Bool) -> String {
        func t(_ en: String, _ spanish: String) -> String { es ? spanish : en }
        switch self {
        case .evenTies:
            let here = "\(percent ?? 0)%"
            return t("1 = ties spread evenly; 0 = a star around one actor. Here \(here).",
                     "1 = lazos repartidos por igual; 0 = una estrella en torno a un actor. Aquí \(here).")
        case .leadershipRotation:
            return t("Share of projects led by a different actor: 1 = every project has its own lead.",
                     "Proporción de proyectos con un líder distinto: 1 = cada proyecto tiene su propio líder.")
        case .reciprocity:
            return t("Share of directed ties returned.", "Proporción de lazos dirigidos correspondidos.")
        case .projectsLedLocally:
            return t("Share of projects led by local or regional actors.",
                     "Proporción de proyectos liderados por actores locales o regionales.")
        case .localShareOfCentrality:
            return t("Local and regional actors' share of the ties held by them and international actors.",
                     "Parte de los lazos de actores locales y regionales frente a los internacionales.")
        case .meanBurtEfficiency:
            return t("Average share of an actor's partners that are not redundant (effective size / degree).",
                     "Proporción media de socios no redundantes (tamaño efectivo / grado).")
        case .sharedContributions:
            return t("Share of projects where two or more actors contribute.",
                     "Proporción de proyectos con aportes de dos o más actores.")
        case .contributionDiversity:
            return t("Average share of contribution types (money, work, in kind) present per project.",
                     "Proporción media de tipos de aporte (dinero, trabajo, especie) por proyecto.")
        case .mutualNeedCoverage:  // usually read with its counts (`QualityReading.mutualNeeds`)
            return t("Share of tied partners where each offers something the other needs.",
                     "Proporción de socios vinculados en que cada uno ofrece algo que el otro necesita.")
        case .globalEfficiency:  // usually read with its sampling (`QualityReading.efficiency`)
            return QualityReading.efficiency(estimatedFrom: nil, of: 0).text(es ? "es" : "en")
        }
    }

    fileprivate func missingText(_ es: Bool) -> String {
        func t(_ en: String, _ spanish: String) -> String { es ? spanish : en }
        switch self {
        case .evenTies:
            return t("not enough data: needs 3 actors and ties", "datos insuficientes: se necesitan 3 actores y lazos")
        case .leadershipRotation:
            return t("not enough data: needs 2 projects with a lead",
                     "datos insuficientes: se necesitan 2 proyectos con líder")
        case .reciprocity:
            return t("not applicable: the ties are undirected", "no aplica: los lazos no tienen dirección")
        case .mutualNeedCoverage:
            return t("not enough data: no tied pair has offers and needs on both sides",
                     "datos insuficientes: ningún par vinculado tiene ofertas y necesidades")
        case .projectsLedLocally:
            return t("not enough data: no project lead with a known level",
                     "datos insuficientes: ningún líder con nivel conocido")
        case .localShareOfCentrality:
            return t("not enough data: no local, regional or international actor with ties",
                     "datos insuficientes: sin actores locales, regionales o internacionales con lazos")
        case .globalEfficiency, .meanBurtEfficiency:
            return t("not enough data: no ties", "datos insuficientes: sin lazos")
        case .sharedContributions, .contributionDiversity:
            return t("not enough data: no project records contributions",
                     "datos insuficientes: ningún proyecto registra aportes")
        }
    }
}
