// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "quadrant",
    products: [
        .executable(name: "quadrant", targets: ["quadrant"]),
        .library(name: "QuadrantKit", targets: ["QuadrantKit"]),
    ],
    targets: [
        // The pure core: protocol, dialogue engine, quadrant logic and lexicon. No I/O.
        .target(
            name: "QuadrantKit",
            exclude: ["Resources/LEXICON.md"]
        ),
        // The thin host: CLI, stdio loop, terminal chat, replay runner.
        .executableTarget(
            name: "quadrant",
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
