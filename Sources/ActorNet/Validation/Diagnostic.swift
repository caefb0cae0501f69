/// Where in an input file something was read.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE:LINE:COLUMN`, leaving out what the format does not give.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}

/// One problem found in an input: `FILE:LINE:COLUMN: error: MESSAGE`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Why a network could not be loaded. The CLI maps these to sysexits codes.
public enum LoadError: Error, Sendable, CustomStringConvertible {
    /// The file could not be opened or read (exit 66).
    case cannotOpen(path: String, reason: String)
    /// The file was read but its content is wrong (exit 65); all problems at once, warnings included.
    case invalid([Diagnostic])

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "\(path): error: cannot open: \(reason)"
        case .invalid(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
        }
    }
}
