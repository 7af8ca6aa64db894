#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Threads kept for serving a batch in parallel: `run` calls a body once per index, index 0 on the caller
/// and the others on workers that wait between batches, and returns when every call has finished.
final class Crew: @unchecked Sendable {
    /// The most indices `run` takes: the caller plus the workers that could be started.
    private(set) var size = 1
    private var body: (@Sendable (Int) -> Void)?
    /// One semaphore per worker to start it, and one the workers post when done.
    private let starts: UnsafeMutablePointer<sem_t>
    private let done = UnsafeMutablePointer<sem_t>.allocate(capacity: 1)

    init(size wanted: Int) {
        starts = .allocate(capacity: max(wanted - 1, 1))
        sem_init(done, 0, 0)
        for worker in 1..<max(wanted, 1) {
            sem_init(starts + worker - 1, 0, 0)
            // A strong capture: the crew lives as long as the process. With `unowned`, a worker the
            // scheduler first ran after a short serve had ended found the crew gone and aborted the exit.
            let thread = Thread { self.work(worker) }
            thread.start()
            guard thread.started else { break }
            size = worker + 1
        }
    }

    /// Calls `body(0)` ... `body(count - 1)` at once; `count` is at most `size`.
    func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        precondition(count <= size)
        self.body = body
        for worker in 1..<max(count, 1) { sem_post(starts + worker - 1) }
        body(0)
        for _ in 1..<max(count, 1) { Self.wait(done) }
        self.body = nil
    }

    private func work(_ index: Int) {
        while true {
            Self.wait(starts + index - 1)
            body!(index)
            sem_post(done)
        }
    }

    /// Waits for a post, first by polling for a while: a thread that sleeps is woken on the waker's core
    /// and shares it until the scheduler moves it, which takes longer than a batch.
    private static func wait(_ semaphore: UnsafeMutablePointer<sem_t>) {
        for _ in 0..<spins where sem_trywait(semaphore) == 0 { return }
        while sem_wait(semaphore) != 0 && errno == EINTR {}
    }

    /// How often `wait` polls before it sleeps: about a millisecond.
    private static let spins = 100_000
}
