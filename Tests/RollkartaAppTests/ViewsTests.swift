import XCTest
@testable import RollkartaApp
import RollkartaModel

/// The role walk, the Gaps and Handovers views, and the summary's checks.
final class ViewsTests: XCTestCase {
    func testGapsViewListsSortsFiltersAndEdits() throws {
        var h = try Harness(width: 120, height: 30)
        h.press(.character("3"))
        XCTAssertTrue(h.screen.line(1).contains("[3 Glapp]"))
        XCTAssertTrue(h.text.contains("4 av 4 glapp · sorterat på Prio ▲"), h.text)
        let first = try XCTUnwrap(h.find("gap-0001"))
        let low = try XCTUnwrap(h.find("gap-0004"))
        XCTAssertLessThan(first.y, low.y, "high priority first")
        h.press(.character("r"))
        XCTAssertLessThan(try XCTUnwrap(h.find("gap-0004")).y, try XCTUnwrap(h.find("gap-0001")).y)
        h.press(.character("s"))  // the next column after priority: kind
        XCTAssertTrue(h.text.contains("sorterat på Typ ▲"))

        // Filter: adults only.
        h.press(.character("f"))
        XCTAssertTrue(h.text.contains("Visa glapp"))
        h.press(.right)  // journey: all -> Barn och unga
        h.press(.right)  // -> Vuxna
        h.press(.function(2))
        XCTAssertTrue(h.text.contains("2 av 4 glapp"), h.text)
        XCTAssertNil(h.find("gap-0001"))
        XCTAssertTrue(h.text.contains("filter på (f)"))

        // Edit the selected gap's action plan.
        h.press(.home, .enter)
        let form = try XCTUnwrap(h.state.form)
        guard case .gap(let id?, _, _, _)? = form.purpose as? GapForm.Purpose else { return XCTFail("\(form.purpose)") }
        for _ in 0..<8 { h.press(.tab) }  // to the first activity's responsible
        XCTAssertEqual(h.state.form?.fields[h.state.form!.focus].id.hasSuffix("|responsible"), true)
        h.press(.control("u"))
        h.type("Enhetschef Hisingen")
        h.press(.function(2))
        let activity = try XCTUnwrap(h.state.workshop.gaps.first { $0.id == id }?.activities.first)
        XCTAssertEqual(activity.responsible, "Enhetschef Hisingen")
        XCTAssertEqual(activity.history.last?.field, .responsible, "the change is dated in the history like a status")
        XCTAssertEqual(activity.history.last?.after, "Enhetschef Hisingen")
        XCTAssertEqual(activity.history.last?.date, h.state.today())
        XCTAssertEqual(activity.history.filter { $0.field != nil }.count, 1, "only what changed")
        XCTAssertEqual(h.effects, [.save])
    }

    /// Ctrl-End and Ctrl-Home go to the last and first row of a list, as End and Home do; on
    /// the map, where nothing binds Ctrl-←, it does nothing (it is no step to the left).
    func testCtrlHomeAndEndAreHomeAndEndWhereNothingElseBindsThem() throws {
        var h = try Harness(width: 120, height: 30)
        h.press(.character("3"))
        h.press(.controlEnd)
        XCTAssertEqual(h.state.screens.gaps.list.selected, 3)
        h.press(.controlHome)
        XCTAssertEqual(h.state.screens.gaps.list.selected, 0)
        h.press(.character("1"), .right, .right)
        let column = h.state.position.column
        h.press(.controlLeft)
        XCTAssertEqual(h.state.position.column, column)
        XCTAssertTrue(h.screen.line(1).contains("[1 Karta]"))
        XCTAssertNil(h.state.form)
    }

