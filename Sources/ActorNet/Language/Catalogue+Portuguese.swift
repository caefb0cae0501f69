import Foundation

/// The Portuguese table of the language catalogue, one value per `CatalogueKey`.
///
/// Portuguese, Brazilian usage, with the cooperation vocabulary of ABC (Agência Brasileira de Cooperação):
/// "cooperação técnica", "sociedade civil", "setor público", "nível territorial"; a tie is a "laço".
extension Catalogue {
    /// Brazilian grammar puts zero in the plural ("0 laços"), unlike CLDR's `pt` rule (i = 0..1).
    static func portuguesePluralForm(_ count: Int) -> PluralForm { count == 1 ? .one : .other }

    static func portuguese(_ key: CatalogueKey) -> CatalogueEntry {
        switch key {
        // MARK: Vocabulary: sectors
        case .sectorPublic: "Público"
        case .sectorPrivate: "Privado"
        case .sectorAcademia: "Academia"
        case .sectorCivilSociety: "Sociedade civil"
        case .sectorInternational: "Internacional"
        case .sectorUnspecified: "Não especificado"
        // MARK: Vocabulary: territorial levels
        case .levelInternational: "Internacional"
        case .levelNational: "Nacional"
        case .levelRegional: "Regional"
        case .levelLocal: "Local"
        case .levelUnspecified: "Não especificado"
        // MARK: Vocabulary: tie kinds
        case .tieKindFunding: "Financiamento"
        case .tieKindTechnicalCooperation: "Cooperação técnica"
        case .tieKindKnowledgeExchange: "Intercâmbio de conhecimento"
        case .tieKindCoordination: "Coordenação"
        case .tieKindInKind: "Contribuição em espécie"
        case .tieKindVolunteering: "Voluntariado"
        case .tieKindAgreement: "Convênio"
        case .tieKindOther: "Outro"
        // MARK: Vocabulary: contribution types
        case .contributionMoney: "recursos financeiros"
        case .contributionWork: "trabalho"
        case .contributionInKind: "em espécie"
        // MARK: Vocabulary: capabilities (offers and needs)
        case .capabilityFunding: "financiamento"
        case .capabilityTechnicalAssistance: "assistência técnica"
        case .capabilityResearch: "pesquisa"
        case .capabilityTraining: "capacitação"
        case .capabilityLocalKnowledge: "conhecimento local"
        case .capabilityCommunityAccess: "acesso a comunidades"
        case .capabilityInfrastructure: "infraestrutura"
        case .capabilityLogistics: "logística"
        case .capabilityData: "dados"
        case .capabilityTechnology: "tecnologia"
        case .capabilityPolicyInfluence: "incidência política"
        case .capabilityNetworks: "redes"
        case .capabilityVolunteers: "voluntariado"
        case .capabilityCommunication: "comunicação"
        case .capabilityLegitimacy: "legitimidade"
        // MARK: Counts (plurals)
        case .countActors: .plural(one: "1 ator", other: "{count} atores")
        case .countTies: .plural(one: "1 laço", other: "{count} laços")
        case .countProjects: .plural(one: "1 projeto", other: "{count} projetos")
        case .countComponents: .plural(one: "1 componente", other: "{count} componentes")
        case .countCommunities: .plural(one: "1 comunidade", other: "{count} comunidades")
        case .countWarnings: .plural(one: "1 aviso", other: "{count} avisos")
        case .countOrganisations: .plural(one: "1 organização", other: "{count} organizações")
        case .countActivities: .plural(one: "1 atividade", other: "{count} atividades")
        // MARK: Diagrams (render, report figures)
        case .diagramLegend: "Legenda"
        case .diagramSectorColour: "Setor (cor)"
        case .diagramLevelShape: "Nível territorial (forma)"
        case .diagramTieKindLine: "Tipo de laço (linha)"
        case .diagramNodeSize: "Tamanho do nó"
        case .diagramLineWidth: "Espessura da linha: peso do laço"
        case .diagramSource: "Fonte"
        case .diagramActors: "atores"
        case .diagramTiesInside: "laços internos"
        case .diagramNoCountry: "Sem país"
        case .diagramSizeDegree: "grau (número de parceiros)"
        case .diagramSizeStrength: "força (soma dos pesos)"
        case .diagramSizeBetweenness: "intermediação"
        case .diagramSizePageRank: "PageRank"
        case .diagramSizeUniform: "uniforme"
        case .diagramTitleEgo: "Em torno de {name}"
        case .diagramTitleSectors: "Setores"
        case .diagramTitleLevels: "Níveis territoriais"
        case .diagramTitleSectorsLevels: "Setores e níveis"
        case .diagramSourceMore: .plural(one: "{list} e mais 1", other: "{list} e mais {count}")
        case .diagramFilterHidden: "{ties} e {actors} ocultos ({rule})"
        case .diagramRuleMinWeight: "peso menor que {weight}"
        case .diagramRuleTopTies:
            .plural(
                one: "só o laço mais pesado é mantido",
                other: "só os {count} laços mais pesados são mantidos; com peso igual, primeiro os laços entre atores "
                    + "com mais parceiros, depois por nome")
        case .diagramIsolatesHidden: "{actors} sem laços ocultos"
        case .diagramNoteNoClusters: "o layout {layout} não desenha grupos; desenhando sem --cluster-by {cluster}"
        case .diagramNoteLargeNetwork:
            "{count} atores: nomes só dos {labelled} primeiros por {measure} no máximo, layout {layout}"
        case .diagramNoteLargeNetworkOverlap:
            .text(
                "{count} atores: nomes só dos {labelled} primeiros por {measure} no máximo, layout {layout} sem "
                    + "sobreposições")
        case .diagramNoteLabelsFit:
            "nomes dos {labelled} primeiros de {count} atores (a {points} pt ou mais na impressão)"
        case .diagramLabelsTop:
            .plural(
                one: "nome só do primeiro ator por {measure}",
                other: "nomes só dos {count} primeiros atores por {measure}")
        case .diagramFocalActor: "Ator focal"
        case .countTiesInside: .plural(one: "1 laço interno", other: "{count} laços internos")
        // MARK: Interactive map
        case .mapLabel: "Mapa da rede"
        case .mapSearch: "Buscar atores"
        case .mapNoMatch: "Nenhum ator corresponde"
        case .mapZoomIn: "Aproximar"
        case .mapZoomOut: "Afastar"
        case .mapWholeMap: "Mapa inteiro"
        case .mapFocus: "Focar a seleção"
        case .mapFocusSteps: "Passos"
        case .mapByYear: "Laços de um ano"
        case .mapYear: "Ano"
        case .mapDownload: "Baixar esta vista como SVG"
        case .mapSectors: "Setores"
        case .mapLevels: "Níveis territoriais"
        case .mapTieKinds: "Tipos de laço"
        case .mapLegendHint: "Desmarque uma entrada para ocultá-la; ao ocultar um ator, ocultam-se os seus laços."
        case .mapHelp:
            """
            Arraste para mover; roda ou + e − para aproximar ou afastar; 0 para o mapa inteiro; setas para \
            deslocar. Passe sobre um ator ou toque nele para ver os seus laços; clique para ver a sua ficha.
            """
        case .mapClose: "Fechar"
        case .mapIdentifier: "Identificador"
        case .mapSector: "Setor"
        case .mapLevel: "Nível"
        case .mapTerritory: "Território"
        case .mapCountry: "País"
        case .mapOffers: "Oferece"
        case .mapNeeds: "Precisa de"
        case .mapCentrality: "Centralidade"
        case .mapBrokerage: "Papéis de intermediação (por setor)"
        case .mapNoBrokerage: "nenhum papel de intermediação"
        case .mapProjects: "Projetos"
        case .mapNoProjects: "nenhum projeto"
        // MARK: Workshop server (serve): its API, its messages and its page
        case .serveEditUnknownOperation: "edição {index}: `op` deve ser uma de {operations}"
        case .serveEditUnknownActor: "nenhum ator tem o id `{id}`"
        case .serveEditUnknownProject: "nenhum projeto tem o id `{id}`"
        case .serveEditUnknownTie: "não há laço de `{from}` a `{to}`"
        case .serveEditFieldNotEditable: "o campo `{field}` não pode ser alterado aqui"
        case .serveEditMissingField: "`{operation}` precisa de `{field}`"
        case .serveNothingToUndo: "não há nada a desfazer"
        case .serveNothingToRedo: "não há nada a refazer"
        case .serveTokenRequired: "este mapa exige o token do seu endereço"
        case .serveForeignHost: "a solicitação deve nomear este computador como host"
        case .serveForeignOrigin: "só são aceitas mudanças vindas da página do próprio mapa"
        case .serveBodyTooLarge: "a solicitação passa de {limit} bytes"
        case .serveBadEditRequest: "o corpo deve ser um objeto JSON com uma lista `edits`"
        case .serveNotFound: "não há nada aqui: o mapa está em /"
        case .serveListening: "Servindo {file} em {url}"
        case .serveCreatedFile: "Criado {file}"
        case .serveStopHint: "Pressione Ctrl-C para parar; cada mudança já está salva."
        case .serveTokenNote: "Qualquer pessoa nesta rede que tenha o endereço (com o token) pode editar o mapa."
        case .serveUnsupportedFormat: "{file}: serve edita arquivos de rede YAML ou JSON (.yaml, .yml, .json)"
        case .serveBadPort: "--port aceita um número inteiro de 0 a 65535"
        case .serveCannotListen: "não é possível escutar em {address}: {reason}"
        case .serveAddActor: "Digite o nome de um ator e pressione Enter"
        case .serveDuplicate: "Já está no mapa: {name}"
        case .serveUndo: "Desfazer"
        case .serveRedo: "Refazer"
        case .serveProjector: "Projetor"
        case .serveDownload: "Baixar"
        case .serveDiagramSVG: "Diagrama (SVG)"
        case .serveDiagramPDF: "Diagrama (PDF)"
        case .serveDiagramPNG: "Diagrama (PNG)"
        case .serveInteractiveMap: "Mapa interativo"
        case .serveReport: "Relatório"
        case .serveTieKind: "Tipo de laço"
        case .serveTieWeight: "Intensidade"
        case .serveHelp:
            """
            Solte cada ator em seu setor e nível, ou mova o selecionado com as setas. Arraste do ponto de um \
            ator até outro ator para traçar um laço; Esc cancela.
            """
        case .serveInfluence: "Influência (0–10)"
        case .serveRoles: "Papéis"
        case .serveMotivation: "Motivação"
        case .serveListHint: "separados por ;"
        case .serveRemoveActor: "Remover ator"
        case .serveRemoveTie: "Remover laço"
        case .serveKeyActors: "Atores-chave"
        case .serveBrokers: "Intermediários entre setores"
        case .serveIsolates: "Atores isolados"
        case .serveSectorLevel: "Setor × nível"
        case .serveSuggestions: "Laços que podem estar faltando"
        case .serveNone: "nenhum"
        case .serveExternalChange: "O arquivo foi alterado fora do mapa."
        case .serveReload: "Carregá-lo"
        case .serveConflict: "Outra pessoa alterou {fields} ao mesmo tempo; a alteração posterior foi mantida."
        case .serveSetupTitle: "Que pergunta este mapa responde?"
        case .serveSetupName: "Nome do mapa"
        case .serveSetupLanguage: "Idioma"
        case .serveSetupStart: "Começar"
        case .serveOffline: "Conexão perdida; tentando de novo…"
        case .serveSaved: "Salvo: versão {version}"
        case .serveActorPanel: "Ator"
        case .serveAddTie: "Adicionar o laço"
        case .serveName: "Nome"
        // MARK: Workshop server (serve): the projects panel of its page
        case .serveProjects: "Projetos"
        case .serveAddProject: "Novo projeto: nome e Enter"
        case .serveNoProjects: "Ainda não há projetos."
        case .serveRemoveProject: "Remover projeto"
        case .serveObjective: "Objetivo"
        case .serveProjectStart: "Início"
        case .serveProjectEnd: "Término"
        case .serveDateHint: "AAAA-MM-DD"
        case .serveLead: "Liderança"
        case .serveMembers: "Integrantes"
        case .serveAddMember: "Incluir integrante: digite um nome"
        case .servePickOnBoard: "Escolher no mapa"
        case .servePickHint: "Clique nos atores do mapa (ou toque neles) para incluí-los no projeto; Esc para terminar."
        case .serveNoMatch: "Nenhum ator do mapa tem esse nome."
        case .serveAlreadyMember: "{name} já faz parte deste projeto."
        case .serveRemoveMember: "Remover {name} do projeto"
        case .serveRole: "Papel no projeto"
        case .serveAddContribution: "Adicionar contribuição:"
        case .serveMoney: "Dinheiro"
        case .serveAmount: "Valor"
        case .serveCurrency: "Moeda"
        case .serveWork: "Trabalho"
        case .serveWorkHint: "pessoas-dia"
        case .serveInKind: "Em espécie"
        case .serveInKindHint: "o quê: veículos, um espaço, sementes…"
        case .serveRemoveContribution: "Remover esta contribuição"
        // MARK: Workshop server: Net-Map goals, stance and tidy (serve)
        case .serveGoals: "Objetivos do mapa"
        case .serveGoalsHint: "um objetivo por linha"
        case .serveStance: "Posição diante dos objetivos"
        case .serveStanceFor: "+ a favor"
        case .serveStanceAgainst: "− contra"
        case .serveStanceNeutral: "neutra"
        case .serveStanceUnset: "não perguntada"
        case .serveTidy: "Organizar"
        case .serveGoal: "Objetivo"
        case .serveAddGoal: "Digite um objetivo e pressione Enter"
        case .serveRemoveGoal: "Remover o objetivo {n} (com as posições sobre ele)"
        case .serveStanceShown: "Mostrar no mapa a posição de cada ator sobre"
        case .serveStanceHidden: "(nenhum objetivo)"

        // MARK: Workshop server API: wrong methods and field types (serve; found by the API fuzzer)
        case .serveMethodNotAllowed: "este endereço só responde a {method}"
        case .serveBadEditRequestTypes: "no corpo, `base` deve ser um número inteiro (uma versão) e `client`, um texto"
        case .serveEditMemberNotText: "edição {index}: `{field}` deve ser um texto"
        case .serveEditMemberNotObject: "edição {index}: `{field}` deve ser um objeto ({…})"

        // MARK: Report (report verb, HTML and Markdown)
        case .reportTitle: "Relatório da rede de cooperação multiator"
        case .reportSource: "Fonte"
        case .reportGenerated: "Gerado"
        case .reportActors: "Atores"
        case .reportTies: "laços"
        case .reportProjects: "projetos"
        case .reportComposition: "Composição"
        case .reportCompositionIntro: "Atores por setor e nível territorial, e laços por tipo."
        case .reportSectorLevel: "Setor \\ nível"
        case .reportTotal: "Total"
        case .reportTieKind: "Tipo de laço"
        case .reportCount: "Quantidade"
        case .reportDiagrams: "Diagramas"
        case .reportDiagramWhole: "A rede completa"
        case .reportDiagramLeftOut: "Diagrama “{title}” omitido: {reason}"
        case .reportDiagramAggregate: "Setores e níveis (visão agregada)"
        case .reportDiagramEgo: "Em torno de {name}"
        case .reportKeyActors: "Atores-chave"
        case .reportKeyActorsIntro:
            """
            Ordenados por grau (número de parceiros); com grau igual, pela força (soma dos pesos dos laços) e depois \
            pelo nome. Mostram-se os {shown} primeiros dos {ranked} atores com ao menos um laço; os atores sem laços \
            não entram na classificação.
            """
        case .reportActor: "Ator"
        case .reportSector: "Setor"
        case .reportLevel: "Nível"
        case .reportDegree: "Grau"
        case .reportBetweenness: "Intermediação"
        case .reportPageRank: "PageRank"
        case .reportBrokers: "Intermediários e buracos estruturais"
        case .reportBrokersIntro:
            """
            Papéis de intermediação de Gould–Fernandez por setor, e restrição de Burt (baixa = cobre buracos \
            estruturais). Ordenados pelo número de papéis e depois como os atores-chave.
            """
        case .reportRoleCoordinator: "Coordenador"
        case .reportRoleItinerant: "Itinerante"
        case .reportRoleRepresentative: "Representante"
        case .reportRoleGatekeeper: "Guardião"
        case .reportRoleLiaison: "Elo"
        case .reportConstraint: "Restrição"
        case .reportEffectiveSize: "Tamanho efetivo"
        case .reportMixing: "Mistura"
        case .reportMixingIntro:
            """
            Índice E-I: −1 quando todos os laços ficam dentro dos grupos, +1 quando todos os \
            cruzam. Assortatividade acima de 0: os laços ficam dentro dos grupos mais do que \
            por acaso.
            """
        case .reportBySector: "Por setor"
        case .reportByLevel: "Por nível"
        case .reportEIIndex: "Índice E-I"
        case .reportAssortativity: "Assortatividade"
        case .reportMatrix: "Laços entre setores"
        case .reportCommunities: "Comunidades"
        case .reportCommunitiesIntro: "Grupos de atores mais ligados entre si do que ao restante (Louvain)."
        case .reportModularity: "Modularidade"
        case .reportCommunity: "Comunidade"
        case .reportMembers: "Membros"
        case .reportPartners: "Parceiros complementares"
        case .reportPartnersIntro:
            """
            Pares ainda sem laço cujas ofertas respondem às necessidades do outro, entre \
            setores e níveis.
            """
        case .reportPair: "Par"
        case .reportScore: "Pontuação"
        case .reportReasons: "Razões"
        case .reportProjectsHeading: "Projetos e a definição multiator"
        case .reportProjectsIntro:
            """
            O seminário de Santiago 2018 define a cooperação multiator por dois ou mais atores, ao menos um deles \
            público; dois ou mais setores; dois ou mais níveis territoriais; contribuições (em dinheiro, trabalho ou \
            espécie) e um acordo institucional.
            """
        case .reportProject: "Projeto"
        case .reportContributions: "Contribuições"
        case .reportAgreement: "Acordo"
        case .reportQuality: "Perfil de qualidade da cooperação"
        case .reportQualityIntro:
            """
            Cada indicador vai de 0 a 1; mais alto = mais da qualidade. Dados faltantes são \
            indicados, não supostos.
            """
        case .reportQualityColumn: "Qualidade"
        case .reportIndicator: "Indicador"
        case .reportValue: "Valor"
        case .reportReading: "Leitura"
        case .reportMethods: "Métodos"
        case .reportSortHint: "Clique em um cabeçalho para ordenar."
        case .reportMethodWeights:
            """
            Peso de um laço = força (maior = mais próximo). As medidas de caminhos usam \
            distância = 1/peso; autovetor e PageRank usam o peso.
            """
        case .reportMethodDegree:
            """
            Grau: número de parceiros (de 0 a n − 1); força: soma dos pesos dos laços de um ator. Intermediação \
            (Freeman 1977; algoritmo de Brandes 2001), normalizada como NetworkX (de 0 a 1).
            """
        case .reportMethodCloseness:
            """
            Proximidade com a correção de Wasserman–Faust; centralidade harmônica; \
            PageRank com α = 0,85 (Brin e Page 1998).
            """
        case .reportMethodBrokerage:
            """
            Papéis de intermediação de Gould e Fernandez (1989), por setor; restrição e \
            tamanho efetivo de Burt (1992).
            """
        case .reportMethodMixing: "Índice E-I de Krackhardt e Stern (1988); assortatividade nominal de Newman (2003)."
        case .reportMethodCommunities:
            """
            Comunidades pelo método de Louvain (Blondel et al. 2008), semente 1; \
            modularidade de Newman e Girvan (2004).
            """
        case .reportMethodPartners:
            """
            Parceiros complementares: capacidade (cobertura mútua de necessidades), \
            diversidade (setor e nível) e proximidade (Adamic–Adar e ligação preferencial, \
            os sinais que anteciparam os laços formados nos dados da IATI).
            """
        case .reportMethodQuality:
            """
            Perfil de qualidade: indicadores propostos a partir do seminário de Santiago \
            2018 (AGCI) sobre cooperação multiator.
            """
        case .reportDiagramsIntro:
            """
            Todos os diagramas são desenhados para a mesma página (A4 paisagem) e exibidos com a mesma largura, para \
            que os tamanhos possam ser comparados de uma figura a outra. Os atores sem laços ficam de fora dos \
            diagramas.
            """
        case .reportFigureIsolatesLeftOut:
            .plural(
                one: "Este diagrama deixa de fora 1 ator sem laços (isolado).",
                other: "Este diagrama deixa de fora {count} atores sem laços (isolados).")
        case .reportRank: "#"
        case .reportStrength: "Força"
        case .reportSectors: "Setores"
        case .reportLevels: "Níveis"
        case .reportWithRange: "{name} ({range})"
        case .reportRange: "Intervalo"
        case .reportMeaning: "O que indica"
        case .reportNetworkIndicators: "A rede como um todo"
        case .reportDensity: "Densidade"
        case .reportDensityMeaning: "Proporção de todos os laços possíveis que existem."
        case .reportDegreeCentralization: "Centralização de grau"
        case .reportDegreeCentralizationMeaning:
            """
            0: todos os atores igualmente conectados; 1: uma estrela, todos os laços passam por um ator.
            """
        case .reportComponents: "Componentes"
        case .reportComponentsMeaning: "Partes da rede sem laços entre si; 1 quando todos estão conectados."
        case .reportCriterion: "Critério"
        case .reportProjectsMeeting: "Projetos que o cumprem"
        case .reportProjectsMissing: "Projetos que não o cumprem"
        case .reportProjectsMeetAll:
            .plural(
                one: "{count} de {total} projetos cumpre todos os critérios da definição.",
                other: "{count} de {total} projetos cumprem todos os critérios da definição.")
        case .reportProjectsNoContributionsRecorded:
            """
            Nenhum projeto registra contribuições: talvez o arquivo simplesmente não as inclua; isso não mostra que \
            faltem aos projetos.
            """
        case .reportProjectsNoAgreementRecorded:
            """
            Nenhum projeto registra um acordo institucional: talvez o arquivo simplesmente não os inclua; isso não \
            mostra que falte aos projetos.
            """
        case .reportProjectsMeetRecorded:
            .plural(
                one: "Sem contar o que o arquivo não registra, {count} de {total} projetos cumpre os demais critérios.",
                other: "Sem contar o que o arquivo não registra, {count} de {total} projetos cumprem os demais "
                    + "critérios.")
        case .reportCriterionTwoActors: "dois ou mais atores"
        case .reportCriterionPublicActor: "ao menos um ator público"
        case .reportCriterionTwoSectors: "dois ou mais setores"
        case .reportCriterionTwoLevels: "dois ou mais níveis territoriais"
        case .reportCriterionContributions: "contribuições registradas (dinheiro, trabalho ou em espécie)"
        case .reportCriterionAgreement: "um acordo institucional"
        case .reportProjectsTable: .plural(one: "O projeto em detalhe", other: "Os {count} projetos um a um")
        case .reportMissingCriteria: "Critérios não cumpridos"
        case .reportDataQualityIntro:
            """
            Até onde os dados merecem confiança: o que o arquivo deixa sem especificar ou em dúvida, e que parte da \
            rede isso afeta.
            """
        case .reportCountOfTotal: "{count} de {total} ({share}\u{A0}%)"
        case .reportQualityUnspecifiedSector: "Atores sem setor especificado"
        case .reportQualityUnspecifiedSectorMeaning:
            """
            Não pertencem a nenhum grupo de setor: os resultados por setor (mistura, intermediários, a visão por \
            setor e nível) os deixam de fora.
            """
        case .reportQualityUnspecifiedLevel: "Atores sem nível territorial especificado"
        case .reportQualityUnspecifiedLevelMeaning:
            """
            Não pertencem a nenhum nível: os resultados por nível e o critério multinível dos projetos os deixam de \
            fora.
            """
        case .reportQualityIsolates: "Isolados (atores sem laços)"
        case .reportQualityIsolatesMeaning:
            """
            Constam do arquivo, mas não têm laços com ninguém: ficam de fora dos diagramas e dos atores-chave.
            """
        case .reportQualityDuplicates: "Possíveis duplicatas (importação)"
        case .reportQualityDuplicatesMeaning:
            """
            Pares de organizações que a importação achou parecidas, mas não fundiu; cada par pode ser um mesmo ator \
            contado duas vezes.
            """
        case .reportQualityPseudo: "Pseudo-organizações descartadas (importação)"
        case .reportQualityPseudoMeaning:
            """
            Entradas que não nomeiam uma organização real (como “vários” ou “a definir”) e que a importação removeu.
            """
        case .reportQualityMerged: "Atores fundidos de várias identidades IATI"
        case .reportQualityMergedMeaning:
            """
            Organizações que a importação encontrou com vários nomes ou referências e contou uma só vez.
            """
        case .reportQualityClassifiedBy: "Como os setores foram atribuídos (importação)"
        case .reportQualityClassifiedByMeaning:
            """
            Atores segundo a fonte do seu setor, da evidência mais firme à mais fraca.
            """
        // MARK: Cooperation qualities and indicators (profile, report)
        case .qualityHorizontality: "Horizontalidade"
        case .qualityMutualBenefit: "Benefício mútuo"
        case .qualityRecipientLeadership: "Liderança do receptor"
        case .qualityEffectivenessEfficiency: "Eficácia e eficiência"
        case .qualityMutualResponsibility: "Responsabilidade mútua"
        case .indicatorDegreeCentralization: "1 − centralização de grau"
        case .indicatorLeadershipRotation: "rotação da liderança"
        case .indicatorReciprocity: "reciprocidade"
        case .indicatorMutualNeedCoverage: "cobertura mútua de necessidades"
        case .indicatorProjectsLedLocally: "projetos liderados localmente"
        case .indicatorLocalShareOfCentrality: "participação local na centralidade"
        case .indicatorGlobalEfficiency: "eficiência global"
        case .indicatorMeanBurtEfficiency: "eficiência média de Burt"
        case .indicatorSharedContributions: "contribuições compartilhadas"
        case .indicatorContributionDiversity: "diversidade de contribuições"
        case .readingHorizontality:
            """
            1 = laços distribuídos por igual; 0 = uma estrela em torno de um ator. Aqui \
            {percent}.
            """
        case .readingLeadershipRotation:
            """
            Proporção de projetos com um líder diferente: 1 = cada projeto tem seu \
            próprio líder.
            """
        case .readingReciprocity: "Proporção de laços dirigidos correspondidos."
        case .readingMutualNeedCoverage:
            """
            Proporção de parceiros ligados em que cada um oferece algo de que o outro \
            precisa: {mutual} de {described}.
            """
        case .readingProjectsLedLocally: "Proporção de projetos liderados por atores locais ou regionais."
        case .readingLocalShareOfCentrality: "Parcela dos laços de atores locais e regionais frente aos internacionais."
        case .readingGlobalEfficiency:
            """
            Facilidade com que cada ator alcança qualquer outro (Latora–Marchiori, \
            distâncias 1/peso), relativa à rede ideal em que cada par tem um laço tão \
            forte quanto o mais forte: 1 = essa rede.
            """
        case .readingGlobalEfficiencyEstimated:
            """
            Estimada a partir de {sources} de {actors} atores como origem \
            (semente 1).
            """
        case .readingMeanBurtEfficiency: "Proporção média de parceiros não redundantes (tamanho efetivo / grau)."
        case .readingSharedContributions: "Proporção de projetos com contribuições de dois ou mais atores."
        case .readingContributionDiversity:
            """
            Proporção média de tipos de contribuição (recursos financeiros, \
            trabalho, em espécie) por projeto.
            """
        case .readingNeedsThreeActors: "dados insuficientes: são necessários 3 atores e laços"
        case .readingNeedsTwoLedProjects: "dados insuficientes: são necessários 2 projetos com líder"
        case .readingUndirected: "não se aplica: os laços não têm direção"
        case .readingNoDescribedPair: "dados insuficientes: nenhum par ligado tem ofertas e necessidades dos dois lados"
        case .readingNoLeadLevel: "dados insuficientes: nenhum líder de projeto com nível conhecido"
        case .readingNoLevelledTies: "dados insuficientes: nenhum ator local, regional ou internacional com laços"
        case .readingNoTies: "dados insuficientes: sem laços"
        case .readingNoContributions: "dados insuficientes: nenhum projeto registra contribuições"
        case .dataNeededTies: "laços"
        case .dataNeededLedProjects: "projetos com líder"
        case .dataNeededDirectedTies: "laços dirigidos"
        case .dataNeededOffersNeeds: "ofertas e necessidades de atores ligados"
        case .dataNeededLeadLevels: "líderes de projeto com nível"
        case .dataNeededActorLevels: "níveis dos atores"
        case .dataNeededContributions: "contribuições dos membros dos projetos"
        // MARK: Partner reasons (partners, report)
        case .partnerOffersNeeded: "{giver} oferece {capability}, de que {taker} precisa"
        case .partnerOffers: "{giver} oferece {capability}"
        case .partnerCommonPartners:
            .plural(
                one: "1 parceiro em comum: {list}",
                other: "{count} parceiros em comum: {list}")
        case .partnerBridgesCommunities: "uniria duas comunidades distintas da rede"
        case .partnerNetworkPartners: .plural(one: "1 parceiro na rede", other: "{count} parceiros na rede")
        case .partnerContrast: "{a} ↔ {b}"
        // MARK: Partner backtest (partners --backtest): baseline names, table, messages
        case .baselineCommonNeighbours: "vizinhos comuns"
        case .baselineJaccard: "Jaccard"
        case .baselineAdamicAdar: "Adamic–Adar"
        case .baselineResourceAllocation: "alocação de recursos"
        case .baselinePreferentialAttachment: "ligação preferencial"
        case .backtestActorNetScore: "pontuação do actornet"
        case .backtestRandom: "ordem aleatória (proporção que se formou)"
        case .backtestRanking: "ordenação"
        case .backtestPrecision: "precisão@{k}"
        case .backtestRecall: "revocação@{k}"
        case .backtestAveragePrecision: "precisão média"
        case .backtestHeading:
            """
            Teste retrospectivo das sugestões de parceiros: a rede até {year}, comparada com os \
            laços formados depois
            """
        case .backtestCandidates: "pares candidatos (ambos os atores presentes em {year}, ainda sem laço): {count}"
        case .backtestPositives: "pares candidatos que formaram um laço depois de {year}: {count}"
        case .backtestNoPositives:
            """
            Nenhum par candidato formou um laço depois de {year}: a precisão, a revocação e a \
            precisão média não estão definidas (—).
            """
        case .backtestNoDates:
            """
            {file}: nenhum laço nem projeto tem ano de início, então não há nada para testar \
            retrospectivamente.
            """
        case .cliBacktestNeedsUntil: "--backtest precisa de --until ANO (o último ano da rede que ordena)"
        case .cliBacktestOnly: "{option} só é usado com --backtest"
        case .cliBacktestExcludes: "--backtest ordena todos os pares candidatos: não pode ser combinado com {option}"
        // MARK: Verb tables and lines (every analysis verb, validate)
        case .infoDensity: "densidade {value}"
        case .infoSectorLevel: "setor \\ nível"
        case .infoTotal: "total"
        case .infoActorsBySectorLevel: "Atores por setor × nível"
        case .infoTieKind: "tipo de laço"
        case .infoTies: "laços"
        case .infoTiesByKind: "Laços por tipo"
        case .qualityHeading: "Qualidade dos dados"
        case .qualityUnspecified:
            """
            {sector} de {actors} atores sem setor ({sectorShare} %), {level} sem nível ({levelShare} %)
            """
        case .qualityIsolates:
            .plural(
                one: "1 isolado (um ator sem laços)", other: "{count} isolados (atores sem laços)")
        case .qualityClassifiedBy: "classificados por {sources}"
        case .qualityMergedGroups:
            .plural(
                one: "1 ator fundido de várias identidades IATI",
                other: "{count} atores fundidos de várias identidades IATI")
        case .qualityImportFiles:
            """
            importação {importer} de {files}: atividades lidas {activities}, mantidas {kept}
            """
        case .qualityImportReview:
            """
            grupos de possíveis duplicatas a revisar: {candidates}; menções de pseudo-organizações descartadas: \
            {pseudo}
            """
        case .qualityImportLeftOut:
            """
            organizações excluídas na importação: organizações informantes {reporting}, com --drop {dropped}
            """
        case .qualityWarningSector:
            """
            {share} % dos atores ({count} de {actors}) não têm setor especificado; os resultados por setor \
            dizem pouco sobre eles
            """
        case .qualityWarningLevel:
            """
            {share} % dos atores ({count} de {actors}) não têm nível especificado; os resultados por nível \
            dizem pouco sobre eles
            """
        case .analyzeDirected: "dirigida"
        case .analyzeUndirected: "não dirigida"
        case .analyzeWeighted: "ponderada"
        case .analyzeUnweighted: "não ponderada"
        case .analyzeTitle: "{network} ({mode}) — primeiros {top} de {total} por {measure}"
        case .analyzeRank: "#"
        case .analyzeID: "id"
        case .analyzeName: "nome"
        case .analyzeSector: "setor"
        case .analyzeLevel: "nível"
        case .analyzeNetwork: "Rede"
        case .measureDegree: "grau"
        case .measureInDegree: "grau de entrada"
        case .measureOutDegree: "grau de saída"
        case .measureStrength: "força"
        case .measureDegreeCentrality: "centralidade de grau"
        case .measureBetweenness: "intermediação"
        case .measureCloseness: "proximidade"
        case .measureHarmonic: "harmônica"
        case .measureEigenvector: "autovetor"
        case .measurePageRank: "pagerank"
        case .networkMeasureActors: "atores"
        case .networkMeasureTies: "laços"
        case .networkMeasureDensity: "densidade"
        case .networkMeasureReciprocity: "reciprocidade"
        case .networkMeasureComponents: "componentes"
        case .networkMeasureLargestComponent: "maior componente"
        case .networkMeasureDegreeCentralization: "centralização de grau"
        case .networkMeasureBetweennessCentralization: "centralização de intermediação"
        case .networkMeasureClosenessCentralization: "centralização de proximidade"
        case .networkMeasureAveragePathLength: "comprimento médio dos caminhos"
        case .networkMeasureDiameter: "diâmetro"
        case .networkMeasureGlobalEfficiency: "eficiência global"
        case .centralityWarningSampled:
            """

            medidas de caminhos estimadas a partir de {sources} de {actors} origens (semente {seed})
            """
        case .centralityWarningEigenvector:
            """
            a centralidade de autovetor não convergiu em {iterations} iterações ({why}); informada como null — \
            use pagerank
            """
        case .centralityWhyDirected: "comum em redes dirigidas acíclicas ou periódicas"
        case .centralityWhyUndirected:
            """
            os dois maiores autovalores são quase iguais, como quando partes de força semelhante só se unem por \
            laços muito fracos, e as pontuações mal ficam determinadas
            """
        case .centralityWarningPageRank: "o pagerank não convergiu em {iterations} iterações"
        case .tableActor: "ator"
        case .brokersCoordinator: "coordenador"
        case .brokersItinerant: "itinerante"
        case .brokersRepresentative: "representante"
        case .brokersGatekeeper: "guardião"
        case .brokersLiaison: "elo"
        case .brokersTotal: "total"
        case .brokersZTotal: "z total"
        case .brokersConstraint: "restrição"
        case .brokersEffectiveSize: "tamanho efetivo"
        case .brokersEfficiency: "eficiência"
        case .brokersTitleBySector: "Intermediação por setor"
        case .brokersTitleByLevel: "Intermediação por nível"
        case .communitiesModularity: "Modularidade"
        case .communitiesCommunities: "comunidades"
        case .mixingEIIndex: "Índice E-I"
        case .mixingAssortativity: "assortatividade"
        case .mixingGroup: "grupo"
        case .mixingInternal: "internos"
        case .mixingExternal: "externos"
        case .mixingEI: "E-I"
        case .mixingTiesBetweenGroups: "Laços entre grupos"
        case .partnersScore: "pontuação"
        case .partnersCapability: "capacidade"
        case .partnersDiversity: "diversidade"
        case .partnersProximity: "proximidade"
        case .partnersReasons: "razões"
        case .partnersNoProvider: "Nenhum ator oferece {need}."
        case .profileQuality: "qualidade"
        case .profileIndicator: "indicador"
        case .profileValue: "valor"
        case .profileReading: "leitura"
        case .projectsProject: "projeto"
        case .projectsActors: "atores"
        case .projectsSectors: "setores"
        case .projectsLevels: "níveis"
        case .projectsPublic: "público"
        case .projectsMultiActor: "multiator"
        case .projectsMultiLevel: "multinível"
        case .projectsLeadLevel: "nível do líder"
        case .projectsContributions: "contribuições"
        case .projectsAgreement: "acordo"
        case .noUntiedPairToSuggest: "Não há pares sem laço para sugerir."
        case .networkHasNoProjects: "A rede não tem projetos."
        case .wordYes: "sim"
        case .wordNo: "não"
        case .numberDecimalSeparator: ","
        case .validateValid: "{file}: válida: {actors}, {ties}, {projects}"
        // MARK: Estimated path measures (analyze --epsilon, report on large networks)
        case .centralityWarningEstimatedBetweenness:
            """
            intermediação estimada a partir de {samples} caminhos mínimos amostrados (KADABRA, semente {seed}): \
            cada valor fica a menos de {epsilon} do exato com probabilidade de pelo menos {confidence}
            """
        case .analyzeEstimatedBetweenness:
            """
            A intermediação é uma estimativa: a menos de ±{epsilon} do valor exato para cada ator com \
            probabilidade ≥ {confidence} ({samples} caminhos mínimos amostrados, KADABRA, semente {seed}).
            """
        case .reportEstimatedNote:
            """
            Com {actors} atores, a intermediação é estimada por amostragem de {samples} caminhos mínimos \
            (KADABRA): o valor de cada ator fica a menos de {epsilon} do exato com probabilidade de pelo menos \
            {confidence}. A proximidade é estimada a partir de {sources} dos atores como origem (semente 1), \
            como com `analyze --sample`.
            """
        case .cliOpenUnitInterval: "{option} requer um número estritamente entre 0 e 1"
        case .cliExactWithEstimate: "--exact não pode ser combinado com --epsilon nem com --sample"
        // MARK: Importer (import-iati)
        case .importDescription:
            .plural(
                one: "Rede de parcerias importada de dados de atividades IATI (1 atividade).",
                other: "Rede de parcerias importada de dados de atividades IATI ({count} atividades).")
        case .importSource:
            """
            Arquivos de atividades IATI: {files}; publicadores: {publishers}; gerado em {date} por \
            actornet import-iati
            """
        case .importSummary:
            """
            import-iati: {activities} atividades lidas, {kept} mantidas; {organisations} \
            organizações, {ties} laços, {projects} projetos
            """
        case .importEmptyRef: "ref vazia (identificada por nome e país)"
        case .importNoRefOrName: "organização sem ref nem nome (descartada)"
        case .importPseudoOrganisation: "pseudo-organização"
        case .importFlowWithoutReceiver: "desembolso ou despesa sem receptor (ignorado)"
        case .importSelfFlow: "fluxo para si mesmo (descartado)"
        case .importConflictingTypes: "tipos de organização conflitantes (usada a maioria)"
        case .importNameOnly: "organização só com nome"
        case .importNonPositiveFlow: "fluxo com total não positivo (descartado)"
        case .importPlaceholderRef: "ref de preenchimento (não identifica ninguém)"
        case .importCategoryRef: "código de categoria de canal CRS usado como ref (não identifica ninguém)"
        case .importExamples: "p. ex. {examples}"
        case .importQualityUnspecified:
            """
            qualidade: {sector} de {actors} atores sem setor ({sectorShare} %), {level} sem nível ({levelShare} %)
            """
        case .importQualityIdentity:
            """
            qualidade: {merged} grupos fundidos, {candidates} grupos candidatos para revisão, {pseudo} \
            pseudo-organizações descartadas, {isolates} isolados
            """
        case .importQualityClassifiedBy: "qualidade: classificados por {sources}"
        case .importTieNote:
            .plural(
                one: "1 atividade IATI compartilhada",
                other: "{count} atividades IATI compartilhadas")
        case .importTieNoteYears:
            .plural(
                one: "1 atividade IATI compartilhada, {years}",
                other: "{count} atividades IATI compartilhadas, {years}")
        case .importNetworkName: "IATI — {publishers}, {countries}"
        case .importNameMore: "mais {count}"
        case .importSecondaryPublisher:
            """
            {name} publica atividades mas não participa de nenhuma (publicador secundário?): exclua-o com \
            --exclude-reporting-org
            """
        case .importDropped: "excluídos: {names}"
        case .importDuplicatesWritten:
            """
            {count} prováveis duplicatas em {groups} grupos gravadas em {file}: preencha `decision` e passe o \
            arquivo para --aliases
            """
        case .themeEducation: "educação"
        case .themeHealth: "saúde"
        case .themeWaterSanitation: "água e saneamento"
        case .themeGovernance: "governança"
        case .themePeacebuilding: "construção da paz"
        case .themeSocialProtection: "proteção social"
        case .themeEnergy: "energia"
        case .themeFinancialServices: "serviços financeiros"
        case .themeEconomicDevelopment: "desenvolvimento econômico"
        case .themeAgriculture: "agricultura"
        case .themeEnvironment: "meio ambiente"
        case .themeFoodSecurity: "segurança alimentar"
        case .themeHumanitarianAid: "ajuda humanitária"
        // MARK: Validation and input messages (every loader)
        case .diagnosticError: "erro"
        case .diagnosticWarning: "aviso"
        case .validationUnknownValue: "campo `{field}`: valor desconhecido `{value}`; aceitos: {accepted}"
        case .validationClosest: " (mais próximo: `{closest}`)"
        case .validationDuplicateKeyLanguages:
            """
            o campo `{field}` aparece duas vezes em um mesmo {record}, como \
            `{first}` e `{second}`
            """
        case .validationFieldTwice: "o campo `{field}` aparece duas vezes em um mesmo {record}"
        case .validationUnknownField: "campo de {record} desconhecido `{field}` ignorado"
        case .validationDidYouMean: " (você quis dizer `{suggestion}`?)"
        case .validationEmptyFile: "arquivo vazio: era esperada uma rede com `actors`"
        case .validationNoActorsNoTies: "a rede não tem `actors` nem `ties`"
        case .validationNoTieRows: "sem laços: o arquivo tem cabeçalho mas nenhuma linha"
        case .validationUnknownFileType:
            """

            tipo de arquivo desconhecido `.{extension}`; use .yaml, .yml, .json, .csv, .graphml, .gexf ou .xlsx
            """
        case .validationActorsTakesCSV: "--actors requer um arquivo CSV"
        case .csvEncodingAssumed: "não é texto UTF-8: lido como {encoding}; confira os acentos ou salve-o como UTF-8"
        case .csvUnknownColumn: "coluna desconhecida `{column}`: mantida como atributo"
        case .validationExpectedValue: "campo `{field}`: era esperado um valor, encontrado {found}"
        case .validationExpectedList: "campo `{field}`: era esperada uma lista, encontrado {found}"
        case .validationExpectedBool: "campo `{field}`: era esperado true ou false, encontrado `{value}`"
        case .validationExpectedAmount: "campo `{field}`: era esperado um número finito ≥ 0, encontrado `{value}`"
        case .validationExpectedCount: "campo `{field}`: era esperado um número inteiro ≥ 0, encontrado `{value}`"
        case .validationExpectedCountry:
            """
            campo `country`: era esperado um código ISO 3166-1 alfa-2 como BR ou CL, \
            encontrado `{value}`
            """
        case .validationExpectedDate:
            """
            campo `{field}`: era esperada uma data AAAA, AAAA-MM ou AAAA-MM-DD, \
            encontrado `{value}`
            """
        case .validationExpectedSDGs: "campo `sdgs`: eram esperados números inteiros de 1 a 17"
        case .validationEmptyID: "um {record} tem o `id` vazio"
        case .validationWhatTieField: "o campo `{field}` do laço"
        case .validationWhatProjectLead: "o campo `lead` do projeto `{project}`"
        case .validationWhatProjectMember: "um membro do projeto `{project}`"
        case .validationEmptyMember: "o projeto `{project}` tem um membro com `actor` vazio"
        case .validationDuplicateTie: "laço duplicado `{from}` – `{to}` ({kind})"
        case .validationDuplicateID: "id de {record} duplicado `{id}` (definido primeiro em {location})"
        case .validationUnknownActor: "{what} cita um ator desconhecido `{id}`"
        case .validationEmptyTieEnd: "um laço tem `{field}` vazio"
        case .validationUnknownProject: "o laço cita um projeto desconhecido `{project}`"
        case .validationSelfLoop: "laço de `{id}` consigo mesmo descartado"
        case .validationIsolatedActor: "ator isolado `{id}`: sem laços"
        case .validationDuplicateTieMerged: "{tie} mesclado somando os pesos, agora {weight}"
        case .validationSummedWeightTooLarge:
            """
            {tie}: o peso somado {sum} é maior que 1e250, o maior peso aceito (as forças e o peso total da rede \
            devem ser finitos)
            """
        case .validationSDGRange: "projeto `{project}`: o ODS {goal} está fora de 1–17"
        case .validationNotANumber: "campo `{field}`: `{value}` não é um número"
        case .validationNotFinite: "campo `{field}`: `{value}` não é finito; os pesos devem ser números finitos > 0"
        case .validationNotPositive: "campo `{field}`: `{value}` não é > 0; o peso é a força do laço"
        case .recordNetwork: "rede"
        case .recordActor: "ator"
        case .recordTie: "laço"
        case .recordProject: "projeto"
        case .recordMember: "membro"
        case .recordContributions: "contribuições"
        case .recordImport: "registro de importação"
        // MARK: Net-Map attributes (influence tower, stance per goal; every loader)
        case .validationInfluenceRange: "atributo `influence`: `{value}` não é um número inteiro de 0 a 10"
        case .validationStanceUnknownGoal:
            """
            atributo `{attribute}`: o mapa não tem um objetivo {goal} (tem {count}); os objetivos são numerados \
            a partir de 1; mantido como está
            """
        case .validationStanceValue:
            "atributo `{attribute}`: `{value}` não é uma posição; escreva +, - ou 0 (neutra)"

        // MARK: Spreadsheets (.xlsx reading and writing; column names of every spreadsheet actornet writes)
        case .xlsxNotWorkbook: "não é uma pasta de trabalho .xlsx: o arquivo não é um zip ou está truncado"
        case .xlsxLegacyOrEncrypted:
            """
            é uma pasta de trabalho do Excel 97–2003 (.xls) ou protegida por senha, não um .xlsx: salve-a no \
            Excel como .xlsx sem senha
            """
        case .xlsxNotText: "uma pasta de trabalho .xlsx é lida do arquivo, não como texto"
        case .xlsxMissingPart: "falta à pasta de trabalho a parte `{part}`: está danificada ou não é uma pasta do Excel"
        case .xlsxDamagedPart: "a parte `{part}` da pasta de trabalho está danificada ({reason})"
        case .xlsxPartTooLarge: "a parte `{part}` ocupa mais de {limit} bytes ao ser descompactada, o limite"
        case .xlsxMalformedXML: "XML malformado na parte `{part}`, linha {line}: {reason}"
        case .xlsxNoSheets: "a pasta de trabalho não tem nenhuma planilha para ler"
        case .xlsxNoSuchSheet: "não há planilha chamada `{sheet}`; as planilhas são {sheets}"
        case .xlsxNoTiesSheet:
            """
            qual planilha contém os laços? Indique-a com --sheet ou dê a ela um nome de laços ({names}…); as \
            planilhas são {sheets}
            """
        case .xlsxEmptySheet: "a planilha está vazia: esperava-se uma linha de cabeçalho ({columns}, …)"
        case .xlsxMissingSharedString:
            """
            a célula remete à cadeia compartilhada {index}, mas a pasta de trabalho tem {count}
            """
        case .xlsxSheetTooLarge: "a planilha tem mais de {limit} células, o limite"
        case .xlsxKumuNeedsXLSX: "--kumu grava uma pasta de trabalho .xlsx: informe SAIDA.xlsx"
        case .xlsxSheetTies: "Laços"
        case .xlsxSheetActors: "Atores"
        case .xlsxSheetProjects: "Projetos"
        case .xlsxSheetNetwork: "Rede"
        case .columnSource: "origem"
        case .columnTarget: "destino"
        case .columnWeight: "peso"
        case .columnKind: "tipo"
        case .columnDirected: "dirigido"
        case .columnProject: "projeto"
        case .columnNote: "nota"
        case .columnMoney: "dinheiro"
        case .columnCurrency: "moeda"
        case .columnWork: "trabalho"
        case .columnInKind: "em espécie"
        case .columnStart: "início"
        case .columnEnd: "fim"
        case .columnID: "id"
        case .columnName: "nome"
        case .columnSector: "setor"
        case .columnLevel: "nível"
        case .columnCountry: "país"
        case .columnTerritory: "território"
        case .columnRoles: "papéis"
        case .columnOffers: "oferece"
        case .columnNeeds: "necessidades"
        case .columnMotivation: "motivação"
        case .columnNotes: "observações"
        case .columnObjective: "objetivo"
        case .columnArea: "área"
        case .columnLead: "líder"
        case .columnAgreement: "acordo"
        case .columnSDGs: "ODS"
        case .columnMember: "membro"
        case .columnRole: "papel"
        case .columnField: "campo"
        case .columnValue: "valor"
        case .columnDescription: "descrição"
        case .columnLanguage: "idioma"
        case .columnDataSource: "fonte"
        case .columnGoals: "objetivos"
        // MARK: Kumu and the spreadsheet dialect (Kumu CSV and blueprints, convert --excel)
        case .kumuTypeNotKind:
            """
            coluna `{column}`: os valores que não nomeiam um tipo de laço são mantidos como atributo `type` \
            (tipo `outro`): {values}
            """
        case .kumuTypeNotSector:
            """
            coluna `{column}`: os valores que não nomeiam um setor são mantidos como atributo `type` \
            (setor `não especificado`): {values}
            """
        case .kumuStrengthNotNumber:
            """
            coluna `{column}`: os valores que não são números são mantidos como atributo `strength` (peso 1): \
            {values}
            """
        case .kumuExpectedDirection:
            "campo `direction`: era esperado directed, undirected ou mutual, encontrado `{value}`"
        case .cliExcelNeedsCSV: "`--excel` escreve CSV: informe um arquivo de saída terminado em `.csv`"
        // MARK: Time (dates, --at/--from/--to, timeline, the report's timeline)
        case .validationEndBeforeStart: "campo `end`: {end} é anterior ao início {start}"
        case .windowIn: "em {window}"
        case .windowFrom: "a partir de {date}"
        case .windowUntil: "até {date}"
        case .windowHeading:
            """
            Rede tal como estava {window}: atores {actors} de {allActors}, laços {ties} de {allTies}, projetos \
            {projects} de {allProjects}; sem data e, por isso, sempre presentes: atores {undatedActors}, laços \
            {undatedTies}
            """
        case .cliWindowExclusive:
            """
            --at não se combina com --from nem com --to: indique um ano com --at, ou um intervalo com --from e --to
            """
        case .cliWindowDate: "{option} requer um ano ou uma data AAAA, AAAA-MM ou AAAA-MM-DD, não `{value}`"
        case .cliWindowReversed: "--from {from} é posterior a --to {to}"
        case .cliPeriodsSyntax:
            """
            --periods requer anos de início em ordem crescente, separados por vírgulas (2014,2018,2022), não \
            `{value}`
            """
        case .timelineTitle:
            """
            Evolução dos laços com data, {first}–{last} (laços sem data fora da contagem: {undated})
            """
        case .timelineNoDates: "A rede não tem datas: nenhum laço ou projeto tem início ou fim."
        case .timelinePeriod: "período"
        case .timelineActors: "atores"
        case .timelineTies: "laços"
        case .timelineFormed: "novos"
        case .timelineEnded: "encerrados"
        case .timelinePartnerships: "parcerias"
        case .timelineStillActive: "seguem no seguinte"
        case .timelinePersistence: "persistência"
        case .timelineOverall:
            """
            Persistência total (cada período no seguinte): {persisted} de {partnerships} parcerias, {share}
            """
        case .timelineBySectorPair: "Persistência por par de setores (cada período no seguinte)"
        case .timelineByLevelPair: "Persistência por par de níveis (cada período no seguinte)"
        case .timelineSectorPair: "par de setores"
        case .timelineLevelPair: "par de níveis"
        case .reportTimelineHeading: "As parcerias ao longo do tempo"
        case .reportTimelineIntro:
            """
            Laços com data (a própria ou a do seu projeto) ativos em cada período, os que começam e terminam nele, \
            e a persistência: a proporção de parcerias (pares de atores com laço) de um período que continuam \
            ativas no seguinte — as alianças que sobrevivem a um programa ou a uma mudança de governo.
            """
        case .reportTimelineCaption: "Laços ativos, novos e encerrados em cada período"
        case .timelineReading:
            .plural(
                one: "{persisted} de 1 parceria de {period} continuava ativa em {next} ({share}).",
                other: "{persisted} de {count} parcerias de {period} continuavam ativas em {next} ({share}).")
        // MARK: Files and output (Output/, every verb)
        case .outputCannotOpen: "{path}: erro: não é possível abrir: {reason}"
        case .outputCannotCreate: "{path}: erro: não é possível criar a saída: {reason}"
        case .outputCannotWriteIn: "não é possível gravar em {folder}: {reason}"
        case .outputCannotCreateFolder: "não é possível criar a pasta {folder}: {reason}"
        case .outputIsAnInput: "é uma entrada deste comando ({input}); escolha outro caminho de saída"
        case .outputStandardOutputFailed: "saída padrão: erro: não é possível gravar: {reason}"
        case .systemDiskFull: "disco cheio"
        case .systemQuotaExceeded: "cota de disco excedida"
        case .systemNameTooLong: "nome de arquivo longo demais (no máximo 255 bytes por nome e 4096 por caminho)"
        case .systemPermissionDenied: "permissão negada"
        case .systemReadOnly: "sistema de arquivos somente leitura"
        case .systemNoSuchFile: "arquivo inexistente"
        case .systemNotAFolder: "uma parte do caminho não é uma pasta"
        case .systemIsADirectory: "é uma pasta"
        case .systemSymlinkLoop: "níveis demais de links simbólicos"
        case .systemIOError: "erro de entrada/saída"
        case .systemFileTooLarge: "arquivo grande demais para este sistema de arquivos"
        case .systemTooManyFiles: "arquivos abertos demais"
        case .systemCrossesFileSystems: "atravessa sistemas de arquivos"
        case .systemFileBusy: "arquivo ocupado"
        case .systemIsDevice: "é um dispositivo, não um arquivo comum"
        case .systemIsFIFO: "é um FIFO (pipe nomeado), não um arquivo comum"
        case .systemIsSocket: "é um socket, não um arquivo comum"
        case .systemNotRegular: "não é um arquivo comum"
        case .systemErrorNumber: "erro do sistema {code}"
        // MARK: CLI messages (options and verbs)
        case .cliUnknownMeasure: "medida desconhecida `{name}` em --measures; aceitas: {accepted}"
        case .cliUnknownSortMeasure: "medida de --sort desconhecida `{name}`; aceitas: {accepted}"
        case .cliWeightsSyntax:
            """
            --weights recebe pares nome=número, p. ex. \
            capacidade=0.6,diversidade=0.2,proximidade=0.2
            """
        case .cliUnknownWeight: "peso desconhecido `{name}`; use capacidade, diversidade, proximidade"
        case .cliForNamesNoActor: "erro: --for não cita nenhum ator: `{focus}`"
        case .cliCannotWriteExtension: "não é possível gravar `.{extension}`; use um de {accepted}"
        case .cliCannotTellFormat:
            """
            não é possível deduzir o formato de `{output}`: use um nome .svg, .png, .pdf ou \
            .dot, ou --format
            """
        case .cliNote: "nota: {text}"
        case .cliWarning: "aviso: {text}"
        case .cliUnknownLanguage: "idioma desconhecido `{value}`; aceitos: {accepted}"
        case .cliWholeNumberAtLeastOne: "{option} requer um número inteiro ≥ 1"
        case .cliWeightsAllZero: "os --weights não podem ser todos 0"
        case .cliError: "erro: {text}"
        case .cliUsageError: "Erro: {text}"
        case .cliUsage: "Uso:"
        case .cliSeeHelp: "Veja '{command} --help' para mais informações."
        case .cliPositiveNumber: "{option} requer um número > 0"
        case .cliWholeNumberAtLeastZero: "{option} requer um número inteiro ≥ 0"
        case .cliFiniteNumber: "{option} requer um número finito"
        case .cliActorsPairsWithOneFile: "--actors acompanha exatamente um arquivo de laços"
        case .cliCountryCode: "--country requer um código de duas letras, como BR ou PE"
        case .cliImportOutputExtension: "-o deve terminar em .yaml, .yml ou .json"
        case .cliDuplicatesExtension: "--duplicates deve terminar em .csv"
        case .graphMLNodeWithoutID: "nó sem `id`"
        case .graphMLEdgeWithoutEnds: "aresta sem `source` e `target`"
        case .graphMLDuplicateNode: "id de nó `{id}` repetido"
        case .graphMLNotGraphML: "não é um documento GraphML: falta o elemento <graphml>"
        case .gexfNotGEXF: "não é um documento GEXF: falta o elemento <gexf>"
        case .nodeLinkExpectedObject: "cada elemento de `{field}` deve ser um objeto JSON; encontrado {found}"
        case .cliNodeLinkNeedsJSON:
            "`--node-link` grava JSON: indique um arquivo de saída terminado em `.json`"
        case .inputInvalidUTF16: "texto UTF-16 inválido"
        case .aliasUnknownSector: "alias `{alias}`: setor desconhecido `{value}`"
        case .aliasUnknownLevel: "alias `{alias}`: nível desconhecido `{value}`"
        case .aliasUnknownField: "alias `{alias}`: campo desconhecido `{field}`"
        case .aliasExpectedID: "alias `{alias}`: esperava-se um id canônico"
        case .cliDpiRange: "--dpi aceita um número inteiro de 36 a 1200"
        case .cliLandscapeNeedsPage: "--landscape precisa de uma página: remova-o ou informe --page"
        case .cliPortraitNeedsPage: "--portrait precisa de uma página: remova-o ou informe --page"
        case .cliPortraitOrLandscape: "--portrait e --landscape se excluem: informe apenas um dos dois"
        case .cliReportFormatContradicts:
            """
            o formato de relatório {format} contradiz a saída `{output}`, cuja extensão diz {named}: use \
            --format {named} ou nomeie o arquivo .{format}
            """
        case .cliMarkdownNeedsFile: "--format md grava os diagramas ao lado do relatório: dê a -o um nome de arquivo"
        case .cliRenderFormatContradicts:
            """
            --format {format} contradiz a saída `{output}`, cuja extensão diz {named}: retire --format ou nomeie \
            o arquivo .{format}
            """
        case .doctorEverythingRenders: "tudo é desenhado"
        case .doctorNotWorking: "não funciona: {list}"
        case .doctorRepair:
            """
            instale ou repare a biblioteca e os plugins do Graphviz: sudo apt-get update && sudo \
            apt-get install -y libgraphviz-dev && sudo dot -c
            """
        case .doctorLibrary: "biblioteca do Graphviz (libgvc) {version}"
        case .doctorLayout: "layout {name} {result}"
        case .doctorFormat: "formato {name} {result}"
        case .doctorWorks: "funciona ({bytes} bytes)"
        case .doctorFailed: "FALHA: {error}"
        }
    }
}
