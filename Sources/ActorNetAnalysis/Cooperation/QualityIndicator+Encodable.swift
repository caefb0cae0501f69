/// `profile --format json`, one object per indicator: quality, name, value (null when the data cannot support
/// it), range, reading, data_needed.
extension QualityIndicator: Encodable {
    enum CodingKeys: String, CodingKey {
        case quality, name, value, range, reading
        case dataNeeded = "data_needed"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(quality, forKey: .quality)
        try container.encode(name, forKey: .name)
        try container.encodeMeasure(value, forKey: .value)
        try container.encode(range, forKey: .range)
        try container.encode(reading, forKey: .reading)
        try container.encode(dataNeeded, forKey: .dataNeeded)
    }
}
