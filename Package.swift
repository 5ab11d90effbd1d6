// swift-tools-version: 6.1
import PackageDescription

/// Release-only flags for the numeric modules: no runtime checks in hot loops and a CPU with
/// AVX2/FMA (Haswell and later). Allowed here because this is the root package.
let fastMath: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked", "-target-cpu", "haswell"], .when(platforms: [.linux], configuration: .release)),
]

/// Release flags for the modules that parse bytes from files (FITS, text tables, TFRecords, model files):
/// bounds and overflow checks stay on, so a damaged file traps or throws instead of reading out of bounds.
let checkedMath: [SwiftSetting] = [
    .unsafeFlags(["-target-cpu", "haswell"], .when(platforms: [.linux], configuration: .release)),
]

/// Release flags for the AVX-512 kernel module (skylake-avx512: AVX-512 F, CD, BW, DQ, VL); ExoNN calls it only on CPUs that have AVX-512.
let avx512Math: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked", "-target-cpu", "skylake-avx512"], .when(platforms: [.linux], configuration: .release)),
]

let package = Package(
    name: "Exoscope",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "exoscope", targets: ["ExoscopeCLI"]),
        .library(name: "Exoscope", targets: ["Exoscope"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-protobuf", from: "1.39.0"),
    ],
    targets: [
        // Reading
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "ExoRandom", swiftSettings: fastMath),
        .target(name: "ExoBasics", dependencies: ["CZlib"]),
        // Threads: the CPUs this process may use (affinity mask, cgroup quota, EXOSCOPE_THREADS)
        .target(name: "CAffinity"),
        .target(name: "ExoThreads", dependencies: ["CAffinity"]),
        .target(name: "ExoFITS", dependencies: ["CZlib"], swiftSettings: checkedMath),
        .target(name: "ExoLightCurve", dependencies: ["ExoBasics", "ExoFITS"], swiftSettings: checkedMath),
        // Cleaning and search
        .target(name: "ExoDetrend", dependencies: ["ExoBasics", "ExoLightCurve", "ExoThreads"], swiftSettings: fastMath),
        // Diagnostics: every check that tells a planet from a binary or noise, and their flags
        .target(name: "ExoDiagnostics", dependencies: ["ExoBasics", "ExoLightCurve", "ExoDetrend"], swiftSettings: fastMath),
        .target(name: "ExoSearch", dependencies: ["ExoBasics", "ExoLightCurve", "ExoDetrend", "ExoDiagnostics", "ExoThreads"], swiftSettings: fastMath),
        // Views, neural networks, classifier
        .target(name: "ExoViews", dependencies: ["ExoBasics", "ExoLightCurve", "ExoDiagnostics"], swiftSettings: fastMath),
        .target(name: "ExoNNKernelsAVX512", swiftSettings: avx512Math),
        .target(name: "ExoNN", dependencies: ["ExoBasics", "ExoRandom", "ExoNNKernelsAVX512", "ExoThreads"], swiftSettings: fastMath),
        // The bundled models, compiled into the executable (C23 #embed of ExoClassifier/Resources)
        .target(name: "CExoModels"),
        .target(
            name: "ExoClassifier",
            dependencies: [
                "ExoBasics", "ExoNN", "ExoViews", "ExoLightCurve", "ExoDetrend", "ExoDiagnostics", "ExoRandom", "CExoModels",
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            exclude: ["Resources"],
            swiftSettings: checkedMath
        ),
        // Simulation
        .target(name: "ExoSim", dependencies: ["ExoBasics", "ExoLightCurve", "ExoFITS", "ExoRandom"], swiftSettings: fastMath),
        // Vetting and reports
        .target(name: "ExoReport", dependencies: ["ExoBasics", "ExoLightCurve", "CZlib"], swiftSettings: fastMath),
        .target(
            name: "ExoVetting",
            dependencies: [
                "ExoBasics", "ExoFITS", "ExoLightCurve", "ExoDetrend", "ExoDiagnostics", "ExoSearch", "ExoViews",
                "ExoClassifier", "ExoReport",
            ],
            swiftSettings: fastMath
        ),
        // Archive and batch
        .target(name: "ExoArchive", dependencies: ["ExoLightCurve"]),
        .target(name: "ExoBatch", dependencies: ["ExoBasics", "ExoLightCurve", "ExoVetting", "ExoArchive"]),
        // Umbrella and command-line tool
        .target(
            name: "Exoscope",
            dependencies: [
                "ExoBasics", "ExoFITS", "ExoLightCurve", "ExoDetrend", "ExoDiagnostics", "ExoSearch", "ExoViews", "ExoNN", "ExoClassifier",
                "ExoSim", "ExoReport", "ExoVetting", "ExoArchive", "ExoBatch", "ExoRandom", "ExoThreads",
            ]
        ),
        .executableTarget(
            name: "ExoscopeCLI",
            dependencies: [
                "Exoscope",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks
        .executableTarget(
            name: "BenchFITS", dependencies: ["ExoFITS", "ExoLightCurve"], path: "Benchmarks/BenchFITS",
            swiftSettings: fastMath
        ),
        .executableTarget(
            name: "BenchVet", dependencies: ["ExoVetting", "ExoTestSupport"], path: "Benchmarks/BenchVet",
            swiftSettings: fastMath
        ),
        .executableTarget(name: "BenchNN", dependencies: ["ExoNN", "ExoRandom"], path: "Benchmarks/BenchNN", swiftSettings: fastMath),
        .executableTarget(
            name: "BenchTwicePeriod", dependencies: ["ExoVetting", "ExoSim"], path: "Benchmarks/BenchTwicePeriod",
            swiftSettings: fastMath
        ),
        .executableTarget(
            name: "BenchMissions", dependencies: ["ExoSim", "ExoVetting", "ExoLightCurve"],
            path: "Benchmarks/BenchMissions", swiftSettings: fastMath
        ),
        .executableTarget(name: "BenchBatch", dependencies: ["ExoBatch", "ExoVetting", "ExoThreads"], path: "Benchmarks/BenchBatch", swiftSettings: fastMath),
        .executableTarget(
            name: "BenchSearch", dependencies: ["ExoSearch", "ExoDetrend", "ExoLightCurve"],
            path: "Benchmarks/BenchSearch", swiftSettings: fastMath
        ),
        .executableTarget(
            name: "SingleTransitRecovery", dependencies: ["ExoBasics", "ExoSearch", "ExoSim", "ExoLightCurve", "ExoRandom"],
            path: "Benchmarks/SingleTransitRecovery", swiftSettings: fastMath
        ),
        .executableTarget(
            name: "CalibrateSDE", dependencies: ["ExoSearch", "ExoLightCurve", "ExoRandom"],
            path: "Benchmarks/CalibrateSDE", swiftSettings: fastMath
        ),
        .executableTarget(
            name: "BenchClassifier", dependencies: ["ExoClassifier", "ExoViews", "ExoLightCurve"],
            path: "Benchmarks/BenchClassifier", swiftSettings: fastMath
        ),
        // Tests
        .target(name: "ExoTestSupport", dependencies: ["ExoLightCurve"], path: "Tests/ExoTestSupport"),
        .testTarget(name: "ExoRandomTests", dependencies: ["ExoRandom"]),
        .testTarget(name: "ExoBasicsTests", dependencies: ["ExoBasics"]),
        .testTarget(name: "ExoDiagnosticsTests", dependencies: ["ExoDiagnostics", "ExoTestSupport", "ExoRandom"]),
        .testTarget(name: "ExoThreadsTests", dependencies: ["ExoThreads"]),
        .testTarget(name: "ExoFITSTests", dependencies: ["ExoFITS", "ExoTestSupport"]),
        .testTarget(name: "ExoLightCurveTests", dependencies: ["ExoLightCurve", "ExoTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ExoDetrendTests", dependencies: ["ExoBasics", "ExoDetrend", "ExoTestSupport", "ExoRandom"], exclude: ["Fixtures"]),
        .testTarget(name: "ExoSearchTests", dependencies: ["ExoBasics", "ExoDiagnostics", "ExoSearch", "ExoSim", "ExoTestSupport", "ExoRandom"], exclude: ["Fixtures"]),
        .testTarget(name: "ExoViewsTests", dependencies: ["ExoViews", "ExoTestSupport"]),
        .testTarget(name: "ExoNNTests", dependencies: ["ExoBasics", "ExoNN", "ExoTestSupport"]),
        .testTarget(name: "ExoClassifierTests", dependencies: ["ExoClassifier", "ExoBasics", "ExoTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ExoSimTests", dependencies: ["ExoSim", "ExoTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ExoReportTests", dependencies: ["ExoBasics", "ExoReport", "ExoTestSupport", "CZlib"]),
        .testTarget(name: "ExoVettingTests", dependencies: ["ExoBasics", "ExoVetting", "ExoSim", "ExoRandom", "ExoTestSupport"]),
        .testTarget(name: "ExoArchiveTests", dependencies: ["ExoArchive", "ExoTestSupport"]),
        .testTarget(name: "ExoBatchTests", dependencies: ["ExoBatch", "ExoTestSupport"]),
        .testTarget(name: "ExoscopeCLITests", dependencies: ["ExoTestSupport", "ExoFITS", "ExoRandom"]),
    ],
    swiftLanguageModes: [.v5]
)
