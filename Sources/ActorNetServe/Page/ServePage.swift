import ActorNet
import ActorNetRender
import Foundation

/// The one page of `actornet serve`: markup, style and script written here and embedded in the binary (no CDN,
/// no request but to this server's API), every word from the catalogue in the map's language.
///
/// The page's data (words, vocabulary labels and colours) is JSON inside a `<script type="application/json">`
/// with `<`, `>` and `&` escaped, so no text can close the element; the script writes every name with
/// `textContent`, never as markup.
enum ServePage {
    /// Inline script and style only; fetches and the event stream go to this server; images from data: URLs.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; "
        + "img-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    static func html(language: Language, askForQuestion: Bool) -> String {
        let words = pageData(language, askForQuestion: askForQuestion)
        func text(_ key: CatalogueKey) -> String { HTMLText.escape(language.text(key)) }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>actornet</title>
            <link rel="icon" href="data:,">
            <style>
            \(style)\(projectsStyle)</style>
            </head>
            <body>
            <header class="bar">
              <h1 id="title"></h1>
              <span id="status" role="status"></span>
              <button id="undo" type="button">\(text(.serveUndo))</button>
              <button id="redo" type="button">\(text(.serveRedo))</button>
              <button id="tidy" type="button">\(text(.serveTidy))</button>
              <button id="projector" type="button" aria-pressed="false">\(text(.serveProjector))</button>
              <details id="downloads"><summary>\(text(.serveDownload))</summary>
                <a data-download="diagram.svg">\(text(.serveDiagramSVG))</a>
                <a data-download="diagram.png">\(text(.serveDiagramPNG))</a>
                <a data-download="diagram.pdf">\(text(.serveDiagramPDF))</a>
                <a data-download="map.html">\(text(.serveInteractiveMap))</a>
                <a data-download="report.html">\(text(.serveReport))</a>
              </details>
            </header>
            <div id="banner" hidden><span id="banner-text"></span> <button id="reload" type="button">\
            \(text(.serveReload))</button></div>
            <main>
              <section class="board">
                <div class="add">
                  <input id="new-actor" type="text" autocomplete="off" placeholder="\(text(.serveAddActor))"
                    aria-label="\(text(.serveAddActor))">
                  <div id="duplicate" role="alert"></div>
                </div>
                <svg id="canvas" viewBox="-585 -585 1170 1170" role="img" aria-label="\(text(.mapLabel))"></svg>
                <p class="help">\(text(.serveHelp))</p>
              </section>
              <aside>
                <section id="actor-panel" hidden></section>
                <section id="tie-panel" hidden></section>
                <section id="goals-panel"></section>
                <section id="project-panel"></section>
                <section id="analysis"></section>
              </aside>
            </main>
            <div id="messages" role="alert"></div>
            <script type="application/json" id="page-data">\(words)</script>
            <script>
            \(script)</script>
            </body>
            </html>

            """
    }

    /// Words, labels and colours for the script, as JSON safe inside a `<script>` element.
    static func pageData(_ language: Language, askForQuestion: Bool) -> String {
        var words: [String: JSONValue] = [:]
        let keys: [(String, CatalogueKey)] = [
            ("duplicate", .serveDuplicate), ("tieKind", .serveTieKind), ("tieWeight", .serveTieWeight),
            ("influence", .serveInfluence), ("roles", .serveRoles), ("offers", .mapOffers), ("needs", .mapNeeds),
            ("motivation", .serveMotivation), ("listHint", .serveListHint), ("removeActor", .serveRemoveActor),
            ("removeTie", .serveRemoveTie), ("keyActors", .serveKeyActors), ("brokers", .serveBrokers),
            ("isolates", .serveIsolates), ("sectorLevel", .serveSectorLevel), ("suggestions", .serveSuggestions),
            ("none", .serveNone), ("external", .serveExternalChange), ("conflict", .serveConflict),
            ("setupTitle", .serveSetupTitle), ("setupName", .serveSetupName), ("setupLanguage", .serveSetupLanguage),
            ("setupStart", .serveSetupStart), ("offline", .serveOffline), ("saved", .serveSaved),
            ("actor", .serveActorPanel), ("name", .serveName), ("sector", .mapSector), ("level", .mapLevel),
            ("cancel", .mapClose), ("addTie", .serveAddTie), ("goals", .serveGoals), ("goalsHint", .serveGoalsHint),
            ("stance", .serveStance), ("stanceFor", .serveStanceFor), ("stanceAgainst", .serveStanceAgainst),
            ("stanceNeutral", .serveStanceNeutral), ("stanceUnset", .serveStanceUnset), ("goal", .serveGoal),
            ("addGoal", .serveAddGoal), ("removeGoal", .serveRemoveGoal), ("stanceShown", .serveStanceShown),
            ("stanceHidden", .serveStanceHidden),
        ]
        for (name, key) in keys + projectWords { words[name] = .string(language.text(key)) }
        func labels<V: Vocabulary>(_ type: V.Type) -> JSONValue {
            .array(V.allCases.map { .array([.string($0.rawValue), .string($0.label(language))]) })
        }
        let data: JSONValue = .object([
            "words": .object(words),
            "sectors": labels(Sector.self), "levels": labels(Level.self), "kinds": labels(TieKind.self),
            "sectorColours": .object(
                Dictionary(
                    uniqueKeysWithValues: Sector.allCases.map { ($0.rawValue, .string(DiagramStyle.fill($0))) })),
            "kindColours": .object(
                Dictionary(
                    uniqueKeysWithValues: TieKind.allCases.map { ($0.rawValue, .string(DiagramStyle.edgeColor($0))) })),
            "languages": .array(Language.allCases.map { .array([.string($0.rawValue), .string($0.name)]) }),
            "language": .string(language.rawValue),
            "askForQuestion": .bool(askForQuestion),
        ])
        return String(decoding: data.data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e").replacingOccurrences(of: "&", with: "\\u0026")
    }
}
