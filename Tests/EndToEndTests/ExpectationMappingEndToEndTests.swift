import Foundation
import XCTest
@testable import RollkartaModel

/// Workshop 1 in the real binary: the facilitator types the others' expectations of
/// Habiliteringen in Swedish, records its No on one, finds it outside the mission, makes it a
/// gap, undoes and redoes that, quits, and finds it all again on reopening.
final class ExpectationMappingEndToEndTests: XCTestCase {
    func testPerceptionItemsAnsweredNoBecomeAGapAndSurviveAReopen() throws {
        let folder = try Binary.temporaryFolder(self)
        let file = folder + "/ws1.rollkarta.json"
        let created = try Binary.run(["new", file, "--journey", "child", "--kind", "expectation-mapping"])
        XCTAssertEqual(created.status, 0, created.stderr)
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.run("'\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try tmux.send("7")
        try tmux.waitFor("Inga organisationer än")
        for (name, abbreviation) in [("Habiliteringen", "HAB"), ("Barn- och ungdomspsykiatrin", "BUP")] {
            try tmux.send("a")
            try tmux.type(name)
            try tmux.send("Tab")
            try tmux.type(abbreviation)
            try tmux.send("F2")
            try tmux.waitFor("\(abbreviation) tillagd")
        }
        try tmux.send("Home", "Enter", "l")
        try tmux.waitFor("▶ Andras uppfattning (0)")
        for item in ["Autism 0-6 år", "Barn med enbart ADHD", "Fysiska funktionsnedsättningar"] {
            try tmux.send("a")
            try tmux.type(item)
            try tmux.send("Tab", "Tab", "Space", "F2")
            try tmux.waitFor("sparad")
        }
        try tmux.waitFor("▶ Andras uppfattning (3)")
        try tmux.send("Up", "2")
        try tmux.waitFor("Nej, de ingår INTE i vår målgrupp")
        try tmux.send("r")
        try tmux.waitFor("Förväntningar utanför uppdraget")
        try tmux.waitFor("Förväntas av HAB, utanför uppdraget:")
        try tmux.waitFor("✗ HAB · Målgrupp: Barn med enbart ADHD – BUP")
        try tmux.send("g")
        try tmux.waitFor("Glapp från förväntan")
        try tmux.send("F2")
        try tmux.waitFor("Blev glapp gap-0001")
        try tmux.send("u")
        try tmux.waitFor("Ångrat")
        try tmux.send("C-r")
        try tmux.waitFor("Blev glapp gap-0001")
        try tmux.send("q")
        try tmux.waitFor("Enter detaljer")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")

        let saved = try WorkshopStore.load(file)
        XCTAssertEqual(saved.kind, .expectationMapping)
        XCTAssertEqual(saved.expectations.map(\.text), ["Autism 0-6 år", "Barn med enbart ADHD", "Fysiska funktionsnedsättningar"])
        let refused = try XCTUnwrap(saved.expectations.first { $0.answer?.vote == .no })
        XCTAssertEqual(refused.text, "Barn med enbart ADHD")
        XCTAssertEqual(saved.gaps.map(\.expectation), [refused.id])
        XCTAssertEqual(try Binary.run(["validate", file]).status, 0)

        try tmux.run("clear; '\(Binary.path)' '\(file)'; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try tmux.send("7", "Enter", "l")
        try tmux.waitFor("✗ Barn med enbart ADHD – BUP")
        try tmux.send("Down")
        try tmux.waitFor("Blev glapp gap-0001")
        try tmux.send("q")
        try tmux.waitFor("Enter detaljer")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }
}
