import ActorNet

/// `profile --format json`, one object per indicator: quality, name, value (null when the data cannot support
/// it), range, reading and data_needed (name, reading and data_needed in the language asked for:
/// `InLanguage`; English on its own).
extension QualityIndicator: Encodable, LanguageEncodable {
    enum CodingKeys: String, CodingKey {
        case quality, name, value, range, reading
        case dataNeeded = "data_needed"
    }

    public func encode(to encoder: any Encoder) throws { try encode(to: encoder, language: "en") }

    public func encode(to encoder: any Encoder, language: String) throws {
        let language = Language(parsing: language) ?? .en
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(quality.rawValue, forKey: .quality)
        try container.encode(kind.name(language), forKey: .name)
        try container.encodeMeasure(value, forKey: .value)
        try container.encode(range, forKey: .range)
        try container.encode(reading.text(language), forKey: .reading)
        try container.encode(kind.dataNeeded(language), forKey: .dataNeeded)
    }
}
