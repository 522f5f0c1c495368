import Foundation
import RollkartaModel
import XCTest

/// The real binary on a read-only mount of the test's own: said at opening, quitting anyway
/// with edits is a failure that counts them, an export there says nothing was written.
final class ReadOnlyFolderEndToEndTests: XCTestCase {
    /// A tmpfs holding the example, remounted read-only; skipped where mounting is not allowed.
    private func readOnlyMount(writable: Bool = false) throws -> String {
        let mountPoint = try Binary.temporaryFolder(self) + "/ro"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        guard try Binary.command(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint]) == 0 else {
            throw XCTSkip("cannot mount a tmpfs here (needs root); ReadOnlyFolderTests cover it in memory")
        }
        addTeardownBlock { _ = try? Binary.command(["umount", "-l", mountPoint]) }
        try FileManager.default.copyItem(atPath: Binary.examplePath, toPath: mountPoint + "/ws.rollkarta.json")
        guard try writable || Binary.command(["mount", "-o", "remount,ro", mountPoint]) == 0 else {
            throw XCTSkip("cannot remount the tmpfs read-only here")
        }
        return mountPoint
    }

    func testAReadOnlyFolderIsSaidAtOpeningAndQuittingAnywayCountsTheLoss() throws {
        let mountPoint = try readOnlyMount()
        let file = mountPoint + "/ws.rollkarta.json"
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let data = try Binary.temporaryFolder(self)
        let tmux = try Tmux(width: 120, height: 30)
        try tmux.run("XDG_DATA_HOME='\(data)' '\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("MAPPEN KAN INTE SKRIVAS (Read-only file system)")
        try tmux.waitFor("Skrivskyddad mapp: filens mapp kan inte skrivas (Read-only file system)")
        try tmux.send("s")
        try tmux.send("Down")
        try tmux.send("s")
        try tmux.waitFor("Read-only file system (create)")
        try tmux.send("q")
        try tmux.waitFor("2 ändringar är inte sparade: mappen kan inte skrivas")
        try tmux.send("q")
        try tmux.waitFor("EXIT=1")
        let shown = try tmux.screen()
        XCTAssertTrue(shown.contains("2 ändringar förlorade"), shown)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), before)

        // Again, this time saving the copy elsewhere: nothing lost, a success.
        try tmux.run("clear; XDG_DATA_HOME='\(data)' '\(Binary.path)' '\(file)' --lang en; echo EXIT2=$?")
        try tmux.waitFor("THE FOLDER CANNOT BE WRITTEN (Read-only file system)")
        try tmux.send("s")
        try tmux.waitFor("Read-only file system (create)")
        try tmux.send("q")
        try tmux.waitFor("1 change is not saved")
        try tmux.send("W")
        try tmux.waitFor("Your version saved as \(data)/rollkarta/ws.kopia-")
        try tmux.send("q")
        try tmux.waitFor("EXIT2=0")
        let copies = try FileManager.default.contentsOfDirectory(atPath: data + "/rollkarta").filter { $0.hasPrefix("ws.kopia-") }
        XCTAssertEqual(copies.count, 1, "\(copies)")
        let copy = try WorkshopStore.load(data + "/rollkarta/" + copies[0])
        XCTAssertNotEqual(copy, try WorkshopStore.load(file), "the copy holds the edit")
    }

    /// A participant verifying from a read-only share: the answers go to their own data
    /// folder, the walk and its end say where, and the same command resumes them there.
    func testAParticipantsAnswersGoToTheirDataFolderWhenTheWorkshopsCannotBeWritten() throws {
        let mountPoint = try readOnlyMount()
        let file = mountPoint + "/ws.rollkarta.json"
        let data = try Binary.temporaryFolder(self)
        let answers = data + "/rollkarta/ws.verify-bup-ab.json"
        let tmux = try Tmux(width: 120, height: 30)
        let verify = "XDG_DATA_HOME='\(data)' '\(Binary.path)' verify '\(file)' --as BUP --initials AB"
        try tmux.run("\(verify); echo EXIT=$?")
        try tmux.waitFor("Workshopens mapp kan inte skrivas: svaren sparas i \(data)")
        try tmux.send("1")
        try tmux.waitFor("besvarade 1/")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let shown = try tmux.screen().replacingOccurrences(of: "\n", with: "")  // long lines wrap
        XCTAssertTrue(shown.contains("mappen kan inte skrivas (Read-only file system); svaren sparades i stället i \(answers)"), shown)
        XCTAssertTrue(shown.contains("1 av 31 besvarade; svaren finns i \(answers)"), shown)
        XCTAssertEqual(try ParticipantStore.load(answers).answers.count, 1, "the answer is kept, in the participant's own folder")

        try tmux.run("clear; \(verify); echo EXIT2=$?")
        try tmux.waitFor("besvarade 1/")
        try tmux.send("q")
        try tmux.waitFor("EXIT2=0")
    }

    /// The share turns read-only during the walk: quitting anyway is a failure that says the
    /// latest answers are lost, not "the answers are in".
    func testAWalkWhoseSavesStartFailingNeverEndsAsIfTheAnswersWereKept() throws {
        let mountPoint = try readOnlyMount(writable: true)
        let file = mountPoint + "/ws.rollkarta.json"
        let tmux = try Tmux(width: 120, height: 30)
        try tmux.run("'\(Binary.path)' verify '\(file)' --as BUP; echo EXIT=$?")
        try tmux.send("1")
        try tmux.waitFor("besvarade 1/")
        XCTAssertEqual(try Binary.command(["mount", "-o", "remount,ro", mountPoint]), 0)
        try tmux.send("1")
        try tmux.waitFor("Read-only file system")
        try tmux.send("q")
        try tmux.waitFor("Svaren är inte sparade! q igen avslutar ändå.")
        try tmux.send("q")
        try tmux.waitFor("EXIT=1")
        let shown = try tmux.screen().replacingOccurrences(of: "\n", with: "")
        let answers = try Binary.answerFile(in: mountPoint, "ws.verify-bup")
        XCTAssertTrue(shown.contains("2 av 31 besvarade, men de senaste svaren kunde inte sparas i \(answers) och är förlorade"),
                      shown)
        XCTAssertEqual(try ParticipantStore.load(answers).answers.count, 1, "the first answer was saved")
    }

    func testExportToAReadOnlyFolderSaysNothingWasWritten() throws {
        let mountPoint = try readOnlyMount()
        let result = try Binary.run(["export", Binary.examplePath, "--format", "md", "-o", mountPoint + "/ny.md"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("Read-only file system"), result.stderr)
        XCTAssertTrue(result.stderr.contains("inget skrevs: \(mountPoint)/ny.md"), result.stderr)
        XCTAssertFalse(result.stderr.contains("tidigare versionen"), result.stderr)
        let english = try Binary.run(["export", Binary.examplePath, "--format", "md", "-o", mountPoint + "/ny.md", "--lang", "en"])
        XCTAssertTrue(english.stderr.contains("nothing was written"), english.stderr)
    }
}
