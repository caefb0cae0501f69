import ActorNet

/// The capability vocabulary for `offers` and `needs`, read in English or Spanish; unknown capabilities are kept
/// as folded free text (`Gestión de residuos` → `gestion-de-residuos`), so they still match each other.
public enum Capability {
    /// Canonical capability → Spanish label and folded aliases.
    static let vocabulary: [(id: String, spanish: String, aliases: [String])] = [
        ("funding", "financiamiento", ["financiamiento", "financiacion", "fondos", "financing", "money", "dinero", "recursos-financieros"]),
        ("technical-assistance", "asistencia técnica", ["asistencia-tecnica", "cooperacion-tecnica", "technical-cooperation", "expertise"]),
        ("research", "investigación", ["investigacion", "estudios", "studies"]),
        ("training", "capacitación", ["capacitacion", "formacion", "education", "educacion"]),
        ("local-knowledge", "conocimiento local", ["conocimiento-local", "conocimiento-territorial", "territorial-knowledge"]),
        ("community-access", "acceso a comunidades", ["acceso-comunitario", "acceso-a-comunidades", "acceso-a-la-comunidad", "community"]),
        ("infrastructure", "infraestructura", ["infraestructura"]),
        ("logistics", "logística", ["logistica", "transporte", "transport"]),
        ("data", "datos", ["datos", "informacion", "information"]),
        ("technology", "tecnología", ["tecnologia", "innovation", "innovacion"]),
        ("policy-influence", "incidencia política", ["incidencia", "incidencia-politica", "advocacy", "policy"]),
        ("networks", "redes", ["redes", "contactos", "contacts", "networking"]),
        ("volunteers", "voluntariado", ["voluntarios", "voluntariado", "volunteering"]),
        ("communication", "comunicación", ["comunicacion", "difusion", "outreach"]),
        ("legitimacy", "legitimidad", ["legitimidad", "confianza", "trust"]),
    ]

    /// The canonical form of a capability.
    public static func normalise(_ text: String) -> String {
        let key = foldKey(text)
        for entry in vocabulary where entry.id == key || entry.aliases.contains(key) { return entry.id }
        return key
    }

    /// A capability as a reader sees it.
    public static func label(_ capability: String, language: String) -> String {
        guard language.hasPrefix("es"), let entry = vocabulary.first(where: { $0.id == capability }) else {
            return capability
        }
        return entry.spanish
    }
}
