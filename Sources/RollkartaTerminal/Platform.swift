#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What differs between Linux and macOS for the terminal, in one place. Built and tested on
/// Linux; the Darwin side is written but untested here (no macOS SDK on this machine).
enum Platform {
    /// A `sigaction` that calls `handler`, with an empty mask and no flags.
    static func action(calling handler: @convention(c) (Int32) -> Void) -> sigaction {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        return action
    }
}
