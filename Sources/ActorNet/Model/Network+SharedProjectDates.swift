extension Network {
    /// The network with each tie that has no dates of its own and no project dated by the projects its two ends
    /// share: from the earliest start to the latest end among them (an open end stays open). Ties of IATI imports
    /// made before ties carried their own years are of this kind: one tie per pair sums the activities the two
    /// share, which are the network's projects, so this recovers when the pair first worked together.
    /// Other ties are unchanged; the count is of ties dated.
    ///
    /// - Complexity: O(Σ over dated projects of their members + Σ over undated ties of both ends' project counts).
    public func datingUndatedTiesBySharedProjects() -> (network: Network, dated: Int) {
        var projectsOf: [String: [Int]] = [:]
        for (p, project) in projects.enumerated() where !project.span.isUndated {
            for member in Set(project.participants) { projectsOf[member, default: []].append(p) }
        }
        var result = self, dated = 0
        let byID = projectsByID
        for (t, tie) in ties.enumerated() where tie.span(projects: byID).isUndated && tie.project == nil {
            guard let mine = projectsOf[tie.from], let theirs = projectsOf[tie.to] else { continue }
            let shared = Set(mine).intersection(theirs).map { projects[$0].span }
            guard !shared.isEmpty else { continue }
            let starts = shared.compactMap(\.start), ends = shared.compactMap(\.end)
            result.ties[t].start = starts.count == shared.count ? starts.min()?.description : nil
            result.ties[t].end = ends.count == shared.count ? ends.max()?.description : nil
            if result.ties[t].start != nil || result.ties[t].end != nil { dated += 1 }
        }
        return (result, dated)
    }
}
