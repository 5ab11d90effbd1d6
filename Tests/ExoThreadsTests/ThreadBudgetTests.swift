import ExoThreads
import Foundation
import XCTest

/// Thread counts from fake `/proc` and `/sys/fs/cgroup` trees (cgroup v1 and v2, in and out of a
/// container), and from the real affinity mask.
final class ThreadBudgetTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("exo-threads-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: root) }

    private func write(_ relativePath: String, _ text: String) throws {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    private func quota() -> Double? { ThreadBudget.detect(environment: [:], root: root).cgroupQuota }

    func testCgroupV2QuotaIsTheTightestOnThePath() throws {
        try write("proc/self/cgroup", "0::/slurm/uid_0/job_12/step_0\n")
        try write("sys/fs/cgroup/slurm/cpu.max", "max 100000\n")
        try write("sys/fs/cgroup/slurm/uid_0/job_12/cpu.max", "250000 100000\n")
        try write("sys/fs/cgroup/slurm/uid_0/job_12/step_0/cpu.max", "max 100000\n")
        XCTAssertEqual(try XCTUnwrap(quota()), 2.5, accuracy: 1e-12)
        let budget = ThreadBudget(online: 64, affinity: 64, cgroupQuota: 2.5, environment: nil)
        XCTAssertEqual(budget.threads, 3, "a fractional quota rounds up")
    }

    func testCgroupV2InsideAContainerReadsTheMountRoot() throws {
        // Kubernetes: the path names the pod's cgroup, the container sees its own cgroup at the mount.
        try write("proc/self/cgroup", "0::/kubepods/burstable/pod1234/abcd\n")
        try write("sys/fs/cgroup/cpu.max", "200000 100000\n")
        XCTAssertEqual(quota(), 2)
    }

    func testCgroupV2WithoutLimitHasNoQuota() throws {
        try write("proc/self/cgroup", "0::/user.slice\n")
        try write("sys/fs/cgroup/user.slice/cpu.max", "max 100000\n")
        XCTAssertNil(quota())
    }

    func testCgroupV1CombinedController() throws {
        try write("proc/self/cgroup", "4:memory:/docker/abc\n3:cpu,cpuacct:/docker/abc\n0::/\n")
        try write("sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us", "50000\n")
        try write("sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us", "100000\n")
        try write("sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us", "-1\n")
        try write("sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us", "100000\n")
        XCTAssertEqual(quota(), 0.5)
        XCTAssertEqual(ThreadBudget(online: 8, affinity: 8, cgroupQuota: 0.5, environment: nil).threads, 1)
    }

    func testCgroupV1UnlimitedAndMissingFiles() throws {
        try write("proc/self/cgroup", "1:cpu:/\n")
        try write("sys/fs/cgroup/cpu/cpu.cfs_quota_us", "-1\n")
        try write("sys/fs/cgroup/cpu/cpu.cfs_period_us", "100000\n")
        XCTAssertNil(quota())
        try FileManager.default.removeItem(at: root.appendingPathComponent("proc"))
        XCTAssertNil(quota(), "no /proc/self/cgroup: no quota")
    }

    func testSmallestLimitWinsAndTheEnvironmentReplacesAll() {
        XCTAssertEqual(ThreadBudget(online: 64, affinity: 2, cgroupQuota: nil, environment: nil).threads, 2)
        XCTAssertEqual(ThreadBudget(online: 64, affinity: 16, cgroupQuota: 4, environment: nil).threads, 4)
        XCTAssertEqual(ThreadBudget(online: 4, affinity: nil, cgroupQuota: nil, environment: nil).threads, 4)
        XCTAssertEqual(ThreadBudget(online: 64, affinity: 1, cgroupQuota: 1, environment: 8).threads, 8)
        XCTAssertEqual(ThreadBudget.detect(environment: ["EXOSCOPE_THREADS": "5"], root: root).threads, 5)
        XCTAssertNil(ThreadBudget.detect(environment: ["EXOSCOPE_THREADS": "0"], root: root).environment)
        XCTAssertNil(ThreadBudget.parseCount("two"))
        XCTAssertEqual(ThreadBudget.parseCount(" 12 "), 12)
    }

    func testAffinityMaskOfThisProcessIsRead() throws {
        let budget = ThreadBudget.detect(environment: [:])
        let affinity = try XCTUnwrap(budget.affinity, "sched_getaffinity works on Linux")
        XCTAssertGreaterThanOrEqual(affinity, 1)
        XCTAssertLessThanOrEqual(affinity, budget.online)
        // /proc/self/status lists the same mask.
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try XCTUnwrap(status.split(separator: "\n").first { $0.hasPrefix("Cpus_allowed_list:") })
        let ranges = line.split(separator: ":")[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let listed = ranges.reduce(0) { count, range in
            let ends = range.split(separator: "-").compactMap { Int($0) }
            return count + (ends.count == 2 ? ends[1] - ends[0] + 1 : 1)
        }
        XCTAssertEqual(affinity, listed)
    }
}
