import ActorNet
import Foundation

@testable import ActorNetRender

/// The promises of a default diagram, checked on its SVG as a reader of the printed page would see it. Each
/// broken promise is one line naming what breaks it; an empty list is a diagram that keeps them all.
enum PageChecks {
    static func problems(_ svg: SVGGeometry, language: Language) -> [String] {
        var problems: [String] = []
        let actors = svg.actors
        let shapes = actors.compactMap { actor in actor.shape.map { (actor.id, $0) } }
        if shapes.count != actors.count { problems.append("\(actors.count - shapes.count) actors without a shape") }
        guard let first = shapes.first?.1 else { return problems + ["no actor drawn"] }
        let drawing = shapes.dropFirst().reduce(first) { $0.union($1.1) }
        let aspect = max(drawing.width / drawing.height, drawing.height / drawing.width)
        if aspect > 1.6 { problems.append("aspect \(aspect) above 1.6") }
        // No two shapes intersect; no name runs into another actor's shape or name.
        let labels = actors.map { actor in (actor.id, actor.texts.map(\.box)) }
        for i in shapes.indices {
            for j in shapes.indices where j > i && shapes[i].1.overlaps(shapes[j].1) {
                problems.append("shapes of \(shapes[i].0) and \(shapes[j].0) intersect")
            }
        }
        for (id, boxes) in labels {
            for box in boxes {
                for (other, shape) in shapes where other != id && box.overlaps(shape) {
                    problems.append("the name of \(id) runs into the shape of \(other)")
                }
                for (other, otherBoxes) in labels where other > id && otherBoxes.contains(where: { box.overlaps($0) }) {
                    problems.append("the names of \(id) and \(other) overlap")
                }
            }
        }
        // Names print at 6 pt or more.
        for actor in actors {
            for text in actor.texts where text.size < 6 { problems.append("\(actor.id) named at \(text.size) pt") }
        }
        // The legend and caption touch no actor and not the title.
        let title = svg.node("title")?.texts.map(\.box) ?? []
        if title.isEmpty { problems.append("no title") }
        for item in svg.nodes where item.id.hasPrefix("legend_") || item.id.hasPrefix("caption_") {
            let boxes = item.texts.map(\.box) + (item.shape.map { [$0] } ?? [])
            for box in boxes {
                if let (actor, _) = shapes.first(where: { $0.1.overlaps(box) }) {
                    problems.append("\(item.id) intersects \(actor)")
                }
                if title.contains(where: { box.overlaps($0) }) { problems.append("\(item.id) intersects the title") }
            }
        }
        // The names of rings and clusters touch no actor.
        for item in svg.nodes where item.id.hasPrefix("ring_label_") || item.id.hasPrefix("cluster_label_") {
            for box in item.texts.map(\.box) {
                if let (actor, _) = shapes.first(where: { $0.1.overlaps(box) }) {
                    problems.append("\(item.id) intersects \(actor)")
                }
            }
        }
        // Level clusters read international → national → regional → local → unspecified (top to bottom, or
        // left to right when they stand side by side).
        let clusterLabels = svg.nodes.filter { $0.id.hasPrefix("cluster_label_") }.compactMap(\.texts.first)
        let levelNames = Level.allCases.map { $0.label(language) }
        if !clusterLabels.isEmpty, clusterLabels.allSatisfy({ levelNames.contains($0.text) }) {
            let xs = clusterLabels.map(\.x), ys = clusterLabels.map(\.y)
            let sideBySide = xs.max()! - xs.min()! > ys.max()! - ys.min()!
            let read = clusterLabels.sorted { sideBySide ? $0.x < $1.x : $0.y < $1.y }.map(\.text)
            let expected = levelNames.filter(read.contains)
            if read != expected { problems.append("levels read \(read), not \(expected)") }
        }
        return problems
    }
}
