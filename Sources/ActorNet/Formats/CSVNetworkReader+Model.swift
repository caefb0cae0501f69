import Dispatch
import Foundation
import Synchronization

/// One CSV data row seen as a record: typed parsing that reports problems at the cell.
private struct CSVRecord {
    let row: CSVTableReader.Row
    let table: CSVTableReader.Table

    init(_ row: CSVTableReader.Row, in table: CSVTableReader.Table) {
        self.row = row
        self.table = table
    }

    /// Made only when needed: a problem to report, or a record that keeps its field positions.
    var fields: FieldLocations {
        FieldLocations(start: table.location(line: row.line), columns: table.columns)
    }

    /// The trimmed cell in `slot`, nil when empty or when the file has no such column.
    func cell(_ slot: Int?) -> String? {
        guard let slot else { return nil }
        let value = row.values[slot]
        return value.isEmpty ? nil : value
    }

    /// Parses a non-empty cell; on failure records the catalogue's `problem` (with `field` and `value`) at the
    /// cell, in the field's name as the message names it (`directed` for a network CSV's `value`), and returns nil.
    func parsed<T>(
        _ slot: Int?, _ field: String, into diagnostics: inout [Diagnostic], _ parse: (String) -> T?,
        _ problem: CatalogueKey, named name: String? = nil
    ) -> T? {
        guard let text = cell(slot) else { return nil }
        if let value = parse(text) { return value }
        let shownName = name ?? field
        diagnostics.append(
            Diagnostic(.error, fields.at(field)) { $0.text(problem, ["field": shownName, "value": text]) })
        return nil
    }

    func vocabulary<V: Vocabulary>(_ slot: Int?, _ field: String, into diagnostics: inout [Diagnostic]) -> V? {
        guard let text = cell(slot) else { return nil }
        if let value = V(parsing: text) { return value }
        diagnostics.append(Diagnostic(.error, fields.at(field)) { unknownValueMessage(V.self, text, field: field, $0) })
        return nil
    }

    func amount(_ slot: Int?, _ field: String, into diagnostics: inout [Diagnostic]) -> Double? {
        parsed(slot, field, into: &diagnostics, Self.nonNegativeAmount, .validationExpectedAmount)
    }

    private static func nonNegativeAmount(_ text: String) -> Double? {
        parseNumber(text).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
    }

    /// The text itself when it is a date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func isoDate(_ text: String) -> String? { isISODate(text) ? text : nil }

    func list(_ slot: Int?) -> [String] { splitList(cell(slot) ?? "") }

    /// A list cell; in a Kumu table (`kumu`), `|` separates values as `;` does.
    func list(_ slot: Int?, kumu: Bool) -> [String] {
        guard kumu else { return list(slot) }
        return list(slot).flatMap { $0.split(separator: "|").map { trimmedSpaces(String($0)) } }.filter { !$0.isEmpty }
    }
}

extension CSVNetworkReader {
    /// Ties from a ties CSV and, in the same order, where each was read.
    ///
    /// A large file is cut at line ends into one part per core, read in parallel and joined in file order: the
    /// result, diagnostics included, is the same as reading it in one piece.
    mutating func ties(
        _ text: String, file: String, parts partCount: Int = ProcessInfo.processInfo.activeProcessorCount,
        minimumPartRows: Int = 50_000, fullGrammar: Bool = false
    ) -> (ties: [Tie], locations: RowLocations) {
        let reader = CSVTableReader(
            text, file: file, columns: Self.tieColumns, required: ["from", "to"], fullGrammar: fullGrammar)
        return ties(reader, parts: partCount, minimumPartRows: minimumPartRows)
    }