    /// At 80 columns `s` goes through the columns drawn there, and the one sorted on is always
    /// on screen with its ▲.
    func testSortingAt80ColumnsNamesOnlyColumnsThatAreDrawn() throws {
        var h = try Harness(width: 80, height: 24)
        h.press(.character("3"))
        let columns = GapsScreen.visibleColumns(width: 80).map(\.0)
        XCTAssertFalse(columns.contains(.kind), "no Typ column at 80 columns")
        var seen: [GapsState.Column] = []
        for _ in 0..<columns.count {
            h.press(.character("s"))
            seen.append(h.state.screens.gaps.sort)
            let name = ListText.of(.sv).gapsColumn(h.state.screens.gaps.sort)
            XCTAssertTrue(h.text.contains("sorterat på \(name) ▲"), h.text)
            XCTAssertTrue(h.text.contains(String(name.prefix(5))), "the column \(name) is drawn: \(h.text)")
        }
        XCTAssertEqual(Set(seen), Set(columns), "every drawn column, and only those")
    }

    /// At 80×24 a role with long notes says what is out of sight; PgDn shows the rest, and at
    /// its end goes to the next role, which starts at its top.
    func testTheRoleWalkAt80x24ScrollsALongRoleWithPgDn() throws {
        var workshop = try WorkshopStore.load(TestData.examplePath)
        let long = (1...8).map { "Behov nummer \($0) som rummet sa, med så mycket text att raden bryts." }.joined(separator: " ")
        workshop.roleNotes.removeAll { $0.journey == .child && $0.role == "1" }
        workshop.roleNotes.append(RoleNote(journey: .child, role: "1", needs: long, obstacles: "Sista hindret: ingen ringer tillbaka",
                                           entersWhere: "Vid oro", whoTakesOver: "Elevhälsan"))
        var h = try Harness(width: 80, height: 24, workshop: workshop)
        h.press(.character("2"))
        XCTAssertTrue(h.text.contains("rader till – PgDn visar dem"), h.text)
        XCTAssertFalse(h.text.contains("Sista hindret"), "cut, and said so")
        var pages = 0
        while !h.text.contains("Sista hindret"), pages < 10 {
            h.press(.pageDown)
            pages += 1
        }
        XCTAssertTrue(h.text.contains("Sista hindret: ingen ringer tillbaka"), h.text)
        XCTAssertTrue(h.text.contains("rader ovanför – PgUp"), h.text)
        XCTAssertEqual(SelectedCell(h.state)?.role.id, "1", "still the same role")
        while h.text.contains("rader till") { h.press(.pageDown) }
        h.press(.pageDown)
        XCTAssertEqual(SelectedCell(h.state)?.role.id, "2", "all shown: PgDn goes on to the next role")
        XCTAssertFalse(h.text.contains("rader ovanför"), "which starts at its top: \(h.text)")
        h.press(.pageUp)
        XCTAssertEqual(SelectedCell(h.state)?.role.id, "1", "at the top, PgUp goes back a role")
    }

    func testAHandoverFromChildToAdultIsRecordedAndShownAsSuch() throws {
        var h = try Harness(width: 120, height: 30)
        h.press(.down, .down, .down, .down, .down, .down)  // role 6 (BUP) on the child map
        h.press(.end, .left, .left)                          // step 6
        h.press(.character("o"))
        XCTAssertTrue(h.text.contains("Ny överlämning"), h.text)
        h.press(.tab)  // to journey and step
        while h.state.form?["toPlace"]?.choice != "adult/treatment" { h.press(.right) }
        XCTAssertTrue(h.text.contains("◂ Vuxna · 5. Insats och behandling ▸"), h.text)
        h.press(.tab, .tab, .tab)  // role, actor, what
        h.type("Ungdomen fyller 18 – remiss till vuxenpsykiatrin")
        h.press(.tab, .right, .right)  // status: works -> partly -> fails
        h.press(.tab, .character(" "))  // flag: referral bounces back
        h.press(.function(2))
        XCTAssertNil(h.state.form, h.text)
        let handover = try XCTUnwrap(h.state.workshop.handovers.last)
        XCTAssertEqual(handover.id, "ho-0005")
        XCTAssertEqual(handover.from.journey, .child)
        XCTAssertEqual(handover.to.journey, .adult)
        XCTAssertEqual(handover.status, .fails)
        XCTAssertEqual(handover.flags, [.bouncesBack])
        XCTAssertTrue(handover.crossesJourneys)

        h.press(.character("4"))
        let text = h.text
        XCTAssertTrue(text.contains("── Barn och unga"), text)
        XCTAssertTrue(text.contains("✗ ho-0005"), text)
        XCTAssertTrue(text.contains("[Vuxna]"), text)
        XCTAssertTrue(text.contains("brister: Ungdomen fyller 18 – remiss till vuxenpsykiatrin [remiss studsar]"), text)
        let line = try XCTUnwrap(h.find("✗ ho-0002"))
        XCTAssertEqual(h.screen[line.x, line.y].style, .failing)
    }

