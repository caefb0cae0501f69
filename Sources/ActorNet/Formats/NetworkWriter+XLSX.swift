import Foundation

extension NetworkWriter {
    /// The network as an `.xlsx` workbook: the CSV set's tables (`NetworkTables`) as sheets named and headed in
    /// `language` (ties first, then actors, projects when there are some, and the network's fields), which
    /// `XLSXNetworkReader` reads back to an equal network.
    public static func xlsx(_ network: Network, language: Language) throws -> Data {
        try XLSXWriter.data(xlsxSheets(network, language: language))
    }

    static func xlsxSheets(_ network: Network, language: Language) -> [XLSXWriter.Sheet] {
        let tables = NetworkTables(network, language: language)
        func sheet(_ key: CatalogueKey, _ table: NetworkTables.Table) -> XLSXWriter.Sheet {
            XLSXWriter.Sheet(name: language.text(key), rows: [table.header.map(SpreadsheetCell.text)] + table.rows)
        }
        var sheets = [sheet(.xlsxSheetTies, tables.ties), sheet(.xlsxSheetActors, tables.actors)]
        if let projects = tables.projects { sheets.append(sheet(.xlsxSheetProjects, projects)) }
        sheets.append(sheet(.xlsxSheetNetwork, tables.network))
        return sheets
    }
}
