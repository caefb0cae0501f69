/// The Net-Map attributes an actor may carry: its influence tower (`influence`, a whole number 0–10) and its
/// stance on each of the map's goals (`stance.N`, N from 1 to the number of goals: `+` for, `-` against, `0`
/// neutral). They are plain attributes so every format that keeps attributes keeps them; here they are checked.
/// A stance on a goal the network lacks is only a warning: formats that keep attributes but not the goals
/// (GEXF, GraphML, node-link, Kumu) must still read back.
extension ValidationPass {
    static let stanceValues: Set<String> = ["+", "-", "0"]

    mutating func checkNetMapAttributes() {
        let goals = input.goals.count
        for (i, actor) in input.actors.enumerated() {
            if let value = actor.attributes["influence"], !(Int(value).map { (0...10).contains($0) } ?? false) {
                error(sourceMap.actor(i, "attributes")) { $0.text(.validationInfluenceRange, ["value": value]) }
            }
            for (name, value) in actor.attributes.sorted(by: { $0.key < $1.key }) where name.hasPrefix("stance.") {
                let goal = String(name.dropFirst("stance.".count))
                guard let number = Int(goal), number >= 1, number <= goals,
                    String(number) == goal
                else {
                    warning(sourceMap.actor(i, "attributes")) {
                        $0.text(.validationStanceUnknownGoal, ["attribute": name, "goal": goal, "count": goals])
                    }
                    continue
                }
                if !Self.stanceValues.contains(value) {
                    error(sourceMap.actor(i, "attributes")) {
                        $0.text(.validationStanceValue, ["attribute": name, "value": value])
                    }
                }
            }
        }
    }
}
