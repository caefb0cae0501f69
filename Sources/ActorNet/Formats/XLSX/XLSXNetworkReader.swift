import Foundation

/// Reads a network from an `.xlsx` workbook: a ties sheet and optional actors, projects and network sheets, each
/// read exactly as the CSV file of the same role (`CSVTableReader` rows, `CSVNetworkReader` header synonyms), so
/// every column name a CSV accepts is accepted in a sheet too.
///
/// Sheets are recognised by name in Spanish, English and Portuguese, and Kumu's `Elements`/`Connections`; sheets
/// whose name contains `(ignore)` are skipped, as Kumu skips them. The ties sheet is the one `--sheet` names, else
/// the only sheet, else the one named as ties.
enum XLSXNetworkReader {
    enum Role: CaseIterable {
        case ties, actors, projects, network

        /// Folded sheet names (`foldKey`) that give a sheet this role.
        var names: [String] {
            switch self {
            case .ties:
                [
                    "lazos", "relaciones", "vinculos", "conexiones", "ties", "edges", "links", "relations",
                    "relationships", "connections", "conexoes", "lacos", "relacoes", "arestas", "aristas",
                ]
            case .actors:
                [
                    "actores", "actors", "atores", "organizaciones", "organizations", "organisations",
                    "organizacoes", "nodes", "nodos", "nos", "elements", "elementos",
                ]
            case .projects: ["proyectos", "projects", "projetos"]
            case .network: ["red", "network", "rede", "metadata", "metadatos", "metadados"]
            }
        }

        func matches(_ sheetName: String) -> Bool { names.contains(foldKey(sheetName)) }
    }

    /// The network in the workbook at `path`, where each record was read, the problems met, and the file read.
    static func read(
        _ path: String, sheet chosen: String?, partLimit: Int = XLSXArchive.defaultPartLimit
    ) throws(LoadError) -> (network: Network, sourceMap: SourceMap, diagnostics: [Diagnostic], input: InputFile) {
        let (data, input) = try InputText.readBytes(path)
        let workbook = try XLSXWorkbook(data, file: path, partLimit: partLimit)
        let read = try read(workbook, sheet: chosen)
        return (read.network, read.sourceMap, read.diagnostics, input)
    }

    static func read(_ workbook: XLSXWorkbook, sheet chosen: String?) throws(LoadError) -> (
        network: Network, sourceMap: SourceMap, diagnostics: [Diagnostic]
    ) {
        let file = workbook.file
        let sheets = workbook.sheets.filter { !$0.name.lowercased().contains("(ignore)") }
        let listed = workbook.sheets.map { "`\($0.name)`" }.joined(separator: ", ")
        guard !sheets.isEmpty else { throw XLSXWorkbook.problem(file) { $0.text(.xlsxNoSheets) } }
        let tiesSheet: XLSXWorkbook.Sheet
        if let chosen {
            guard
                let match = workbook.sheets.first(where: { $0.name == chosen })
                    ?? workbook.sheets.first(where: { foldKey($0.name) == foldKey(chosen) })
            else {
                throw XLSXWorkbook.problem(file) { $0.text(.xlsxNoSuchSheet, ["sheet": chosen, "sheets": listed]) }
            }
            tiesSheet = match
        } else if sheets.count == 1 {
            tiesSheet = sheets[0]
        } else if let named = sheets.first(where: { Role.ties.matches($0.name) }) {
            tiesSheet = named
        } else {
            let names = Role.ties.names.prefix(6).joined(separator: ", ")
            throw XLSXWorkbook.problem(file) { $0.text(.xlsxNoTiesSheet, ["sheets": listed, "names": names]) }
        }
        let others = sheets.filter { $0 != tiesSheet }
        func sheetFor(_ role: Role) -> XLSXWorkbook.Sheet? { others.first { role.matches($0.name) } }

        var reader = CSVNetworkReader()
        var network = Network(name: ((file as NSString).lastPathComponent as NSString).deletingPathExtension)
        var sourceMap = SourceMap(file: file)
        var diagnostics: [Diagnostic] = []
        let tieRows = try workbook.rows(tiesSheet)
        guard let first = tieRows.rows.first else {
            throw XLSXWorkbook.problem(file, sheet: tiesSheet.name) {
                $0.text(.xlsxEmptySheet, ["columns": "source, target"])
            }
        }
        let ties = reader.ties(
            CSVTableReader(sheet: tieRows, file: file, columns: CSVNetworkReader.tieColumns, required: ["from", "to"]))
        network.ties = ties.ties
        sourceMap.tieRows = ties.locations
        if ties.ties.isEmpty && !reader.diagnostics.contains(where: { $0.severity == .error }) {
            let location = SourceLocation(file: file, line: first.number + 1, sheet: tiesSheet.name)
            diagnostics.append(Diagnostic(.error, location) { $0.text(.validationNoTieRows) })
        }
        if let actorsSheet = sheetFor(.actors) {
            let rows = try workbook.rows(actorsSheet)
            if !rows.rows.isEmpty {
                let actors = reader.actors(
                    CSVTableReader(
                        sheet: rows, file: file, columns: CSVNetworkReader.actorColumns, required: ["id"],
                        standIns: ["id": "name"]))
                network.actors = actors.map(\.0)
                sourceMap.actors = actors.map(\.1)
            }
        }
        if let networkSheet = sheetFor(.network) {
            let rows = try workbook.rows(networkSheet)
            if !rows.rows.isEmpty {
                reader.readMetadata(
                    CSVTableReader(
                        sheet: rows, file: file, columns: CSVNetworkReader.metadataColumns,
                        required: ["field", "value"]),
                    into: &network)
            }
        }
        if let projectsSheet = sheetFor(.projects) {
            let rows = try workbook.rows(projectsSheet)
            if !rows.rows.isEmpty {
                let projects = reader.projects(
                    CSVTableReader(
                        sheet: rows, file: file, columns: CSVNetworkReader.projectColumns, required: ["id"]))
                network.projects = projects.map(\.0)
                sourceMap.projects = projects.map(\.1)
            }
        }
        return (network, sourceMap, reader.diagnostics + diagnostics)
    }
}
