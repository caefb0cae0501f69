import ActorNet
import ActorNetAnalysis
import ActorNetRender
import ActorNetReport
import Foundation

/// What the page's download menu offers, made from the network as it is now, in the map's language, by the
/// same code as `render` and `report` (Graphviz through its lock).
public enum Download: String, Sendable, CaseIterable {
    case diagramSVG = "diagram.svg"
    case diagramPNG = "diagram.png"
    case diagramPDF = "diagram.pdf"
    case map = "map.html"
    case report = "report.html"

    public var contentType: String {
        switch self {
        case .diagramSVG: "image/svg+xml"
        case .diagramPNG: "image/png"
        case .diagramPDF: "application/pdf"
        case .map, .report: "text/html; charset=utf-8"
        }
    }

    /// The file name offered: the network file's stem and what it is.
    public func fileName(stem: String) -> String {
        switch self {
        case .diagramSVG: "\(stem).svg"
        case .diagramPNG: "\(stem).png"
        case .diagramPDF: "\(stem).pdf"
        case .map: "\(stem)-map.html"
        case .report: "\(stem)-report.html"
        }
    }

    /// The bytes, or the reason (in `language`) they cannot be made.
    public func make(_ network: Network, language: Language) -> Result<Data, ServeError> {
        let analysis = NetworkAnalysis(network, threads: 1)
        if self == .report {
            return .success(Data(HTMLReport.render(ReportData.build(analysis, language: language)).utf8))
        }
        var options = DiagramOptions()
        options.language = language.rawValue
        do {
            if self == .map {
                options.page = .none
                return .success(Data(try InteractiveMap(analysis, options: options).page.utf8))
            }
            let diagram = try DiagramBuilder.build(analysis, options: options)
            let format = String(rawValue.split(separator: ".").last ?? "svg")
            return .success(try GraphvizRenderer.render(diagram.graph, layout: diagram.layout, format: format))
        } catch {
            return .failure(.rejected([language.text(.cliError, ["text": "\(error)"])]))
        }
    }
}
