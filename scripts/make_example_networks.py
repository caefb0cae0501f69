#!/usr/bin/env python3
"""Writes the illustrative example networks in Networks/ (YAML, and Chile also as CSV).

Every organisation here is FICTIONAL. The networks illustrate the five country cases discussed at the
Santiago 2018 seminar on multi-actor cooperation (Chile, Argentina, Colombia, Mexico, Peru): sectors, levels,
projects with leads, members, contributions and agreements, and offers/needs that make complementarity
meaningful. They are teaching material, not data about real institutions.

Run: python3 scripts/make_example_networks.py   (needs PyYAML; the output is committed)
"""
import csv
import os
import yaml

ROOT = os.path.join(os.path.dirname(__file__), "..", "Networks")

# actor: (id, name, sector, level, territory, offers, needs, motivation)
# tie: (from, to, kind, weight)
# project: (id, name, objective, area, lead, agreement, sdgs, start, end, [(actor, role, money, currency, work, in_kind)])

CASES = {
    "chile": dict(
        name="Red multiactor de desarrollo territorial — Chile (ilustrativa)",
        country="CL",
        description="Illustrative network with FICTIONAL organisations, modelled on the Chilean case of the "
                    "Santiago 2018 seminar: a national agency, regional and municipal governments, firms, "
                    "universities and foundations working on water security and local development.",
        actors=[
            ("agencia-coop", "Agencia Nacional de Cooperación (ficticia)", "public", "national", "Santiago", ["funding", "policy-influence", "networks"], ["local-knowledge", "data"], ["public mandate"]),
            ("min-agua", "Ministerio de Recursos Hídricos (ficticio)", "public", "national", "Santiago", ["policy-influence", "data"], ["technology", "community-access"], ["public mandate"]),
            ("gore-coquimbo", "Gobierno Regional de Coquimbo (ficticio)", "public", "regional", "Región de Coquimbo", ["funding", "infrastructure"], ["technical-assistance", "research"], ["public mandate"]),
            ("gore-biobio", "Gobierno Regional del Biobío (ficticio)", "public", "regional", "Región del Biobío", ["funding", "legitimacy"], ["training", "data"], ["public mandate"]),
            ("muni-ovalle", "Municipalidad de Valle Seco (ficticia)", "public", "local", "Comuna de Valle Seco", ["local-knowledge", "community-access", "legitimacy"], ["funding", "technical-assistance"], ["public mandate"]),
            ("muni-lota", "Municipalidad de Puerto Carbón (ficticia)", "public", "local", "Comuna de Puerto Carbón", ["local-knowledge", "community-access"], ["funding", "training", "technology"], ["public mandate"]),
            ("minera-andes", "Minera Cordillera S.A. (ficticia)", "private", "national", "Región de Coquimbo", ["funding", "logistics", "technology"], ["legitimacy", "community-access"], ["value chain", "corporate social responsibility"]),
            ("agro-valle", "Cooperativa Agrícola del Valle (ficticia)", "private", "local", "Comuna de Valle Seco", ["local-knowledge", "logistics"], ["technology", "funding", "training"], ["value chain"]),
            ("forestal-sur", "Forestal del Sur S.A. (ficticia)", "private", "regional", "Región del Biobío", ["funding", "infrastructure"], ["legitimacy", "research"], ["corporate social responsibility"]),
            ("u-norte", "Universidad del Norte Chico (ficticia)", "academia", "regional", "La Serena", ["research", "training", "data"], ["funding", "community-access"], ["mutual learning"]),
            ("u-concepcion", "Universidad Técnica del Sur (ficticia)", "academia", "regional", "Concepción", ["research", "technology"], ["funding", "local-knowledge"], ["mutual learning"]),
            ("centro-clima", "Centro de Estudios Climáticos (ficticio)", "academia", "national", "Santiago", ["research", "data", "policy-influence"], ["funding", "local-knowledge"], ["mutual learning"]),
            ("fund-agua", "Fundación Agua para Todos (ficticia)", "civil-society", "national", "Santiago", ["technical-assistance", "communication", "volunteers"], ["funding"], ["philanthropy"]),
            ("ong-mujeres", "ONG Mujeres Rurales del Norte (ficticia)", "civil-society", "local", "Comuna de Valle Seco", ["community-access", "local-knowledge"], ["funding", "training"], ["social justice"]),
            ("junta-vecinos", "Junta de Vecinos Caleta Alta (ficticia)", "civil-society", "local", "Comuna de Puerto Carbón", ["community-access", "volunteers"], ["infrastructure", "funding"], ["community"]),
            ("red-pymes", "Red Regional de Pymes Sostenibles (ficticia)", "private", "regional", "Región del Biobío", ["networks", "training"], ["funding", "technology"], ["value chain"]),
            ("coop-alemana", "Agencia de Cooperación Europea (ficticia)", "international", "international", None, ["funding", "technical-assistance"], ["local-knowledge", "legitimacy"], ["development policy"]),
            ("pnud-ficticio", "Programa Multilateral de Desarrollo (ficticio)", "international", "international", None, ["technical-assistance", "networks", "data"], ["community-access"], ["development policy"]),
            ("fund-empresarial", "Fundación Empresarial Comunidad (ficticia)", "civil-society", "national", "Santiago", ["funding", "networks"], ["community-access", "data"], ["philanthropy", "corporate social responsibility"]),
            ("aprender-chile", "Escuela Rural Los Aromos (ficticia)", "public", "local", "Comuna de Valle Seco", ["community-access"], ["technology", "training"], ["public mandate"]),
        ],
        ties=[
            ("agencia-coop", "coop-alemana", "agreement", 3), ("agencia-coop", "pnud-ficticio", "coordination", 2),
            ("agencia-coop", "gore-coquimbo", "funding", 2), ("min-agua", "centro-clima", "knowledge-exchange", 2),
            ("min-agua", "agencia-coop", "coordination", 1), ("u-concepcion", "forestal-sur", "technical-cooperation", 2),
            ("red-pymes", "forestal-sur", "coordination", 1), ("red-pymes", "u-concepcion", "knowledge-exchange", 1),
            ("fund-empresarial", "ong-mujeres", "funding", 1), ("pnud-ficticio", "centro-clima", "technical-cooperation", 1),
        ],
        projects=[
            ("p-agua-valle", "Agua segura para Valle Seco", "Asegurar agua potable para 3.000 familias rurales mediante sistemas comunitarios",
             "agua y saneamiento", "muni-ovalle", "convenio", [6, 13], "2018-03", "2021-12",
             [("muni-ovalle", "lead and community liaison", None, None, 240, "local offices"),
              ("gore-coquimbo", "co-funder", 450000000, "CLP", None, None),
              ("minera-andes", "co-funder and logistics", 300000000, "CLP", 60, "trucks and pipes"),
              ("u-norte", "hydrological studies", None, None, 180, None),
              ("ong-mujeres", "community organisation", None, None, 300, None),
              ("agro-valle", "irrigation users", None, None, 90, "land for tanks"),
              ("coop-alemana", "technical assistance", 250000, "EUR", 120, None)]),
            ("p-clima-biobio", "Resiliencia climática Biobío", "Fortalecer capacidades de adaptación al cambio climático en comunas costeras",
             "cambio climático", "gore-biobio", "memorandum of understanding", [11, 13], "2019-01", "2022-06",
             [("gore-biobio", "lead", 200000000, "CLP", None, None),
              ("muni-lota", "pilot municipality", None, None, 150, "meeting rooms"),
              ("u-concepcion", "research partner", None, None, 200, None),
              ("centro-clima", "data and models", None, None, 100, None),
              ("junta-vecinos", "community participation", None, None, 220, None),
              ("pnud-ficticio", "methodology", 150000, "USD", 60, None)]),
            ("p-escuelas", "Escuelas que cuidan el agua", "Educación ambiental en escuelas rurales sobre uso eficiente del agua",
             "educación", "fund-agua", "informal", [4, 6], "2020-03", "2021-11",
             [("fund-agua", "lead and trainers", 30000000, "CLP", 160, None),
              ("aprender-chile", "host school", None, None, 40, "classrooms"),
              ("muni-ovalle", "local coordination", None, None, 20, None),
              ("fund-empresarial", "funder", 45000000, "CLP", None, None)]),
            ("p-pymes", "Pymes sostenibles del sur", "Adopción de tecnologías limpias en pequeñas empresas forestales",
             "desarrollo productivo", "red-pymes", "contract", [8, 12], "2019-06", "2020-12",
             [("red-pymes", "lead", None, None, 120, None),
              ("forestal-sur", "anchor firm", 80000000, "CLP", None, "plant visits"),
              ("u-concepcion", "technology transfer", None, None, 90, None),
              ("gore-biobio", "co-funder", 60000000, "CLP", None, None)]),
            ("p-datos", "Observatorio nacional del agua", "Plataforma abierta de datos hídricos para decisiones públicas",
             "agua y saneamiento", "min-agua", "convenio", [6, 17], "2021-01", "2023-12",
             [("min-agua", "lead", 120000000, "CLP", None, None),
              ("centro-clima", "data science", None, None, 200, None),
              ("u-norte", "regional data", None, None, 60, None),
              ("agencia-coop", "international partnerships", None, None, 30, None),
              ("coop-alemana", "co-funder", 100000, "EUR", None, None)]),
        ],
    ),
    "argentina": dict(
        name="Red de cooperación multiactor — Argentina (ilustrativa)",
        country="AR",
        description="Illustrative network with FICTIONAL organisations, modelled on the Argentine case of the "
                    "Santiago 2018 seminar: federal, provincial and municipal bodies with firms, universities and "
                    "NGOs on rural employment and renewable energy.",
        actors=[
            ("cancilleria-coop", "Dirección de Cooperación Internacional (ficticia)", "public", "national", "Buenos Aires", ["networks", "policy-influence", "legitimacy"], ["local-knowledge", "data"], ["public mandate"]),
            ("min-trabajo", "Ministerio de Empleo Federal (ficticio)", "public", "national", "Buenos Aires", ["funding", "policy-influence"], ["community-access", "training"], ["public mandate"]),
            ("prov-salta", "Gobierno de la Provincia del Norte (ficticio)", "public", "regional", "Provincia del Norte", ["funding", "infrastructure"], ["technical-assistance", "technology"], ["public mandate"]),
            ("prov-chubut", "Gobierno de la Provincia Austral (ficticio)", "public", "regional", "Provincia Austral", ["funding", "legitimacy"], ["research", "technology"], ["public mandate"]),
            ("muni-cafayate", "Municipio de Viñedos Altos (ficticio)", "public", "local", "Viñedos Altos", ["local-knowledge", "community-access"], ["funding", "training"], ["public mandate"]),
            ("muni-trelew", "Municipio de Meseta Ventosa (ficticio)", "public", "local", "Meseta Ventosa", ["local-knowledge", "legitimacy"], ["funding", "technology"], ["public mandate"]),
            ("energia-sur", "Energías del Viento S.A. (ficticia)", "private", "national", "Provincia Austral", ["technology", "funding", "infrastructure"], ["legitimacy", "community-access"], ["value chain"]),
            ("bodega-altura", "Bodegas de Altura S.A. (ficticia)", "private", "regional", "Provincia del Norte", ["funding", "logistics"], ["training", "research"], ["value chain", "corporate social responsibility"]),
            ("camara-pyme", "Cámara Federal de Pymes (ficticia)", "private", "national", "Córdoba", ["networks", "training"], ["funding", "data"], ["value chain"]),
            ("unsa", "Universidad Nacional del Altiplano (ficticia)", "academia", "regional", "Provincia del Norte", ["research", "training"], ["funding", "community-access"], ["mutual learning"]),
            ("conicet-ficticio", "Instituto Federal de Investigación Energética (ficticio)", "academia", "national", "Buenos Aires", ["research", "technology", "data"], ["funding", "local-knowledge"], ["mutual learning"]),
            ("ong-campesina", "Asociación Campesina de los Valles (ficticia)", "civil-society", "local", "Viñedos Altos", ["community-access", "local-knowledge", "volunteers"], ["funding", "technical-assistance"], ["social justice"]),
            ("fund-juventud", "Fundación Juventud y Trabajo (ficticia)", "civil-society", "national", "Rosario", ["training", "communication"], ["funding", "networks"], ["philanthropy"]),
            ("coop-electrica", "Cooperativa Eléctrica Meseta (ficticia)", "civil-society", "local", "Meseta Ventosa", ["infrastructure", "community-access"], ["technology", "funding"], ["community"]),
            ("bid-ficticio", "Banco Regional de Desarrollo (ficticio)", "international", "international", None, ["funding", "technical-assistance"], ["legitimacy", "data"], ["development policy"]),
            ("coop-japon", "Agencia Asiática de Cooperación (ficticia)", "international", "international", None, ["technical-assistance", "technology", "training"], ["local-knowledge"], ["development policy"]),
            ("oit-ficticio", "Oficina Multilateral del Trabajo (ficticia)", "international", "international", None, ["policy-influence", "data"], ["community-access"], ["development policy"]),
        ],
        ties=[
            ("cancilleria-coop", "coop-japon", "agreement", 3), ("cancilleria-coop", "bid-ficticio", "agreement", 2),
            ("cancilleria-coop", "prov-salta", "coordination", 1), ("cancilleria-coop", "prov-chubut", "coordination", 1),
            ("min-trabajo", "oit-ficticio", "technical-cooperation", 2), ("camara-pyme", "fund-juventud", "coordination", 1),
            ("conicet-ficticio", "energia-sur", "knowledge-exchange", 2),
        ],
        projects=[
            ("p-empleo-rural", "Empleo joven en los valles", "Formar y emplear a 800 jóvenes rurales en la cadena vitivinícola",
             "empleo", "prov-salta", "convenio", [8, 4], "2017-05", "2020-04",
             [("prov-salta", "lead", 20000000, "ARS", None, None),
              ("muni-cafayate", "local implementation", None, None, 150, "training venue"),
              ("bodega-altura", "on-the-job training", 15000000, "ARS", 200, None),
              ("unsa", "curriculum", None, None, 120, None),
              ("ong-campesina", "recruitment", None, None, 180, None),
              ("min-trabajo", "stipends", 35000000, "ARS", None, None),
              ("oit-ficticio", "methodology", None, None, 40, None)]),
            ("p-viento", "Energía comunitaria del viento", "Instalar microrredes eólicas en cooperativas eléctricas de la meseta",
             "energía", "coop-electrica", "contract", [7, 13], "2018-09", "2022-03",
             [("coop-electrica", "lead and operator", None, None, 300, "land and grid"),
              ("energia-sur", "technology provider", 500000, "USD", 100, "turbines"),
              ("conicet-ficticio", "monitoring", None, None, 80, None),
              ("prov-chubut", "co-funder", 40000000, "ARS", None, None),
              ("muni-trelew", "permits", None, None, 30, None),
              ("bid-ficticio", "loan", 2000000, "USD", None, None),
              ("coop-japon", "training", None, None, 90, None)]),
            ("p-pymes-digital", "Pymes digitales federales", "Capacitar pymes en comercio electrónico",
             "desarrollo productivo", "camara-pyme", "memorandum of understanding", [8, 9], "2019-02", "2020-12",
             [("camara-pyme", "lead", None, None, 100, None),
              ("fund-juventud", "trainers", None, None, 160, None),
              ("min-trabajo", "co-funder", 10000000, "ARS", None, None),
              ("coop-japon", "expertise", None, None, 40, None)]),
        ],
    ),
    "colombia": dict(
        name="Alianzas multiactor para la paz territorial — Colombia (ilustrativa)",
        country="CO",
        description="Illustrative network with FICTIONAL organisations, modelled on the Colombian case of the "
                    "Santiago 2018 seminar: national cooperation agency, departments, municipalities, companies, "
                    "universities, community organisations and international donors in post-conflict territories.",
        actors=[
            ("apc-ficticia", "Agencia Presidencial de Cooperación (ficticia)", "public", "national", "Bogotá", ["networks", "policy-influence", "funding"], ["local-knowledge", "data"], ["public mandate"]),
            ("dnp-ficticio", "Departamento de Planeación Nacional (ficticio)", "public", "national", "Bogotá", ["data", "policy-influence"], ["community-access"], ["public mandate"]),
            ("gob-cauca", "Gobernación del Cauca Alto (ficticia)", "public", "regional", "Departamento del Cauca Alto", ["funding", "legitimacy"], ["technical-assistance", "data"], ["public mandate"]),
            ("gob-meta", "Gobernación de los Llanos (ficticia)", "public", "regional", "Departamento de los Llanos", ["funding", "infrastructure"], ["technical-assistance", "research"], ["public mandate"]),
            ("alc-popayan", "Alcaldía de Ciudad Blanca (ficticia)", "public", "local", "Ciudad Blanca", ["local-knowledge", "community-access"], ["funding", "technology"], ["public mandate"]),
            ("alc-mesetas", "Alcaldía de Mesetas del Río (ficticia)", "public", "local", "Mesetas del Río", ["local-knowledge", "legitimacy"], ["funding", "training", "infrastructure"], ["public mandate"]),
            ("cafe-coop", "Cooperativa Cafetera del Macizo (ficticia)", "private", "local", "Departamento del Cauca Alto", ["local-knowledge", "logistics"], ["funding", "technology", "training"], ["value chain"]),
            ("grupo-andino", "Grupo Empresarial Andino (ficticio)", "private", "national", "Medellín", ["funding", "logistics", "networks"], ["legitimacy", "community-access"], ["corporate social responsibility", "value chain"]),
            ("palma-llanos", "Agroindustrial de los Llanos (ficticia)", "private", "regional", "Departamento de los Llanos", ["funding", "infrastructure"], ["legitimacy", "research"], ["value chain"]),
            ("u-cauca", "Universidad del Macizo (ficticia)", "academia", "regional", "Ciudad Blanca", ["research", "training"], ["funding", "community-access"], ["mutual learning"]),
            ("u-javeriana", "Universidad Nacional de Estudios de Paz (ficticia)", "academia", "national", "Bogotá", ["research", "data", "policy-influence"], ["funding", "local-knowledge"], ["mutual learning"]),
            ("consejo-indigena", "Consejo Comunitario del Macizo (ficticio)", "civil-society", "local", "Departamento del Cauca Alto", ["community-access", "local-knowledge", "legitimacy"], ["funding", "technical-assistance"], ["self-determination"]),
            ("red-mujeres", "Red de Mujeres Constructoras de Paz (ficticia)", "civil-society", "regional", "Departamento de los Llanos", ["community-access", "communication"], ["funding", "training"], ["social justice"]),
            ("fund-paz", "Fundación Paz y Territorio (ficticia)", "civil-society", "national", "Bogotá", ["technical-assistance", "networks"], ["funding"], ["philanthropy"]),
            ("usaid-ficticia", "Agencia Norteamericana de Desarrollo (ficticia)", "international", "international", None, ["funding", "technical-assistance"], ["local-knowledge", "legitimacy"], ["development policy"]),
            ("ue-ficticia", "Fondo Fiduciario Europeo para la Paz (ficticio)", "international", "international", None, ["funding", "policy-influence"], ["community-access", "data"], ["development policy"]),
            ("onu-ficticia", "Misión Multilateral de Verificación (ficticia)", "international", "international", None, ["legitimacy", "data"], ["community-access"], ["development policy"]),
            ("jac-mesetas", "Junta de Acción Comunal Vereda El Retorno (ficticia)", "civil-society", "local", "Mesetas del Río", ["community-access", "volunteers"], ["infrastructure", "funding"], ["community"]),
        ],
        ties=[
            ("apc-ficticia", "usaid-ficticia", "agreement", 3), ("apc-ficticia", "ue-ficticia", "agreement", 3),
            ("apc-ficticia", "dnp-ficticio", "coordination", 2), ("dnp-ficticio", "gob-cauca", "coordination", 1),
            ("dnp-ficticio", "gob-meta", "coordination", 1), ("onu-ficticia", "jac-mesetas", "coordination", 1),
            ("u-javeriana", "onu-ficticia", "knowledge-exchange", 1), ("grupo-andino", "fund-paz", "funding", 2),
        ],
        projects=[
            ("p-cafe-paz", "Café de paz del Macizo", "Mejorar ingresos de 1.200 familias cafeteras en zonas afectadas por el conflicto",
             "desarrollo rural", "consejo-indigena", "convenio", [1, 8, 16], "2017-08", "2021-07",
             [("consejo-indigena", "lead and community governance", None, None, 400, "land"),
              ("cafe-coop", "commercialisation", None, None, 250, "drying plants"),
              ("gob-cauca", "co-funder", 3000000000, "COP", None, None),
              ("grupo-andino", "market access", 1500000000, "COP", 60, None),
              ("u-cauca", "agronomy research", None, None, 150, None),
              ("usaid-ficticia", "funder", 1200000, "USD", None, None),
              ("alc-popayan", "local coordination", None, None, 50, None)]),
            ("p-retorno", "Retorno y reconstrucción veredal", "Infraestructura comunitaria y reconciliación en veredas de retorno",
             "paz y reconciliación", "alc-mesetas", "convenio", [11, 16], "2018-02", "2020-12",
             [("alc-mesetas", "lead", 800000000, "COP", None, None),
              ("jac-mesetas", "community works", None, None, 600, "labour"),
              ("gob-meta", "co-funder", 1200000000, "COP", None, None),
              ("palma-llanos", "machinery", None, None, 40, "machinery"),
              ("red-mujeres", "psychosocial support", None, None, 200, None),
              ("ue-ficticia", "funder", 900000, "EUR", None, None)]),
            ("p-datos-paz", "Sistema de información territorial de paz", "Indicadores abiertos para seguimiento del acuerdo de paz",
             "gobernanza", "dnp-ficticio", "memorandum of understanding", [16, 17], "2019-01", "2022-12",
             [("dnp-ficticio", "lead", None, None, 200, None),
              ("u-javeriana", "methods", None, None, 150, None),
              ("onu-ficticia", "verification data", None, None, 60, None),
              ("fund-paz", "territorial workshops", None, None, 90, None),
              ("ue-ficticia", "co-funder", 300000, "EUR", None, None)]),
        ],
    ),
    "mexico": dict(
        name="Cooperación multiactor para la seguridad alimentaria — México (ilustrativa)",
        country="MX",
        description="Illustrative network with FICTIONAL organisations, modelled on the Mexican case of the "
                    "Santiago 2018 seminar: a national cooperation agency acting as both recipient and provider, "
                    "state and municipal governments, firms, universities, foundations and donors on food security.",
        actors=[
            ("amexcid-ficticia", "Agencia Mexicana de Cooperación (ficticia)", "public", "national", "Ciudad de México", ["networks", "funding", "policy-influence"], ["data", "local-knowledge"], ["public mandate"]),
            ("sader-ficticia", "Secretaría de Agricultura Federal (ficticia)", "public", "national", "Ciudad de México", ["funding", "policy-influence", "infrastructure"], ["research", "community-access"], ["public mandate"]),
            ("gob-oaxaca", "Gobierno del Estado de la Sierra Sur (ficticio)", "public", "regional", "Estado de la Sierra Sur", ["funding", "legitimacy"], ["technical-assistance", "technology"], ["public mandate"]),
            ("gob-yucatan", "Gobierno del Estado Peninsular (ficticio)", "public", "regional", "Estado Peninsular", ["funding", "infrastructure"], ["research", "training"], ["public mandate"]),
            ("mun-tlaxiaco", "Municipio de San Pedro Montaña (ficticio)", "public", "local", "San Pedro Montaña", ["local-knowledge", "community-access"], ["funding", "technology", "training"], ["public mandate"]),
            ("mun-valladolid", "Municipio de Cenotes Claros (ficticio)", "public", "local", "Cenotes Claros", ["local-knowledge", "legitimacy"], ["funding", "technical-assistance"], ["public mandate"]),
            ("maiz-empresa", "Alimentos del Maíz S.A. de C.V. (ficticia)", "private", "national", "Guadalajara", ["funding", "logistics", "technology"], ["legitimacy", "community-access"], ["value chain"]),
            ("banco-rural", "Banca Rural Solidaria (ficticia)", "private", "national", "Ciudad de México", ["funding"], ["data", "community-access"], ["value chain", "corporate social responsibility"]),
            ("miel-coop", "Cooperativa Apícola Peninsular (ficticia)", "private", "local", "Cenotes Claros", ["local-knowledge", "logistics"], ["funding", "training", "technology"], ["value chain"]),
            ("cimmyt-ficticio", "Centro Internacional de Semillas (ficticio)", "academia", "international", "Texcoco", ["research", "technology", "training"], ["community-access", "funding"], ["mutual learning"]),
            ("u-chapingo", "Universidad Agraria Nacional (ficticia)", "academia", "national", "Texcoco", ["research", "training"], ["funding", "local-knowledge"], ["mutual learning"]),
            ("u-yucatan", "Universidad Autónoma Peninsular (ficticia)", "academia", "regional", "Estado Peninsular", ["research", "data"], ["funding", "community-access"], ["mutual learning"]),
            ("fund-alimento", "Fundación Alimento para Todos (ficticia)", "civil-society", "national", "Monterrey", ["funding", "communication", "volunteers"], ["local-knowledge", "data"], ["philanthropy"]),
            ("org-milpa", "Unión de Comunidades de la Milpa (ficticia)", "civil-society", "local", "San Pedro Montaña", ["community-access", "local-knowledge", "legitimacy"], ["funding", "technical-assistance", "technology"], ["self-determination"]),
            ("red-mayas", "Red de Mujeres Mayas Productoras (ficticia)", "civil-society", "regional", "Estado Peninsular", ["community-access", "communication"], ["funding", "training"], ["social justice"]),
            ("giz-ficticia", "Cooperación Técnica Europea (ficticia)", "international", "international", None, ["technical-assistance", "training"], ["local-knowledge", "legitimacy"], ["development policy"]),
            ("fao-ficticia", "Organismo Multilateral de Alimentación (ficticio)", "international", "international", None, ["technical-assistance", "data", "policy-influence"], ["community-access"], ["development policy"]),
            ("coop-honduras", "Agencia de Cooperación Centroamericana (ficticia)", "public", "international", "Centroamérica", ["local-knowledge"], ["technical-assistance", "training"], ["mutual learning"]),
        ],
        ties=[
            ("amexcid-ficticia", "giz-ficticia", "agreement", 3), ("amexcid-ficticia", "fao-ficticia", "agreement", 2),
            ("amexcid-ficticia", "coop-honduras", "technical-cooperation", 3), ("sader-ficticia", "cimmyt-ficticio", "knowledge-exchange", 2),
            ("banco-rural", "miel-coop", "funding", 2), ("fund-alimento", "org-milpa", "funding", 1),
            ("u-chapingo", "cimmyt-ficticio", "knowledge-exchange", 2),
        ],
        projects=[
            ("p-milpa", "Milpa resiliente", "Recuperar variedades nativas de maíz y mejorar la nutrición en comunidades de montaña",
             "seguridad alimentaria", "org-milpa", "convenio", [2, 15], "2017-04", "2021-03",
             [("org-milpa", "lead", None, None, 500, "seed banks"),
              ("mun-tlaxiaco", "local coordination", None, None, 90, None),
              ("gob-oaxaca", "co-funder", 12000000, "MXN", None, None),
              ("cimmyt-ficticio", "seed research", None, None, 220, None),
              ("maiz-empresa", "off-take", 5000000, "MXN", None, "storage"),
              ("fao-ficticia", "nutrition methods", None, None, 60, None)]),
            ("p-miel", "Miel maya sostenible", "Fortalecer la cadena de valor de la miel con mujeres productoras",
             "desarrollo productivo", "red-mayas", "memorandum of understanding", [5, 8], "2018-06", "2021-06",
             [("red-mayas", "lead", None, None, 300, None),
              ("miel-coop", "processing", None, None, 200, "extraction plant"),
              ("u-yucatan", "quality lab", None, None, 100, None),
              ("gob-yucatan", "co-funder", 6000000, "MXN", None, None),
              ("mun-valladolid", "permits and space", None, None, 30, "market stalls"),
              ("giz-ficticia", "training", 400000, "EUR", 120, None)]),
            ("p-sur-sur", "Cooperación Sur-Sur en agricultura familiar", "Transferir prácticas de agricultura familiar a Centroamérica",
             "cooperación sur-sur", "amexcid-ficticia", "convenio", [2, 17], "2019-01", "2020-12",
             [("amexcid-ficticia", "lead", 3000000, "MXN", None, None),
              ("sader-ficticia", "technical experts", None, None, 80, None),
              ("u-chapingo", "training", None, None, 100, None),
              ("coop-honduras", "recipient partner", None, None, 60, None)]),
        ],
    ),
    "peru": dict(
        name="Red multiactor de desarrollo amazónico y andino — Perú (ilustrativa)",
        country="PE",
        description="Illustrative network with FICTIONAL organisations, modelled on the Peruvian case of the "
                    "Santiago 2018 seminar: the national cooperation agency, regional governments, municipalities, "
                    "mining and agro-export firms, universities, NGOs and donors on health, water and livelihoods.",
        actors=[
            ("apci-ficticia", "Agencia Peruana de Cooperación (ficticia)", "public", "national", "Lima", ["networks", "policy-influence", "legitimacy"], ["data", "local-knowledge"], ["public mandate"]),
            ("minsa-ficticio", "Ministerio de Salud Pública (ficticio)", "public", "national", "Lima", ["funding", "policy-influence"], ["community-access", "data"], ["public mandate"]),
            ("gore-cusco", "Gobierno Regional de los Andes (ficticio)", "public", "regional", "Región de los Andes", ["funding", "infrastructure"], ["technical-assistance", "research"], ["public mandate"]),
            ("gore-loreto", "Gobierno Regional Amazónico (ficticio)", "public", "regional", "Región Amazónica", ["funding", "legitimacy"], ["logistics", "training"], ["public mandate"]),
            ("muni-urubamba", "Municipalidad Provincial del Valle Sagrado (ficticia)", "public", "local", "Valle Sagrado", ["local-knowledge", "community-access"], ["funding", "technology"], ["public mandate"]),
            ("muni-nauta", "Municipalidad de Puerto Río (ficticia)", "public", "local", "Puerto Río", ["local-knowledge", "community-access"], ["funding", "logistics", "infrastructure"], ["public mandate"]),
            ("minera-sur", "Compañía Minera del Sur Andino (ficticia)", "private", "national", "Región de los Andes", ["funding", "logistics", "infrastructure"], ["legitimacy", "community-access"], ["corporate social responsibility", "value chain"]),
            ("agroexport", "Agroexportadora del Pacífico (ficticia)", "private", "national", "Lima", ["funding", "technology"], ["training", "local-knowledge"], ["value chain"]),
            ("cacao-coop", "Cooperativa de Cacao Amazónico (ficticia)", "private", "local", "Puerto Río", ["local-knowledge", "logistics"], ["funding", "technology", "training"], ["value chain"]),
            ("u-cayetano", "Universidad Peruana de Ciencias de la Salud (ficticia)", "academia", "national", "Lima", ["research", "training", "data"], ["funding", "community-access"], ["mutual learning"]),
            ("u-amazonia", "Universidad Nacional de la Amazonía (ficticia)", "academia", "regional", "Región Amazónica", ["research", "local-knowledge"], ["funding", "technology"], ["mutual learning"]),
            ("ong-salud", "ONG Salud Andina (ficticia)", "civil-society", "regional", "Región de los Andes", ["technical-assistance", "community-access"], ["funding", "data"], ["social justice"]),
            ("fed-nativa", "Federación de Comunidades Nativas del Río (ficticia)", "civil-society", "local", "Puerto Río", ["community-access", "legitimacy", "local-knowledge"], ["funding", "technical-assistance", "infrastructure"], ["self-determination"]),
            ("fund-minera", "Fundación Minera para el Desarrollo (ficticia)", "civil-society", "national", "Lima", ["funding", "networks"], ["community-access", "legitimacy"], ["corporate social responsibility"]),
            ("koica-ficticia", "Agencia de Cooperación del Este (ficticia)", "international", "international", None, ["funding", "technology", "training"], ["local-knowledge"], ["development policy"]),
            ("ops-ficticia", "Organización Multilateral de Salud (ficticia)", "international", "international", None, ["technical-assistance", "data", "policy-influence"], ["community-access"], ["development policy"]),
            ("suiza-ficticia", "Cooperación Alpina para el Agua (ficticia)", "international", "international", None, ["funding", "technical-assistance"], ["legitimacy", "local-knowledge"], ["development policy"]),
        ],
        ties=[
            ("apci-ficticia", "koica-ficticia", "agreement", 3), ("apci-ficticia", "suiza-ficticia", "agreement", 2),
            ("apci-ficticia", "gore-cusco", "coordination", 1), ("minsa-ficticio", "ops-ficticia", "technical-cooperation", 3),
            ("minera-sur", "fund-minera", "funding", 3), ("agroexport", "cacao-coop", "funding", 1),
        ],
        projects=[
            ("p-salud-andina", "Salud materna en los Andes", "Reducir la mortalidad materna en comunidades altoandinas",
             "salud", "gore-cusco", "convenio", [3, 5], "2017-03", "2020-12",
             [("gore-cusco", "lead", 4000000, "PEN", None, None),
              ("minsa-ficticio", "health staff", None, None, 300, None),
              ("ong-salud", "community health agents", None, None, 400, None),
              ("u-cayetano", "research and training", None, None, 150, None),
              ("muni-urubamba", "waiting houses", None, None, 60, "buildings"),
              ("fund-minera", "co-funder", 1500000, "PEN", None, None),
              ("ops-ficticia", "technical norms", None, None, 50, None)]),
            ("p-cacao", "Cacao y bosque en pie", "Ingresos sostenibles de cacao para comunidades nativas sin deforestación",
             "desarrollo productivo", "fed-nativa", "memorandum of understanding", [8, 15], "2018-05", "2022-04",
             [("fed-nativa", "lead and territorial governance", None, None, 350, "land"),
              ("cacao-coop", "processing", None, None, 200, None),
              ("agroexport", "buyer", 800000, "USD", None, None),
              ("u-amazonia", "agroforestry research", None, None, 120, None),
              ("gore-loreto", "co-funder", 2000000, "PEN", None, None),
              ("muni-nauta", "river transport", None, None, 40, "boats"),
              ("koica-ficticia", "funder", 1000000, "USD", 60, None)]),
            ("p-agua-valle", "Agua y saneamiento en el Valle Sagrado", "Agua potable y saneamiento para 15 comunidades",
             "agua y saneamiento", "muni-urubamba", "convenio", [6], "2019-01", "2021-12",
             [("muni-urubamba", "lead", 1200000, "PEN", 100, None),
              ("suiza-ficticia", "funder and technical assistance", 1500000, "CHF", 80, None),
              ("minera-sur", "co-funder", 900000, "PEN", None, "pipes"),
              ("gore-cusco", "co-funder", 1000000, "PEN", None, None)]),
        ],
    ),
}


