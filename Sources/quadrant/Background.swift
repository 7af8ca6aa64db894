#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value computed on a thread of its own while the caller goes on; `value()` waits for it.
///
/// Serve uses it to build the lexicons while `ready` is written, so a host sees the process alive at once.
final class Background<Value>: @unchecked Sendable {
    private var result: Value?
    private var thread: Thread?

    init(_ work: @escaping () -> Value) {
        // A strong capture, as in `Crew`: if the caller drops this before `value()` (a serve that ends at
        // once), the thread still has somewhere to put its result instead of aborting the exit.
        let thread = Thread { self.result = work() }
        self.thread = thread
        thread.start()
        if !thread.started {
            self.thread = nil
            result = work()
        }
    }

    /// The value, once the thread has finished computing it.
    func value() -> Value {
        thread?.join()
        thread = nil
        return result!
    }
}

/// A `Parallel` runner for work done once, such as building the lexicons: each index but the first on a
/// thread of its own, the first on the caller, then waits for all (an index whose thread cannot start
/// runs on the caller too).
func runOnThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    guard count > 0 else { return }
    let threads = (1..<count).map { index in Thread { body(index) } }
    threads.forEach { $0.start() }
    body(0)
    for (offset, thread) in threads.enumerated() {
        if thread.started { thread.join() } else { body(offset + 1) }
    }
}

/// One POSIX thread running a closure (not generic: a C function pointer cannot be).
final class Thread: @unchecked Sendable {
    private let body: () -> Void
    private var handle = pthread_t()
    private(set) var started = false

    init(_ body: @escaping () -> Void) {
        self.body = body
    }

    func start() {
        let context = Unmanaged.passRetained(self).toOpaque()
        started = pthread_create(&handle, nil, { context in
            Unmanaged<Thread>.fromOpaque(context!).takeRetainedValue().body()
            return nil
        }, context) == 0
        if !started { Unmanaged<Thread>.fromOpaque(context).release() }
    }

    func join() { pthread_join(handle, nil) }
}
