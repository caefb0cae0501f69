/// The window and what it kept, in words (the heading of tables) and as JSON (the `window` member).
extension TimeWindow {
    /// `in 2015`, `in 2014–2017`, `from 2014 on`, `until 2013`, in `language`.
    public func phrase(_ language: Language) -> String {
        switch (from, to) {
        case (let from?, nil): language.text(.windowFrom, ["date": from])
        case (nil, let to?): language.text(.windowUntil, ["date": to])
        default: language.text(.windowIn, ["window": description])
        }
    }
}

/// What a window kept of the whole network, for the outputs that say which window was applied.
public struct TimeWindowSummary: Sendable, Hashable, Encodable {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil when the window is open on that side.
    public var from: String?
    public var to: String?
    public var actors: Int
    public var ties: Int
    public var projects: Int
    public var droppedActors: Int
    public var droppedTies: Int
    public var droppedProjects: Int
    public var undatedActors: Int
    public var undatedTies: Int

    enum CodingKeys: String, CodingKey {
        case from, to, actors, ties, projects
        case droppedActors = "dropped_actors"
        case droppedTies = "dropped_ties"
        case droppedProjects = "dropped_projects"
        case undatedActors = "undated_actors"
        case undatedTies = "undated_ties"
    }

    /// The window itself.
    public var window: TimeWindow {
        TimeWindow(from: from.flatMap(PartialDate.init(parsing:)), to: to.flatMap(PartialDate.init(parsing:)))
    }

    /// `Network as it stood in 2015: actors 4 of 6, …`, in `language`.
    public func heading(_ language: Language) -> String {
        language.text(
            .windowHeading,
            [
                "window": window.phrase(language), "actors": actors, "allActors": actors + droppedActors,
                "ties": ties, "allTies": ties + droppedTies, "projects": projects,
                "allProjects": projects + droppedProjects, "undatedActors": undatedActors, "undatedTies": undatedTies,
            ])
    }
}

extension TimeRestriction {
    public var summary: TimeWindowSummary {
        TimeWindowSummary(
            from: window.from?.description, to: window.to?.description, actors: network.actors.count,
            ties: network.ties.count, projects: network.projects.count, droppedActors: droppedActors,
            droppedTies: droppedTies, droppedProjects: droppedProjects, undatedActors: undatedActors,
            undatedTies: undatedTies)
    }
}
