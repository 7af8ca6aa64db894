import Foundation
import Testing
import QuadrantKit

/// Every finding of the fuzzer (`Tests/Fuzz/run.sh`) is kept in `Tests/Fuzz/regressions/` and replayed
/// here the way the fuzz target serves it, so a fixed bug stays fixed.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/regressions")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The fuzz target's engine: the built-in lexicons.
    static let engine = Engine(lexicons: Lexicons.standard().0)

    @Test("each kept finding is served with every promise kept", arguments: files)
    func regression(name: String) throws {
        let input = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        #expect(FuzzHarness.problems(input, engine: Self.engine) == [])
    }
}
