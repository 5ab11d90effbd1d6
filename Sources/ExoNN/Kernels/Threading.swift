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

    /// Runs `body(chunk)` for `chunk` in `0..<chunks`, spread over at most `threadCount` threads.
    static func parallelFor(_ chunks: Int, _ body: (Int) -> Void) {
        if chunks <= 1 || threadCount == 1 {
            for chunk in 0..<chunks { body(chunk) }
            return
        }
        let workers = min(threadCount, chunks)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var chunk = worker
            while chunk < chunks {
                body(chunk)
                chunk += workers
            }
        }
    }
}