    func testHandoverToARoleTheTargetJourneyLacksIsRefused() throws {
        var h = try Harness()
        h.press(.character("o"))
        h.press(.tab, .tab)
        while h.state.form?["toRole"]?.choice != "14" { h.press(.right) }  // role 14 exists on the adult journey only
        h.press(.tab, .tab)
        h.type("Test")
        h.press(.function(2))
        XCTAssertNotNil(h.state.form)
        XCTAssertTrue(h.text.contains("Roll 14 finns inte i resan Barn och unga"), h.text)
    }

    func testRoleWalkShowsOneRoleAndTakesTheWorkshopQuestions() throws {
        var h = try Harness(width: 100, height: 50)
        h.press(.character("2"))
        XCTAssertTrue(h.text.contains("1  Barnet själv / Den som upplever behovet"), h.text)
        XCTAssertTrue(h.text.contains("Barn och unga · Roll 1/15 · primär"))
        h.press(.down, .character("j"), .down)
        XCTAssertTrue(h.text.contains("4  Den som bedömer och styr vidare (eller tillbaka)"))
        XCTAssertTrue(h.text.contains("✓!= 3. Bedömning och styrning: EVI, UPH"), h.text)
        h.press(.enter)
        h.type("Tid för bedömning och en väg in för alla")
        h.press(.tab)
        h.type("Remisskrav skiljer sig åt")
        h.press(.function(2))
        let note = try XCTUnwrap(h.state.workshop.roleNotes.first { $0.role == "4" })
        XCTAssertEqual(note.needs, "Tid för bedömning och en väg in för alla")
        XCTAssertEqual(note.obstacles, "Remisskrav skiljer sig åt")
        XCTAssertTrue(h.text.contains("Remisskrav skiljer sig åt"))
        h.press(.pageUp)
        XCTAssertTrue(h.text.contains("Roll 3/15"))
        h.press(.tab)
        XCTAssertTrue(h.text.contains("Vuxna · Roll 1/16"), h.text)
        h.press(.character("3"), .end)
        XCTAssertEqual(h.state.screens.gaps.list.selected, 3)
        h.press(.home)
        XCTAssertEqual(h.state.screens.gaps.list.selected, 0)
    }

    /// The role walk lists the role's gaps and its handovers, step by step, to whom and from
    /// whom: where the role enters and who takes over, as the map holds it.
    func testTheRoleWalkListsTheRolesGapsAndHandovers() throws {
        var h = try Harness(width: 120, height: 60)
        let workshop = h.state.workshop
        let journey = try XCTUnwrap(workshop.journey(.child))
        let shown = MapModel(workshop: workshop, journey: journey).roles
        let row = try XCTUnwrap(shown.firstIndex { role in
            workshop.gaps.contains { $0.journey == .child && $0.role == role.id }
                && workshop.handovers.contains { $0.from.role == role.id || $0.to.role == role.id }
        })
        for _ in 0..<row { h.press(.down) }
        h.press(.character("2"))
        let role = shown[row]
        let gap = try XCTUnwrap(workshop.gaps.first { $0.journey == .child && $0.role == role.id })
        XCTAssertTrue(h.text.contains("! " + (journey.step(gap.step ?? "")?.title.sv ?? "–") + ": "
                                      + String(gap.description.replacingNewlines().prefix(30))), h.text)
        let handover = try XCTUnwrap(workshop.handovers.first { $0.from.role == role.id || $0.to.role == role.id })
        let words = handover.from.role == role.id ? "lämnar över till roll \(handover.to.role)" : "tar emot från roll \(handover.from.role)"
        XCTAssertTrue(h.text.contains(words), "\(words): \(h.text)")
    }

