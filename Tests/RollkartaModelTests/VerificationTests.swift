import Foundation
import XCTest
@testable import RollkartaModel

/// Participant files and merging: nothing double-counted, nothing stale counted as agreement.
final class VerificationTests: XCTestCase {
    private func answered(_ workshop: Workshop, organisation: String, initials: String? = nil,
                          _ votes: [(String, Vote, String)], at time: String = "2026-11-20T10:00:00Z",
                          onBehalf: Bool = false) -> ParticipantFile {
        var file = ParticipantFile(for: workshop, organisation: organisation, initials: initials, onBehalf: onBehalf,
                                   include: [.roles])
        let hashes = workshop.subjectHashes
        for (role, vote, comment) in votes {
            let subject = VerificationSubject.role(journey: .child, role: role)
            file.record(.init(subject: subject, vote: vote, comment: comment, seen: hashes[subject]!, answeredAt: time))
        }
        return file
    }

    /// "Habilitering" and "HAB" are one organisation in the workshop: a participant who started
    /// with one name resumes with the other; another organisation or other initials never.
    func testAnAnswerFileBelongsToTheSameOrganisationByAnyOfItsNames() throws {
        var workshop = try Fixtures.example()
        let actor = try XCTUnwrap(workshop.actors.first)
        workshop.aliases = [OrganisationAlias(name: "Habilitering", organisation: actor.id)]
        let file = ParticipantFile(for: workshop, organisation: "Habilitering", initials: "AB", onBehalf: false, include: [.roles])
        XCTAssertTrue(file.belongs(to: actor.abbreviation, initials: "ab", in: workshop))
        XCTAssertTrue(file.belongs(to: actor.name, initials: "AB", in: workshop))
        XCTAssertFalse(file.belongs(to: actor.abbreviation, initials: "AB"), "without the workshop only the same name")
        XCTAssertFalse(file.belongs(to: actor.abbreviation, initials: "CD", in: workshop))
        let other = try XCTUnwrap(workshop.actors.dropFirst().first)
        XCTAssertFalse(file.belongs(to: other.abbreviation, initials: "AB", in: workshop))
    }

    /// Two colleagues of one organisation without initials, each with the code their page or
    /// walk made, are two participants; the same code twice is one; files written before codes
    /// (no code, no initials) still merge into one participant, as they always did.
    func testColleaguesWithoutInitialsAreToldApartByTheirCodeAndOldFilesMergeAsBefore() throws {
        var workshop = try WorkshopStore.load(Fixtures.examplePath)
        let before = workshop.participants.count
        var anna = answered(workshop, organisation: "BUP", [("1", .yes, "")])
        anna.token = "7k3q"
        var bertil = answered(workshop, organisation: "BUP", [("1", .no, "Inte hos oss")], at: "2026-11-20T11:00:00Z")
        bertil.token = "m4xz"
        let reports = try VerificationMerge.merge([("a.json", anna), ("b.json", bertil)], into: &workshop)
        XCTAssertEqual(workshop.participants.count, before + 2, "two colleagues, two participants")
        XCTAssertEqual(reports.map(\.added), [1, 1], "the second does not replace the first's vote")
        XCTAssertEqual(reports.map(\.shownName), ["BUP (7k3q)", "BUP (m4xz)"])
        let result = try XCTUnwrap(VerificationResults(workshop).result(for: .role(journey: .child, role: "1")))
        XCTAssertEqual(result.yes, 1)
        XCTAssertEqual(result.no, 1)
        _ = try VerificationMerge.merge([("a2.json", anna)], into: &workshop)
        XCTAssertEqual(workshop.participants.count, before + 2, "Anna's file again: still Anna")

        var old = try WorkshopStore.load(Fixtures.examplePath)
        let first = answered(old, organisation: "BUP", [("1", .yes, "")])
        let second = answered(old, organisation: "BUP", [("1", .no, "")], at: "2026-11-20T11:00:00Z")
        let oldReports = try VerificationMerge.merge([("x.json", first), ("y.json", second)], into: &old)
        XCTAssertEqual(old.participants.count, before + 1, "no codes: one participant, as before")
        XCTAssertEqual(oldReports.last?.changed, 1)
    }

