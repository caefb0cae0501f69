/// An organisation or person taking part in cooperation.
public struct Actor: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var sector: Sector
    public var level: Level
    /// ISO 3166-1 alpha-2, upper case.
    public var country: String?
    /// Free text: región, comuna, departamento, municipio…
    public var territory: String?
    public var roles: [String]
    /// Capabilities the actor brings (funding, local-knowledge…).
    public var offers: [String]
    /// Capabilities the actor lacks.
    public var needs: [String]
    public var motivation: [String]
    public var attributes: [String: String]
    public var notes: String?

    public init(
        id: String, name: String? = nil, sector: Sector = .unspecified, level: Level = .unspecified,
        country: String? = nil, territory: String? = nil, roles: [String] = [], offers: [String] = [],
        needs: [String] = [], motivation: [String] = [], attributes: [String: String] = [:],
        notes: String? = nil
    ) {
        self.id = id
        self.name = name ?? id
        self.sector = sector
        self.level = level
        self.country = country
        self.territory = territory
        self.roles = roles
        self.offers = offers
        self.needs = needs
        self.motivation = motivation
        self.attributes = attributes
        self.notes = notes
    }
}

/// What a partner puts in: money, work, goods or services.
public struct Contributions: Sendable, Hashable, Codable {
    public var money: Double?
    /// ISO 4217 code of `money`.
    public var currency: String?
    /// Work in person-days.
    public var work: Double?
    /// Goods or services given in kind, described.
    public var inKind: String?

    public init(money: Double? = nil, currency: String? = nil, work: Double? = nil, inKind: String? = nil) {
        self.money = money
        self.currency = currency
        self.work = work
        self.inKind = inKind
    }

    public var isEmpty: Bool { money == nil && currency == nil && work == nil && inKind == nil }

    enum CodingKeys: String, CodingKey {
        case money, currency, work
        case inKind = "in_kind"
    }
}

/// A relation between two actors. `weight` is strength: bigger means closer.
public struct Tie: Sendable, Hashable, Codable {
    public var from: String
    public var to: String
    public var weight: Double
    public var kind: TieKind
    /// Overrides the network's default direction when set.
    public var directed: Bool?
    public var project: String?
    public var note: String?
    public var contributions: Contributions? {
        get { details?.value.contributions }
        set { updateDetails { $0.contributions = newValue } }
    }
    /// When the tie began: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var start: String? {
        get { details?.value.start }
        set { updateDetails { $0.start = newValue } }
    }
    /// When the tie ended (inclusive), in the same forms as `start`; nil while it lasts or when unknown.
    public var end: String? {
        get { details?.value.end }
        set { updateDetails { $0.end = newValue } }
    }
    /// Fields of other tools (Kumu, Gephi, GraphML keys) kept as text.
    public var attributes: [String: String] {
        get { details?.value.attributes ?? [:] }
        set { updateDetails { $0.attributes = newValue } }
    }
    /// The rarely set fields live in an immutable box (replaced, never mutated, so `Tie` keeps value semantics):
    /// most ties have none, and held inline the 64-byte optional contributions alone made every tie 144 bytes
    /// instead of 88 — memory that a 500k-tie network copies several times while loading.
    private var details: TieDetailsBox?

    enum CodingKeys: String, CodingKey {
        case from, to, weight, kind, directed, contributions, project, note, start, end, attributes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            from: try container.decode(String.self, forKey: .from), to: try container.decode(String.self, forKey: .to),
            weight: try container.decode(Double.self, forKey: .weight),
            kind: try container.decode(TieKind.self, forKey: .kind),
            directed: try container.decodeIfPresent(Bool.self, forKey: .directed),
            contributions: try container.decodeIfPresent(Contributions.self, forKey: .contributions),
            project: try container.decodeIfPresent(String.self, forKey: .project),
            note: try container.decodeIfPresent(String.self, forKey: .note),
            start: try container.decodeIfPresent(String.self, forKey: .start),
            end: try container.decodeIfPresent(String.self, forKey: .end),
            attributes: try container.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(weight, forKey: .weight)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(directed, forKey: .directed)
        try container.encodeIfPresent(contributions, forKey: .contributions)
        try container.encodeIfPresent(project, forKey: .project)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encodeIfPresent(start, forKey: .start)
        try container.encodeIfPresent(end, forKey: .end)
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
    }

    public init(
        from: String, to: String, weight: Double = 1, kind: TieKind = .other, directed: Bool? = nil,
        contributions: Contributions? = nil, project: String? = nil, note: String? = nil, start: String? = nil,
        end: String? = nil, attributes: [String: String] = [:]
    ) {
        self.from = from
        self.to = to
        self.weight = weight
        self.kind = kind
        self.directed = directed
        self.project = project
        self.note = note
        let details = TieDetails(contributions: contributions, start: start, end: end, attributes: attributes)
        self.details = details.isEmpty ? nil : TieDetailsBox(details)
    }

    /// Whether this tie is directed in a network whose default is `networkDirected`.
    public func isDirected(networkDirected: Bool) -> Bool { directed ?? networkDirected }

    private mutating func updateDetails(_ change: (inout TieDetails) -> Void) {
        var value = details?.value ?? TieDetails()
        change(&value)
        details = value.isEmpty ? nil : TieDetailsBox(value)
    }
}