    /// A workshop 1 file's summary (6) is about workshop 1: items and answers per organisation,
    /// the results tables' counts and checks that matter there, not the checks of an empty map.
    func testTheSummaryOfAWorkshopOneFileIsAboutWorkshopOne() throws {
        var h = try Harness(width: 120, height: 40, workshop: try WorkshopStore.load(TestData.workshop1Path))
        h.press(.character("6"))
        XCTAssertTrue(h.text.contains("Förväntanskartläggning: 3 organisationer"), h.text)
        XCTAssertTrue(h.text.contains("HAB: egen beskrivning"), h.text)
        XCTAssertTrue(h.text.contains("Förväntningar utanför uppdraget: "), h.text)
        XCTAssertTrue(h.text.contains("BUP: uppdraget saknas"), h.text)
        XCTAssertFalse(h.text.contains("Täckning"), "no coverage of an empty map: \(h.text)")
        XCTAssertFalse(h.text.contains("Överlämningar: 0"), h.text)
    }

    func testSummaryViewShowsCoverageAndChecks() throws {
        var h = try Harness(width: 120, height: 80)
        h.press(.character("6"))
        let text = h.text
        XCTAssertTrue(text.contains("per orsak:"), text)
        XCTAssertTrue(text.contains("Kontroller: "), text)
        XCTAssertTrue(text.contains("! gap-0002 (hög prioritet): handlingsplanen saknar ansvarig, tidplan, mått"), text)
    }

    func testChecksFindEachKindOfProblem() throws {
        var workshop = WorkshopFactory.make(title: "x", journeys: [.child], date: "2026-01-01")
        workshop.actors = [Actor(id: "actor-a", name: "A", abbreviation: "A", principal: .region)]
        for step in workshop.journeys[0].steps {
            workshop.assignments.append(Assignment(journey: .child, step: step.id, role: "1", actors: ["actor-a"], status: .holds))
        }
        workshop.handovers = [Handover(id: "ho-0001", from: HandoverEnd(journey: .child, step: "concern", role: "1"),
                                       to: HandoverEnd(journey: .child, step: "assessment", role: "4"),
                                       what: "x", status: .works)]
        workshop.gaps = [Gap(id: "gap-0001", journey: .child, step: nil, role: "4", description: "x", kind: .roleMissing,
                             priority: .high, activities: [Activity(id: "gap-0009-a1", responsible: "R")])]
        let checks = Check.run(workshop)
        XCTAssertFalse(checks.contains { if case .stepWithoutPrimaryRole = $0 { return true }; return false })
        XCTAssertTrue(checks.contains(.roleHeldNowhere(journey: .child, role: "4")))
        XCTAssertFalse(checks.contains(.roleHeldNowhere(journey: .child, role: "1")))
        XCTAssertTrue(checks.contains(.handoverToNobody(handover: "ho-0001")))
        XCTAssertTrue(checks.contains(.incompletePlan(gap: "gap-0001", missing: ["timeline", "measure"])))
        workshop.assignments.removeAll { $0.step == "closure" }
        XCTAssertTrue(Check.run(workshop).contains(.stepWithoutPrimaryRole(journey: .child, step: "closure")))
    }
}

