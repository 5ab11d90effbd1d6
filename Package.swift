// swift-tools-version: 6.1
import PackageDescription

/// Release-only flags for the numeric modules: no runtime checks in hot loops and a CPU with
/// AVX2/FMA (x86-64-v3). Allowed here because this is the root package.
let fastMath: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked", "-target-cpu", "x86-64-v3"], .when(platforms: [.linux], configuration: .release)),
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
    ],
    targets: [
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "ExoFITS", dependencies: ["CZlib"]),
        .target(name: "ExoLightCurve", dependencies: ["ExoFITS"]),
        .target(name: "Exoscope", dependencies: ["ExoFITS", "ExoLightCurve"]),
        .executableTarget(
            name: "ExoscopeCLI",
            dependencies: [
                "Exoscope",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "ExoTestSupport", dependencies: ["ExoLightCurve"], path: "Tests/ExoTestSupport"),
        .testTarget(name: "ExoLightCurveTests", dependencies: ["ExoLightCurve", "ExoTestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
