/// A decision of the aliases file about one organisation, by raw ref or name (docs/iati-import.md, "Review"):
/// merge it into a canonical entry (which may set id, name, sector, level and country), or drop it.
public struct IATIAlias: Sendable, Hashable, ExpressibleByStringLiteral {
    public var id: String?
    public var name: String?
    public var sector: Sector?
    public var level: Level?
    public var country: String?
    public var drop = false

    public init(
        id: String? = nil, name: String? = nil, sector: Sector? = nil, level: Level? = nil,
        country: String? = nil, drop: Bool = false
    ) {
        self.id = id
        self.name = name
        self.sector = sector
        self.level = level
        self.country = country
        self.drop = drop
    }

    /// `"XM-DAC-41122"`: merge into that id.
    public init(stringLiteral id: String) { self.init(id: id) }

    public static let dropped = IATIAlias(drop: true)
}
