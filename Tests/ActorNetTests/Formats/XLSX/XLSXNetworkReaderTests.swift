import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

/// Workbooks written by openpyxl and by hand (scripts/make_xlsx_fixtures.py) read into exact networks, through the
/// same header synonyms as CSV, with `FILE:SHEET!CELL` in every message.
@Suite struct XLSXNetworkReaderTests {
    /// The workshop workbook (sheets `Relaciones` and `Actores`, Spanish headers) is the workshop CSV pair's network.
    @Test func workshopWorkbookGivesTheWorkshopCSVNetwork() throws {
        let loaded = try NetworkFile.load(fixture("xlsx/taller.xlsx"))
        #expect(loaded.network == WorkshopCSVTests.expected("taller"))
        #expect(loaded.network == (try NetworkFile.load(fixture("workshop/taller.csv"))).network)
        #expect(loaded.warnings.map(\.description) == [])
        #expect(loaded.inputFiles.map(\.path) == [fixture("xlsx/taller.xlsx")])
    }

    /// Shared strings with rich-text runs and a phonetic guide, inline strings, a header in row 2, sparse cells, a
    /// formula's cached value, booleans, dates in a built-in and a custom format (and a time), a number in a
    /// non-date custom format, `_x0009_`, elements with an `x:` prefix.
    @Test func cellsOfEveryKind() throws {
        let loaded = try NetworkFile.load(fixture("xlsx/cells.xlsx"))
        #expect(loaded.network == Self.cells(name: "cells", start: "2024-03-15", end: "2024-04-30", time: "2024-03-15"))
        #expect(loaded.warnings.map(\.description) == [])
    }

