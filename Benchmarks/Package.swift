// swift-tools-version:6.1
import Foundation
import PackageDescription

// A path dependency is named after its folder, which is whatever the clone was called.
let main = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

// Kept out of the main package so that `swift test` there stays fast and builds nothing of
// ordo-one/benchmark. Run from this folder: `swift package benchmark` (see README, Performance).
let package = Package(
    name: "RollkartaBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Workshops of a given size (gaps, handovers, answers), the same every time.
        .target(name: "WorkshopGenerator", dependencies: [.product(name: "RollkartaModel", package: main)]),
        // Writes one, for scripts/bench-compare.
        .executableTarget(name: "make-workshop", dependencies: ["WorkshopGenerator"]),
        // A workshop and answer files with thousands of problems, for scripts/bench-problems.
        .executableTarget(name: "make-bad-files", dependencies: ["WorkshopGenerator"]),
        .executableTarget(name: "stage-times", dependencies: [.product(name: "RollkartaModel", package: main)]),
        .executableTarget(name: "profile-keys", dependencies: ["WorkshopGenerator", .product(name: "RollkartaApp", package: main)]),
        .executableTarget(
            name: "RollkartaBenchmarks",
            dependencies: [
                "WorkshopGenerator",
                .product(name: "RollkartaModel", package: main),
                .product(name: "RollkartaApp", package: main),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/RollkartaBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
