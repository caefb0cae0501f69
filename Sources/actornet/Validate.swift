import ActorNet
import ArgumentParser

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check network files; report every problem as FILE:LINE:COLUMN: error: MESSAGE.",
        discussion: """
            Exit status: 0 when every file is valid, 65 when a file has errors, 66 when a file cannot be read,
            64 for usage errors. Warnings (merged duplicate ties, dropped self-loops, isolated actors) go to
            stderr and do not fail.

            Example:
              actornet validate Networks/*.yaml
              actornet validate Networks/chile-ties.csv --actors Networks/chile-actors.csv
            """
    )

    @Argument(help: "Network files (.yaml, .yml, .json, .csv, .graphml, .gexf, .xlsx).")
    var files: [String]

    @Option(name: .long, help: "Actors CSV paired with a ties CSV (only with one FILE).")
    var actors: String?

    @Option(name: .long, help: "The sheet holding the ties in an .xlsx workbook (default: found by its name).")
    var sheet: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if actors != nil && files.count != 1 {
            throw ValidationError(language.beforeReading.text(.cliActorsPairsWithOneFile))
        }
    }

    func run() throws {
        var worst: ExitCode?
        for file in files {
            let loaded: LoadedNetwork
            do {
                loaded = try loadNetwork(file, actors: actors, sheet: sheet, language: language.lang)
            } catch let code as ExitCode {
                if worst != Exit.data { worst = code }
                continue
            }
            let network = loaded.network
            let warnings = loaded.warnings.count
            let words = language.resolved(for: network)
            let line = words.text(
                .validateValid,
                [
                    "file": file, "actors": words.count(.countActors, network.actors.count),
                    "ties": words.count(.countTies, network.ties.count),
                    "projects": words.count(.countProjects, network.projects.count),
                ])
            // Outside the per-file catch: a failed write to standard output ends the command (exit 74) at once.
            try printOutput(line + (warnings > 0 ? ", " + words.count(.countWarnings, warnings) : ""))
        }
        if let worst { throw worst }
    }
}
