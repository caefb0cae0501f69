import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

/// What actornet writes as `.xlsx`: read back to an equal network in every language, and the cells openpyxl reads
/// from it (recorded by scripts/make_xlsx_fixtures.py in written-by-actornet.cells.json) still the ones written.
@Suite struct XLSXWriterTests {
    static let rich = fixture("xlsx/rich.yaml")

    @Test(arguments: Language.allCases) func roundTripGivesAnEqualNetwork(language: Language) throws {
        let original = try NetworkFile.load(Self.rich).network
        let path = try scratchFolder("xlsx") + "/rich-\(language.rawValue).xlsx"
        try NetworkWriter.xlsx(original, language: language).write(to: URL(fileURLWithPath: path))
        let back = try NetworkFile.load(path)
        #expect(back.network == original)
        #expect(back.warnings.map(\.description) == [])
    }

    /// The same network gives the same bytes (fixed zip dates, no clock in the output).
    @Test func outputIsDeterministic() throws {
        let network = try NetworkFile.load(Self.rich).network
        #expect(try NetworkWriter.xlsx(network, language: .es) == NetworkWriter.xlsx(network, language: .es))
    }

    /// The cells openpyxl read from the committed workbook are the cells actornet writes today, sheet by sheet.
    @Test func openpyxlReadsTheCellsWritten() throws {
        let json = try Data(contentsOf: URL(fileURLWithPath: fixture("xlsx/written-by-actornet.cells.json")))
        let recorded = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
        let network = try NetworkFile.load(Self.rich).network
        let written = NetworkWriter.xlsxSheets(network, language: .es)
        #expect(written.map(\.name) == recorded.map { $0["name"] as? String ?? "" })
        for (sheet, record) in zip(written, recorded) {
            let rows = record["rows"] as? [[[Any]]] ?? []
            let width = rows.map(\.count).max() ?? 0
            let expected = rows.map { $0.map(Self.cell) }
            // openpyxl pads every row to the sheet's width; an empty text cell is not written at all.
            let actual = sheet.rows.map { row in
                (row + Array(repeating: .empty, count: width - row.count)).map { $0 == .text("") ? .empty : $0 }
            }
            #expect(actual.map { $0.map(Self.guarded) } == expected, "\(sheet.name)")
        }
    }

    /// openpyxl's view of a recorded cell `[type, value]`.
    static func cell(_ pair: [Any]) -> SpreadsheetCell {
        switch pair.first as? String {
        case "number": .number((pair[1] as? NSNumber)?.doubleValue ?? .nan)
        case "bool": .bool((pair[1] as? NSNumber)?.boolValue ?? false)
        case "text": .text(pair[1] as? String ?? "")
        default: .empty
        }
    }

    /// A text cell as stored: guarded against formula injection, as the writer stores it.
    static func guarded(_ cell: SpreadsheetCell) -> SpreadsheetCell {
        guard case .text(let text) = cell else { return cell }
        return .text(CSVSafety.guarded(text))
    }