/// The room revises a role from the role walk.
final class RoleRevisionViewTests: XCTestCase {
    func testARoleIsRewordedWithAReasonShownAsChangedWithItsEarlierWordingAndUndone() throws {
        var h = try Harness(width: 100, height: 40)
        let original = h.state.workshop
        h.press(.down, .down, .down, .character("2"))  // role 4 in the role walk
        XCTAssertTrue(h.text.contains("Primär roll: direkt påverkan på enskilt barns ärende"), "the seed's tier definition")
        h.press(.character("p"))
        XCTAssertTrue(h.text.contains("Rollen är inte ändrad i workshopen"), "p says why it shows nothing")
        h.press(.character("r"))
        XCTAssertTrue(h.text.contains("Ändra roll 4"), h.text)
        h.press(.control("u"))
        h.type("Den som tar emot, bedömer och styr vidare")
        h.press(.function(2))
        XCTAssertTrue(h.text.contains("Skriv varför rollen ändras"), "a revision needs its reason")
        for _ in 0..<9 { h.press(.tab) }  // to the reason
        h.type("Rummet: mottagningen saknades i rollen")
        h.press(.function(2))
        XCTAssertNil(h.state.form, h.text)
        XCTAssertTrue(h.text.contains("4  Den som tar emot, bedömer och styr vidare"), h.text)
        XCTAssertTrue(h.text.contains("Ändrad i workshopen: Rummet: mottagningen saknades i rollen – p visar tidigare lydelse"), h.text)
        h.press(.character("p"))
        XCTAssertTrue(h.text.contains("Tidigare lydelse: Den som bedömer och styr vidare (eller tillbaka)"), h.text)
        XCTAssertEqual(h.state.workshop.revisions.count, 1)
        h.press(.character("1"), .enter)
        XCTAssertTrue(h.text.contains("Ändrad i workshopen: Rummet: mottagningen saknades i rollen"), "the cell's detail says so")
        h.press(.escape, .character("u"))
        XCTAssertEqual(h.state.workshop, original, "one u takes back the wording and its revision")
    }

    /// Clears a multi-line text field, line by line from its end.
    private func clearField(_ h: inout Harness<AppState>) {
        for _ in 0..<12 { h.press(.control("u"), .backspace) }
    }

    func testAVariantIsAddedAfterItsBaseWithExamplesAndPositionsAreGivenPerOrganisation() throws {
        var h = try Harness(width: 100, height: 40)
        h.state.today = { "2026-11-23" }
        let original = h.state.workshop
        h.press(.down, .down, .down, .down, .character("2"))  // role 5
        XCTAssertTrue(h.text.contains("Inga befattningar angivna ännu – b anger dem per organisation"), h.text)
        h.press(.character("a"))
        XCTAssertTrue(h.text.contains("Ny roll eller variant"), h.text)
        XCTAssertEqual(h.state.form?["id"]?.text, "5C", "the next free variant of 5, after 5B")
        XCTAssertEqual(h.state.form?["variantOf"]?.choice, "5")
        h.press(.tab, .tab)
        clearField(&h)
        h.type("Den som behandlar i grupp")
        for _ in 0..<6 { h.press(.tab) }  // examples in Swedish
        clearField(&h)
        h.type("Gruppbehandlare på BUP")
        h.press(.enter)
        h.type("Kurator som leder föräldragrupp")
        h.press(.function(2))
        XCTAssertTrue(h.text.contains("Skriv varför rollen ändras"), "a new role needs its reason too")
        for _ in 0..<3 { h.press(.tab) }
        h.type("Gruppbehandling saknades")
        h.press(.function(2))
        XCTAssertNil(h.state.form, h.text)
        let roles = try XCTUnwrap(h.state.workshop.journey(.child)?.roles)
        XCTAssertEqual(roles.map(\.id).prefix(8), ["1", "2", "3", "4", "5", "5B", "5C", "6"])
        let added = try XCTUnwrap(roles.first { $0.id == "5C" })
        XCTAssertEqual(added.variantOf, "5")
        XCTAssertEqual(added.examples.sv, ["Gruppbehandlare på BUP", "Kurator som leder föräldragrupp"])
        XCTAssertEqual(h.state.workshop.revisions.last?.before, nil)
        XCTAssertTrue(h.text.contains("5C  Den som behandlar i grupp"), "the walk shows the new role: \(h.text)")

        h.press(.character("k"), .character("k"), .character("b"))  // back to 5: its positions
        XCTAssertTrue(h.text.contains("Befattningar för roll 5"), h.text)
        h.type("psykolog, läkare")  // the first organisation is BUP
        h.press(.function(2))
        XCTAssertEqual(h.state.workshop.positions, [RolePosition(journey: .child, role: "5", actor: "actor-bup", positions: "psykolog, läkare")])
        XCTAssertTrue(h.text.contains("Befattningar hos er"), h.text)
        XCTAssertTrue(h.text.contains("BUP: psykolog, läkare"), h.text)
        h.press(.character("1"), .character("/"))
        h.type("psykolog")
        h.press(.enter)
        XCTAssertEqual(h.state.position.row, 4, "search finds the role by its positions")
        h.press(.enter)
        XCTAssertTrue(h.text.contains("BUP: psykolog, läkare"), "the cell's detail shows them: \(h.text)")
        h.press(.escape, .character("u"), .character("u"))
        XCTAssertEqual(h.state.workshop, original, "two undos: the positions, then the variant and its revision")
    }

