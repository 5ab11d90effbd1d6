// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets for every parser of untrusted bytes (docs/hostile-input.md, `scripts/fuzz.sh`).
///
/// A package of its own, so the main build and tests never see the sanitizer flags. It builds one
/// static library whose `LLVMFuzzerTestOneInput` runs the target named by `EXOFUZZ_TARGET`;
/// `scripts/fuzz.sh` builds it with `-sanitize=fuzzer,address` and links it with libFuzzer's `main`.
let package = Package(
    name: "ExoFuzz",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ExoFuzzTargets", type: .static, targets: ["ExoFuzzTargets"]),
    ],
    dependencies: [
        .package(name: "Exoscope", path: ".."),
    ],
    targets: [
        .target(name: "ExoFuzzTargets", dependencies: [.product(name: "Exoscope", package: "Exoscope")]),
    ],
    swiftLanguageModes: [.v5]
)