/// The fields of a tie that most ties leave empty.
struct TieDetails: Sendable, Hashable {
    var contributions: Contributions?
    var start: String?
    var end: String?
    var attributes: [String: String] = [:]

    var isEmpty: Bool { contributions == nil && start == nil && end == nil && attributes.isEmpty }
}

/// An actor's part in a project.
public struct ProjectMember: Sendable, Hashable, Codable {
    public var actor: String
    public var role: String?
    public var contributions: Contributions?

    public init(actor: String, role: String? = nil, contributions: Contributions? = nil) {
        self.actor = actor
        self.role = role
        self.contributions = contributions
    }
}

/// A joint initiative: the two-mode side of the network.
public struct Project: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var objective: String?
    /// Thematic area.
    public var area: String?
    /// The leading actor's id.
    public var lead: String?
    public var members: [ProjectMember]
    /// convenio, MoU, contract, informal…
    public var agreement: String?
    /// Sustainable Development Goals, 1–17.
    public var sdgs: [Int]
    /// ISO 8601 dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    public var start: String?
    public var end: String?

    public init(
        id: String, name: String? = nil, objective: String? = nil, area: String? = nil, lead: String? = nil,
        members: [ProjectMember] = [], agreement: String? = nil, sdgs: [Int] = [], start: String? = nil,
        end: String? = nil
    ) {
        self.id = id
        self.name = name ?? id
        self.objective = objective
        self.area = area
        self.lead = lead
        self.members = members
        self.agreement = agreement
        self.sdgs = sdgs
        self.start = start
        self.end = end
    }

    /// Lead and members, each once, lead first.
    public var participants: [String] {
        var seen = Set<String>()
        return ([lead].compactMap { $0 } + members.map(\.actor)).filter { seen.insert($0).inserted }
    }
}

/// A multi-actor cooperation network.
public struct Network: Sendable, Hashable, Codable {
    public var name: String
    public var description: String?
    /// The map's goals (Net-Map), in order; an actor's stance on goal N is its attribute `stance.N` (from 1).
    public var goals: [String]
    /// Language of names and of reports made from it (`es`, `en`…).
    public var language: String?
    public var directed: Bool
    public var source: String?
    /// How an importer made the network (file key `import`); nil for networks written by hand.
    public var importRecord: ImportRecord?
    public var actors: [Actor]
    public var ties: [Tie]
    public var projects: [Project]

    public init(
        name: String, description: String? = nil, goals: [String] = [], language: String? = nil,
        directed: Bool = false, source: String? = nil, importRecord: ImportRecord? = nil, actors: [Actor] = [],
        ties: [Tie] = [], projects: [Project] = []
    ) {
        self.name = name
        self.description = description
        self.goals = goals
        self.language = language
        self.directed = directed
        self.source = source
        self.importRecord = importRecord
        self.actors = actors
        self.ties = ties
        self.projects = projects
    }

    /// Actor position by id.
    public var actorIndex: [String: Int] {
        var index = [String: Int](minimumCapacity: actors.count)
        for (i, actor) in actors.enumerated() where index[actor.id] == nil { index[actor.id] = i }
        return index
    }
}

/// Immutable storage for a tie's details; compared and hashed by value.
final class TieDetailsBox: Sendable, Hashable {
    let value: TieDetails

    init(_ value: TieDetails) { self.value = value }

    static func == (a: TieDetailsBox, b: TieDetailsBox) -> Bool { a.value == b.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
