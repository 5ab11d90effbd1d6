import CAffinity
import Foundation

/// How many CPUs this process may use, and so how many threads Exoscope starts by default.
///
/// The smallest of the processors online, the CPUs in the affinity mask (`taskset`, Slurm's task
/// binding, `docker --cpuset-cpus`) and the cgroup CPU quota rounded up (v2 `cpu.max`, v1
/// `cpu.cfs_quota_us` / `cpu.cfs_period_us`: Kubernetes CPU limits, Slurm with cgroups). A positive
/// integer in `EXOSCOPE_THREADS` replaces the whole answer.
///
/// ```swift
/// let threads = ThreadBudget.available      // 1 under `taskset -c 0` on any machine
/// ```
public struct ThreadBudget: Equatable, Sendable {
    /// The environment variable that sets the thread count.
    public static let environmentVariable = "EXOSCOPE_THREADS"

    /// The thread count of this process, detected once.
    public static let available: Int = detect().threads

    /// Processors online.
    public var online: Int
    /// CPUs in the affinity mask (nil where it cannot be read).
    public var affinity: Int?
    /// The cgroup CPU quota in CPUs, the tightest on the way from this process's cgroup to the root
    /// (nil: no quota).
    public var cgroupQuota: Double?
    /// `EXOSCOPE_THREADS` when it holds a positive integer.
    public var environment: Int?

    /// Limits given one by one (``detect(environment:root:)`` reads them).
    public init(online: Int, affinity: Int?, cgroupQuota: Double?, environment: Int?) {
        self.online = online
        self.affinity = affinity
        self.cgroupQuota = cgroupQuota
        self.environment = environment
    }

    /// The thread count these limits allow (at least 1).
    public var threads: Int {
        if let environment { return environment }
        var count = max(1, online)
        if let affinity, affinity > 0 { count = min(count, affinity) }
        if let cgroupQuota { count = min(count, max(1, Int(cgroupQuota.rounded(.up)))) }
        return count
    }

    /// Reads the limits of this process; `root` replaces `/` (tests point it at a fake tree).
    public static func detect(environment: [String: String] = ProcessInfo.processInfo.environment,
                              root: URL = URL(fileURLWithPath: "/")) -> ThreadBudget {
        let affinity = Int(exo_affinity_cpu_count())
        return ThreadBudget(online: ProcessInfo.processInfo.activeProcessorCount,
                            affinity: affinity > 0 ? affinity : nil,
                            cgroupQuota: CgroupQuota.cpus(root: root),
                            environment: environment[environmentVariable].flatMap(parseCount))
    }

    /// `text` as a thread count: a positive integer, else nil.
    public static func parseCount(_ text: String) -> Int? {
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), value >= 1 else { return nil }
        return value
    }
}
