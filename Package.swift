// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "quadrant",
    products: [
        .executable(name: "quadrant", targets: ["quadrant"]),
        .executable(name: "quadrant-bench", targets: ["quadrant-bench"]),
        .library(name: "QuadrantKit", targets: ["QuadrantKit"]),
    ],
    targets: [
        // The pure core: protocol, dialogue engine, quadrant logic and lexicon. No I/O.
        .target(
            name: "QuadrantKit",
            exclude: ["Resources/LEXICON.md"],
            // Exclusive access is checked at run time in debug builds (every test run) and trusted in
            // release, where the checks on the serve loop's class properties cost 3% of a turn.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        // The thin host: CLI, stdio loop, terminal chat, replay runner.
        .executableTarget(
            name: "quadrant",
            dependencies: ["QuadrantKit"]
        ),
        // The benchmark: drives the real `quadrant serve` over pipes beside a minimal floor (README, Benchmarks).
        .executableTarget(
            name: "quadrant-bench",
            dependencies: ["QuadrantKit"]
        ),
        .testTarget(
            name: "QuadrantKitTests",
            dependencies: ["QuadrantKit"],
            // Read through #filePath by the tests, not shipped as resources.
            exclude: ["Fixtures"]
        ),
    ]
)
