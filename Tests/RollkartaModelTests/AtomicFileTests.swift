import Foundation
import XCTest
@testable import RollkartaModel

final class AtomicFileTests: XCTestCase {
    private struct Injected: Error {}

    func testFailureBetweenWritingAndRenamingLeavesTheOldFileIntact() throws {
        let folder = try Fixtures.temporaryFolder(self)
        let path = folder + "/w.json"
        var workshop = try Fixtures.example()
        try WorkshopStore.save(workshop, to: path)
        let before = try Fixtures.bytes(path)

        workshop.title = "Ändrad titel"
        let faults = AtomicFile.FaultInjection(afterTemporaryWritten: { throw Injected() })
        XCTAssertThrowsError(try WorkshopStore.save(workshop, to: path, faults: faults))

        XCTAssertEqual(try Fixtures.bytes(path), before)
        XCTAssertEqual(try WorkshopStore.load(path).title, try Fixtures.example().title)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [], "a temporary file was left behind")
    }

    func testDiskFullDuringWriteKeepsTheOldFileAndSaysWhy() throws {
        let folder = try Fixtures.temporaryFolder(self)
        let path = folder + "/w.json"
        try WorkshopStore.save(try Fixtures.example(), to: path)
        let before = try Fixtures.bytes(path)
        let full = AtomicFile.FaultInjection(write: { attempted in
            errno = ENOSPC
            return attempted > 100 ? -1 : attempted
        })
        XCTAssertThrowsError(try WorkshopStore.save(WorkshopFactory.make(title: "x", journeys: [.child], date: "2026-01-01"),
                                                    to: path, faults: full)) { error in
            let message = (error as! AtomicFile.WriteError).message(.en)
            XCTAssertTrue(message.contains("No space left on device"), message)
            XCTAssertTrue(message.contains("previous version is untouched"), message)
        }
        XCTAssertEqual(try Fixtures.bytes(path), before)
    }

    /// A file that never existed has no previous version: a failed write says nothing was written.
    func testAFailedWriteOfANewFileSaysNothingWasWritten() throws {
        let folder = try Fixtures.temporaryFolder(self)
        let full = AtomicFile.FaultInjection(write: { attempted in
            errno = ENOSPC
            return attempted > 100 ? -1 : attempted
        })
        let fresh = folder + "/ny.md"
        XCTAssertThrowsError(try AtomicFile.write(Data(repeating: 65, count: 1000), to: fresh, keepBackup: false, faults: full)) { error in
            let failure = error as! AtomicFile.WriteError
            let english = failure.message(.en), swedish = failure.message(.sv)
            XCTAssertTrue(english.contains("No space left on device"), english)
            XCTAssertTrue(english.contains("nothing was written: \(fresh)"), english)
            XCTAssertFalse(english.contains("previous version"), english)
            XCTAssertTrue(swedish.contains("inget skrevs: \(fresh)"), swedish)
            XCTAssertFalse(swedish.contains("tidigare versionen"), swedish)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh))
        // A folder that is not there: the file cannot be made at all.
        XCTAssertThrowsError(try AtomicFile.write(Data("x".utf8), to: folder + "/saknas/ny.md", keepBackup: false)) { error in
            let message = (error as! AtomicFile.WriteError).message(.sv)
            XCTAssertTrue(message.contains("inget skrevs"), message)
            XCTAssertFalse(message.contains("tidigare versionen"), message)
        }
        // The same failure on a file that exists still says it is left as it was.
        try Fixtures.write("förra", to: fresh)
        XCTAssertThrowsError(try AtomicFile.write(Data(repeating: 65, count: 1000), to: fresh, keepBackup: false, faults: full)) { error in
            let message = (error as! AtomicFile.WriteError).message(.sv)
            XCTAssertTrue(message.contains("den tidigare versionen är orörd"), message)
        }
        XCTAssertEqual(try String(contentsOfFile: fresh, encoding: .utf8), "förra")
    }

    func testSaveKeepsThePreviousVersionAsBak() throws {
        let folder = try Fixtures.temporaryFolder(self)
        let path = folder + "/w.json"
        var workshop = try Fixtures.example()
        try WorkshopStore.save(workshop, to: path)
        let first = try Fixtures.bytes(path)
        workshop.title = "Andra versionen"
        try WorkshopStore.save(workshop, to: path)
        XCTAssertEqual(try Fixtures.bytes(path + ".bak"), first)
        XCTAssertEqual(try WorkshopStore.load(path).title, "Andra versionen")
    }

    func testSaveKeepsTheFileModeAndWritesThroughSymlinks() throws {
        let folder = try Fixtures.temporaryFolder(self)
        let real = folder + "/real.json"
        let link = folder + "/link.json"
        var workshop = try Fixtures.example()
        try WorkshopStore.save(workshop, to: real)
        XCTAssertEqual(chmod(real, 0o600), 0)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)

        workshop.title = "Via länken"
        try WorkshopStore.save(workshop, to: link)

        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), real)
        XCTAssertEqual(try WorkshopStore.load(real).title, "Via länken")
        var info = stat()
        XCTAssertEqual(stat(real, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
    }

    func testCreateRefusesAnExistingFile() throws {
        let folder = try Fixtures.temporaryFolder(self)
        let path = folder + "/w.json"
        try Fixtures.write("not mine", to: path)
        let workshop = WorkshopFactory.make(title: "x", journeys: [.child], date: "2026-01-01")
        XCTAssertThrowsError(try WorkshopStore.create(workshop, at: path)) { error in
            XCTAssertEqual(error as? WorkshopStore.CreateError, .exists(path))
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "not mine")
        // A symlink to nowhere is a name in use too: nothing is written through it.
        let dangling = folder + "/dangling.json"
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: folder + "/nowhere.json")
        XCTAssertThrowsError(try WorkshopStore.create(workshop, at: dangling))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/nowhere.json"))
        let fresh = folder + "/fresh.json"
        try WorkshopStore.create(workshop, at: fresh)
        XCTAssertEqual(try WorkshopStore.load(fresh), workshop)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }, [])
    }
}
