import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A tmux session on a private server, running a shell, for driving the real binary as a
/// user would: send keys, read the screen.
final class Tmux {
    let socket = "rollkarta-test-\(UUID().uuidString.prefix(8))"
    let session = "e2e"

    /// Starts a plain bash in a width x height terminal with a UTF-8 locale.
    init(width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PS1": "$ ", "SWIFT_BACKTRACE": "enable=no"]
        env.merge(environment) { $1 }
        let exports = env.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)",
                  "env -i PATH='\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")' HOME='\(NSTemporaryDirectory())' TERM=screen \(exports) bash --norc --noprofile"])
        try tmux(["set-option", "-t", session, "status", "off"])
        _ = try waitFor("$")
    }

    deinit {
        killServer()
    }

    /// Closes the terminal with everything in it, as closing the window does.
    func killServer() {
        _ = try? tmux(["kill-server"])
    }

    /// Types a command line into the shell and presses Enter.
    func run(_ commandLine: String) throws {
        try tmux(["send-keys", "-t", session, "-l", commandLine])
        try tmux(["send-keys", "-t", session, "Enter"])
    }

    /// Sends tmux key names ("j", "Tab", "Escape", "PageDown") one after another.
    func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", session, key]) }
    }

    /// Sends several tmux key names in one go (one tmux call), for keys typed fast.
    func sendTogether(_ keys: [String]) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    /// From a view other than the map: `q` back to the map, `q` again quits; the shell then
    /// says the exit status, which must be 0.
    func quitFromAView() throws {
        try send("q")
        try waitFor("Enter detaljer")
        try send("q")
        try waitFor("EXIT=0")
    }

    /// Types text literally (åäö included).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text])
    }

    /// Copies everything the program writes to the terminal, raw, into a file.
    func pipeOutput(to path: String) throws {
        try tmux(["pipe-pane", "-o", "-t", session, "cat > '\(path)'"])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as text; with `escapes`, with the SGR sequences tmux keeps for attributes;
    /// with `wholeRows`, every row to its last cell (trailing blanks kept).
    func screen(escapes: Bool = false, wholeRows: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", session] + (escapes ? ["-e"] : []) + (wholeRows ? ["-N"] : []))
    }

    /// Polls the screen until `text` appears (or a few seconds pass); returns the last screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            usleep(50_000)
        }
        throw WaitError(expected: text, screen: last)
    }

    /// Polls until `text` is gone from the screen.
    @discardableResult
    func waitUntilGone(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if !last.contains(text) { return last }
            usleep(50_000)
        }
        throw WaitError(expected: "no \(text)", screen: last)
    }

    struct WaitError: Error, CustomStringConvertible {
        var expected: String
        var screen: String
        var description: String { "waited for \"\(expected)\"; the screen was:\n\(screen)" }
    }

    /// Runs tmux through posix_spawn and waitpid: Foundation's Process never sees
    /// `tmux new-session -d` exit (the daemonised server keeps it waiting), seen here.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputPath = NSTemporaryDirectory() + "\(socket)-\(UUID().uuidString).out"
        defer { unlink(outputPath) }
        let capture = arguments.first == "capture-pane"
        let command = ["env", "-u", "TMUX", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "tmux", "-L", socket, "-u"] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "env", &actions, nil, argv, environ) == 0 else { throw SpawnError() }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard capture else { return "" }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    struct SpawnError: Error {}
}
