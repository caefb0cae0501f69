import ActorNet
import ArgumentParser

/// `--lang en|es|pt`, also read from a locale-style value (`es_CL.UTF-8`, `pt-BR`).
extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
