#if canImport(Glibc)
import Glibc
#endif

/// The engine every fuzz input is served with: the built-in lexicons, loaded once.
private let engine = Engine(lexicons: Lexicons.standard().0)

/// libFuzzer's entry point: the input is a host's stdin, served line by line by a fresh `Service`
/// (see `ServiceFeed`), and read once more as a dialogue script. A broken promise aborts, so libFuzzer
/// keeps the input as a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let problems = ServiceFeed.run(input, engine: engine)
    _ = DialogueScript.parse(String(decoding: input, as: UTF8.self))
    if !problems.isEmpty {
        fputs(problems.joined(separator: "\n") + "\n", stderr)
        abort()
    }
    return 0
}
