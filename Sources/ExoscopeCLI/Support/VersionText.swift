import Exoscope

/// What `exoscope --version` prints: the version, the identity of the built-in default model and the
/// threads this process may use (so a cluster job's log says what ran and with how much).
enum VersionText {
    static var text: String {
        let model: String
        do {
            model = "default model: built-in, crc32 \(try VettingModel.defaultModelIdentity())"
        } catch {
            model = "default model: unreadable (\(error))"
        }
        let budget = ThreadBudget.detect()
        let quota = budget.cgroupQuota.map { "\($0)" } ?? "none"
        let limits = "affinity \(budget.affinity.map(String.init) ?? "unknown"), cgroup quota \(quota), \(budget.online) online"
        let source = budget.environment != nil ? "\(ThreadBudget.environmentVariable)" : limits
        return "\(VettingPipeline.version)\n\(model)\nthreads: \(budget.threads) (\(source))"
    }
}