    /// A retired role's id is never given to a new one: the form offers the next id ever
    /// unused, and a typed id of a retired role is refused saying when it was retired, so the
    /// history keeps saying "borttagen" and never reads as the old role reworded.
    func testARetiredRolesIdIsNeverOfferedOrTakenAgain() throws {
        var workshop = try WorkshopStore.load(TestData.examplePath)
        var file = ParticipantFile(for: workshop, organisation: "BUP", initials: "AB", onBehalf: false, include: [.roles])
        file.suggestions = [.init(text: "Skolsköterskan saknas som roll", writtenAt: "2026-11-23T10:00:00Z")]
        _ = try VerificationMerge.merge([("bup.json", file)], into: &workshop)
        var h = try Harness(width: 120, height: 36, workshop: workshop)
        h.state.today = { "2026-03-12" }
        for _ in 0..<14 { h.press(.down) }
        h.press(.character("2"))
        XCTAssertEqual(SelectedCell(h.state)?.role.id, "13")
        h.press(.character("d"))
        XCTAssertTrue(h.text.contains("Ta bort roll 13"), h.text)
        for _ in 0..<4 where h.state.form?.fields[h.state.form!.focus].id != "reason" { h.press(.tab) }
        h.type("Ingår i roll 11")
        h.press(.function(2))
        XCTAssertNil(h.state.workshop.journey(.child)?.role("13"), h.text)

        h.press(.character("5"), .character("f"), .character("a"))  // a role from the participant's suggestion
        XCTAssertEqual(h.state.form?["id"]?.text, "14", "13 was a role's: the next id is 14")
        h.press(.control("u"))
        h.type("13")
        h.press(.function(2))
        XCTAssertNotNil(h.state.form, "refused")
        XCTAssertTrue(h.text.contains("13 användes av en roll som togs bort 2026-03-12; välj ett annat id"), h.text)
        h.press(.control("u"))
        h.type("14")
        h.press(.tab, .tab)
        h.type("Den som följer barnets hälsa i skolan")
        h.press(.tab)
        h.type("The one who follows the child's health at school")
        h.press(.function(2))
        XCTAssertNil(h.state.form, h.text)
        let diff = RoleDiff(h.state.workshop, against: Catalog.bundled.journeysAsWorkshop, language: .sv)
        let entries = diff.journeys.first { $0.journey == .child }?.entries ?? []
        XCTAssertTrue(entries.contains(.roleRetired(try XCTUnwrap(workshop.journey(.child)?.role("13")))),
                      "role 13 stays retired in the history")
        XCTAssertTrue(entries.contains { if case .roleAdded(let role) = $0 { role.id == "14" } else { false } })
    }

