import ActorNet
import ActorNetAnalysis
import ArgumentParser
import Foundation

struct Projects: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check each project against the seminar's definition of multi-actor cooperation.",
        discussion: """
            multi_actor: ≥2 actors, ≥1 public, ≥2 sectors; multi_level: ≥2 territorial levels.
            JSON: {"projects": [{"id", "name", "actors", "sectors", "levels", "has_public", "multi_actor",
            "multi_level", "lead_level", "contribution_types", "has_agreement"}]}.

            Example:
              actornet projects Networks/chile.yaml --lang es
            """
    )

    @OptionGroup var input: NetworkInput
    @OptionGroup var shown: AnalysisOutputOptions

    func run() throws {
        let analysis = try input.analysis()
        let projects = analysis.projects
        let language = input.language(for: analysis.network)
        if shown.format == .json {
            try printJSON(["projects": projects])
            return
        }
        let yes = language.text(.wordYes), no = language.text(.wordNo)
        let headingKeys: [CatalogueKey] = [
            .projectsProject, .projectsActors, .projectsSectors, .projectsLevels, .projectsPublic,
            .projectsMultiActor, .projectsMultiLevel, .projectsLeadLevel, .projectsContributions, .projectsAgreement,
        ]
        var rows = [headingKeys.map { language.text($0) }]
        for p in projects {
            rows.append([
                p.name, String(p.actors.count), String(p.sectors.count), String(p.levels.count), p.hasPublic ? yes : no,
                p.multiActor ? yes : no, p.multiLevel ? yes : no, p.leadLevel?.label(language) ?? "—",
                p.contributionTypes.map { language.contribution($0) }.joined(separator: "+"), p.hasAgreement ? yes : no,
            ])
        }
        try printOutput(
            input.windowHeading(language)
                + (projects.isEmpty
                    ? language.text(.networkHasNoProjects) : alignedTable(rows, leftAligned: [0, 7, 8])))
    }
}