    /// Control characters travel as `_xHHHH_`, and a literal `_xHHHH_` is escaped in turn; both read back exactly.
    @Test func excelEscapesRoundTrip() throws {
        let texts = ["bell\u{7}", "tab\tnewline\n", "_x0041_ literal", "a_b_x12_"]
        for text in texts {
            #expect(
                XLSXText.unescaped(
                    XLSXWriter.escaped(text, cell: true)
                        .replacingOccurrences(of: "&amp;", with: "&")) == text)
        }
        #expect(XLSXWriter.escaped("bell\u{7}<&>", cell: true) == "bell_x0007_&lt;&amp;&gt;")
        #expect(XLSXWriter.escaped("_x0041_", cell: true) == "_x005F_x0041_")
        let path = try XLSXNetworkReaderTests.workbook(
            "escapes.xlsx",
            [
                XLSXWriter.Sheet(
                    name: "Ties", rows: [[.text("from"), .text("to")], [.text("a\u{7}"), .text("_x0041_")]])
            ])
        #expect(try NetworkFile.load(path).network.ties.map { [$0.from, $0.to] } == [["a\u{7}", "_x0041_"]])
    }

    /// Kumu's workbook: `Elements` (ID first when ids differ from names) and `Connections`, Kumu's column names,
    /// vocabulary as labels in the language, several values joined by `|` (roles in a roles column: Kumu's Tags
    /// are read back as the attribute `Tags`).
    @Test func kumuWorkbookCells() throws {
        let network = try NetworkFile.load(Self.rich).network
        let sheets = KumuWorkbook.sheets(network, language: .es)
        #expect(sheets.map(\.name) == ["Elements", "Connections"])
        #expect(
            sheets[0].rows.map { $0.map(\.text) } == [
                [
                    "ID", "Label", "Type", "Description", "Tags", "roles", "nivel", "país", "territorio", "ofrece",
                    "necesidades", "motivación", "Código postal", "Región",
                ],
                [
                    "fundacion", "Fundación Pérez & Hijos", "Privado", "", "", "donante|=HYPERLINK(\"x\")",
                    "Nacional", "CO", "", "funding", "", "", "050001", "Antioquia",
                ],
                [
                    "alcaldia", "Alcaldía de Medellín – Secretaría de Paz", "Público", "línea 1\nlínea 2", "", "",
                    "Local", "", "Medellín", "", "", "", "", "",
                ],
                [
                    "universidad", "Universidad de Antioquia", "Academia", "", "", "", "Regional", "", "", "", "", "",
                    "", "",
                ],
                [
                    "corporacion", "Corporación \"Nuevo Día\"", "Sociedad civil", "", "", "", "Local", "", "", "", "",
                    "", "", "",
                ],
            ])
        #expect(
            sheets[1].rows.map { $0.map(\.text) } == [
                [
                    "From", "To", "Type", "Direction", "Strength", "Description", "proyecto", "dinero", "moneda",
                    "trabajo", "en especie", "inicio", "fin", "Origen del dato",
                ],
                [
                    "fundacion", "alcaldia", "Financiamiento", "undirected", "2.5", "", "paz", "150000.75", "COP", "",
                    "",
                    "2024-03", "", "",
                ],
                [
                    "alcaldia", "universidad", "Cooperación técnica", "directed", "1", "-2 según acta", "", "", "", "",
                    "", "", "", "",
                ],
                [
                    "universidad", "corporacion", "Intercambio de conocimiento", "undirected", "0.75", "", "", "", "",
                    "",
                    "", "", "", "encuesta",
                ],
                ["corporacion", "fundacion", "Coordinación", "undirected", "3", "", "", "", "", "", "", "", "", ""],
            ])
        #expect(sheets[1].rows[1][4] == .number(2.5))
    }

    /// The Kumu workbook read back through Kumu's columns gives the same actors and ties in every language; a tie
    /// that followed the network's direction comes back with that direction written out (Kumu's Direction).
    @Test(arguments: Language.allCases) func kumuWorkbookReadsBackAsTheSameActorsAndTies(language: Language) throws {
        let original = try NetworkFile.load(Self.rich).network
        let path = try scratchFolder("xlsx") + "/kumu-\(language.rawValue).xlsx"
        try KumuWorkbook.data(original, language: language).write(to: URL(fileURLWithPath: path))
        let back = try NetworkFile.load(path)
        #expect(back.network.actors == original.actors)
        #expect(
            back.network.ties
                == original.ties.map { tie in
                    var tie = tie
                    tie.directed = tie.directed ?? original.directed
                    return tie
                })
        #expect(back.warnings.map(\.description) == [])
    }

    @Test func cellReferencesAndDates() {
        #expect(
            [1, 26, 27, 52, 703, 16_384].map(SpreadsheetReference.columnName) == ["A", "Z", "AA", "AZ", "AAA", "XFD"])
        #expect(SpreadsheetReference.cell("C7")?.column == 3 && SpreadsheetReference.cell("C7")?.row == 7)
        #expect(SpreadsheetReference.cell("XFE1") == nil && SpreadsheetReference.cell("7C") == nil)
        #expect(
            SpreadsheetReference.sheet("Lazos") == "Lazos"
                && SpreadsheetReference.sheet("O'Higgins 2") == "'O''Higgins 2'")
        #expect(XLSXCellValue.dateText(serial: 1, date1904: false) == "1900-01-01")
        #expect(XLSXCellValue.dateText(serial: 61, date1904: false) == "1900-03-01")
        #expect(XLSXCellValue.dateText(serial: 45366.5, date1904: false) == "2024-03-15T12:00:00")
        #expect(XLSXCellValue.dateText(serial: 0, date1904: true) == "1904-01-01")
        #expect(XLSXCellValue.dateText(serial: -1, date1904: false) == nil)
        #expect(["dd/mm/yyyy", "[h]:mm", "mmm-yy", "yyyy\\-mm"].allSatisfy(XLSXCellValue.isDateFormat))
        #expect(!["0.00", "#,##0", "[Red]0.0\"d\"", "General", "@"].contains(where: XLSXCellValue.isDateFormat))
    }
}