    /// A page's or walk's code goes into file names and on screen: one that is not a short run of
    /// letters and digits is refused at loading, with where it is.
    func testACodeThatIsNotLettersAndDigitsIsRefused() throws {
        let workshop = try WorkshopStore.load(Fixtures.examplePath)
        var file = answered(workshop, organisation: "BUP", [("1", .yes, "")])
        file.token = "../../x"
        let path = NSTemporaryDirectory() + "rollkarta-token-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ParticipantStore.save(file, to: path)
        XCTAssertThrowsError(try ParticipantStore.load(path)) { error in
            XCTAssertTrue((error as? LoadError)?.message(.sv).contains("token") == true, "\(error)")
        }
        XCTAssertEqual(ParticipantFile.newToken().count, 4)
        XCTAssertTrue(ParticipantFile.isValidToken(ParticipantFile.newToken()))
        XCTAssertNotEqual(Set((0..<50).map { _ in ParticipantFile.newToken() }).count, 1)
    }

    func testAFileWithNoAnswersAndNoSuggestionsChangesNothing() throws {
        var workshop = try Fixtures.example()
        let before = workshop
        let reports = try VerificationMerge.merge([("tom.json", answered(workshop, organisation: "Ny verksamhet", []))], into: &workshop)
        XCTAssertEqual(workshop, before, "not even a participant is added")
        XCTAssertEqual(reports.map(\.empty), [true])
        XCTAssertEqual(reports.map(\.file), ["tom.json"])
    }

    func testMergingTheSameFileTwiceChangesNothing() throws {
        var workshop = try Fixtures.example()
        let file = answered(workshop, organisation: "BUP", initials: "AB",
                            [("1", .yes, ""), ("2", .no, "Det är elevhälsan som fångar upp först."), ("3", .discuss, "")])
        let first = try VerificationMerge.merge([("bup.json", file)], into: &workshop)
        XCTAssertEqual(first.map(\.added), [3])
        let once = workshop
        let second = try VerificationMerge.merge([("bup.json", file)], into: &workshop)
        XCTAssertEqual(workshop, once)
        XCTAssertEqual(second.map(\.added), [0])
        XCTAssertEqual(second.map(\.unchanged), [3])
        let result = VerificationResults(workshop).result(for: .role(journey: .child, role: "2"))!
        XCTAssertEqual([result.yes, result.no, result.discuss], [0, 1, 0])
        XCTAssertEqual(workshop.participants.filter { $0.organisation == "BUP" }.count, 1, "one participant, not two")
    }

    func testSuggestionsAreFoldedInOnceWithWhoWroteThemAndRoundTripTheFiles() throws {
        var workshop = try Fixtures.example()
        var file = answered(workshop, organisation: "BUP", initials: "AB", [("1", .yes, "")])
        file.suggestions = [.init(text: "Skolsköterskan saknas som roll", writtenAt: "2026-11-23T10:00:00Z"),
                            .init(text: "  ", writtenAt: "2026-11-23T10:01:00Z")]
        let data = DocumentCodec.encode(file)
        XCTAssertEqual(try DocumentCodec.decode(ParticipantFile.self, from: data, file: "f.json", format: ParticipantFile.formatMarker,
                                                schemaVersion: ParticipantFile.schemaVersion, validate: { _ in [] }), file)
        let first = try VerificationMerge.merge([("bup.json", file)], into: &workshop)
        XCTAssertEqual(first.map(\.suggestions), [1], "an empty suggestion is not one")
        let once = workshop
        let second = try VerificationMerge.merge([("bup.json", file)], into: &workshop)
        XCTAssertEqual(second.map(\.suggestions), [0])
        XCTAssertEqual(workshop, once, "merging the same file twice adds nothing")
        let suggestion = try XCTUnwrap(workshop.suggestions.first)
        XCTAssertEqual(workshop.participants.first { $0.id == suggestion.participant }?.organisation, "BUP")
        XCTAssertEqual(try WorkshopCodec.decode(WorkshopCodec.encode(workshop), file: "w.json"), workshop)
    }