    /// Ties from the rows of a ties table (a CSV file's or a worksheet's).
    mutating func ties(
        _ reader: CSVTableReader, parts partCount: Int = ProcessInfo.processInfo.activeProcessorCount,
        minimumPartRows: Int = 50_000
    ) -> (ties: [Tie], locations: RowLocations) {
        let table = reader.table
        diagnostics += reader.diagnostics
        warnUnknownColumns(of: reader, known: Self.tieColumns)
        // Kumu's `To` (so spelled) may name several elements separated by `|`: one tie to each, as Kumu draws them.
        let splitTargets = table.columns["to"].map { reader.header[$0 - 1] == "To" } ?? false
        let parts = reader.parts(partCount, minimumRows: minimumPartRows)
        let totalRows = reader.estimatedRows
        typealias PartResult = (ties: [Tie], lines: [Int32], cellProblems: [Diagnostic], rowProblems: [Diagnostic])
        let results = Mutex([PartResult?](repeating: nil, count: parts.count))
        DispatchQueue.concurrentPerform(iterations: parts.count) { k in
            var part = parts[k], partReader = CSVNetworkReader()
            let (ties, lines) = partReader.tieRows(
                &part, reserving: k == 0 ? totalRows : part.estimatedRows, splitTargets: splitTargets)
            results.withLock { $0[k] = (ties, lines, partReader.diagnostics, part.diagnostics) }
        }
        var all = results.withLock { results in
            defer { results = [] }
            return results
        }
        let first = all[0]!
        all[0] = nil  // `first.ties` is now the only reference: appending grows it in place, without a copy
        var ties = first.ties, locations = RowLocations(file: table.file, sheet: table.sheet, columns: table.columns)
        locations.lines = first.lines
        // Problems in the order one sequential pass finds them: every cell problem, then every row-shape problem.
        var rowProblems = first.rowProblems
        diagnostics += first.cellProblems
        for k in all.indices.dropFirst() {
            ties += all[k]!.ties
            locations.lines += all[k]!.lines
            diagnostics += all[k]!.cellProblems
            rowProblems += all[k]!.rowProblems
            all[k] = nil
        }
        diagnostics += rowProblems
        warnKeptKumuTieValues(ties, table: table, headers: reader.header)
        return (ties, locations)
    }

    /// The ties of the rows `reader` yields, with their lines; problems in their cells go to `diagnostics`.
    private mutating func tieRows(
        _ reader: inout CSVTableReader, reserving capacity: Int, splitTargets: Bool
    ) -> ([Tie], [Int32]) {
        let table = reader.table
        var ties: [Tie] = [], lines: [Int32] = []
        ties.reserveCapacity(capacity)
        lines.reserveCapacity(capacity)
        let from = table.slot("from"), to = table.slot("to"), weight = table.slot("weight"), kind = table.slot("kind")
        let directed = table.slot("directed"), project = table.slot("project"), note = table.slot("note")
        let money = table.slot("money"), currency = table.slot("currency"), work = table.slot("work")
        let inKind = table.slot("in_kind"), start = table.slot("start"), end = table.slot("end")
        let kumuType = table.slot("kumu_type"), strength = table.slot("strength")
        let direction = table.slot("direction")
        while let row = reader.next() {
            let record = CSVRecord(row, in: table)
            var tie = Tie(from: record.cell(from) ?? "", to: record.cell(to) ?? "")
            for (slot, field) in [(weight, "weight"), (strength, "strength")] {
                guard let text = record.cell(slot), field == "weight" || parseNumber(text) != nil else { continue }
                switch parseWeight(text) {
                case .success(let value): tie.weight = value
                case .failure(let problem):
                    diagnostics.append(
                        Diagnostic(.error, record.fields.at(field)) {
                            problem.message(field: "weight", $0)
                        })
                }
            }
            if record.cell(kind) != nil { tie.kind = record.vocabulary(kind, "kind", into: &diagnostics) ?? .other }
            tie.directed = record.parsed(directed, "directed", into: &diagnostics, parseBool, .validationExpectedBool)
            tie.project = record.cell(project)
            tie.note = record.cell(note)
            let contributions = Contributions(
                money: record.amount(money, "money", into: &diagnostics), currency: record.cell(currency)?.uppercased(),
                work: record.amount(work, "work", into: &diagnostics), inKind: record.cell(inKind))
            tie.contributions = contributions.isEmpty ? nil : contributions
            tie.start = record.parsed(start, "start", into: &diagnostics, CSVRecord.isoDate, .validationExpectedDate)
            tie.end = record.parsed(end, "end", into: &diagnostics, CSVRecord.isoDate, .validationExpectedDate)
            if !row.extra.isEmpty { tie.attributes = Dictionary(row.extra, uniquingKeysWith: { first, _ in first }) }
            if let text = record.cell(kumuType) {
                if record.cell(kind) == nil, let parsed = TieKind(parsing: text) {
                    tie.kind = parsed
                } else {
                    tie.attributes["type"] = text
                }
            }
            if let text = record.cell(strength), parseNumber(text) == nil { tie.attributes["strength"] = text }
            if let text = record.cell(direction) {
                switch KumuDirection(parsing: text) {
                case .directed: tie.directed = tie.directed ?? true
                case .undirected: tie.directed = tie.directed ?? false
                case .mutual:
                    tie.directed = tie.directed ?? false
                    tie.attributes["direction"] = "mutual"
                case nil:
                    diagnostics.append(
                        Diagnostic(.error, record.fields.at("direction")) {
                            $0.text(.kumuExpectedDirection, ["value": text])
                        })
                }
            }
            if splitTargets, tie.to.contains("|") {
                for target in tie.to.split(separator: "|").map({ trimmedSpaces(String($0)) }) where !target.isEmpty {
                    var one = tie
                    one.to = target
                    ties.append(one)
                    lines.append(Int32(clamping: row.line))
                }
                continue
            }
            ties.append(tie)
            lines.append(Int32(clamping: row.line))
        }
        return (ties, lines)
    }

