import ActorNet

/// The capability vocabulary for `offers` and `needs`, read in any language of the catalogue (its labels) or by an
/// alias; unknown capabilities are kept as folded free text (`Gestión de residuos` → `gestion-de-residuos`), so they
/// still match each other.
public enum Capability {
    /// Canonical capability → folded aliases beyond the catalogue's labels.
    static let vocabulary: [(id: String, aliases: [String])] = [
        (
            "funding",
            ["financiamiento", "financiacion", "fondos", "financing", "money", "dinero", "recursos-financieros"]
        ),
        ("technical-assistance", ["asistencia-tecnica", "cooperacion-tecnica", "technical-cooperation", "expertise"]),
        ("research", ["investigacion", "estudios", "studies"]),
        ("training", ["capacitacion", "formacion", "education", "educacion"]),
        ("local-knowledge", ["conocimiento-local", "conocimiento-territorial", "territorial-knowledge"]),
        ("community-access", ["acceso-comunitario", "acceso-a-comunidades", "acceso-a-la-comunidad", "community"]),
        ("infrastructure", ["infraestructura"]),
        ("logistics", ["logistica", "transporte", "transport"]),
        ("data", ["datos", "informacion", "information"]),
        ("technology", ["tecnologia", "innovation", "innovacion"]),
        ("policy-influence", ["incidencia", "incidencia-politica", "advocacy", "policy"]),
        ("networks", ["redes", "contactos", "contacts", "networking"]),
        ("volunteers", ["voluntarios", "voluntariado", "volunteering"]),
        ("communication", ["comunicacion", "difusion", "outreach"]),
        ("legitimacy", ["legitimidad", "confianza", "trust"]),
    ]

    /// Folded id, alias and label in every language → canonical id; built once (normalising runs per offer).
    static let byFoldedName: [String: String] = {
        var names: [String: String] = [:]
        for entry in vocabulary {
            let labels = CatalogueKey.capability(entry.id).map { key in Language.allCases.map { foldKey($0.text(key)) }
            }
            for name in [entry.id] + entry.aliases + (labels ?? []) where names[name] == nil { names[name] = entry.id }
        }
        return names
    }()

    /// The canonical form of a capability: its id when the text is an id, an alias or a label in any language.
    public static func normalise(_ text: String) -> String {
        let key = foldKey(text)
        return byFoldedName[key] ?? key
    }

    /// A capability as a reader sees it: its catalogue label, or the free text as written.
    public static func label(_ capability: String, language: Language) -> String {
        CatalogueKey.capability(capability).map { language.text($0) } ?? capability
    }
}
