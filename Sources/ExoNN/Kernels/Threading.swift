import Dispatch
import ExoThreads
import Foundation

/// How many threads the ExoNN kernels (matrix multiply, convolution) may use.
///
/// The default is ``ThreadBudget/available`` (the CPUs this process may use). Results do not depend on the thread count:
/// work is split over disjoint output blocks, each summed in the same order.
///
/// ```swift
/// Threading.threadCount = 1   // single-threaded benchmark
/// ```
public enum Threading {
    nonisolated(unsafe) private static var storedThreadCount = ThreadBudget.available

    /// The number of threads kernels may use (at least 1).
    public static var threadCount: Int {
        get { storedThreadCount }
        set { storedThreadCount = max(1, newValue) }
    }

    /// Marks the threads that run one part of a batch split (see `splitBatch`): kernels called
    /// there stay on their thread.
    private static let partKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// The threads a kernel called from the current thread may use: 1 inside a batch part.
    static var availableThreads: Int {
        pthread_getspecific(partKey) == nil ? threadCount : 1
    }

    /// Runs `body(chunk)` for `chunk` in `0..<chunks`, spread over at most `availableThreads` threads.
    static func parallelFor(_ chunks: Int, _ body: (Int) -> Void) {
        let threads = availableThreads
        if chunks <= 1 || threads == 1 {
            for chunk in 0..<chunks { body(chunk) }
            return
        }
        let workers = min(threads, chunks)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var chunk = worker
            while chunk < chunks {
                body(chunk)
                chunk += workers
            }
        }
    }

    /// Runs `body(part)` for each of `parts` parts on its own thread, the kernels inside each part
    /// single-threaded: one split for a whole inference pass instead of one per layer.
    static func splitBatch(_ parts: Int, _ body: (Int) -> Void) {
        parallelFor(parts) { part in
            let outer = pthread_getspecific(partKey)
            pthread_setspecific(partKey, UnsafeRawPointer(bitPattern: 1))
            defer { pthread_setspecific(partKey, outer) }
            body(part)
        }
    }
}