    /// The same serials in a workbook using the 1904 date system are 1462 days later.
    @Test func dates1904() throws {
        let loaded = try NetworkFile.load(fixture("xlsx/cells-1904.xlsx"))
        #expect(
            loaded.network == Self.cells(name: "cells-1904", start: "2028-03-16", end: "2028-05-01", time: "2028-03-16")
        )
    }

    static func cells(name: String, start: String, end: String, time: String) -> Network {
        let anaBea = "Ana & Bea", tokyo = "東京", tab = "tab\there"
        var first = Tie(from: anaBea, to: tokyo, weight: 1, kind: .other)
        first.directed = true
        first.contributions = Contributions(money: 1234.5)
        first.start = start
        first.end = end
        first.attributes = ["registrado": time + "T18:00:00"]
        var second = Tie(from: "Casa", to: tab, weight: 2, kind: .other)
        second.directed = false
        second.start = "2024"
        return Network(
            name: name,
            actors: [anaBea, tokyo, "Casa", tab].map { Actor(id: $0) },
            ties: [first, second, Tie(from: "Casa", to: anaBea, weight: 0.1, kind: .other)])
    }

    /// Kumu's sheets: `Elements` is the actors sheet and `Connections` the ties sheet, read through Kumu's columns
    /// as a Kumu CSV is (Label as the id, Type as the sector or kind it names, Description as the notes, Strength as
    /// the weight; Tags kept as an attribute); a sheet named `(ignore)` is skipped.
    @Test func kumuWorkbook() throws {
        let loaded = try NetworkFile.load(fixture("xlsx/kumu.xlsx"))
        let ministerio = Actor(
            id: "Ministerio de Salud", sector: .public, attributes: ["Tags": "salud|rectoría"],
            notes: "Rector del sistema")
        let red = Actor(id: "Red de Mujeres", sector: .civilSociety, attributes: ["Tags": "género"])
        let universidad = Actor(id: "Universidad Central", sector: .academia, notes: "Investigación aplicada")
        #expect(loaded.warnings.map(\.description) == [])
        #expect(
            loaded.network
                == Network(
                    name: "kumu", actors: [ministerio, red, universidad],
                    ties: [
                        Tie(from: "Ministerio de Salud", to: "Red de Mujeres", weight: 4, kind: .funding),
                        Tie(
                            from: "Universidad Central", to: "Ministerio de Salud", weight: 2.5,
                            kind: .knowledgeExchange),
                    ]))
    }

    /// `--sheet` names the ties sheet (folded: case and accents do not matter); a name no sheet has is refused,
    /// listing the sheets.
    @Test func sheetOption() throws {
        let byName = try NetworkFile.load(fixture("xlsx/kumu.xlsx"), sheet: "connections")
        #expect(byName.network.ties.count == 2)
        let path = fixture("xlsx/taller.xlsx")
        #expect(
            Self.problems { _ = try NetworkFile.load(path, sheet: "Nada") } == [
                "\(path): error: no sheet named `Nada`; the sheets are `Relaciones`, `Actores`"
            ])
    }

    /// A workbook of several sheets none of which is named as ties: which one is asked, in the reader's language.
    @Test func noTiesSheetIsAskedFor() throws {
        let path = try Self.workbook(
            "dos-hojas.xlsx",
            [
                XLSXWriter.Sheet(name: "Hoja1", rows: [[.text("a")]]),
                XLSXWriter.Sheet(name: "Hoja2", rows: [[.text("b")]]),
            ])
        #expect(
            Self.problems(in: .es) { _ = try NetworkFile.load(path) } == [
                "\(path): error: ¿qué hoja contiene los lazos? Indíquela con --sheet o dele un nombre de lazos "
                    + "(lazos, relaciones, vinculos, conexiones, ties, edges…); las hojas son `Hoja1`, `Hoja2`"
            ])
    }

    /// Cell problems name the sheet and the cell; a sheet name that is not one word is quoted as a formula quotes it.
    @Test func problemsNameTheSheetAndTheCell() throws {
        let path = try Self.workbook(
            "celdas.xlsx",
            [
                XLSXWriter.Sheet(
                    name: "Mis lazos",
                    rows: [
                        [], [.text("Origen"), .text("Destino"), .text("Intensidad")],
                        [.text("a"), .text("b"), .text("mucho")], [.text("b"), .empty, .number(2)],
                    ])
            ])
        #expect(
            Self.problems(in: .es) { _ = try NetworkFile.load(path) } == [
                "\(path):'Mis lazos'!C3: error: campo `weight`: `mucho` no es un número",
                "\(path):'Mis lazos'!B4: error: un lazo tiene `to` vacío",
            ])
    }

    /// A header near a known one is warned about as in CSV, at its cell; the column is kept as an attribute.
    @Test func nearMissHeaderIsWarnedAboutAtItsCell() throws {
        let path = try Self.workbook(
            "casi.xlsx",
            [
                XLSXWriter.Sheet(
                    name: "Vínculos",
                    rows: [
                        [.text("Origen"), .text("Destino"), .text("Intesidad")],
                        [.text("a"), .text("b"), .number(2)],
                    ])
            ])
        let loaded = try NetworkFile.load(path)
        #expect(
            loaded.warnings.map { $0.description(in: .es) } == [
                "\(path):Vínculos!C1: advertencia: columna desconocida `Intesidad`: se conserva como atributo "
                    + "(¿quiso decir `intensidad`?)"
            ])
        #expect(loaded.network.ties.map(\.attributes) == [["Intesidad": "2"]])
    }

    @Test func emptySheetAndHeaderWithoutRows() throws {
        let empty = try Self.workbook("vacio.xlsx", [XLSXWriter.Sheet(name: "Lazos", rows: [])])
        #expect(
            Self.problems { _ = try NetworkFile.load(empty) } == [
                "\(empty):Lazos: error: the sheet is empty: expected a header row (source, target, …)"
            ])
        let header = try Self.workbook(
            "cabecera.xlsx", [XLSXWriter.Sheet(name: "Ties", rows: [[.text("source"), .text("target")]])])
        #expect(
            Self.problems { _ = try NetworkFile.load(header) } == [
                "\(header):Ties!2: error: no ties: the file has a header but no rows"
            ])
    }

    /// Damaged and hostile workbooks are refused with one clear message each (exit 65 in the CLI), never a crash.
    @Test func hostileWorkbooks() throws {
        let hostile = { (name: String) in fixture("xlsx/hostile/\(name).xlsx") }
        let notWorkbook = "error: not an .xlsx workbook: the file is not a zip archive, or it is truncated"
        #expect(
            Self.problems { _ = try NetworkFile.load(hostile("truncated")) } == [
                "\(hostile("truncated")): \(notWorkbook)"
            ])
        #expect(
            Self.problems { _ = try NetworkFile.load(hostile("not-a-zip")) } == [
                "\(hostile("not-a-zip")): \(notWorkbook)"
            ])
        #expect(
            Self.problems { _ = try NetworkFile.load(hostile("missing-sheet")) } == [
                "\(hostile("missing-sheet")):Lazos: error: the workbook lacks its part `xl/worksheets/sheet1.xml`: "
                    + "it is damaged, or not an Excel workbook"
            ])
        #expect(
            Self.problems { _ = try NetworkFile.load(hostile("bad-shared-string")) } == [
                "\(hostile("bad-shared-string")):Lazos!B3: error: the cell refers to shared string 99, but the "
                    + "workbook has 5"
            ])
        #expect(
            Self.problems { _ = try NetworkFile.load(hostile("malformed")) } == [
                "\(hostile("malformed")):Lazos: error: malformed XML in part `xl/worksheets/sheet1.xml`, line 8: "
                    + "document ended too early"
            ])
        let legacy = try scratchFile("viejo.xlsx", "\u{D0}", purpose: "xlsx")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).write(to: URL(fileURLWithPath: legacy))
        #expect(
            Self.problems(in: .es) { _ = try NetworkFile.load(legacy) } == [
                "\(legacy): error: es un libro de Excel 97–2003 (.xls) o protegido con contraseña, no un .xlsx: "
                    + "guárdelo en Excel como .xlsx sin contraseña"
            ])
        // A declared count of four billion shared strings is not believed: the five real ones are read.
        #expect(try NetworkFile.load(hostile("huge-count")).network.ties.count == 3)
    }

    /// A part that unpacks past the limit stops there (a zip bomb), however small the archive.
    @Test func partLimitStopsAZipBomb() throws {
        let path = fixture("xlsx/taller.xlsx")
        #expect(
            Self.problems { _ = try XLSXNetworkReader.read(path, sheet: nil, partLimit: 300) }.first
                == "\(path): error: part `_rels/.rels` unpacks to more than 300 bytes, the limit")
    }

    static func workbook(_ name: String, _ sheets: [XLSXWriter.Sheet]) throws -> String {
        let path = try scratchFolder("xlsx") + "/" + name
        try XLSXWriter.data(sheets).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The problems `body` throws, in `language`.
    static func problems(in language: Language = .en, _ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch {
            guard case .invalid(let diagnostics) = error as? LoadError else { return ["\(error)"] }
            return diagnostics.map { $0.description(in: language) }
        }
    }
}
