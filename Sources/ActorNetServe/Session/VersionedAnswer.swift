import Foundation
import Synchronization

/// The answer of one read-only request for the last version asked (`GET /api/network`, `GET /api/analysis`).
final class VersionedAnswer: Sendable {
    private let kept = Mutex<(version: Int, data: Data)?>(nil)

    /// The answer kept for `version`, or `make`'s, run on a thread of its own (so the cooperative threads, and with
    /// them the session, keep running) and then kept unless a later version's already is.
    func answer(_ version: Int, make: @escaping @Sendable () -> Data) async -> (version: Int, data: Data) {
        if let answer = kept.withLock({ $0 }), answer.version == version { return answer }
        let data = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: make()) }
        }
        kept.withLock { answer in
            if (answer?.version ?? .min) <= version { answer = (version, data) }
        }
        return (version, data)
    }
}
