#if canImport(Glibc)
import Glibc
#endif

/// The engine every fuzz input is served with: the built-in lexicons, loaded once.
private let engine = Engine(lexicons: Lexicons.standard().0)

/// libFuzzer's entry point: a broken promise (see `FuzzHarness`) aborts, so libFuzzer keeps the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let problems = FuzzHarness.problems(UnsafeBufferPointer(start: data, count: size), engine: engine)
    if !problems.isEmpty {
        fputs(problems.joined(separator: "\n") + "\n", stderr)
        abort()
    }
    return 0
}
