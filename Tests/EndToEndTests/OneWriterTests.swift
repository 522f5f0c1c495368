import Foundation
import XCTest

/// One writer per file, and no silent overwrite of changes made outside.
final class OneWriterTests: XCTestCase {
    private var file = ""

    override func setUpWithError() throws {
        let folder = try Binary.temporaryFolder(self)
        file = folder + "/delad.rollkarta.json"
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: file)
    }

    func testASecondRollkartaOpensReadOnlyAndChangesNothing() throws {
        let first = try Tmux()
        try first.run("'\(Binary.path)' '\(file)'")
        try first.waitFor("Primära roller")
        let before = try Data(contentsOf: URL(fileURLWithPath: file))

        let second = try Tmux()
        try second.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try second.waitFor("SKRIVSKYDDAD: öppen i en annan Rollkarta (pid")
        try second.send("s")
        try second.waitFor("Skrivskyddad: inget ändras")
        try second.send("q")
        try second.waitFor("EXIT=0")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), before)

        try first.send("q")
        try first.run("echo done")
        try first.waitFor("done")
        XCTAssertFalse(FileManager.default.fileExists(atPath: file + ".lock"), "the lock is released on quitting")
    }

    /// The second window follows what the first one saves, and once the first quits it says
    /// the lock is free, takes it, and saves its own edits.
    func testAReadOnlyWindowFollowsTheFileAndTakesTheLockOnceTheOtherQuits() throws {
        let first = try Tmux()
        try first.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try first.waitFor("Primära roller")
        let second = try Tmux()
        try second.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try second.waitFor("SKRIVSKYDDAD: öppen i en annan Rollkarta (pid")

        try first.send("t")
        try first.waitFor("Byt namn")
        try first.send("C-u")
        try first.type("Zebra")
        try first.send("F2")
        try first.waitFor("Zebra")
        try second.waitFor("Zebra")  // read again from the disk, no key pressed
        try second.waitFor("Filen ändrades på disk: den nya versionen visas")

        try first.send("q")
        try first.waitFor("EXIT=0")
        try second.waitFor("Den andra Rollkartan har stängt filen: låset är ditt och du kan redigera")
        try second.waitUntilGone("SKRIVSKYDDAD")
        try second.send("s")
        try second.waitFor("Status: delvis")
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(saved.contains("\"status\" : \"partly\""), "the second window's edit is saved")
        XCTAssertTrue(saved.contains("Zebra"), "on top of the first window's")
        try second.send("q")
        try second.waitFor("EXIT=0")
        XCTAssertFalse(FileManager.default.fileExists(atPath: file + ".lock"), "the lock it took is released")
    }

    /// The first window killed (its lock left behind): the second says so and T takes over.
    func testAReadOnlyWindowSaysWhenTheHolderIsKilledAndTTakesOver() throws {
        let pidFile = (file as NSString).deletingLastPathComponent + "/pid"
        let first = try Tmux()
        try first.run("sh -c 'echo $$ > \(pidFile); exec \"$0\" \"$1\"' '\(Binary.path)' '\(file)'")
        try first.waitFor("Primära roller")
        let second = try Tmux()
        try second.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try second.waitFor("SKRIVSKYDDAD: öppen i en annan Rollkarta (pid")
        try second.send("T")
        try second.waitFor("Den andra Rollkartan körs fortfarande här")
        let pid = try XCTUnwrap(Int32(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, SIGKILL)
        try second.waitFor("Rollkartan som höll filen finns inte längre – T tar över låset")
        try second.send("T")
        try second.waitFor("Låset övertaget")
        try second.send("s")
        try second.waitFor("Status: delvis")
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).contains("\"status\" : \"partly\""))
        try second.send("q")
        try second.waitFor("EXIT=0")
    }

    func testAStaleLockIsSaidAndCanBeTakenOver() throws {
        // A lock left by a process that is gone (kill -9, power cut).
        let dead = Process()
        dead.executableURL = URL(fileURLWithPath: "/bin/true")
        try dead.run()
        dead.waitUntilExit()
        let host = ProcessInfo.processInfo.hostName
        let lock = "{\"pid\":\(dead.processIdentifier),\"host\":\"\(Self.shortHostName() ?? host)\",\"since\":\"2026-11-22T08:00:00Z\"}"
        try lock.write(toFile: file + ".lock", atomically: false, encoding: .utf8)

        let tmux = try Tmux()
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("övergivet lås")
        try tmux.waitFor("T tar över")
        try tmux.send("T")
        try tmux.waitFor("Låset övertaget")
        try tmux.waitUntilGone("SKRIVSKYDDAD")
        try tmux.send("s")
        try tmux.waitFor("Status: delvis")
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).contains("\"status\" : \"partly\""))
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    /// A lock naming pid 1 (alive, but no Rollkarta), written last year, before this boot:
    /// what a reboot leaves. It is stale, and T takes it over.
    func testALockOfALivePidThatIsNotRollkartaIsStale() throws {
        let host = Self.shortHostName() ?? ProcessInfo.processInfo.hostName
        try "{\"pid\":1,\"host\":\"\(host)\",\"since\":\"2025-11-22T08:00:00Z\"}".write(toFile: file + ".lock", atomically: false, encoding: .utf8)
        let tmux = try Tmux()
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("övergivet lås")
        try tmux.send("T")
        try tmux.waitFor("Låset övertaget")
        try tmux.send("s")
        try tmux.waitFor("Status: delvis")
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).contains("\"status\" : \"partly\""))
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    /// A lock written on another machine (a shared folder, a laptop that crashed): T asks,
    /// n leaves it read-only, T and j take it over.
    func testALockFromAnotherHostIsTakenOverAfterAQuestion() throws {
        try "{\"pid\":4242,\"host\":\"annan-dator\",\"since\":\"2026-11-01T08:00:00Z\"}".write(toFile: file + ".lock", atomically: false, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("SKRIVSKYDDAD – T tar över om ingen arbetar där: låst från annan-dator")
        try tmux.send("T")
        try tmux.waitFor("Ta över låset? j/n – bara om ingen arbetar på annan-dator (pid 4242, låst sedan")  // 80 columns
        try tmux.send("n")
        try tmux.waitFor("Låset lämnades kvar")
        try tmux.send("s")
        try tmux.waitFor("Skrivskyddad: inget ändras")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), before)
        try tmux.send("T")
        try tmux.waitFor("Ta över låset? j/n")
        try tmux.send("j")
        try tmux.waitFor("Låset övertaget")
        try tmux.send("s")
        try tmux.waitFor("Status: delvis")
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).contains("\"status\" : \"partly\""))
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        XCTAssertFalse(FileManager.default.fileExists(atPath: file + ".lock"), "the lock taken over is released on quitting")
    }

    func testAnEmptyLockIsSaidAndCanBeTakenOverAndLeftoversOfAKilledSaveGo() throws {
        // What a full disk at opening used to leave: a lock of 0 bytes, naming nobody.
        FileManager.default.createFile(atPath: file + ".lock", contents: Data())
        // And the temporary file of a save killed with -9, under a pid that is gone.
        let dead = Process()
        dead.executableURL = URL(fileURLWithPath: "/bin/true")
        try dead.run()
        dead.waitUntilExit()
        let folder = (file as NSString).deletingLastPathComponent
        let leftover = folder + "/.delad.rollkarta.json.\(dead.processIdentifier).tmp"
        let someoneElses = folder + "/.annan.rollkarta.json.\(dead.processIdentifier).tmp"
        FileManager.default.createFile(atPath: leftover, contents: Data("half".utf8))
        FileManager.default.createFile(atPath: someoneElses, contents: Data("other".utf8))

        let tmux = try Tmux()
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("tomt lås")
        try tmux.waitFor("T tar över")
        try tmux.send("T")
        try tmux.waitFor("Låset övertaget")
        try tmux.waitUntilGone("SKRIVSKYDDAD")
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover), "the killed save's temporary file is removed")
        XCTAssertTrue(FileManager.default.fileExists(atPath: someoneElses), "another file's temporary file is left alone")
        try tmux.send("s")
        try tmux.waitFor("Status: delvis")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        XCTAssertFalse(FileManager.default.fileExists(atPath: file + ".lock"), "the lock is released on quitting")
    }

    func testAChangeMadeOutsideIsNeverOverwrittenSilently() throws {
        let tmux = try Tmux()
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        // Someone else edits the file meanwhile.
        let outside = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(of: "Ingen ska falla mellan stolarna – rollvalidering", with: "Ändrad utanför")
        try outside.write(toFile: file, atomically: true, encoding: .utf8)

        try tmux.send("s")
        try tmux.waitFor("FILEN ÄNDRAD UTANFÖR ROLLKARTA – R läs in · W spara som kopia · O skriv över")
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), outside, "the outside change is kept")

        try tmux.send("W")
        let screen = try tmux.waitFor("Din version sparad som")
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), outside)
        let folder = (file as NSString).deletingLastPathComponent
        let copies = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".kopia-") && $0.hasSuffix(".json") }
        XCTAssertEqual(copies.count, 1, screen)
        let copy = try String(contentsOfFile: folder + "/" + copies[0], encoding: .utf8)
        XCTAssertTrue(copy.contains("\"status\" : \"partly\""), "the copy holds the facilitator's change")
        XCTAssertTrue(copy.contains("Ingen ska falla mellan stolarna"))
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    func testReadingInTheOutsideVersionKeepsYoursOneUndoAway() throws {
        let tmux = try Tmux()
        try tmux.run("'\(Binary.path)' '\(file)'")
        try tmux.waitFor("Primära roller")
        let outside = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(of: "Ingen ska falla mellan stolarna – rollvalidering", with: "Ändrad utanför")
        try outside.write(toFile: file, atomically: true, encoding: .utf8)
        try tmux.send("s")
        try tmux.waitFor("FILEN ÄNDRAD UTANFÖR")
        try tmux.send("R")
        try tmux.waitFor("Rollkarta · Ändrad utanför")
        try tmux.waitFor("Inläst från disk")
    }

    func testOverwritingReplacesTheOutsideVersionWithYours() throws {
        let tmux = try Tmux()
        try tmux.run("'\(Binary.path)' '\(file)'")
        try tmux.waitFor("Primära roller")
        let outside = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(of: "Ingen ska falla mellan stolarna – rollvalidering", with: "Ändrad utanför")
        try outside.write(toFile: file, atomically: true, encoding: .utf8)
        try tmux.send("s")
        try tmux.waitFor("FILEN ÄNDRAD UTANFÖR")
        try tmux.send("O")
        try tmux.waitFor("Filen överskriven med din version")
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertTrue(saved.contains("Ingen ska falla mellan stolarna – rollvalidering"))
        XCTAssertTrue(saved.contains("\"status\" : \"partly\""))
        // Afterwards saving goes on as normal: the next change lands without a new conflict.
        try tmux.send("s")
        try tmux.waitFor("Status: oklart")
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).contains("\"status\" : \"unclear\""))
    }

    static func shortHostName() -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return nil }
        return String(cString: buffer)
    }
}
