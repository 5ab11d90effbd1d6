import Foundation

/// Float buffers for the intermediates of an inference call (padded inputs, matrix products), kept
/// in a pool and reused across calls and threads: no allocation once warm. A buffer grows when a
/// caller needs more than it holds and keeps its size after.
final class ScratchBuffers {
    private var pointer: UnsafeMutablePointer<Float>
    private var capacity: Int

    private init(capacity: Int) {
        self.capacity = capacity
        pointer = .allocate(capacity: capacity)
    }

    deinit { pointer.deallocate() }

    nonisolated(unsafe) private static var pool: [ScratchBuffers] = []
    private static let lock = NSLock()

    /// Runs `body` with a buffer of at least `count` uninitialised floats, returned to the pool after.
    static func withBuffer<Result>(count: Int, _ body: (UnsafeMutablePointer<Float>) -> Result) -> Result {
        lock.lock()
        let buffer = pool.popLast() ?? ScratchBuffers(capacity: max(count, 1))
        lock.unlock()
        if buffer.capacity < count {
            buffer.pointer.deallocate()
            buffer.pointer = .allocate(capacity: count)
            buffer.capacity = count
        }
        defer {
            lock.lock()
            pool.append(buffer)
            lock.unlock()
        }
        return body(buffer.pointer)
    }
}
