import Foundation

extension IATIImporter {
    /// An aliases file: a YAML or JSON mapping from raw refs or names to a decision — a canonical id, `drop`, or a
    /// mapping with `id`, `name`, `sector`, `level`, `country` (`drop: true` to drop) — or a reviewed duplicates
    /// CSV (`--duplicates`), whose rows with `decision` `merge` go into their group's `canonical` and `drop` rows
    /// are dropped.
    public static func loadAliases(_ path: String) throws(LoadError) -> [String: IATIAlias] {
        var inputs: [InputFile] = []
        return try loadAliases(path, recordingIn: &inputs)
    }

    /// `loadAliases`, appending the file read to `inputs`.
    public static func loadAliases(
        _ path: String,
        recordingIn inputs: inout [InputFile]
    ) throws(LoadError) -> [String: IATIAlias] {
        let text = try InputText.read(path, recordingIn: &inputs)
        if (path as NSString).pathExtension.lowercased() == "csv" { return try reviewedAliases(text, path: path) }
        let root: DocumentNode?
        do { root = try DocumentReader.readYAML(text) } catch {
            guard case .syntax(let line, let column, let message) = error else { return [:] }
            throw .invalid([Diagnostic(.error, SourceLocation(file: path, line: line, column: column), message)])
        }
        guard case .mapping(let pairs, _, _)? = root else {
            throw .invalid([
                Diagnostic(
                    .error, SourceLocation(file: path, line: 1),
                    "expected a mapping `raw ref or name: canonical id`")
            ])
        }
        var aliases: [String: IATIAlias] = [:]
        var problems: [Diagnostic] = []
        for pair in pairs {
            let location = SourceLocation(file: path, line: pair.keyLine, column: pair.keyColumn)
            let key = pair.key.trimmingCharacters(in: .whitespaces)
            switch pair.value {
            case .scalar(let value, _, _) where foldKey(value) == "drop":
                aliases[key] = .dropped
            case .scalar(let value, _, _) where !value.isEmpty:
                aliases[key] = IATIAlias(id: value)
            case .mapping(let fields, _, _):
                var alias = IATIAlias()
                for field in fields {
                    guard case .scalar(let value, _, _) = field.value else { continue }
                    switch foldKey(field.key) {
                    case "id": alias.id = value
                    case "name", "nombre", "nome": alias.name = value
                    case "country", "pais": alias.country = value.uppercased()
                    case "drop": alias.drop = ["true", "yes", "si", "sim"].contains(foldKey(value))
                    case "sector", "setor":
                        alias.sector = Sector(parsing: value)
                        if alias.sector == nil {
                            problems.append(
                                Diagnostic(.error, location) {
                                    $0.text(.aliasUnknownSector, ["alias": key, "value": value])
                                })
                        }
                    case "level", "nivel":
                        alias.level = Level(parsing: value)
                        if alias.level == nil {
                            problems.append(
                                Diagnostic(.error, location) {
                                    $0.text(.aliasUnknownLevel, ["alias": key, "value": value])
                                })
                        }
                    default:
                        problems.append(
                            Diagnostic(.error, location) { [field] in
                                $0.text(.aliasUnknownField, ["alias": key, "field": field.key])
                            })
                    }
                }
                aliases[key] = alias
            default:
                problems.append(Diagnostic(.error, location) { $0.text(.aliasExpectedID, ["alias": pair.key]) })
            }
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return aliases
    }

    /// The decisions of a reviewed duplicates file: every member of a group with a `merge` row (the canonical one
    /// included) goes into the canonical id; `drop` rows are dropped; `keep` and blank rows say nothing.
    static func reviewedAliases(_ text: String, path: String) throws(LoadError) -> [String: IATIAlias] {
        let columns = Dictionary(uniqueKeysWithValues: IATIDuplicateCandidates.header.map { ($0, [$0]) })
        var reader = CSVTableReader(
            text, file: path, columns: columns,
            required: ["group", "id", "name", "canonical", "decision"])
        var rows: [[String: String]] = []
        while let row = reader.next() {
            var values: [String: String] = ["line": String(row.line)]
            for field in reader.table.fields { values[field] = row.values[reader.table.slot(field)!] }
            rows.append(values)
        }
        var problems = reader.diagnostics.filter { $0.severity == .error }
        var aliases: [String: IATIAlias] = [:]
        let merging = Set(rows.filter { foldKey($0["decision"] ?? "") == "merge" }.map { $0["group"] ?? "" })
        for row in rows {
            let decision = foldKey(row["decision"] ?? "")
            let keys = [row["ref"] ?? "", row["name"] ?? ""].filter { !$0.isEmpty }
            switch decision {
            case "drop":
                for key in keys { aliases[key] = .dropped }
            case "merge", "keep", "":
                guard merging.contains(row["group"] ?? ""), decision != "keep" else { continue }
                let canonical = row["canonical"] ?? ""
                for key in keys { aliases[key] = IATIAlias(id: canonical) }
            default:
                problems.append(
                    Diagnostic(
                        .error, SourceLocation(file: path, line: Int(row["line"] ?? "") ?? 1),
                        "decision `\(row["decision"] ?? "")`: expected merge, keep or drop"))
            }
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return aliases
    }
}
