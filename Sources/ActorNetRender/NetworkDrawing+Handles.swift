import ActorNet

/// SVG handles for the interactive map: with `DiagramOptions.elementPrefix` set, each actor's node and each tie's
/// edge carry an `id` (the prefix, `a` or `t`, and the actor's or tie's position in the drawn view) and a `class`
/// naming its sector and level, or its kind. Graphviz writes both into the SVG (`class="node actor …"`).
extension NetworkDrawing {
    /// `id` and `class` of actor `index`'s node; none without a prefix.
    func handles(actor index: Int) -> [DotAttribute: DotValue] {
        guard let prefix = options.elementPrefix else { return [:] }
        let actor = view.actors[index]
        return [
            .id: .keyword(InteractiveMap.actorElement(prefix, index)),
            .class: .keyword("actor sector-\(actor.sector.rawValue) level-\(actor.level.rawValue)"),
        ]
    }

    /// `id` and `class` of tie `index`'s edge; none without a prefix.
    func handles(tie index: Int) -> [DotAttribute: DotValue] {
        guard let prefix = options.elementPrefix else { return [:] }
        return [
            .id: .keyword(InteractiveMap.tieElement(prefix, index)),
            .class: .keyword("tie kind-\(view.ties[index].kind.rawValue)"),
        ]
    }
}