    func testAFileForAnotherWorkshopIsRefusedAndNothingIsMerged() throws {
        var workshop = try Fixtures.example()
        let own = answered(workshop, organisation: "BUP", [("1", .yes, "")])
        var other = WorkshopFactory.make(title: "Annan workshop", journeys: [.child], date: "2026-01-01")
        other.title = "Annan workshop"
        let foreign = answered(other, organisation: "Socialtjänst", [("1", .no, "")])
        let before = workshop
        XCTAssertThrowsError(try VerificationMerge.merge([("own.json", own), ("annan.json", foreign)], into: &workshop)) {
            let message = ($0 as! VerificationMerge.Refusal).message(.sv)
            XCTAssertTrue(message.contains("annan.json"), message)
            XCTAssertTrue(message.contains("Annan workshop"), message)
            XCTAssertTrue(message.contains("ingenting slogs samman"), message)
        }
        XCTAssertEqual(workshop, before)
    }

    func testAnAnswerToARoleWhoseTextChangedIsKeptButNotCounted() throws {
        var workshop = try Fixtures.example()
        let file = answered(workshop, organisation: "BUP", [("4", .yes, ""), ("5", .yes, "")])
        // After the participant answered, the facilitator rewords role 4 and adds a holder to role 5.
        let child = workshop.journeys.firstIndex { $0.id == .child }!
        let role4 = workshop.journeys[child].roles.firstIndex { $0.id == "4" }!
        workshop.journeys[child].roles[role4].description.sv += " Ändrad efter workshopen."
        workshop.assignments.append(Assignment(journey: .child, step: "concern", role: "5",
                                               actors: [workshop.actors[0].id], status: .holds))
        let report = try VerificationMerge.merge([("bup.json", file)], into: &workshop)
        XCTAssertEqual(report.first?.stale, 2)
        XCTAssertEqual(workshop.answers.filter { $0.participant == report.first?.participant }.count, 2, "kept")
        let results = VerificationResults(workshop)
        let four = results.result(for: .role(journey: .child, role: "4"))!
        // The example has one No on child/4; the stale Yes must not count as agreement.
        XCTAssertEqual([four.yes, four.no, four.staleCount], [0, 1, 1])
        XCTAssertTrue(results.toDiscuss.contains { $0.subject == .role(journey: .child, role: "5") },
                      "a stale answer is something to discuss, not agreement")
        // Stale answers survive a save and a load, and stay stale.
        let reloaded = try WorkshopCodec.decode(WorkshopCodec.encode(workshop), file: "w.json")
        XCTAssertEqual(VerificationResults(reloaded).result(for: .role(journey: .child, role: "5"))?.staleCount, 1)
    }

    func testTwoParticipantsDisagreeingAreCountedApartAndComeFirstInTheDiscussList() throws {
        var workshop = try Fixtures.example()
        workshop.answers = []
        workshop.tallies = []
        let bup = answered(workshop, organisation: "BUP", [("1", .yes, ""), ("2", .yes, ""), ("6", .no, "BUP behandlar, inte primärvården.")])
        let school = answered(workshop, organisation: "Elevhälsa", initials: "ÅÖ",
                              [("1", .yes, ""), ("2", .discuss, "Oklart vem som ser först."), ("6", .no, "")])
        let reports = try VerificationMerge.merge([("bup.json", bup), ("skola.json", school)], into: &workshop)
        XCTAssertEqual(reports.map(\.organisation), ["BUP", "Elevhälsa"])
        XCTAssertEqual(reports.map(\.added), [3, 3])
        let results = VerificationResults(workshop)
        XCTAssertEqual(results.result(for: .role(journey: .child, role: "1")).map { [$0.yes, $0.no, $0.discuss] }, [2, 0, 0])
        XCTAssertEqual(results.toDiscuss.map(\.subject.label), ["child/6", "child/2"],
                       "two objections before one; full agreement is not listed")
        let comments = results.result(for: .role(journey: .child, role: "6"))!.answers.map(\.comment)
        XCTAssertEqual(comments, ["BUP behandlar, inte primärvården.", ""])
    }

