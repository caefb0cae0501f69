import Dispatch
import Synchronization

/// Runs `chunkCount` independent pieces of work on `threads` threads and merges their results strictly in chunk
/// order, so a floating-point sum comes out bit-identical on 1 or N threads (the chunking depends only on the
/// input, never on the thread count).
///
/// Each thread owns one `Workspace` (scratch arrays reused across its chunks). A finished chunk whose
/// predecessors are not merged yet waits in a small pending table.
func orderedParallelReduce<Workspace, Partial: Sendable, Total: Sendable>(
    chunkCount: Int,
    threads: Int,
    initial: Total,
    makeWorkspace: @Sendable () -> Workspace,
    compute: @Sendable (_ chunk: Int, _ workspace: inout Workspace) -> Partial,
    merge: @Sendable (_ total: inout Total, _ partial: Partial) -> Void,
    progress: (@Sendable (_ mergedChunks: Int) -> Void)? = nil
) -> Total {
    let state = Mutex(OrderedReductionState<Partial, Total>(total: initial))
    let workers = max(1, min(threads, chunkCount))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        var workspace = makeWorkspace()
        while true {
            let chunk: Int = state.withLock { s in
                defer { s.nextChunk += 1 }
                return s.nextChunk
            }
            guard chunk < chunkCount else { break }
            let partial = compute(chunk, &workspace)
            let merged: Int = state.withLock { s in
                s.pending[chunk] = partial
                while let ready = s.pending.removeValue(forKey: s.nextMerge) {
                    merge(&s.total, ready)
                    s.nextMerge += 1
                }
                return s.nextMerge
            }
            progress?(merged)
        }
    }
    return state.withLock { $0.total }
}

/// Splits `count` items into at most `maximumChunks` contiguous ranges of near-equal size.
func chunkRanges(count: Int, maximumChunks: Int) -> [Range<Int>] {
    guard count > 0 else { return [] }
    let chunks = min(count, maximumChunks)
    return (0..<chunks).map { k in (count * k / chunks)..<(count * (k + 1) / chunks) }
}

/// Runs `body` over disjoint index blocks of `0..<count` in parallel; each index is written by one block only,
/// so results do not depend on the thread count.
func parallelBlocks(count: Int, threads: Int, _ body: @Sendable (Range<Int>) -> Void) {
    let blocks = chunkRanges(count: count, maximumChunks: max(1, threads) * 4)
    guard blocks.count > 1, threads > 1, count >= 4096 else {
        body(0..<count)
        return
    }
    DispatchQueue.concurrentPerform(iterations: blocks.count) { body(blocks[$0]) }
}

/// The shared state of `orderedParallelReduce`, guarded by its mutex.
struct OrderedReductionState<Partial: Sendable, Total: Sendable>: Sendable {
    var nextChunk = 0
    var nextMerge = 0
    var pending: [Int: Partial] = [:]
    var total: Total
}
