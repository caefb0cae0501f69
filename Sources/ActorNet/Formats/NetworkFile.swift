import Foundation

/// A network read from disk, normalised (duplicate ties merged, self-loops dropped), with the warnings met.
public struct LoadedNetwork: Sendable {
    public var network: Network
    public var warnings: [Diagnostic]
    public var sourceMap: SourceMap
    /// Actor positions of every tie's ends in `network`, as resolved by validation.
    public var endpoints: TieEndpoints
    /// Every file read to build the network (the file, `--actors`, the companions beside a ties CSV), in the
    /// order read; no output may replace one of them. Empty for `NetworkFile.parse`.
    public var inputFiles: [InputFile] = []
}

/// The network file formats, chosen by file extension.
public enum NetworkFormat: String, Sendable, CaseIterable {
    case yaml, json, csv, graphml, gexf, xlsx

    public init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "csv", "tsv", "txt": self = .csv
        case "graphml", "xml": self = .graphml
        case "gexf": self = .gexf
        case "xlsx", "xlsm": self = .xlsx
        default: return nil
        }
    }
}

/// Loading and validating network files.
public enum NetworkFile {
    /// Parses, validates and normalises text in `format`, as if read from `file` (no paired files). For tools
    /// and fuzzing; `load` adds `--actors` and the companion files beside a ties CSV.
    public static func parse(_ text: String, format: NetworkFormat, file: String) throws(LoadError) -> LoadedNetwork {
        let (network, sourceMap, diagnostics) = try read(text, format: format, file: file)
        return try validated(
            network, sourceMap, diagnostics,
            inferActors: format == .csv || (network.actors.isEmpty && !network.ties.isEmpty))
    }