    /// Sorting the roles ("Sortera rollerna") in the walk: `<` on the first secondary role does
    /// not pretend to move it but says why and which key changes its level; `n` makes it primary
    /// in one step (last of the primary roles, the selection with it, a revision kept), and
    /// undo puts everything back; `<` and `>` move a role as the map shows it.
    func testTheLevelKeySortsARoleAcrossTheTierBoundaryAndArrowsMoveAsShown() throws {
        var h = try Harness(width: 120, height: 40)
        h.state.today = { "2026-03-12" }
        let original = h.state.workshop
        let journey = try XCTUnwrap(original.journey(.child))
        let shown = MapModel(workshop: original, journey: journey).roles
        let firstSecondary = try XCTUnwrap(shown.firstIndex { $0.tier == .secondary })
        for _ in 0..<firstSecondary { h.press(.down) }
        h.press(.character("2"))
        let role = shown[firstSecondary]
        XCTAssertEqual(SelectedCell(h.state)?.role.id, role.id)
        h.press(.character("<"))
        XCTAssertEqual(h.state.workshop, original, "nothing moved")
        XCTAssertTrue(h.text.contains("Roll \(role.id) står först eller sist bland de sekundära rollerna – n byter nivå"), h.text)

        h.press(.character("n"))
        let after = MapModel(workshop: h.state.workshop, journey: try XCTUnwrap(h.state.workshop.journey(.child))).roles
        XCTAssertEqual(after[firstSecondary].id, role.id, "last of the primary roles, where it was on screen")
        XCTAssertEqual(after[firstSecondary].tier, .primary)
        XCTAssertEqual(SelectedCell(h.state)?.role.id, role.id, "the selection goes with it")
        XCTAssertEqual(h.state.workshop.revisions.last?.reason, "Sorterad som primär i rummet")
        XCTAssertTrue(h.text.contains("Roll \(role.id) är nu primär – u ångrar"), h.text)

        h.press(.character("<"))
        let moved = MapModel(workshop: h.state.workshop, journey: try XCTUnwrap(h.state.workshop.journey(.child))).roles
        XCTAssertEqual(moved[firstSecondary - 1].id, role.id, "< moves it up as the map shows it")
        XCTAssertEqual(SelectedCell(h.state)?.role.id, role.id)
        h.press(.character("u"), .character("u"))
        XCTAssertEqual(h.state.workshop, original, "two undos: the move, then the level with its revision")
    }

    func testARoleInUseIsRetiredOnlyWithATargetAndRolesAndStepsMove() throws {
        var h = try Harness(width: 100, height: 40)
        h.state.today = { "2026-11-23" }
        let original = h.state.workshop
        h.press(.down, .down, .down, .character("2"), .character("d"))  // role 4
        XCTAssertTrue(h.text.contains("Ta bort roll 4 – används av"), h.text)
        h.press(.tab)
        h.type("Samma som 3 i praktiken")
        h.press(.function(2))
        XCTAssertTrue(h.text.contains("4 används av"), "refused with what uses it: \(h.text)")
        h.press(.backTab, .right, .right, .right, .function(2))  // the third other role: 3
        XCTAssertNil(h.state.form, h.text)
        XCTAssertNil(h.state.workshop.journey(.child)?.role("4"))
        XCTAssertTrue(h.text.contains("Roll 4 borttagen, det som använde den finns nu hos 3"), h.text)
        h.press(.character("u"))
        XCTAssertEqual(h.state.workshop, original)

        h.press(.character(">"))
        XCTAssertEqual(h.state.workshop.journey(.child)?.roles[4].id, "4", "role 4 one place down")
        XCTAssertEqual(h.state.position.row, 4, "the selection goes with it")
        h.press(.character("1"), .character("l"), .character("<"))
        XCTAssertEqual(h.state.workshop.journey(.child)?.steps.first?.id, "first-contact")
        h.press(.character("i"))
        h.type("Väntan")
        h.press(.tab)
        h.type("Waiting")
        h.press(.function(2))
        XCTAssertEqual(h.state.workshop.journey(.child)?.steps[1].title.sv, "Väntan")
        XCTAssertTrue(h.text.contains("Väntan"), h.text)
        h.press(.character("t"), .control("u"))
        h.type("Väntetid")
        h.press(.function(2))
        XCTAssertEqual(h.state.workshop.journey(.child)?.steps[1].title.sv, "Väntetid")
        h.press(.character("D"))
        XCTAssertNil(h.state.form, "no form for a step nothing uses")
        XCTAssertNil(h.state.workshop.journey(.child)?.steps.first { $0.title.sv == "Väntetid" }, "an unused step goes at once")
        XCTAssertTrue(h.text.contains("Väntetid"), "the message names it: \(h.text)")
        for _ in 0..<5 { h.press(.character("u")) }
        XCTAssertEqual(h.state.workshop, original)
    }
}
