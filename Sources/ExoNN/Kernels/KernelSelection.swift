import Foundation

/// Which matrix-multiply micro-kernel ExoNN uses: AVX-512 (6×32, ZMM registers) where the CPU and
/// operating system support it, otherwise AVX2/FMA (6×16). Results differ only by float rounding
/// order between the two.
///
/// ```swift
/// KernelSelection.useAVX512 = false   // force the AVX2 kernel (e.g. to compare)
/// ```
public enum KernelSelection {
    /// Whether this CPU reports AVX-512 F, CD, BW, DQ and VL (read from `/proc/cpuinfo` on Linux;
    /// false elsewhere).
    public static let cpuSupportsAVX512: Bool = {
        #if os(Linux) && arch(x86_64)
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let flagsLine = text.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
        else { return false }
        let flags = Set(flagsLine.split(separator: " ").map(String.init))
        return ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"].allSatisfy(flags.contains)
        #else
        return false
        #endif
    }()

    nonisolated(unsafe) private static var requested = true

    /// Whether the AVX-512 kernel is used; setting `true` has no effect on CPUs without AVX-512.
    public static var useAVX512: Bool {
        get { requested && cpuSupportsAVX512 }
        set { requested = newValue }
    }
}
