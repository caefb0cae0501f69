import ActorNet

/// What the server answers instead of doing what was asked; each maps to one HTTP status (`ServeRoutes`).
public enum ServeError: Error, Sendable, Equatable {
    /// Edits that would make an invalid network, or that name what is not there (422). Nothing changed.
    case rejected([String])
    /// Undo or redo with nothing to undo or redo (409).
    case nothingToDo(String)
    /// The request is not JSON of the expected shape (400).
    case badRequest(String)
    /// The file could not be written (500): the edit is not acknowledged and the state is as before.
    case storage(String)

    public var messages: [String] {
        switch self {
        case .rejected(let messages): messages
        case .nothingToDo(let message), .badRequest(let message), .storage(let message): [message]
        }
    }
}

/// Why `serve` could not start on a file.
public enum ServeStartError: Error, Sendable {
    /// FILE is neither YAML nor JSON.
    case unsupportedFormat(String)
    /// FILE exists but does not load.
    case load(LoadError)
    /// FILE is missing and could not be created.
    case create(OutputError)
}