    func testANewerAnswerReplacesTheOlderAndAnOlderFileDoesNotUndoIt() throws {
        var workshop = try Fixtures.example()
        let early = answered(workshop, organisation: "BUP", [("1", .no, "Först")], at: "2026-11-20T10:00:00Z")
        let late = answered(workshop, organisation: "BUP", [("1", .yes, "Efter diskussion")], at: "2026-11-21T09:00:00Z")
        _ = try VerificationMerge.merge([("late.json", late)], into: &workshop)
        let report = try VerificationMerge.merge([("early.json", early)], into: &workshop)
        XCTAssertEqual(report.first?.older, 1)
        let answer = workshop.answers.first { $0.subject == .role(journey: .child, role: "1") }
        XCTAssertEqual(answer?.vote, .yes)
        XCTAssertEqual(answer?.comment, "Efter diskussion")
    }

    func testAShowOfHandsAndAnswersOnBehalfSayWhatTheyAre() throws {
        var workshop = try Fixtures.example()
        workshop.answers = []
        workshop.tallies = [Tally(subject: .role(journey: .child, role: "1"), yes: 5, no: 2, discuss: 0,
                                  seen: workshop.subjectHashes[.role(journey: .child, role: "1")])]
        let proxy = answered(workshop, organisation: "NSPH", [("1", .discuss, "Brukarrösten saknas.")], onBehalf: true)
        _ = try VerificationMerge.merge([("nsph.json", proxy)], into: &workshop)
        XCTAssertEqual(workshop.answers.map(\.onBehalf), [true])
        let result = VerificationResults(workshop).result(for: .role(journey: .child, role: "1"))!
        XCTAssertEqual([result.yes, result.no, result.discuss], [5, 2, 1])
        let text = String(decoding: WorkshopCodec.encode(workshop), as: UTF8.self)
        XCTAssertTrue(text.contains("\"onBehalf\" : true"))
        XCTAssertTrue(text.contains("\"tallies\""))
    }

    func testAnAnswerAboutADeletedGapIsReportedNotMerged() throws {
        var workshop = try Fixtures.example()
        var file = ParticipantFile(for: workshop, organisation: "BUP", initials: nil, onBehalf: false, include: [.roles, .gaps])
        let gap = VerificationSubject.gap(workshop.gaps[0].id)
        file.record(.init(subject: gap, vote: .no, comment: "", seen: workshop.subjectHashes[gap]!, answeredAt: "2026-11-20T10:00:00Z"))
        let deleted = workshop.gaps[0].id
        workshop.gaps.removeAll { $0.id == deleted }
        workshop.insights.removeAll { $0.gap == deleted }  // what was said about it goes with it here
        let report = try VerificationMerge.merge([("bup.json", file)], into: &workshop)
        XCTAssertEqual(report.first?.skipped, [gap.label])
        XCTAssertEqual(report.first?.added, 0)
        XCTAssertTrue(Validation.check(workshop).isEmpty)
    }

    func testParticipantFileRoundTripsAndRefusesAWorkshopGivenInItsPlace() throws {
        let folder = try Fixtures.temporaryFolder(self)
        let workshop = try Fixtures.example()
        let file = answered(workshop, organisation: "Vårdcentral", initials: "ÅÄ", [("1", .yes, "Stämmer – för det mesta.")])
        let path = ParticipantFile.defaultPath(workshopPath: folder + "/ws.rollkarta.json", organisation: "Vårdcentral",
                                               initials: "ÅÄ")
        XCTAssertEqual(path, folder + "/ws.verify-vardcentral-aa.json")
        try ParticipantStore.save(file, to: path)
        XCTAssertEqual(try ParticipantStore.load(path), file)
        XCTAssertThrowsError(try ParticipantStore.load(Fixtures.examplePath)) {
            let message = ($0 as! LoadError).message(.sv)
            XCTAssertTrue(message.contains("är ingen Rollkarta-svarsfil"), message)
        }
    }
}