    /// The shared last step: infer actors when asked, validate, order the diagnostics, fail on any error.
    private static func validated(
        _ input: Network, _ inputMap: SourceMap, _ readDiagnostics: [Diagnostic],
        inferActors: Bool
    ) throws(LoadError) -> LoadedNetwork {
        let validation = NetworkValidator.validate(input, sourceMap: inputMap, inferActors: inferActors)
        let diagnostics = NetworkValidator.ordered(readDiagnostics + validation.diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { throw .invalid(diagnostics) }
        return LoadedNetwork(
            network: validation.network, warnings: diagnostics, sourceMap: validation.sourceMap,
            endpoints: validation.endpoints)
    }

    /// The format-specific first step: text to an unvalidated network with positions and parse diagnostics.
    package static func read(_ text: String, format: NetworkFormat, file path: String) throws(LoadError) -> (
        Network, SourceMap, [Diagnostic]
    ) {
        var diagnostics: [Diagnostic] = []
        var network: Network
        var sourceMap = SourceMap(file: path)
        switch format {
        case .yaml, .json:
            let root: DocumentNode?
            do {
                root = format == .yaml ? try DocumentReader.readYAML(text) : try DocumentReader.readJSON(text)
            } catch {
                guard case .syntax(let line, let column, let message) = error else { fatalError() }
                throw .invalid([Diagnostic(.error, SourceLocation(file: path, line: line, column: column), message)])
            }
            if format == .json, let root, NodeLinkDecoder.isNodeLink(root) {
                var decoder = NodeLinkDecoder(file: path)
                network = decoder.decode(root)
                diagnostics += decoder.diagnostics
                sourceMap = decoder.sourceMap
            } else if format == .json, let root, KumuBlueprintDecoder.isBlueprint(root) {
                var decoder = KumuBlueprintDecoder(file: path)
                network = decoder.decode(root)
                diagnostics += decoder.diagnostics
                sourceMap = decoder.sourceMap
            } else {
                var decoder = NetworkDecoder(file: path)
                network = decoder.decode(root)
                diagnostics += decoder.diagnostics
                sourceMap = decoder.sourceMap
            }
        case .graphml, .gexf:
            let (read, map, problems) =
                format == .gexf ? GEXFReader.read(text, file: path) : GraphML.read(text, file: path)
            network = read
            sourceMap = map
            diagnostics += problems
            if problems.contains(where: { $0.message.hasPrefix("malformed XML") || $0.message.hasPrefix("not XML") }) {
                throw .invalid(problems)
            }
        case .xlsx:
            // A workbook is a zip archive, not text: it is read from its file (`load`).
            throw .invalid([Diagnostic(.error, SourceLocation(file: path)) { $0.text(.xlsxNotText) }])
        case .csv:
            var reader = CSVNetworkReader()
            let ties = reader.ties(text, file: path)
            network = Network(name: ((path as NSString).lastPathComponent as NSString).deletingPathExtension)
            network.ties = ties.ties
            sourceMap.tieRows = ties.locations
            diagnostics += reader.diagnostics
            if ties.ties.isEmpty && !reader.diagnostics.contains(where: { $0.severity == .error }) {
                diagnostics.append(
                    Diagnostic(.error, SourceLocation(file: path, line: 2)) {
                        $0.text(.validationNoTieRows)
                    })
            }
        }
        return (network, sourceMap, diagnostics)
    }

    /// The files that travel with a ties CSV `net.csv` (as `convert … net.csv` writes them): `net.actors.csv`,
    /// `net.projects.csv` and `net.network.csv` (name, description, language, directed, source).
    public enum Companion: String, Sendable, CaseIterable {
        case actors, projects, network
    }

    /// `net.csv` → `net.<kind>.csv` beside it, when that file exists; nil for a file that is itself a companion.
    /// Built as text from the path as given (not through `URL`, which made it absolute and removed `..` before
    /// the kernel could resolve a symlink in front of it).
    public static func companionFile(_ kind: Companion, of path: String) -> String? {
        guard let candidate = companionPath(kind, of: path) else { return nil }
        var status = stat()
        return stat(candidate, &status) == 0 ? candidate : nil
    }

    /// `net.csv` → `net.<kind>.csv`, whether or not it exists; nil for a file that is itself a companion.
    public static func companionPath(_ kind: Companion, of path: String) -> String? {
        let (_, name) = KernelPath.split(path)
        let stem = (name as NSString).deletingPathExtension
        guard !Companion.allCases.contains(where: { stem.hasSuffix("." + $0.rawValue) }) else { return nil }
        let pathStem = name == stem ? path : String(path.dropLast(name.count - stem.count))
        return pathStem + "." + kind.rawValue + ".csv"
    }

    /// Kumu's connections CSV → its elements CSV beside it, when that file exists: the last `connections` in the
    /// file name (any case) becomes `elements` in the same case (`Kumu - Connections.csv` → `Kumu - Elements.csv`,
    /// `mapa-connections.csv` → `mapa-elements.csv`), as Kumu's workbook sheets are named.
    public static func kumuElementsFile(of path: String) -> String? {
        let (_, name) = KernelPath.split(path)
        guard let range = name.range(of: "connections", options: [.caseInsensitive, .backwards]) else { return nil }
        let word = name[range]
        let elements =
            word == "CONNECTIONS" ? "ELEMENTS" : word.first?.isUppercase == true ? "Elements" : "elements"
        let candidate = String(path.dropLast(name.count)) + name.replacingCharacters(in: range, with: elements)
        var status = stat()
        return stat(candidate, &status) == 0 ? candidate : nil
    }

    /// Reads, validates and normalises `path`. For a ties CSV, actors come from `actorsPath`, or else from the
    /// companion `net.actors.csv` when it exists (or else are inferred from the ties); the companion projects and
    /// network files are read when they exist.
    /// - Throws: `LoadError.cannotOpen` when a file cannot be read; `.invalid` with every problem at once.
    /// An `.xlsx` workbook's ties come from the sheet named `sheet`, else from the sheet its name marks as ties
    /// (`XLSXNetworkReader`); its actors, projects and network sheets are read the same way.
    public static func load(
        _ path: String, actors explicitActors: String? = nil, sheet: String? = nil
    ) throws(LoadError) -> LoadedNetwork {
        guard let format = NetworkFormat(path: path) else {
            let pathExtension = (path as NSString).pathExtension
            throw .invalid([
                Diagnostic(.error, SourceLocation(file: path)) {
                    $0.text(.validationUnknownFileType, ["extension": pathExtension])
                }
            ])
        }
        var inputs: [InputFile] = [], encodingWarnings: [Diagnostic] = []
        var network: Network, sourceMap: SourceMap, diagnostics: [Diagnostic]
        if format == .xlsx {
            let workbook = try XLSXNetworkReader.read(path, sheet: sheet)
            (network, sourceMap, diagnostics) = (workbook.network, workbook.sourceMap, workbook.diagnostics)
            inputs.append(workbook.input)
        } else {
            let text =
                format == .csv
                ? try InputText.readCSV(path, recordingIn: &inputs, warnings: &encodingWarnings)
                : try InputText.read(path, recordingIn: &inputs)
            (network, sourceMap, diagnostics) = try read(text, format: format, file: path)
            diagnostics = encodingWarnings + diagnostics
        }
        let actorsPath =
            explicitActors ?? (format == .csv ? companionFile(.actors, of: path) ?? kumuElementsFile(of: path) : nil)
        var inferActors = format == .csv ? actorsPath == nil : network.actors.isEmpty && !network.ties.isEmpty
        if let actorsPath {
            guard NetworkFormat(path: actorsPath) == .csv else {
                throw .invalid([
                    Diagnostic(.error, SourceLocation(file: actorsPath)) { $0.text(.validationActorsTakesCSV) }
                ])
            }
            let actorsText = try InputText.readCSV(actorsPath, recordingIn: &inputs, warnings: &diagnostics)
            var reader = CSVNetworkReader()
            let actors = reader.actors(actorsText, file: actorsPath)
            network.actors += actors.map(\.0)
            sourceMap.actors += actors.map(\.1)
            diagnostics += reader.diagnostics
            inferActors = false
        }
        if format == .csv, let networkPath = companionFile(.network, of: path) {
            var reader = CSVNetworkReader()
            let metadata = try InputText.readCSV(networkPath, recordingIn: &inputs, warnings: &diagnostics)
            reader.readMetadata(metadata, file: networkPath, into: &network)
            diagnostics += reader.diagnostics
        }
        if format == .csv, let projectsPath = companionFile(.projects, of: path) {
            let projectsText = try InputText.readCSV(projectsPath, recordingIn: &inputs, warnings: &diagnostics)
            var reader = CSVNetworkReader()
            let projects = reader.projects(projectsText, file: projectsPath)
            network.projects = projects.map(\.0)
            sourceMap.projects = projects.map(\.1)
            diagnostics += reader.diagnostics
        }
        var loaded = try validated(network, sourceMap, diagnostics, inferActors: inferActors)
        loaded.inputFiles = inputs
        return loaded
    }
}
