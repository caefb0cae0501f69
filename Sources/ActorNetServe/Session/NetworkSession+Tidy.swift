import ActorNet
import ActorNetRender

extension NetworkSession {
    /// Places every actor with `TidyLayout` as one edit (one step of undo), through the same path as any edit.
    public func tidy(client: String? = nil) async throws(ServeError) -> Outcome {
        let edits: [JSONValue]
        do {
            edits = try TidyLayout.edits(network)
        } catch {
            throw .storage(error.description)
        }
        return try await apply(base: nil, edits: edits, client: client)
    }
}