def build(key, case):
    actors = []
    for (aid, name, sector, level, territory, offers, needs, motivation) in case["actors"]:
        actor = {"id": aid, "name": name, "sector": sector, "level": level}
        if level != "international" or sector != "international":
            actor["country"] = case["country"]
        if territory:
            actor["territory"] = territory
        actor.update({"offers": offers, "needs": needs, "motivation": motivation})
        actors.append(actor)
    ties = []
    projects = []
    for (pid, name, objective, area, lead, agreement, sdgs, start, end, members) in case["projects"]:
        project_members = []
        for (actor, role, money, currency, work, in_kind) in members:
            member = {"actor": actor, "role": role}
            contributions = {}
            if money is not None:
                contributions["money"] = money
                contributions["currency"] = currency
            if work is not None:
                contributions["work"] = work
            if in_kind:
                contributions["in_kind"] = in_kind
            if contributions:
                member["contributions"] = contributions
            project_members.append(member)
            # The lead's working tie to each partner: funding where money flows, otherwise technical cooperation.
            if actor != lead:
                kind = "funding" if money is not None else ("in-kind" if in_kind and work is None else "technical-cooperation")
                ties.append({"from": actor, "to": lead, "weight": 2, "kind": kind, "project": pid})
        projects.append({"id": pid, "name": name, "objective": objective, "area": area, "lead": lead,
                         "members": project_members, "agreement": agreement, "sdgs": sdgs,
                         "start": start, "end": end})
    seen = {(t["from"], t["to"]) for t in ties} | {(t["to"], t["from"]) for t in ties}
    for (a, b, kind, weight) in case["ties"]:
        if (a, b) in seen:
            continue
        ties.append({"from": a, "to": b, "weight": weight, "kind": kind})
    return {"name": case["name"], "description": case["description"], "language": "es", "directed": False,
            "source": "Illustrative example written for actornet (fictional organisations); "
                      "scripts/make_example_networks.py",
            "actors": actors, "ties": ties, "projects": projects}


def write_csv(key, network):
    with open(os.path.join(ROOT, f"{key}-ties.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["source", "target", "weight", "kind", "project"])
        for t in network["ties"]:
            w.writerow([t["from"], t["to"], t["weight"], t["kind"], t.get("project", "")])
    with open(os.path.join(ROOT, f"{key}-actors.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "sector", "level", "country", "territory", "offers", "needs", "motivation"])
        for a in network["actors"]:
            w.writerow([a["id"], a["name"], a["sector"], a["level"], a.get("country", ""), a.get("territory", ""),
                        ";".join(a["offers"]), ";".join(a["needs"]), ";".join(a["motivation"])])


if __name__ == "__main__":
    for key, case in CASES.items():
        network = build(key, case)
        with open(os.path.join(ROOT, f"{key}.yaml"), "w", encoding="utf-8") as f:
            f.write("# Illustrative network: every organisation in it is fictional.\n")
            yaml.safe_dump(network, f, sort_keys=False, allow_unicode=True, width=110)
        if key == "chile":
            write_csv(key, network)
