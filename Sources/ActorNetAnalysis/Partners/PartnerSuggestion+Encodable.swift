/// `partners --format json`: {"a", "b", "score", "capability", "diversity", "proximity", "reasons"}, the reasons
/// as text in the language asked for (`InLanguage`; English when encoded on its own).
extension PartnerSuggestion: Encodable, LanguageEncodable {
    enum CodingKeys: String, CodingKey { case a, b, score, capability, diversity, proximity, reasons }

    public func encode(to encoder: any Encoder) throws { try encode(to: encoder, language: "en") }

    public func encode(to encoder: any Encoder, language: String) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(a, forKey: .a)
        try container.encode(b, forKey: .b)
        try container.encodeMeasure(score, forKey: .score)
        try container.encodeMeasure(capability, forKey: .capability)
        try container.encodeMeasure(diversity, forKey: .diversity)
        try container.encodeMeasure(proximity, forKey: .proximity)
        try container.encode(reasons.map { $0.text(language) }, forKey: .reasons)
    }
}

/// `partners --need … --format json`: {"id", "score", "reasons"}.
extension ProviderSuggestion: Encodable, LanguageEncodable {
    enum CodingKeys: String, CodingKey { case id, score, reasons }

    public func encode(to encoder: any Encoder) throws { try encode(to: encoder, language: "en") }

    public func encode(to encoder: any Encoder, language: String) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeMeasure(score, forKey: .score)
        try container.encode(reasons.map { $0.text(language) }, forKey: .reasons)
    }
}
