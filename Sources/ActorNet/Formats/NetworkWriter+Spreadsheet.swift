import Foundation

/// How `NetworkWriter.csv` writes its files.
public enum CSVDialect: Sendable, Equatable {
    /// RFC 4180: UTF-8 without a BOM, `,`, LF, canonical English headers and values, `.` decimals.
    case plain
    /// What a spreadsheet in `language`'s locale opens as it is (`convert … --excel`): a UTF-8 BOM (without it
    /// Excel reads UTF-8 as the ANSI code page), `;` between cells (the list separator of locales whose decimal
    /// mark is a comma, which Excel uses for CSV), CRLF line ends, headers and sector/level/kind values in
    /// `language` (spellings the reader takes back), and for Spanish and Portuguese a decimal comma in numbers.
    case spreadsheet(Language)
}

extension NetworkWriter {
    /// The table as `dialect` writes it, its columns named canonically (`weight`, `sector`, `field`…).
    static func table(_ header: [String], _ rows: [[String]], dialect: CSVDialect) -> Data {
        guard case .spreadsheet(let language) = dialect else { return CSVStreamWriter.data(header: header, rows: rows) }
        let comma = language != .en
        let localized = rows.map { row in
            zip(header, row).map { column, cell -> String in
                guard !cell.isEmpty else { return cell }
                switch column {
                case "weight", "money", "work": return comma ? cell.replacingOccurrences(of: ".", with: ",") : cell
                case "sector": return Sector(rawValue: cell)?.spelling(language) ?? cell
                case "level": return Level(rawValue: cell)?.spelling(language) ?? cell
                case "kind": return TieKind(rawValue: cell)?.spelling(language) ?? cell
                case "field": return spreadsheetHeader(cell, metadata: true, language)
                default: return cell
                }
            }
        }
        return CSVStreamWriter.spreadsheetData(
            header: header.map { spreadsheetHeader($0, metadata: false, language) }, rows: localized)
    }

    /// A column (or, with `metadata`, a network field) in `language`: a spelling the reader maps back to it.
    /// Attribute columns, and every column in English, stay as they are.
    static func spreadsheetHeader(_ name: String, metadata: Bool, _ language: Language) -> String {
        let names: [String: String]
        switch language {
        case .en: return name
        case .es:
            names = [
                "source": "origen", "target": "destino", "weight": "peso", "kind": "tipo", "directed": "dirigido",
                "project": "proyecto", "note": "nota", "money": "dinero", "currency": "moneda", "work": "trabajo",
                "in_kind": "en especie", "start": "inicio", "end": "fin", "name": "nombre", "level": "nivel",
                "country": "país", "territory": "territorio", "offers": "ofrece", "needs": "necesita",
                "motivation": "motivación", "notes": "notas", "objective": "objetivo", "area": "área", "lead": "líder",
                "agreement": "acuerdo", "sdgs": "ods", "member": "miembro", "role": "rol", "field": "campo",
                "value": "valor", "description": "descripción", "language": "idioma",
            ]
        case .pt:
            names = [
                "source": "origem", "target": "destino", "weight": "peso", "kind": "tipo", "directed": "dirigido",
                "project": "projeto", "note": "nota", "money": "dinheiro", "currency": "moeda", "work": "trabalho",
                "in_kind": "em espécie", "start": "início", "end": "fim", "name": "nome", "sector": "setor",
                "level": "nível", "country": "país", "territory": "território", "roles": "papéis",
                "offers": "oferece", "needs": "precisa", "motivation": "motivação", "notes": "observações",
                "objective": "objetivo", "area": "área", "lead": "liderança", "agreement": "acordo", "sdgs": "ods",
                "member": "membro", "role": "papel", "field": "campo", "value": "valor",
                "description": "descrição", "language": "idioma",
            ]
        }
        // `source` is the ties' first column and also a network field (fuente, fonte).
        if metadata && name == "source" { return language == .es ? "fuente" : "fonte" }
        return names[name] ?? name
    }
}

extension CSVStreamWriter {
    /// A table in the spreadsheet dialect (`CSVDialect.spreadsheet`): a UTF-8 BOM, `;` between cells, CRLF; text
    /// cells guarded (`CSVSafety`) and quoted when they hold `"`, `;`, CR or LF (a decimal comma stays bare).
    public static func spreadsheetData(header: [String], rows: [[String]]) -> Data {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        for row in [header] + rows {
            for (index, cell) in row.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ";")) }
                append(CSVSafety.guarded(cell), to: &bytes, delimiter: UInt8(ascii: ";"))
            }
            bytes += [13, 10]
        }
        return Data(bytes)
    }
}
