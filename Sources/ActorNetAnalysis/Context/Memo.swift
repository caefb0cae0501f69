import Synchronization

/// A value computed when first asked, then kept: the lock is held while computing, so it is computed once even
/// when several threads ask at the same time.
final class Memo<Value: Sendable>: Sendable {
    private let state = Mutex<Value?>(nil)

    func value(_ make: () -> Value) -> Value {
        state.withLock { cached in
            if let cached { return cached }
            let made = make()
            cached = made
            return made
        }
    }
}

/// Values computed when first asked for a key, then kept (as `Memo`, one per key).
final class KeyedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let state = Mutex<[Key: Value]>([:])

    func value(_ key: Key, _ make: () -> Value) -> Value {
        state.withLock { cached in
            if let known = cached[key] { return known }
            let made = make()
            cached[key] = made
            return made
        }
    }
}
