#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// Signal handling for the terminal session. Handlers only set flags (all that is safe in
/// a handler); the input loop reads them. Crashes restore the terminal, then die as before.
public enum Signals {
    nonisolated(unsafe) static var terminateRequested: sig_atomic_t = 0
    nonisolated(unsafe) static var hangupReceived: sig_atomic_t = 0
    nonisolated(unsafe) private static var previousCrashHandlers: [Int32: sigaction] = [:]

    static let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE]

    /// Installs the handlers. Call once, before the terminal is put into raw mode.
    public static func install() {
        signal(SIGINT) { _ in Signals.terminateRequested = 1 }
        signal(SIGTERM) { _ in Signals.terminateRequested = 1 }
        signal(SIGHUP) { _ in Signals.hangupReceived = 1 }
        for number in crashSignals {
            var action = Platform.action(calling: { received in
                if !isendwin() { endwin() }  // leave raw mode and the alternate screen before dying
                if var previous = Signals.previousCrashHandlers[received] {
                    sigaction(received, &previous, nil)
                } else {
                    signal(received, SIG_DFL)
                }
                raise(received)
            })  // no flags: the handler restores the previous one itself
            var previous = sigaction()
            sigaction(number, &action, &previous)
            previousCrashHandlers[number] = previous
        }
        atexit { if !isendwin() { endwin() } }  // once: a second endwin writes its escapes again
    }
}