    /// Actors from an actors CSV; unknown columns become `attributes`.
    mutating func actors(_ text: String, file: String) -> [(Actor, FieldLocations)] {
        actors(CSVTableReader(text, file: file, columns: Self.actorColumns, required: ["id"], standIns: ["id": "name"]))
    }

    /// Actors from the rows of an actors table (a CSV file's or a worksheet's).
    mutating func actors(_ reader: CSVTableReader) -> [(Actor, FieldLocations)] {
        var reader = reader
        var result: [(Actor, FieldLocations)] = []
        let table = reader.table
        warnUnknownColumns(of: reader, known: Self.actorColumns)
        // Under Kumu's own `Label` header, lists are Kumu's: several values in a cell are separated by `|`.
        let kumuLists = table.columns["name"].map { reader.header[$0 - 1] == "Label" } ?? false
        while let row = reader.next() {
            let record = CSVRecord(row, in: table)
            var actor = Actor(id: record.cell(table.slot("id")) ?? "", name: record.cell(table.slot("name")))
            actor.sector = record.vocabulary(table.slot("sector"), "sector", into: &diagnostics) ?? .unspecified
            actor.level = record.vocabulary(table.slot("level"), "level", into: &diagnostics) ?? .unspecified
            actor.country = record.parsed(
                table.slot("country"), "country", into: &diagnostics, normaliseCountry, .validationExpectedCountry)
            actor.territory = record.cell(table.slot("territory"))
            actor.roles = record.list(table.slot("roles"), kumu: kumuLists)
            actor.offers = record.list(table.slot("offers"), kumu: kumuLists)
            actor.needs = record.list(table.slot("needs"), kumu: kumuLists)
            actor.motivation = record.list(table.slot("motivation"), kumu: kumuLists)
            actor.notes = record.cell(table.slot("notes"))
            for (header, value) in row.extra { actor.attributes[header] = value }
            if let text = record.cell(table.slot("kumu_type")) {
                if record.cell(table.slot("sector")) == nil, let sector = Sector(parsing: text) {
                    actor.sector = sector
                } else {
                    actor.attributes["type"] = text
                }
            }
            result.append((actor, record.fields))
        }
        if let column = table.columns["kumu_type"] {
            let kept = result.compactMap { $0.0.attributes["type"] }.filter { Sector(parsing: $0) == nil }
            warnKept(kept, column: column, of: table, header: reader.header[column - 1], key: .kumuTypeNotSector)
        }
        diagnostics += reader.diagnostics
        return result
    }
}

extension CSVNetworkReader {
    static let projectColumns: [String: [String]] = [
        "id": ["id", "project", "proyecto", "projeto"], "name": ["name", "nombre", "nome"],
        "objective": ["objective", "objetivo"],
        "area": ["area", "tematica", "tema"], "lead": ["lead", "lider", "liderazgo", "lideranca"],
        "agreement": ["agreement", "acuerdo", "convenio", "acordo"],
        "sdgs": ["sdgs", "sdg", "ods"], "start": ["start", "inicio"], "end": ["end", "fin", "termino", "fim"],
        "member": ["member", "miembro", "actor", "socio", "membro", "ator", "parceiro"],
        "role": ["role", "rol", "papel"],
        "money": ["money", "dinero", "monto", "dinheiro", "valor"],
        "currency": ["currency", "moneda", "moeda"], "work": ["work", "trabajo", "trabalho"],
        "in_kind": ["in-kind", "especie", "en-especie", "em-especie"],
    ]

    /// Projects from a projects CSV: one row per member, project fields repeated (the first row's are used).
    mutating func projects(_ text: String, file: String) -> [(Project, FieldLocations)] {
        projects(CSVTableReader(text, file: file, columns: Self.projectColumns, required: ["id"]))
    }

