import Foundation

/// The CPU quota of this process's cgroup, read from `/proc/self/cgroup` and `/sys/fs/cgroup`.
enum CgroupQuota {
    /// The tightest quota, in CPUs, from the process's cgroup up to the root of the hierarchy, v2
    /// and v1 alike (nil: none, or no cgroup file readable under `root`).
    static func cpus(root: URL) -> Double? {
        guard let membership = read(root, "proc/self/cgroup") else { return nil }
        var quotas: [Double] = []
        for line in membership.split(separator: "\n") {
            // hierarchy-id:controllers:path ("0::/path" is cgroup v2).
            let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let path = String(fields[2])
            if fields[0] == "0" && fields[1].isEmpty {
                quotas += limits(root: root, mount: "sys/fs/cgroup", path: path, quota: v2Quota)
            } else if fields[1].split(separator: ",").contains("cpu") {
                for mount in ["sys/fs/cgroup/\(fields[1])", "sys/fs/cgroup/cpu", "sys/fs/cgroup/cpu,cpuacct"] {
                    let found = limits(root: root, mount: mount, path: path, quota: v1Quota)
                    if !found.isEmpty { quotas += found; break }
                }
            }
        }
        return quotas.min()
    }

    /// The quotas of `path` and of its ancestors below `mount`. Inside a container the path seen
    /// in `/proc/self/cgroup` may not exist under the mount (the mount is the container's own
    /// cgroup), so missing levels are skipped and the mount's root is read too.
    private static func limits(root: URL, mount: String, path: String,
                               quota: (URL, String) -> Double?) -> [Double] {
        var components = path.split(separator: "/").map(String.init)
        var found: [Double] = []
        while true {
            let folder = ([mount] + components).joined(separator: "/")
            if let value = quota(root, folder) { found.append(value) }
            if components.isEmpty { return found }
            components.removeLast()
        }
    }

    /// cgroup v2: `cpu.max` holds "QUOTA PERIOD" in microseconds, QUOTA "max" for none.
    static func v2Quota(root: URL, folder: String) -> Double? {
        guard let text = read(root, folder + "/cpu.max") else { return nil }
        let fields = text.split(whereSeparator: \.isWhitespace)
        guard fields.count == 2, let quota = Double(fields[0]), let period = Double(fields[1]),
              quota > 0, period > 0 else { return nil }
        return quota / period
    }

    /// cgroup v1: `cpu.cfs_quota_us` (-1 for none) over `cpu.cfs_period_us`.
    static func v1Quota(root: URL, folder: String) -> Double? {
        guard let quotaText = read(root, folder + "/cpu.cfs_quota_us"),
              let periodText = read(root, folder + "/cpu.cfs_period_us"),
              let quota = Double(quotaText.trimmingCharacters(in: .whitespacesAndNewlines)),
              let period = Double(periodText.trimmingCharacters(in: .whitespacesAndNewlines)),
              quota > 0, period > 0 else { return nil }
        return quota / period
    }

    private static func read(_ root: URL, _ relativePath: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }
}
