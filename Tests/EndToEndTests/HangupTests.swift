import Foundation
import RollkartaModel
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Closing the window right after a change on a 1 MB workshop: the change is saved, once, and
/// the app is gone about as soon as after SIGTERM in the same moment (it waited for the save
/// under way and then wrote the same version a second time).
final class HangupTests: XCTestCase {
    /// Opens the file in a fresh terminal, changes a cell, then ends it: `close` the window
    /// (the terminal goes away, SIGHUP) or SIGTERM. Seconds until the process is gone, and its status.
    private func changeThenEnd(_ file: String, closingTheWindow: Bool) throws -> (seconds: Double, status: Int32) {
        let folder = (file as NSString).deletingLastPathComponent
        let statusFile = folder + "/status-\(closingTheWindow)"
        let tmux = try Tmux()
        // A parent outside the terminal that waits for it and writes down when it ended.
        let script = "import signal,subprocess,sys,time\n"
            + "signal.signal(signal.SIGHUP, signal.SIG_IGN)\n"
            + "p = subprocess.Popen(sys.argv[2:], preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_DFL))\n"
            + "open(sys.argv[1] + '.pid', 'w').write(str(p.pid))\n"
            + "p.wait()\n"
            + "open(sys.argv[1], 'w').write('%f %d' % (time.time(), p.returncode))\n"
        try script.write(toFile: folder + "/wait.py", atomically: true, encoding: .utf8)
        try tmux.run("python3 '\(folder)/wait.py' '\(statusFile)' '\(Binary.path)' '\(file)'")
        try tmux.waitFor("Primära roller", timeout: 30)
        let pid = try XCTUnwrap(Int32(String(contentsOfFile: statusFile + ".pid", encoding: .utf8)))
        try tmux.send("s")
        usleep(30_000)  // the change's save is under way
        let start = Date().timeIntervalSince1970
        if closingTheWindow { tmux.killServer() } else { kill(pid, SIGTERM) }
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: statusFile), Date() < deadline { usleep(5_000) }
        usleep(20_000)
        let said = try String(contentsOfFile: statusFile, encoding: .utf8).split(separator: " ")
        return (try XCTUnwrap(Double(said[0])) - start, try XCTUnwrap(Int32(said[1])))
    }

    func testClosingTheWindowAfterAChangeSavesItOnceAndEndsAsFastAsSIGTERM() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { throw XCTSkip("needs python3") }
        let folder = try Binary.temporaryFolder(self)
        var seconds: [Bool: Double] = [:]
        for closing in [false, true] {
            let file = folder + "/\(closing ? "hup" : "term").rollkarta.json"
            _ = try FastTypingTests.makeWorkshop(at: file)
            let original = try WorkshopStore.load(file)
            let (time, status) = try changeThenEnd(file, closingTheWindow: closing)
            XCTAssertEqual(status, closing ? 129 : 143)
            seconds[closing] = time
            let saved = try WorkshopStore.load(file)
            XCTAssertTrue(saved != original, "the change is saved")
            // Every save keeps the version before it as FILE.bak: written once, that is the original.
            let backup = try WorkshopStore.load(file + ".bak")
            XCTAssertTrue(backup == original, "the change was written once, not again on leaving")
        }
        let hangup = try XCTUnwrap(seconds[true]), terminate = try XCTUnwrap(seconds[false])
        print("hangup after a change: \(String(format: "%.3f", hangup)) s, SIGTERM: \(String(format: "%.3f", terminate)) s")
        XCTAssertLessThan(hangup, terminate * 2 + 0.3, "closing the window takes about as long as SIGTERM")
    }
}
