import Foundation
import RollkartaModel
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Saving survives being killed at any moment, a full disk and a read-only file system.
final class CrashSafetyTests: XCTestCase {
    /// Half the runs are killed inside a save for certain: the helper stops at one of the
    /// save's steps (temporary file created, written, backup made, renamed before the folder's
    /// fsync) and says so, and is killed there. Before the rename the file must be the old
    /// version, after it the new one, whole and valid each time. The other runs are killed at
    /// a random moment, and the file must be valid and one of the versions written.
    func testKillNineDuringSavingTwoHundredTimesLeavesAValidOldOrNewFile() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/torture.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: file)
        let helper = URL(fileURLWithPath: Binary.path).deletingLastPathComponent().appendingPathComponent("SaveLoop").path
        var generator = SystemRandomNumberGenerator()
        var title = try WorkshopStore.load(file).title
        var insideSave = 0
        for iteration in 0..<200 {
            let label = "run\(iteration)"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: helper)
            let output = Pipe()
            process.standardOutput = output
            let steps = AtomicFile.SaveStep.allCases
            let pause = iteration % 2 == 0 ? (round: Int.random(in: 1...3, using: &generator), step: steps[iteration / 2 % steps.count]) : nil
            process.arguments = [file, label] + (pause.map { ["\($0.round)", $0.step.rawValue] } ?? [])
            try process.run()
            if let pause {
                let said = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
                XCTAssertEqual(said, "inside \(pause.round) \(pause.step.rawValue)\n", "iteration \(iteration)")
                insideSave += said.hasPrefix("inside") ? 1 : 0
            } else {
                usleep(UInt32.random(in: 2_000...40_000, using: &generator))
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let workshop: Workshop
            do {
                workshop = try WorkshopStore.load(file)
            } catch {
                return XCTFail("iteration \(iteration): the file is broken after kill -9: \(error.message(.en))")
            }
            if let pause {
                let old = pause.round == 1 ? title : "\(label)/\(pause.round - 1)"
                let expected = pause.step == .renamed ? "\(label)/\(pause.round)" : old
                XCTAssertEqual(workshop.title, expected, "iteration \(iteration): killed at \(pause.step)")
            } else {
                let round = workshop.title.hasPrefix(label + "/") ? Int(workshop.title.dropFirst(label.count + 1)) : nil
                XCTAssertTrue(workshop.title == title || (round ?? 0) > 0, "iteration \(iteration): title \(workshop.title)")
            }
            title = workshop.title
        }
        XCTAssertGreaterThanOrEqual(insideSave, 100, "at least half the kills land inside a save")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix("torture.rollkarta.json") }
        // Temporary files of killed saves may remain (each pid its own); they never replace the file.
        for name in leftovers { XCTAssertTrue(name.hasSuffix(".tmp"), "unexpected file \(name)") }
    }
}

/// A full disk and a read-only file system, on a small tmpfs of the test's own.
final class FullDiskTests: XCTestCase {
    func testFullDiskAndReadOnlyFolderKeepEditsAndSaveOnceFixed() throws {
        let mountPoint = try Binary.temporaryFolder(self) + "/tmpfs"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        guard try Binary.command(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mountPoint]) == 0 else {
            throw XCTSkip("cannot mount a tmpfs here (needs root); the injected-failure unit tests still run")
        }
        addTeardownBlock { _ = try? Binary.command(["umount", "-l", mountPoint]) }
        let file = mountPoint + "/full.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: file)
        // Fill the disk.
        _ = try Binary.command(["dd", "if=/dev/zero", "of=\(mountPoint)/filler", "bs=4k"])
        let before = try Data(contentsOf: URL(fileURLWithPath: file))

        let tmux = try Tmux()
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        // Said at opening: no lock can be written (it is not left behind empty either).
        try tmux.waitFor("LÅSET KAN INTE SKRIVAS (No space left on device)")
        try tmux.send("s")
        try tmux.waitFor("No space left on device (")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), before, "nothing truncated")
        XCTAssertFalse(FileManager.default.fileExists(atPath: file + ".lock"),
                       "a lock that could not be written is not left behind (it would lock the workshop for good)")

        // Space again: the next change saves everything, the first edit included.
        try FileManager.default.removeItem(atPath: mountPoint + "/filler")
        try tmux.send("s")
        try tmux.waitFor("[sparad]")
        var workshop = try WorkshopStore.load(file)
        XCTAssertEqual(workshop.assignment(journey: .child, step: "concern", role: "1")?.status, .unclear)

        // A read-only file system.
        XCTAssertEqual(try Binary.command(["mount", "-o", "remount,ro", mountPoint]), 0)
        try tmux.send("s")
        try tmux.waitFor("Read-only file system")
        try tmux.waitFor("[ej sparad]")
        XCTAssertEqual(try Binary.command(["mount", "-o", "remount,rw", mountPoint]), 0)
        try tmux.send("s")
        try tmux.waitFor("[sparad]")
        workshop = try WorkshopStore.load(file)
        XCTAssertEqual(workshop.assignment(journey: .child, step: "concern", role: "1")?.status, .partly)
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        XCTAssertFalse(FileManager.default.fileExists(atPath: file + ".lock"))
        // The next opening edits, not "held by pid 0 on ?".
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT2=$?")
        try tmux.waitFor("Primära roller")
        XCTAssertFalse(try tmux.screen().contains("SKRIVSKYDDAD"))
        try tmux.send("q")
        try tmux.waitFor("EXIT2=0")
    }
}

/// Permission denied: a user who may read the workshop but not write its folder.
final class PermissionDeniedTests: XCTestCase {
    func testPermissionDeniedSaysSoAndKeepsTheFile() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser")
                || FileManager.default.isExecutableFile(atPath: "/sbin/runuser") else {
            throw XCTSkip("needs root and runuser to act as another user")
        }
        let folder = try Binary.temporaryFolder(self)
        XCTAssertEqual(chmod(folder, 0o755), 0)
        let file = folder + "/las.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: file)
        XCTAssertEqual(chmod(file, 0o644), 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let tmux = try Tmux()
        try tmux.run("runuser -u nobody -- '\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try tmux.waitFor("MAPPEN KAN INTE SKRIVAS (Permission denied)")
        try tmux.send("s")
        try tmux.waitFor("Permission denied (create)")
        try tmux.send("q")
        try tmux.waitFor("1 ändring är inte sparad: mappen kan inte skrivas")
        try tmux.send("q")
        // Quitting anyway with an edit that reached no file is never a success.
        try tmux.waitFor("EXIT=1")
        XCTAssertTrue(try tmux.screen().contains("1 ändring förlorad"))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), before)
    }
}
