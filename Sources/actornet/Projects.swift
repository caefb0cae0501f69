import ArgumentParser
import ActorNet
import ActorNetAnalysis
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
        let projects = try input.analysis().projects
        if shown.format == .json {
            try printJSON(["projects": projects])
            return
        }
        let yes = shown.word("yes", "sí"), no = "no"
        var rows = [shown.spanish
            ? ["proyecto", "actores", "sectores", "niveles", "público", "multiactor", "multinivel", "nivel del líder", "aportes", "acuerdo"]
            : ["project", "actors", "sectors", "levels", "public", "multi-actor", "multi-level", "lead level", "contributions", "agreement"]]
        for p in projects {
            rows.append([p.name, String(p.actors.count), String(p.sectors.count), String(p.levels.count), p.hasPublic ? yes : no,
                         p.multiActor ? yes : no, p.multiLevel ? yes : no, p.leadLevel?.label(shown.language) ?? "—",
                         p.contributionTypes.joined(separator: "+"), p.hasAgreement ? yes : no])
        }
        try printOutput(projects.isEmpty ? shown.word("The network has no projects.", "La red no tiene proyectos.") : alignedTable(rows, leftAligned: [0, 7, 8]))
    }
}
