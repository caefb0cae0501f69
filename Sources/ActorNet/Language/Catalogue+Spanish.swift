import Foundation

/// The Spanish table of the language catalogue, one value per `CatalogueKey`.
///
/// Spanish, the users' first language (Chile, Peru, Mexico, Colombia…): neutral Latin American usage,
/// usted in instructions.
extension Catalogue {
    /// One for exactly 1, other for everything else (0 lazos, 2 lazos).
    static func spanishPluralForm(_ count: Int) -> PluralForm { count == 1 ? .one : .other }

    static func spanish(_ key: CatalogueKey) -> CatalogueEntry {
        switch key {
        // MARK: Vocabulary: sectors
        case .sectorPublic: "Público"
        case .sectorPrivate: "Privado"
        case .sectorAcademia: "Academia"
        case .sectorCivilSociety: "Sociedad civil"
        case .sectorInternational: "Internacional"
        case .sectorUnspecified: "Sin especificar"
        // MARK: Vocabulary: territorial levels
        case .levelInternational: "Internacional"
        case .levelNational: "Nacional"
        case .levelRegional: "Regional"
        case .levelLocal: "Local"
        case .levelUnspecified: "Sin especificar"
        // MARK: Vocabulary: tie kinds
        case .tieKindFunding: "Financiamiento"
        case .tieKindTechnicalCooperation: "Cooperación técnica"
        case .tieKindKnowledgeExchange: "Intercambio de conocimiento"
        case .tieKindCoordination: "Coordinación"
        case .tieKindInKind: "Aporte en especie"
        case .tieKindVolunteering: "Voluntariado"
        case .tieKindAgreement: "Convenio"
        case .tieKindOther: "Otro"
        // MARK: Vocabulary: contribution types
        case .contributionMoney: "dinero"
        case .contributionWork: "trabajo"
        case .contributionInKind: "en especie"
        // MARK: Vocabulary: capabilities (offers and needs)
        case .capabilityFunding: "financiamiento"
        case .capabilityTechnicalAssistance: "asistencia técnica"
        case .capabilityResearch: "investigación"
        case .capabilityTraining: "capacitación"
        case .capabilityLocalKnowledge: "conocimiento local"
        case .capabilityCommunityAccess: "acceso a comunidades"
        case .capabilityInfrastructure: "infraestructura"
        case .capabilityLogistics: "logística"
        case .capabilityData: "datos"
        case .capabilityTechnology: "tecnología"
        case .capabilityPolicyInfluence: "incidencia política"
        case .capabilityNetworks: "redes"
        case .capabilityVolunteers: "voluntariado"
        case .capabilityCommunication: "comunicación"
        case .capabilityLegitimacy: "legitimidad"
        // MARK: Counts (plurals)
        case .countActors: .plural(one: "1 actor", other: "{count} actores")
        case .countTies: .plural(one: "1 lazo", other: "{count} lazos")
        case .countProjects: .plural(one: "1 proyecto", other: "{count} proyectos")
        case .countComponents: .plural(one: "1 componente", other: "{count} componentes")
        case .countCommunities: .plural(one: "1 comunidad", other: "{count} comunidades")
        case .countWarnings: .plural(one: "1 advertencia", other: "{count} advertencias")
        case .countOrganisations: .plural(one: "1 organización", other: "{count} organizaciones")
        case .countActivities: .plural(one: "1 actividad", other: "{count} actividades")
        // MARK: Diagrams (render, report figures)
        case .diagramLegend: "Leyenda"
        case .diagramSectorColour: "Sector (color)"
        case .diagramLevelShape: "Nivel territorial (forma)"
        case .diagramTieKindLine: "Tipo de lazo (línea)"
        case .diagramNodeSize: "Tamaño del nodo"
        case .diagramLineWidth: "Grosor de línea: peso del lazo"
        case .diagramSource: "Fuente"
        case .diagramActors: "actores"
        case .diagramTiesInside: "lazos internos"
        case .diagramNoCountry: "Sin país"
        case .diagramSizeDegree: "grado (número de socios)"
        case .diagramSizeStrength: "fuerza (suma de pesos)"
        case .diagramSizeBetweenness: "intermediación"
        case .diagramSizePageRank: "PageRank"
        case .diagramSizeUniform: "uniforme"
        case .diagramTitleEgo: "En torno a {name}"
        case .diagramTitleSectors: "Sectores"
        case .diagramTitleLevels: "Niveles territoriales"
        case .diagramTitleSectorsLevels: "Sectores y niveles"
        case .diagramSourceMore: .plural(one: "{list} y 1 más", other: "{list} y {count} más")
        case .diagramFilterHidden: "{ties} y {actors} ocultos ({rule})"
        case .diagramRuleMinWeight: "peso menor que {weight}"
        case .diagramRuleTopTies:
            .plural(
                one: "solo se conserva el lazo más pesado",
                other: "solo se conservan los {count} lazos más pesados; a igual peso, primero los lazos entre actores "
                    + "con más socios, luego por nombre")
        case .diagramIsolatesHidden: "{actors} sin lazos ocultos"
        case .diagramNoteNoClusters: "el diseño {layout} no puede dibujar grupos; se dibuja sin --cluster-by {cluster}"
        case .diagramNoteLargeNetwork:
            "{count} actores: nombres solo de los {labelled} primeros por {measure} como máximo, diseño {layout}"
        case .diagramNoteLargeNetworkOverlap:
            .text(
                "{count} actores: nombres solo de los {labelled} primeros por {measure} como máximo, diseño {layout} "
                    + "sin solapamientos")
        case .diagramNoteLabelsFit:
            "nombres de los {labelled} primeros de {count} actores (a {points} pt o más al imprimir)"
        case .diagramLabelsTop:
            .plural(
                one: "nombre solo del primer actor por {measure}",
                other: "nombres solo de los {count} primeros actores por {measure}")
        case .diagramFocalActor: "Actor focal"
        case .countTiesInside: .plural(one: "1 lazo interno", other: "{count} lazos internos")
        // MARK: Interactive map
        case .mapLabel: "Mapa de la red"
        case .mapSearch: "Buscar actores"
        case .mapNoMatch: "Ningún actor coincide"
        case .mapZoomIn: "Acercar"
        case .mapZoomOut: "Alejar"
        case .mapWholeMap: "Mapa completo"
        case .mapFocus: "Enfocar la selección"
        case .mapFocusSteps: "Pasos"
        case .mapByYear: "Lazos de un año"
        case .mapYear: "Año"
        case .mapDownload: "Descargar esta vista como SVG"
        case .mapSectors: "Sectores"
        case .mapLevels: "Niveles territoriales"
        case .mapTieKinds: "Tipos de lazo"
        case .mapLegendHint: "Desmarque una entrada para ocultarla; al ocultar un actor se ocultan sus lazos."
        case .mapHelp:
            """
            Arrastre para mover; rueda o + y − para acercar o alejar; 0 para el mapa completo; flechas para \
            desplazarse. Pase sobre un actor o tóquelo para ver sus lazos; haga clic para ver su ficha.
            """
        case .mapClose: "Cerrar"
        case .mapIdentifier: "Identificador"
        case .mapSector: "Sector"
        case .mapLevel: "Nivel"
        case .mapTerritory: "Territorio"
        case .mapCountry: "País"
        case .mapOffers: "Ofrece"
        case .mapNeeds: "Necesita"
        case .mapCentrality: "Centralidad"
        case .mapBrokerage: "Papeles de intermediación (por sector)"
        case .mapNoBrokerage: "ningún papel de intermediación"
        case .mapProjects: "Proyectos"
        case .mapNoProjects: "ningún proyecto"
        // MARK: Workshop server (serve): its API, its messages and its page
        case .serveEditUnknownOperation: "edición {index}: `op` debe ser una de {operations}"
        case .serveEditUnknownActor: "ningún actor tiene el id `{id}`"
        case .serveEditUnknownProject: "ningún proyecto tiene el id `{id}`"
        case .serveEditUnknownTie: "no hay un lazo de `{from}` a `{to}`"
        case .serveEditFieldNotEditable: "el campo `{field}` no se puede cambiar aquí"
        case .serveEditMissingField: "`{operation}` necesita `{field}`"
        case .serveNothingToUndo: "no hay nada que deshacer"
        case .serveNothingToRedo: "no hay nada que rehacer"
        case .serveTokenRequired: "este mapa requiere el token de su dirección"
        case .serveForeignHost: "la solicitud debe nombrar a este computador como host"
        case .serveForeignOrigin: "solo se aceptan cambios desde la página del propio mapa"
        case .serveBodyTooLarge: "la solicitud supera los {limit} bytes"
        case .serveBadEditRequest: "el cuerpo debe ser un objeto JSON con una lista `edits`"
        case .serveNotFound: "aquí no hay nada: el mapa está en /"
        case .serveListening: "Sirviendo {file} en {url}"
        case .serveCreatedFile: "Se creó {file}"
        case .serveStopHint: "Presione Ctrl-C para detener; cada cambio ya está guardado."
        case .serveTokenNote:
            """
            Cualquier persona en esta red que tenga la dirección (con su token) puede editar el mapa.
            """
        case .serveUnsupportedFormat: "{file}: serve edita archivos de red YAML o JSON (.yaml, .yml, .json)"
        case .serveBadPort: "--port admite un número entero de 0 a 65535"
        case .serveCannotListen: "no se puede escuchar en {address}: {reason}"
        case .serveAddActor: "Escriba el nombre de un actor y presione Enter"
        case .serveDuplicate: "Ya está en el mapa: {name}"
        case .serveUndo: "Deshacer"
        case .serveRedo: "Rehacer"
        case .serveProjector: "Proyector"
        case .serveDownload: "Descargar"
        case .serveDiagramSVG: "Diagrama (SVG)"
        case .serveDiagramPDF: "Diagrama (PDF)"
        case .serveDiagramPNG: "Diagrama (PNG)"
        case .serveInteractiveMap: "Mapa interactivo"
        case .serveReport: "Informe"
        case .serveTieKind: "Tipo de lazo"
        case .serveTieWeight: "Intensidad"
        case .serveHelp:
            """
            Suelte cada actor en su sector y nivel, o mueva el seleccionado con las flechas. Arrastre desde \
            el punto de un actor hasta otro actor para trazar un lazo; Esc cancela.
            """
        case .serveInfluence: "Influencia (0–10)"
        case .serveRoles: "Roles"
        case .serveMotivation: "Motivación"
        case .serveListHint: "separados por ;"
        case .serveRemoveActor: "Quitar actor"
        case .serveRemoveTie: "Quitar lazo"
        case .serveKeyActors: "Actores clave"
        case .serveBrokers: "Intermediarios entre sectores"
        case .serveIsolates: "Actores aislados"
        case .serveSectorLevel: "Sector × nivel"
        case .serveSuggestions: "Lazos que podrían faltar"
        case .serveNone: "ninguno"
        case .serveExternalChange: "El archivo se cambió fuera del mapa."
        case .serveReload: "Cargarlo"
        case .serveConflict: "Otra persona cambió {fields} al mismo tiempo; se conservó el cambio posterior."
        case .serveSetupTitle: "¿Qué pregunta responde este mapa?"
        case .serveSetupName: "Nombre del mapa"
        case .serveSetupLanguage: "Idioma"
        case .serveSetupStart: "Comenzar"
        case .serveOffline: "Se perdió la conexión; reintentando…"
        case .serveSaved: "Guardado: versión {version}"
        case .serveActorPanel: "Actor"
        case .serveAddTie: "Agregar el lazo"
        case .serveName: "Nombre"
        // MARK: Workshop server (serve): the projects panel of its page
        case .serveProjects: "Proyectos"
        case .serveAddProject: "Proyecto nuevo: nombre y Enter"
        case .serveNoProjects: "Todavía no hay proyectos."
        case .serveRemoveProject: "Quitar proyecto"
        case .serveObjective: "Objetivo"
        case .serveProjectStart: "Inicio"
        case .serveProjectEnd: "Término"
        case .serveDateHint: "AAAA-MM-DD"
        case .serveLead: "Liderazgo"
        case .serveMembers: "Integrantes"
        case .serveAddMember: "Agregar integrante: escriba un nombre"
        case .servePickOnBoard: "Elegir en el mapa"
        case .servePickHint:
            "Haga clic en los actores del mapa (o tóquelos) para agregarlos al proyecto; Esc para terminar."
        case .serveNoMatch: "Ningún actor del mapa se llama así."
        case .serveAlreadyMember: "{name} ya forma parte de este proyecto."
        case .serveRemoveMember: "Quitar a {name} del proyecto"
        case .serveRole: "Rol en el proyecto"
        case .serveAddContribution: "Agregar aporte:"
        case .serveMoney: "Dinero"
        case .serveAmount: "Monto"
        case .serveCurrency: "Moneda"
        case .serveWork: "Trabajo"
        case .serveWorkHint: "días-persona"
        case .serveInKind: "En especie"
        case .serveInKindHint: "qué: vehículos, un local, semillas…"
        case .serveRemoveContribution: "Quitar este aporte"
        // MARK: Workshop server: Net-Map goals, stance and tidy (serve)
        case .serveGoals: "Objetivos del mapa"
        case .serveGoalsHint: "un objetivo por línea"
        case .serveStance: "Postura ante los objetivos"
        case .serveStanceFor: "+ a favor"
        case .serveStanceAgainst: "− en contra"
        case .serveStanceNeutral: "neutral"
        case .serveStanceUnset: "sin preguntar"
        case .serveTidy: "Ordenar"
        case .serveGoal: "Objetivo"
        case .serveAddGoal: "Escriba un objetivo y presione Enter"
        case .serveRemoveGoal: "Quitar el objetivo {n} (con las posturas ante él)"
        case .serveStanceShown: "Mostrar en el mapa la postura de cada actor ante"
        case .serveStanceHidden: "(ningún objetivo)"

        // MARK: Workshop server API: wrong methods and field types (serve; found by the API fuzzer)
        case .serveMethodNotAllowed: "esta dirección solo responde a {method}"
        case .serveBadEditRequestTypes:
            "en el cuerpo, `base` debe ser un número entero (una versión) y `client`, un texto"
        case .serveEditMemberNotText: "edición {index}: `{field}` debe ser un texto"
        case .serveEditMemberNotObject: "edición {index}: `{field}` debe ser un objeto ({…})"

        // MARK: Report (report verb, HTML and Markdown)
        case .reportTitle: "Informe de la red de cooperación multiactor"
        case .reportSource: "Fuente"
        case .reportGenerated: "Generado"
        case .reportActors: "Actores"
        case .reportTies: "lazos"
        case .reportProjects: "proyectos"
        case .reportComposition: "Composición"
        case .reportCompositionIntro: "Actores por sector y nivel territorial, y lazos por tipo."
        case .reportSectorLevel: "Sector \\ nivel"
        case .reportTotal: "Total"
        case .reportTieKind: "Tipo de lazo"
        case .reportCount: "Cantidad"
        case .reportDiagrams: "Diagramas"
        case .reportDiagramWhole: "La red completa"
        case .reportDiagramLeftOut: "Diagrama «{title}» omitido: {reason}"
        case .reportDiagramAggregate: "Sectores y niveles (vista agregada)"
        case .reportDiagramEgo: "En torno a {name}"
        case .reportKeyActors: "Actores clave"
        case .reportKeyActorsIntro:
            """
            Ordenados por grado (número de socios); a igual grado, por fuerza (suma de los pesos de sus lazos) y \
            luego por nombre. Se muestran los {shown} primeros de los {ranked} actores con al menos un lazo; los \
            actores sin lazos no se ordenan.
            """
        case .reportActor: "Actor"
        case .reportSector: "Sector"
        case .reportLevel: "Nivel"
        case .reportDegree: "Grado"
        case .reportBetweenness: "Intermediación"
        case .reportPageRank: "PageRank"
        case .reportBrokers: "Intermediarios y agujeros estructurales"
        case .reportBrokersIntro:
            """
            Roles de intermediación de Gould–Fernandez por sector, y restricción de Burt (baja = cubre agujeros \
            estructurales). Ordenados por número de roles y luego como los actores clave.
            """
        case .reportRoleCoordinator: "Coordinador"
        case .reportRoleItinerant: "Itinerante"
        case .reportRoleRepresentative: "Representante"
        case .reportRoleGatekeeper: "Guardián"
        case .reportRoleLiaison: "Enlace"
        case .reportConstraint: "Restricción"
        case .reportEffectiveSize: "Tamaño efectivo"
        case .reportMixing: "Mezcla"
        case .reportMixingIntro:
            """
            Índice E-I: −1 si todos los lazos quedan dentro de los grupos, +1 si todos los \
            cruzan. Asortatividad mayor que 0: los lazos quedan dentro de los grupos más que \
            por azar.
            """
        case .reportBySector: "Por sector"
        case .reportByLevel: "Por nivel"
        case .reportEIIndex: "Índice E-I"
        case .reportAssortativity: "Asortatividad"
        case .reportMatrix: "Lazos entre sectores"
        case .reportCommunities: "Comunidades"
        case .reportCommunitiesIntro: "Grupos de actores más vinculados entre sí que con el resto (Louvain)."
        case .reportModularity: "Modularidad"
        case .reportCommunity: "Comunidad"
        case .reportMembers: "Miembros"
        case .reportPartners: "Socios complementarios"
        case .reportPartnersIntro:
            """
            Pares aún sin vínculo cuyas ofertas responden a las necesidades del otro, entre \
            sectores y niveles.
            """
        case .reportPair: "Par"
        case .reportScore: "Puntaje"
        case .reportReasons: "Razones"
        case .reportProjectsHeading: "Proyectos y la definición multiactor"
        case .reportProjectsIntro:
            """
            El seminario de Santiago 2018 define la cooperación multiactor por dos o más actores, al menos uno de \
            ellos público; dos o más sectores; dos o más niveles territoriales; aportes (en dinero, trabajo o \
            especie) y un acuerdo institucional.
            """
        case .reportProject: "Proyecto"
        case .reportContributions: "Aportes"
        case .reportAgreement: "Acuerdo"
        case .reportQuality: "Perfil de calidad de la cooperación"
        case .reportQualityIntro:
            """
            Cada indicador va de 0 a 1; más alto = más de la cualidad. Los datos faltantes \
            se indican, no se suponen.
            """
        case .reportQualityColumn: "Cualidad"
        case .reportIndicator: "Indicador"
        case .reportValue: "Valor"
        case .reportReading: "Lectura"
        case .reportMethods: "Métodos"
        case .reportSortHint: "Haga clic en un encabezado para ordenar."
        case .reportMethodWeights:
            """
            Peso de un lazo = fuerza (mayor = más cercano). Las medidas de caminos usan \
            distancia = 1/peso; vector propio y PageRank usan el peso.
            """
        case .reportMethodDegree:
            """
            Grado: número de socios (de 0 a n − 1); fuerza: suma de los pesos de los lazos de un actor. \
            Intermediación (Freeman 1977; algoritmo de Brandes 2001), normalizada como NetworkX (de 0 a 1).
            """
        case .reportMethodCloseness:
            """
            Cercanía con la corrección de Wasserman–Faust; centralidad armónica; PageRank \
            con α = 0,85 (Brin y Page 1998).
            """
        case .reportMethodBrokerage:
            """
            Roles de intermediación de Gould y Fernandez (1989), por sector; restricción \
            y tamaño efectivo de Burt (1992).
            """
        case .reportMethodMixing: "Índice E-I de Krackhardt y Stern (1988); asortatividad nominal de Newman (2003)."
        case .reportMethodCommunities:
            """
            Comunidades por el método de Louvain (Blondel et al. 2008), semilla 1; \
            modularidad de Newman y Girvan (2004).
            """
        case .reportMethodPartners:
            """
            Socios complementarios: capacidad (cobertura mutua de necesidades), diversidad \
            (sector y nivel) y proximidad (Adamic–Adar y vinculación preferencial, las señales \
            que anticiparon los vínculos formados en los datos de la IATI).
            """
        case .reportMethodQuality:
            """
            Perfil de calidad: indicadores propuestos a partir del seminario de Santiago \
            2018 (AGCI) sobre cooperación multiactor.
            """
        case .reportDiagramsIntro:
            """
            Todos los diagramas se dibujan para la misma página (A4 horizontal) y se muestran con el mismo ancho, de \
            modo que los tamaños se pueden comparar de una figura a otra. Los actores sin lazos quedan fuera de los \
            diagramas.
            """
        case .reportFigureIsolatesLeftOut:
            .plural(
                one: "Este diagrama deja fuera 1 actor sin lazos (aislado).",
                other: "Este diagrama deja fuera {count} actores sin lazos (aislados).")
        case .reportRank: "#"
        case .reportStrength: "Fuerza"
        case .reportSectors: "Sectores"
        case .reportLevels: "Niveles"
        case .reportWithRange: "{name} ({range})"
        case .reportRange: "Rango"
        case .reportMeaning: "Qué indica"
        case .reportNetworkIndicators: "La red en su conjunto"
        case .reportDensity: "Densidad"
        case .reportDensityMeaning: "Proporción de todos los lazos posibles que existen."
        case .reportDegreeCentralization: "Centralización de grado"
        case .reportDegreeCentralizationMeaning:
            """
            0: todos los actores igual de conectados; 1: una estrella, todos los lazos pasan por un actor.
            """
        case .reportComponents: "Componentes"
        case .reportComponentsMeaning: "Partes de la red sin lazos entre sí; 1 cuando todos están conectados."
        case .reportCriterion: "Criterio"
        case .reportProjectsMeeting: "Proyectos que lo cumplen"
        case .reportProjectsMissing: "Proyectos que no lo cumplen"
        case .reportProjectsMeetAll:
            .plural(
                one: "{count} de {total} proyectos cumple todos los criterios de la definición.",
                other: "{count} de {total} proyectos cumplen todos los criterios de la definición.")
        case .reportProjectsNoContributionsRecorded:
            """
            Ningún proyecto registra aportes: puede que el archivo simplemente no los recoja; eso no muestra que los \
            proyectos carezcan de ellos.
            """
        case .reportProjectsNoAgreementRecorded:
            """
            Ningún proyecto registra un acuerdo institucional: puede que el archivo simplemente no los recoja; eso \
            no muestra que los proyectos carezcan de él.
            """
        case .reportProjectsMeetRecorded:
            .plural(
                one: "Sin contar lo que el archivo no registra, {count} de {total} proyectos cumple los demás "
                    + "criterios.",
                other: "Sin contar lo que el archivo no registra, {count} de {total} proyectos cumplen los demás "
                    + "criterios.")
        case .reportCriterionTwoActors: "dos o más actores"
        case .reportCriterionPublicActor: "al menos un actor público"
        case .reportCriterionTwoSectors: "dos o más sectores"
        case .reportCriterionTwoLevels: "dos o más niveles territoriales"
        case .reportCriterionContributions: "aportes registrados (dinero, trabajo o en especie)"
        case .reportCriterionAgreement: "un acuerdo institucional"
        case .reportProjectsTable: .plural(one: "El proyecto en detalle", other: "Los {count} proyectos uno por uno")
        case .reportMissingCriteria: "Criterios que no cumple"
        case .reportDataQualityIntro:
            """
            Hasta dónde se puede confiar en los datos: lo que el archivo deja sin especificar o en duda, y qué parte \
            de la red afecta.
            """
        case .reportCountOfTotal: "{count} de {total} ({share}\u{A0}%)"
        case .reportQualityUnspecifiedSector: "Actores sin sector especificado"
        case .reportQualityUnspecifiedSectorMeaning:
            """
            No pertenecen a ningún grupo de sector: los resultados por sector (mezcla, intermediarios, la vista por \
            sector y nivel) los dejan fuera.
            """
        case .reportQualityUnspecifiedLevel: "Actores sin nivel territorial especificado"
        case .reportQualityUnspecifiedLevelMeaning:
            """
            No pertenecen a ningún nivel: los resultados por nivel y el criterio multinivel de los proyectos los \
            dejan fuera.
            """
        case .reportQualityIsolates: "Aislados (actores sin lazos)"
        case .reportQualityIsolatesMeaning:
            """
            Figuran en el archivo pero no tienen lazos con nadie: quedan fuera de los diagramas y de los actores \
            clave.
            """
        case .reportQualityDuplicates: "Posibles duplicados (importación)"
        case .reportQualityDuplicatesMeaning:
            """
            Pares de organizaciones que la importación encontró parecidas pero no fusionó; cada par puede ser un \
            mismo actor contado dos veces.
            """
        case .reportQualityPseudo: "Seudoorganizaciones descartadas (importación)"
        case .reportQualityPseudoMeaning:
            """
            Entradas que no nombran una organización real (como «varios» o «por definir») y que la importación \
            eliminó.
            """
        case .reportQualityMerged: "Actores fusionados de varias identidades IATI"
        case .reportQualityMergedMeaning:
            """
            Organizaciones que la importación encontró con varios nombres o referencias y contó una sola vez.
            """
        case .reportQualityClassifiedBy: "Cómo se asignaron los sectores (importación)"
        case .reportQualityClassifiedByMeaning:
            """
            Actores según la fuente de su sector, de la evidencia más firme a la más débil.
            """
        // MARK: Cooperation qualities and indicators (profile, report)
        case .qualityHorizontality: "Horizontalidad"
        case .qualityMutualBenefit: "Beneficio mutuo"
        case .qualityRecipientLeadership: "Liderazgo del receptor"
        case .qualityEffectivenessEfficiency: "Eficacia y eficiencia"
        case .qualityMutualResponsibility: "Mutua responsabilidad"
        case .indicatorDegreeCentralization: "1 − centralización de grado"
        case .indicatorLeadershipRotation: "rotación del liderazgo"
        case .indicatorReciprocity: "reciprocidad"
        case .indicatorMutualNeedCoverage: "cobertura mutua de necesidades"
        case .indicatorProjectsLedLocally: "proyectos liderados localmente"
        case .indicatorLocalShareOfCentrality: "participación local en la centralidad"
        case .indicatorGlobalEfficiency: "eficiencia global"
        case .indicatorMeanBurtEfficiency: "eficiencia media de Burt"
        case .indicatorSharedContributions: "aportes compartidos"
        case .indicatorContributionDiversity: "diversidad de aportes"
        case .readingHorizontality:
            """
            1 = lazos repartidos por igual; 0 = una estrella en torno a un actor. Aquí \
            {percent}.
            """
        case .readingLeadershipRotation:
            """
            Proporción de proyectos con un líder distinto: 1 = cada proyecto tiene su \
            propio líder.
            """
        case .readingReciprocity: "Proporción de lazos dirigidos correspondidos."
        case .readingMutualNeedCoverage:
            """
            Proporción de socios vinculados en que cada uno ofrece algo que el otro \
            necesita: {mutual} de {described}.
            """
        case .readingProjectsLedLocally: "Proporción de proyectos liderados por actores locales o regionales."
        case .readingLocalShareOfCentrality:
            """
            Parte de los lazos de actores locales y regionales frente a los \
            internacionales.
            """
        case .readingGlobalEfficiency:
            """
            Facilidad con que cada actor llega a cualquier otro (Latora–Marchiori, \
            distancias 1/peso), relativa a la red ideal en que cada par tiene un lazo \
            tan fuerte como el más fuerte: 1 = esa red.
            """
        case .readingGlobalEfficiencyEstimated: " Estimada desde {sources} de {actors} actores como origen (semilla 1)."
        case .readingMeanBurtEfficiency: "Proporción media de socios no redundantes (tamaño efectivo / grado)."
        case .readingSharedContributions: "Proporción de proyectos con aportes de dos o más actores."
        case .readingContributionDiversity:
            """
            Proporción media de tipos de aporte (dinero, trabajo, especie) por \
            proyecto.
            """
        case .readingNeedsThreeActors: "datos insuficientes: se necesitan 3 actores y lazos"
        case .readingNeedsTwoLedProjects: "datos insuficientes: se necesitan 2 proyectos con líder"
        case .readingUndirected: "no aplica: los lazos no tienen dirección"
        case .readingNoDescribedPair: "datos insuficientes: ningún par vinculado tiene ofertas y necesidades"
        case .readingNoLeadLevel: "datos insuficientes: ningún líder con nivel conocido"
        case .readingNoLevelledTies: "datos insuficientes: sin actores locales, regionales o internacionales con lazos"
        case .readingNoTies: "datos insuficientes: sin lazos"
        case .readingNoContributions: "datos insuficientes: ningún proyecto registra aportes"
        case .dataNeededTies: "lazos"
        case .dataNeededLedProjects: "proyectos con líder"
        case .dataNeededDirectedTies: "lazos dirigidos"
        case .dataNeededOffersNeeds: "ofertas y necesidades de actores vinculados"
        case .dataNeededLeadLevels: "líderes de proyecto con nivel"
        case .dataNeededActorLevels: "niveles de los actores"
        case .dataNeededContributions: "aportes de los miembros de proyectos"
        // MARK: Partner reasons (partners, report)
        case .partnerOffersNeeded: "{giver} ofrece {capability}, que {taker} necesita"
        case .partnerOffers: "{giver} ofrece {capability}"
        case .partnerCommonPartners: .plural(one: "1 socio en común: {list}", other: "{count} socios en común: {list}")
        case .partnerBridgesCommunities: "uniría dos comunidades distintas de la red"
        case .partnerNetworkPartners: .plural(one: "1 socio en la red", other: "{count} socios en la red")
        case .partnerContrast: "{a} ↔ {b}"
        // MARK: Partner backtest (partners --backtest): baseline names, table, messages
        case .baselineCommonNeighbours: "vecinos comunes"
        case .baselineJaccard: "Jaccard"
        case .baselineAdamicAdar: "Adamic–Adar"
        case .baselineResourceAllocation: "asignación de recursos"
        case .baselinePreferentialAttachment: "vinculación preferencial"
        case .backtestActorNetScore: "puntaje de actornet"
        case .backtestRandom: "orden al azar (proporción que se formó)"
        case .backtestRanking: "ordenamiento"
        case .backtestPrecision: "precisión@{k}"
        case .backtestRecall: "exhaustividad@{k}"
        case .backtestAveragePrecision: "precisión promedio"
        case .backtestHeading:
            """
            Prueba retrospectiva de las sugerencias de socios: la red hasta {year}, contrastada \
            con los vínculos formados después
            """
        case .backtestCandidates: "pares candidatos (ambos actores presentes en {year}, aún sin vínculo): {count}"
        case .backtestPositives: "pares candidatos que formaron un vínculo después de {year}: {count}"
        case .backtestNoPositives:
            """
            Ningún par candidato formó un vínculo después de {year}: la precisión, la \
            exhaustividad y la precisión promedio no están definidas (—).
            """
        case .backtestNoDates:
            """
            {file}: ningún vínculo ni proyecto tiene año de inicio, así que no hay nada que \
            probar retrospectivamente.
            """
        case .cliBacktestNeedsUntil: "--backtest necesita --until AÑO (el último año de la red que ordena)"
        case .cliBacktestOnly: "{option} solo se usa con --backtest"
        case .cliBacktestExcludes: "--backtest ordena todos los pares candidatos: no se puede combinar con {option}"
        // MARK: Verb tables and lines (every analysis verb, validate)
        case .infoDensity: "densidad {value}"
        case .infoSectorLevel: "sector \\ nivel"
        case .infoTotal: "total"
        case .infoActorsBySectorLevel: "Actores por sector × nivel"
        case .infoTieKind: "tipo de lazo"
        case .infoTies: "lazos"
        case .infoTiesByKind: "Lazos por tipo"
        case .qualityHeading: "Calidad de los datos"
        case .qualityUnspecified:
            """
            {sector} de {actors} actores sin sector ({sectorShare} %), {level} sin nivel ({levelShare} %)
            """
        case .qualityIsolates:
            .plural(
                one: "1 aislado (un actor sin lazos)", other: "{count} aislados (actores sin lazos)")
        case .qualityClassifiedBy: "clasificados por {sources}"
        case .qualityMergedGroups:
            .plural(
                one: "1 actor fusionado de varias identidades IATI",
                other: "{count} actores fusionados de varias identidades IATI")
        case .qualityImportFiles:
            """
            importación {importer} de {files}: actividades leídas {activities}, conservadas {kept}
            """
        case .qualityImportReview:
            """
            grupos de posibles duplicados por revisar: {candidates}; menciones de pseudoorganizaciones \
            descartadas: {pseudo}
            """
        case .qualityImportLeftOut:
            """
            organizaciones excluidas al importar: organizaciones informantes {reporting}, con --drop {dropped}
            """
        case .qualityWarningSector:
            """
            el {share} % de los actores ({count} de {actors}) no tiene sector especificado; los resultados por \
            sector dicen poco de ellos
            """
        case .qualityWarningLevel:
            """
            el {share} % de los actores ({count} de {actors}) no tiene nivel especificado; los resultados por \
            nivel dicen poco de ellos
            """
        case .analyzeDirected: "dirigida"
        case .analyzeUndirected: "no dirigida"
        case .analyzeWeighted: "ponderada"
        case .analyzeUnweighted: "no ponderada"
        case .analyzeTitle: "{network} ({mode}) — primeros {top} de {total} por {measure}"
        case .analyzeRank: "#"
        case .analyzeID: "id"
        case .analyzeName: "nombre"
        case .analyzeSector: "sector"
        case .analyzeLevel: "nivel"
        case .analyzeNetwork: "Red"
        case .measureDegree: "grado"
        case .measureInDegree: "grado de entrada"
        case .measureOutDegree: "grado de salida"
        case .measureStrength: "fuerza"
        case .measureDegreeCentrality: "centralidad de grado"
        case .measureBetweenness: "intermediación"
        case .measureCloseness: "cercanía"
        case .measureHarmonic: "armónica"
        case .measureEigenvector: "vector propio"
        case .measurePageRank: "pagerank"
        case .networkMeasureActors: "actores"
        case .networkMeasureTies: "lazos"
        case .networkMeasureDensity: "densidad"
        case .networkMeasureReciprocity: "reciprocidad"
        case .networkMeasureComponents: "componentes"
        case .networkMeasureLargestComponent: "componente mayor"
        case .networkMeasureDegreeCentralization: "centralización de grado"
        case .networkMeasureBetweennessCentralization: "centralización de intermediación"
        case .networkMeasureClosenessCentralization: "centralización de cercanía"
        case .networkMeasureAveragePathLength: "longitud media de caminos"
        case .networkMeasureDiameter: "diámetro"
        case .networkMeasureGlobalEfficiency: "eficiencia global"
        case .centralityWarningSampled:
            """

            medidas de caminos estimadas desde {sources} de {actors} orígenes (semilla {seed})
            """
        case .centralityWarningEigenvector:
            """
            la centralidad de vector propio no convergió en {iterations} iteraciones ({why}); se informa null — \
            use pagerank
            """
        case .centralityWhyDirected: "frecuente en redes dirigidas acíclicas o periódicas"
        case .centralityWhyUndirected:
            """
            los dos mayores valores propios son casi iguales, como cuando partes de fuerza similar solo se unen \
            por lazos muy débiles, y los puntajes apenas quedan determinados
            """
        case .centralityWarningPageRank: "pagerank no convergió en {iterations} iteraciones"
        case .tableActor: "actor"
        case .brokersCoordinator: "coordinador"
        case .brokersItinerant: "itinerante"
        case .brokersRepresentative: "representante"
        case .brokersGatekeeper: "guardián"
        case .brokersLiaison: "enlace"
        case .brokersTotal: "total"
        case .brokersZTotal: "z total"
        case .brokersConstraint: "restricción"
        case .brokersEffectiveSize: "tamaño efectivo"
        case .brokersEfficiency: "eficiencia"
        case .brokersTitleBySector: "Intermediación por sector"
        case .brokersTitleByLevel: "Intermediación por nivel"
        case .communitiesModularity: "Modularidad"
        case .communitiesCommunities: "comunidades"
        case .mixingEIIndex: "Índice E-I"
        case .mixingAssortativity: "asortatividad"
        case .mixingGroup: "grupo"
        case .mixingInternal: "internos"
        case .mixingExternal: "externos"
        case .mixingEI: "E-I"
        case .mixingTiesBetweenGroups: "Lazos entre grupos"
        case .partnersScore: "puntaje"
        case .partnersCapability: "capacidad"
        case .partnersDiversity: "diversidad"
        case .partnersProximity: "proximidad"
        case .partnersReasons: "razones"
        case .partnersNoProvider: "Ningún actor ofrece {need}."
        case .profileQuality: "cualidad"
        case .profileIndicator: "indicador"
        case .profileValue: "valor"
        case .profileReading: "lectura"
        case .projectsProject: "proyecto"
        case .projectsActors: "actores"
        case .projectsSectors: "sectores"
        case .projectsLevels: "niveles"
        case .projectsPublic: "público"
        case .projectsMultiActor: "multiactor"
        case .projectsMultiLevel: "multinivel"
        case .projectsLeadLevel: "nivel del líder"
        case .projectsContributions: "aportes"
        case .projectsAgreement: "acuerdo"
        case .noUntiedPairToSuggest: "No hay pares sin vínculo para sugerir."
        case .networkHasNoProjects: "La red no tiene proyectos."
        case .wordYes: "sí"
        case .wordNo: "no"
        case .numberDecimalSeparator: ","
        case .validateValid: "{file}: válida: {actors}, {ties}, {projects}"
        // MARK: Estimated path measures (analyze --epsilon, report on large networks)
        case .centralityWarningEstimatedBetweenness:
            """
            intermediación estimada a partir de {samples} caminos mínimos muestreados (KADABRA, semilla {seed}): \
            cada valor dista menos de {epsilon} del exacto con probabilidad de al menos {confidence}
            """
        case .analyzeEstimatedBetweenness:
            """
            La intermediación es una estimación: a menos de ±{epsilon} del valor exacto para cada actor con \
            probabilidad ≥ {confidence} ({samples} caminos mínimos muestreados, KADABRA, semilla {seed}).
            """
        case .reportEstimatedNote:
            """
            Con {actors} actores, la intermediación se estima muestreando {samples} caminos mínimos (KADABRA): \
            el valor de cada actor dista menos de {epsilon} del exacto con una probabilidad de al menos \
            {confidence}. La cercanía se estima desde {sources} de los actores como origen (semilla 1), como con \
            `analyze --sample`.
            """
        case .cliOpenUnitInterval: "{option} requiere un número estrictamente entre 0 y 1"
        case .cliExactWithEstimate: "--exact no se puede combinar con --epsilon ni con --sample"
        // MARK: Importer (import-iati)
        case .importDescription:
            .plural(
                one: "Red de alianzas importada de datos de actividades IATI (1 actividad).",
                other: "Red de alianzas importada de datos de actividades IATI ({count} actividades).")
        case .importSource:
            """
            Archivos de actividades IATI: {files}; publicadores: {publishers}; generado el {date} \
            por actornet import-iati
            """
        case .importSummary:
            """
            import-iati: {activities} actividades leídas, {kept} conservadas; {organisations} \
            organizaciones, {ties} lazos, {projects} proyectos
            """
        case .importEmptyRef: "ref vacía (identificada por nombre y país)"
        case .importNoRefOrName: "organización sin ref ni nombre (descartada)"
        case .importPseudoOrganisation: "pseudoorganización"
        case .importFlowWithoutReceiver: "desembolso o gasto sin receptor (omitido)"
        case .importSelfFlow: "flujo hacia sí mismo (descartado)"
        case .importConflictingTypes: "tipos de organización en conflicto (se usa la mayoría)"
        case .importNameOnly: "organización solo con nombre"
        case .importNonPositiveFlow: "flujo con total no positivo (descartado)"
        case .importPlaceholderRef: "ref de relleno (no identifica a nadie)"
        case .importCategoryRef: "código de categoría de canal CRS usado como ref (no identifica a nadie)"
        case .importExamples: "p. ej. {examples}"
        case .importQualityUnspecified:
            """
            calidad: {sector} de {actors} actores sin sector ({sectorShare} %), {level} sin nivel ({levelShare} %)
            """
        case .importQualityIdentity:
            """
            calidad: {merged} grupos fusionados, {candidates} grupos candidatos por revisar, {pseudo} \
            pseudoorganizaciones descartadas, {isolates} aislados
            """
        case .importQualityClassifiedBy: "calidad: clasificados por {sources}"
        case .importTieNote: .plural(one: "1 actividad IATI compartida", other: "{count} actividades IATI compartidas")
        case .importTieNoteYears:
            .plural(
                one: "1 actividad IATI compartida, {years}",
                other: "{count} actividades IATI compartidas, {years}")
        case .importNetworkName: "IATI — {publishers}, {countries}"
        case .importNameMore: "{count} más"
        case .importSecondaryPublisher:
            """
            {name} publica actividades pero no participa en ninguna (¿publicador secundario?): exclúyalo con \
            --exclude-reporting-org
            """
        case .importDropped: "excluidos: {names}"
        case .importDuplicatesWritten:
            """
            {count} probables duplicados en {groups} grupos escritos en {file}: complete `decision` y pase el \
            archivo a --aliases
            """
        case .themeEducation: "educación"
        case .themeHealth: "salud"
        case .themeWaterSanitation: "agua y saneamiento"
        case .themeGovernance: "gobernanza"
        case .themePeacebuilding: "construcción de paz"
        case .themeSocialProtection: "protección social"
        case .themeEnergy: "energía"
        case .themeFinancialServices: "servicios financieros"
        case .themeEconomicDevelopment: "desarrollo económico"
        case .themeAgriculture: "agricultura"
        case .themeEnvironment: "medio ambiente"
        case .themeFoodSecurity: "seguridad alimentaria"
        case .themeHumanitarianAid: "ayuda humanitaria"
        // MARK: Validation and input messages (every loader)
        case .diagnosticError: "error"
        case .diagnosticWarning: "advertencia"
        case .validationUnknownValue: "campo `{field}`: valor desconocido `{value}`; se aceptan: {accepted}"
        case .validationClosest: " (más cercano: `{closest}`)"
        case .validationDuplicateKeyLanguages:
            """
            el campo `{field}` aparece dos veces en un mismo {record}, como \
            `{first}` y `{second}`
            """
        case .validationFieldTwice: "el campo `{field}` aparece dos veces en un mismo {record}"
        case .validationUnknownField: "campo de {record} desconocido `{field}` ignorado"
        case .validationDidYouMean: " (¿quiso decir `{suggestion}`?)"
        case .validationEmptyFile: "archivo vacío: se esperaba una red con `actors`"
        case .validationNoActorsNoTies: "la red no tiene `actors` ni `ties`"
        case .validationNoTieRows: "sin lazos: el archivo tiene encabezado pero ninguna fila"
        case .validationUnknownFileType:
            """

            tipo de archivo desconocido `.{extension}`; use .yaml, .yml, .json, .csv, .graphml, .gexf o .xlsx
            """
        case .validationActorsTakesCSV: "--actors requiere un archivo CSV"
        case .csvEncodingAssumed: "no es texto UTF-8: se leyó como {encoding}; revise las tildes o guárdelo como UTF-8"
        case .csvUnknownColumn: "columna desconocida `{column}`: se conserva como atributo"
        case .validationExpectedValue: "campo `{field}`: se esperaba un valor, se encontró {found}"
        case .validationExpectedList: "campo `{field}`: se esperaba una lista, se encontró {found}"
        case .validationExpectedBool: "campo `{field}`: se esperaba true o false, se encontró `{value}`"
        case .validationExpectedAmount: "campo `{field}`: se esperaba un número finito ≥ 0, se encontró `{value}`"
        case .validationExpectedCount: "campo `{field}`: se esperaba un número entero ≥ 0, se encontró `{value}`"
        case .validationExpectedCountry:
            """
            campo `country`: se esperaba un código ISO 3166-1 alfa-2 como CL o PE, se \
            encontró `{value}`
            """
        case .validationExpectedDate:
            """
            campo `{field}`: se esperaba una fecha AAAA, AAAA-MM o AAAA-MM-DD, se \
            encontró `{value}`
            """
        case .validationExpectedSDGs: "campo `sdgs`: se esperaban números enteros de 1 a 17"
        case .validationEmptyID: "un {record} tiene el `id` vacío"
        case .validationWhatTieField: "el campo `{field}` del lazo"
        case .validationWhatProjectLead: "el campo `lead` del proyecto `{project}`"
        case .validationWhatProjectMember: "un miembro del proyecto `{project}`"
        case .validationEmptyMember: "el proyecto `{project}` tiene un miembro con `actor` vacío"
        case .validationDuplicateTie: "lazo duplicado `{from}` – `{to}` ({kind})"
        case .validationDuplicateID: "id de {record} duplicado `{id}` (definido primero en {location})"
        case .validationUnknownActor: "{what} nombra un actor desconocido `{id}`"
        case .validationEmptyTieEnd: "un lazo tiene `{field}` vacío"
        case .validationUnknownProject: "el lazo nombra un proyecto desconocido `{project}`"
        case .validationSelfLoop: "lazo de `{id}` consigo mismo descartado"
        case .validationIsolatedActor: "actor aislado `{id}`: sin lazos"
        case .validationDuplicateTieMerged: "{tie} fusionado sumando pesos, ahora {weight}"
        case .validationSummedWeightTooLarge:
            """
            {tie}: el peso sumado {sum} supera 1e250, el mayor peso aceptado (las fuerzas y el peso total de la \
            red deben ser finitos)
            """
        case .validationSDGRange: "proyecto `{project}`: el ODS {goal} está fuera de 1–17"
        case .validationNotANumber: "campo `{field}`: `{value}` no es un número"
        case .validationNotFinite: "campo `{field}`: `{value}` no es finito; los pesos deben ser números finitos > 0"
        case .validationNotPositive: "campo `{field}`: `{value}` no es > 0; el peso es la fuerza del lazo"
        case .recordNetwork: "red"
        case .recordActor: "actor"
        case .recordTie: "lazo"
        case .recordProject: "proyecto"
        case .recordMember: "miembro"
        case .recordContributions: "aportes"
        case .recordImport: "registro de importación"
        // MARK: Net-Map attributes (influence tower, stance per goal; every loader)
        case .validationInfluenceRange: "atributo `influence`: `{value}` no es un número entero de 0 a 10"
        case .validationStanceUnknownGoal:
            """
            atributo `{attribute}`: el mapa no tiene un objetivo {goal} (tiene {count}); los objetivos se \
            numeran desde 1; se conserva tal cual
            """
        case .validationStanceValue:
            "atributo `{attribute}`: `{value}` no es una postura; escriba +, - o 0 (neutral)"

        // MARK: Spreadsheets (.xlsx reading and writing; column names of every spreadsheet actornet writes)
        case .xlsxNotWorkbook: "no es un libro .xlsx: el archivo no es un archivo zip o está truncado"
        case .xlsxLegacyOrEncrypted:
            """
            es un libro de Excel 97–2003 (.xls) o protegido con contraseña, no un .xlsx: guárdelo en Excel como \
            .xlsx sin contraseña
            """
        case .xlsxNotText: "un libro .xlsx se lee desde su archivo, no como texto"
        case .xlsxMissingPart: "al libro le falta la parte `{part}`: está dañado o no es un libro de Excel"
        case .xlsxDamagedPart: "la parte `{part}` del libro está dañada ({reason})"
        case .xlsxPartTooLarge: "la parte `{part}` ocupa más de {limit} bytes al descomprimirla, el límite"
        case .xlsxMalformedXML: "XML mal formado en la parte `{part}`, línea {line}: {reason}"
        case .xlsxNoSheets: "el libro no tiene ninguna hoja que leer"
        case .xlsxNoSuchSheet: "no hay ninguna hoja llamada `{sheet}`; las hojas son {sheets}"
        case .xlsxNoTiesSheet:
            """
            ¿qué hoja contiene los lazos? Indíquela con --sheet o dele un nombre de lazos ({names}…); las hojas \
            son {sheets}
            """
        case .xlsxEmptySheet: "la hoja está vacía: se esperaba una fila de encabezados ({columns}, …)"
        case .xlsxMissingSharedString: "la celda remite a la cadena compartida {index}, pero el libro tiene {count}"
        case .xlsxSheetTooLarge: "la hoja tiene más de {limit} celdas, el límite"
        case .xlsxKumuNeedsXLSX: "--kumu escribe un libro .xlsx: indique SALIDA.xlsx"
        case .xlsxSheetTies: "Lazos"
        case .xlsxSheetActors: "Actores"
        case .xlsxSheetProjects: "Proyectos"
        case .xlsxSheetNetwork: "Red"
        case .columnSource: "origen"
        case .columnTarget: "destino"
        case .columnWeight: "peso"
        case .columnKind: "tipo"
        case .columnDirected: "dirigido"
        case .columnProject: "proyecto"
        case .columnNote: "nota"
        case .columnMoney: "dinero"
        case .columnCurrency: "moneda"
        case .columnWork: "trabajo"
        case .columnInKind: "en especie"
        case .columnStart: "inicio"
        case .columnEnd: "fin"
        case .columnID: "id"
        case .columnName: "nombre"
        case .columnSector: "sector"
        case .columnLevel: "nivel"
        case .columnCountry: "país"
        case .columnTerritory: "territorio"
        case .columnRoles: "roles"
        case .columnOffers: "ofrece"
        case .columnNeeds: "necesidades"
        case .columnMotivation: "motivación"
        case .columnNotes: "notas"
        case .columnObjective: "objetivo"
        case .columnArea: "área"
        case .columnLead: "líder"
        case .columnAgreement: "convenio"
        case .columnSDGs: "ODS"
        case .columnMember: "miembro"
        case .columnRole: "rol"
        case .columnField: "campo"
        case .columnValue: "valor"
        case .columnDescription: "descripción"
        case .columnLanguage: "idioma"
        case .columnDataSource: "fuente"
        case .columnGoals: "objetivos"
        // MARK: Kumu and the spreadsheet dialect (Kumu CSV and blueprints, convert --excel)
        case .kumuTypeNotKind:
            """
            columna `{column}`: los valores que no nombran un tipo de lazo se conservan como atributo `type` \
            (tipo `otro`): {values}
            """
        case .kumuTypeNotSector:
            """
            columna `{column}`: los valores que no nombran un sector se conservan como atributo `type` \
            (sector `sin especificar`): {values}
            """
        case .kumuStrengthNotNumber:
            """
            columna `{column}`: los valores que no son números se conservan como atributo `strength` (peso 1): \
            {values}
            """
        case .kumuExpectedDirection:
            "campo `direction`: se esperaba directed, undirected o mutual, se encontró `{value}`"
        case .cliExcelNeedsCSV: "`--excel` escribe CSV: indique un archivo de salida terminado en `.csv`"
        // MARK: Time (dates, --at/--from/--to, timeline, the report's timeline)
        case .validationEndBeforeStart: "campo `end`: {end} es anterior al inicio {start}"
        case .windowIn: "en {window}"
        case .windowFrom: "desde {date}"
        case .windowUntil: "hasta {date}"
        case .windowHeading:
            """
            Red tal como estaba {window}: actores {actors} de {allActors}, lazos {ties} de {allTies}, proyectos \
            {projects} de {allProjects}; sin fecha y por eso siempre presentes: actores {undatedActors}, lazos \
            {undatedTies}
            """
        case .cliWindowExclusive:
            """
            --at no se combina con --from ni con --to: indique un año con --at, o un lapso con --from y --to
            """
        case .cliWindowDate: "{option} requiere un año o una fecha AAAA, AAAA-MM o AAAA-MM-DD, no `{value}`"
        case .cliWindowReversed: "--from {from} es posterior a --to {to}"
        case .cliPeriodsSyntax:
            """
            --periods requiere años de inicio en orden creciente, separados por comas (2014,2018,2022), no \
            `{value}`
            """
        case .timelineTitle:
            """
            Evolución de los lazos con fecha, {first}–{last} (lazos sin fecha que no se cuentan: {undated})
            """
        case .timelineNoDates: "La red no tiene fechas: ningún lazo ni proyecto tiene inicio ni término."
        case .timelinePeriod: "período"
        case .timelineActors: "actores"
        case .timelineTies: "lazos"
        case .timelineFormed: "nuevos"
        case .timelineEnded: "terminados"
        case .timelinePartnerships: "alianzas"
        case .timelineStillActive: "siguen en el siguiente"
        case .timelinePersistence: "persistencia"
        case .timelineOverall:
            """
            Persistencia total (cada período en el siguiente): {persisted} de {partnerships} alianzas, {share}
            """
        case .timelineBySectorPair: "Persistencia por par de sectores (cada período en el siguiente)"
        case .timelineByLevelPair: "Persistencia por par de niveles (cada período en el siguiente)"
        case .timelineSectorPair: "par de sectores"
        case .timelineLevelPair: "par de niveles"
        case .reportTimelineHeading: "Las alianzas en el tiempo"
        case .reportTimelineIntro:
            """
            Lazos con fecha (la propia o la de su proyecto) activos en cada período, los que empiezan y terminan en \
            él, y la persistencia: la proporción de alianzas (pares de actores con lazo) de un período que siguen \
            activas en el siguiente — las alianzas que sobreviven a un programa o a un cambio de gobierno.
            """
        case .reportTimelineCaption: "Lazos activos, nuevos y terminados en cada período"
        case .timelineReading:
            .plural(
                one: "{persisted} de 1 alianza de {period} seguía activa en {next} ({share}).",
                other: "{persisted} de {count} alianzas de {period} seguían activas en {next} ({share}).")
        // MARK: Files and output (Output/, every verb)
        case .outputCannotOpen: "{path}: error: no se puede abrir: {reason}"
        case .outputCannotCreate: "{path}: error: no se puede crear la salida: {reason}"
        case .outputCannotWriteIn: "no se puede escribir en {folder}: {reason}"
        case .outputCannotCreateFolder: "no se puede crear la carpeta {folder}: {reason}"
        case .outputIsAnInput: "es una entrada de este comando ({input}); elija otra ruta de salida"
        case .outputStandardOutputFailed: "salida estándar: error: no se puede escribir: {reason}"
        case .systemDiskFull: "disco lleno"
        case .systemQuotaExceeded: "cuota de disco superada"
        case .systemNameTooLong: "nombre de archivo demasiado largo (como máximo 255 bytes por nombre y 4096 por ruta)"
        case .systemPermissionDenied: "permiso denegado"
        case .systemReadOnly: "sistema de archivos de solo lectura"
        case .systemNoSuchFile: "no existe el archivo"
        case .systemNotAFolder: "una parte de la ruta no es una carpeta"
        case .systemIsADirectory: "es una carpeta"
        case .systemSymlinkLoop: "demasiados niveles de enlaces simbólicos"
        case .systemIOError: "error de entrada/salida"
        case .systemFileTooLarge: "archivo demasiado grande para este sistema de archivos"
        case .systemTooManyFiles: "demasiados archivos abiertos"
        case .systemCrossesFileSystems: "cruza sistemas de archivos"
        case .systemFileBusy: "archivo ocupado"
        case .systemIsDevice: "es un dispositivo, no un archivo común"
        case .systemIsFIFO: "es una FIFO (tubería con nombre), no un archivo común"
        case .systemIsSocket: "es un socket, no un archivo común"
        case .systemNotRegular: "no es un archivo común"
        case .systemErrorNumber: "error del sistema {code}"
        // MARK: CLI messages (options and verbs)
        case .cliUnknownMeasure: "medida desconocida `{name}` en --measures; se aceptan: {accepted}"
        case .cliUnknownSortMeasure: "medida de --sort desconocida `{name}`; se aceptan: {accepted}"
        case .cliWeightsSyntax:
            """
            --weights recibe pares nombre=número, p. ej. \
            capacidad=0.6,diversidad=0.2,proximidad=0.2
            """
        case .cliUnknownWeight: "peso desconocido `{name}`; use capacidad, diversidad, proximidad"
        case .cliForNamesNoActor: "error: --for no nombra ningún actor: `{focus}`"
        case .cliCannotWriteExtension: "no se puede escribir `.{extension}`; use uno de {accepted}"
        case .cliCannotTellFormat:
            """
            no se puede deducir el formato de `{output}`: use un nombre .svg, .png, .pdf o \
            .dot, o --format
            """
        case .cliNote: "nota: {text}"
        case .cliWarning: "advertencia: {text}"
        case .cliUnknownLanguage: "idioma desconocido `{value}`; se aceptan: {accepted}"
        case .cliWholeNumberAtLeastOne: "{option} requiere un número entero ≥ 1"
        case .cliWeightsAllZero: "los --weights no pueden ser todos 0"
        case .cliError: "error: {text}"
        case .cliUsageError: "Error: {text}"
        case .cliUsage: "Uso:"
        case .cliSeeHelp: "Vea '{command} --help' para más información."
        case .cliPositiveNumber: "{option} requiere un número > 0"
        case .cliWholeNumberAtLeastZero: "{option} requiere un número entero ≥ 0"
        case .cliFiniteNumber: "{option} requiere un número finito"
        case .cliActorsPairsWithOneFile: "--actors va con exactamente un archivo de lazos"
        case .cliCountryCode: "--country requiere un código de dos letras, como CO o PE"
        case .cliImportOutputExtension: "-o debe terminar en .yaml, .yml o .json"
        case .cliDuplicatesExtension: "--duplicates debe terminar en .csv"
        case .graphMLNodeWithoutID: "nodo sin `id`"
        case .graphMLEdgeWithoutEnds: "arista sin `source` ni `target`"
        case .graphMLDuplicateNode: "id de nodo `{id}` repetido"
        case .graphMLNotGraphML: "no es un documento GraphML: falta el elemento <graphml>"
        case .gexfNotGEXF: "no es un documento GEXF: falta el elemento <gexf>"
        case .nodeLinkExpectedObject: "cada elemento de `{field}` debe ser un objeto JSON; se encontró {found}"
        case .cliNodeLinkNeedsJSON:
            "`--node-link` escribe JSON: indique un archivo de salida terminado en `.json`"
        case .inputInvalidUTF16: "texto UTF-16 no válido"
        case .aliasUnknownSector: "alias `{alias}`: sector desconocido `{value}`"
        case .aliasUnknownLevel: "alias `{alias}`: nivel desconocido `{value}`"
        case .aliasUnknownField: "alias `{alias}`: campo desconocido `{field}`"
        case .aliasExpectedID: "alias `{alias}`: se esperaba un id canónico"
        case .cliDpiRange: "--dpi admite un número entero de 36 a 1200"
        case .cliLandscapeNeedsPage: "--landscape necesita una página: quítelo o indique --page"
        case .cliPortraitNeedsPage: "--portrait necesita una página: quítelo o indique --page"
        case .cliPortraitOrLandscape: "--portrait y --landscape se excluyen: indique solo uno de los dos"
        case .cliReportFormatContradicts:
            """
            el formato de informe {format} contradice la salida `{output}`, cuya extensión dice {named}: use \
            --format {named} o nombre el archivo .{format}
            """
        case .cliMarkdownNeedsFile: "--format md escribe los diagramas junto al informe: dé a -o un nombre de archivo"
        case .cliRenderFormatContradicts:
            """
            --format {format} contradice la salida `{output}`, cuya extensión dice {named}: quite --format o \
            nombre el archivo .{format}
            """
        case .doctorEverythingRenders: "todo se dibuja"
        case .doctorNotWorking: "no funciona: {list}"
        case .doctorRepair:
            """
            instale o repare la biblioteca y los complementos de Graphviz: sudo apt-get update && \
            sudo apt-get install -y libgraphviz-dev && sudo dot -c
            """
        case .doctorLibrary: "biblioteca de Graphviz (libgvc) {version}"
        case .doctorLayout: "disposición {name} {result}"
        case .doctorFormat: "formato {name} {result}"
        case .doctorWorks: "funciona ({bytes} bytes)"
        case .doctorFailed: "FALLA: {error}"
        }
    }
}
