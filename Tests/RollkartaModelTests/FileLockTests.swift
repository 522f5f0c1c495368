import Foundation
@testable import RollkartaModel
import XCTest

/// When a lock left beside a workshop may be taken over: its process is gone, the pid now
/// belongs to a process that is not Rollkarta or started later (the pid reused, after a reboot
/// say), or the lock was written before this machine last started. A lock of another machine
/// is never called stale from here.
final class FileLockTests: XCTestCase {
    private let host = FileLock.hostName()

    /// A process that is not Rollkarta, running while the test looks at it.
    private func sleeper() throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sleep")
        process.arguments = ["30"]
        try process.run()
        addTeardownBlock { process.terminate(); process.waitUntilExit() }
        return process
    }

    func testALockOfPidOneWrittenLastYearIsStale() {
        let old = FileLock.Holder(pid: 1, host: host, since: "2025-03-01T08:00:00Z")
        XCTAssertTrue(FileLock.isStale(old), "pid 1 is alive, but the lock is from before this boot and pid 1 is no Rollkarta")
    }

    func testALockNamingARunningProcessThatIsNotRollkartaIsStale() throws {
        let sleep = try sleeper()
        let now = ISO8601DateFormatter().string(from: Date())
        let lock = FileLock.Holder(pid: sleep.processIdentifier, host: host, since: now)
        XCTAssertTrue(FileLock.isStale(lock), "a sleep has the pid now")
        XCTAssertEqual(Machine.isRollkarta(sleep.processIdentifier), false)
    }

    func testALockOfThisBootAndThisProgramIsNotStaleUnlessItsProcessStartedAtAnotherTime() throws {
        let me = getpid()
        let started = try XCTUnwrap(Machine.startTime(of: me))
        let boot = try XCTUnwrap(Machine.bootID())
        let since = ISO8601DateFormatter().string(from: Date())
        XCTAssertFalse(FileLock.isStale(FileLock.Holder(pid: me, host: host, since: since, boot: boot, started: started)),
                       "the process that wrote it runs this very program")
        XCTAssertTrue(FileLock.isStale(FileLock.Holder(pid: me, host: host, since: since, boot: boot, started: started + 1)),
                      "the same pid, started at another time: reused")
        XCTAssertTrue(FileLock.isStale(FileLock.Holder(pid: me, host: host, since: since, boot: "another-boot", started: started)),
                      "written in another boot")
    }

    func testALockOfAnotherMachineIsNeverStaleFromHere() {
        let elsewhere = FileLock.Holder(pid: 4242, host: host + "-annan-dator", since: "2025-03-01T08:00:00Z")
        XCTAssertFalse(FileLock.isStale(elsewhere))
        XCTAssertFalse(elsewhere.isOnThisHost)
    }

    /// The lock this process writes records its boot and start time; one written before, with
    /// neither, is still read.
    func testTheLockRecordsBootAndStartAndAnOldLockIsStillRead() throws {
        let folder = NSTemporaryDirectory() + "rollkarta-lock-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/ws.rollkarta.json"
        XCTAssertEqual(FileLock.acquire(file), .acquired)
        let written = try JSONDecoder().decode(FileLock.Holder.self, from: Data(contentsOf: URL(fileURLWithPath: file + ".lock")))
        XCTAssertEqual(written.boot, Machine.bootID())
        XCTAssertEqual(written.started, Machine.startTime(of: getpid()))
        FileLock.release(file)

        try #"{"pid":1,"host":"\#(host)","since":"2025-03-01T08:00:00Z"}"#.write(toFile: file + ".lock", atomically: true, encoding: .utf8)
        guard case .heldElsewhere(let holder, let isStale) = FileLock.acquire(file) else { return XCTFail("the old lock is read") }
        XCTAssertEqual(holder.pid, 1)
        XCTAssertNil(holder.boot)
        XCTAssertTrue(isStale)
        XCTAssertEqual(FileLock.acquire(file, takeOver: true), .acquired)
        FileLock.release(file)
    }
}