    /// Projects from the rows of a projects table (a CSV file's or a worksheet's).
    mutating func projects(_ reader: CSVTableReader) -> [(Project, FieldLocations)] {
        var reader = reader
        var order: [String] = []
        var byID: [String: (Project, FieldLocations)] = [:]
        let table = reader.table
        while let row = reader.next() {
            let record = CSVRecord(row, in: table)
            let id = record.cell(table.slot("id")) ?? ""
            if byID[id] == nil {
                var project = Project(id: id, name: record.cell(table.slot("name")))
                project.objective = record.cell(table.slot("objective"))
                project.area = record.cell(table.slot("area"))
                project.lead = record.cell(table.slot("lead"))
                project.agreement = record.cell(table.slot("agreement"))
                project.start = record.parsed(
                    table.slot("start"), "start", into: &diagnostics, CSVRecord.isoDate, .validationExpectedDate)
                project.end = record.parsed(
                    table.slot("end"), "end", into: &diagnostics, CSVRecord.isoDate, .validationExpectedDate)
                for goal in record.list(table.slot("sdgs")) {
                    if let number = Int(goal) {
                        project.sdgs.append(number)
                    } else {
                        diagnostics.append(
                            Diagnostic(
                                .error, record.fields.at("sdgs"),
                                "field `sdgs`: expected whole numbers 1–17 separated by `;`, found `\(goal)`"))
                    }
                }
                var fields = record.fields
                for (s, _) in project.sdgs.enumerated() { fields.fields["sdgs[\(s)]"] = record.fields.at("sdgs") }
                byID[id] = (project, fields)
                order.append(id)
            }
            if let actor = record.cell(table.slot("member")) {
                let contributions = Contributions(
                    money: record.amount(table.slot("money"), "money", into: &diagnostics),
                    currency: record.cell(table.slot("currency"))?.uppercased(),
                    work: record.amount(table.slot("work"), "work", into: &diagnostics),
                    inKind: record.cell(table.slot("in_kind")))
                byID[id]!.1.fields["members[\(byID[id]!.0.members.count)]"] = record.fields.at("member")
                byID[id]!.0.members.append(
                    ProjectMember(
                        actor: actor, role: record.cell(table.slot("role")),
                        contributions: contributions.isEmpty ? nil : contributions))
            }
        }
        diagnostics += reader.diagnostics
        return order.map { byID[$0]! }
    }
}

extension CSVNetworkReader {
    static let metadataColumns: [String: [String]] = [
        "field": ["field", "campo", "key", "clave", "chave"], "value": ["value", "valor"],
    ]

    /// Network fields from a `net.network.csv` (`field,value` rows: name, description, goals, language,
    /// directed, source; Spanish `nombre`, `descripcion`, `objetivos`, `idioma`, `dirigido`, `fuente`). Unknown fields
    /// are warned about.
    mutating func readMetadata(_ text: String, file: String, into network: inout Network) {
        readMetadata(
            CSVTableReader(text, file: file, columns: Self.metadataColumns, required: ["field", "value"]),
            into: &network)
    }

    /// Network fields from the rows of a `field,value` table (a CSV file's or a worksheet's).
    mutating func readMetadata(_ reader: CSVTableReader, into network: inout Network) {
        var reader = reader
        let table = reader.table
        let fieldSlot = table.slot("field"), valueSlot = table.slot("value")
        while let row = reader.next() {
            let record = CSVRecord(row, in: table)
            guard let field = record.cell(fieldSlot) else { continue }
            let value = record.cell(valueSlot)
            switch foldKey(field) {
            case "name", "nombre", "nome": if let value { network.name = value }
            case "description", "descripcion", "descricao": network.description = value
            case "goals", "objetivos":  // one cell, goals separated by `;` as in the actors' list columns
                network.goals = (value ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }
            case "language", "idioma": network.language = value
            case "source", "fuente", "fonte": network.source = value
            case "directed", "dirigido", "dirigida":
                network.directed =
                    record.parsed(
                        valueSlot, "value", into: &diagnostics, parseBool, .validationExpectedBool, named: "directed")
                    ?? false
            default:
                diagnostics.append(
                    Diagnostic(
                        .warning, record.fields.at("field"),
                        "unknown network field `\(field)` ignored; known: name, description, goals, language, "
                            + "directed, "
                            + "source"
                    ))
            }
        }
        diagnostics += reader.diagnostics
    }
}
