/// Where in an input file something was read.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The worksheet of a spreadsheet (.xlsx) file; `line` is then its row and `column` its column (1 = A).
    public var sheet: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// `FILE:LINE:COLUMN`, leaving out what the format does not give; in a workbook `FILE:SHEET!C7` (a cell),
    /// `FILE:SHEET!7` (a row) or `FILE:SHEET`, the sheet quoted as spreadsheets quote it when it is not one word.
    public var description: String {
        var text = file
        if let sheet {
            text += ":" + SpreadsheetReference.sheet(sheet)
            if let line { text += "!" + (column.map(SpreadsheetReference.columnName) ?? "") + String(line) }
            return text
        }
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
    /// The message in English (what `description` shows).
    public var message: String
    /// Words the message in another language, when it comes from the catalogue; nil: English in every language.
    /// Kept, not run, until asked: a file can have hundreds of thousands of warnings, read in English mostly.
    private var wording: (@Sendable (Language) -> String)?

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// A message from the catalogue, in the reader's language when printed: that language is only known after
    /// loading (it may come from the file's own `language` field).
    public init(_ severity: Severity, _ location: SourceLocation, wording: @escaping @Sendable (Language) -> String) {
        self.init(severity, location, wording(.en))
        self.wording = wording
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// The message for a reader of `language`.
    public func message(in language: Language) -> String {
        guard language != .en, let wording else { return message }
        return wording(language)
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE` for a reader of `language`; English is `description`.
    public func description(in language: Language) -> String {
        guard language != .en else { return description }
        let word = language.text(severity == .error ? .diagnosticError : .diagnosticWarning)
        return "\(location): \(word): \(message(in: language))"
    }

    /// Equal when they say the same in English at the same place (the wording is derived, not compared).
    public static func == (a: Diagnostic, b: Diagnostic) -> Bool {
        a.severity == b.severity && a.location == b.location && a.message == b.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(severity)
        hasher.combine(location)
        hasher.combine(message)
    }
}

/// Why a network could not be loaded. The CLI maps these to sysexits codes.
public enum LoadError: Error, Sendable, CustomStringConvertible {
    /// The file could not be opened or read (exit 66).
    case cannotOpen(path: String, reason: String)
    /// The file was read but its content is wrong (exit 65); all problems at once, warnings included.
    case invalid([Diagnostic])

    public var description: String { description(in: .en) }

    /// The error for a reader of `language`, every diagnostic included.
    public func description(in language: Language) -> String {
        switch self {
        case .cannotOpen(let path, let reason):
            language.text(.outputCannotOpen, ["path": path, "reason": SystemErrorText.reworded(reason, in: language)])
        case .invalid(let diagnostics): diagnostics.map { $0.description(in: language) }.joined(separator: "\n")
        }
    }
}
