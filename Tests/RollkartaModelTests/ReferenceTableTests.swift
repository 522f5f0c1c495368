import XCTest
@testable import RollkartaModel

/// The one table of who refers to what (References.swift): complete by reflection, and read
/// alike by retiring, the edit checks, validation and the merge.
final class ReferenceTableTests: XCTestCase {
    private let date = "2026-12-04"
    private let role4 = RoleKey(journey: .child, role: "4")

    /// The example with one of everything that can point at role 4 of the children's journey,
    /// the step "assessment", an actor, a gap, a handover and an expectation item.
    private func saturated() throws -> Workshop {
        var workshop = try Fixtures.example()
        let gap = try XCTUnwrap(workshop.gaps.first)
        let handover = try XCTUnwrap(workshop.handovers.first)
        let item = ExpectationItem(id: "exp-0001", organisation: "actor-bup", area: .services, side: .perception,
                                   text: "BUP tar emot alla remisser", sources: ["actor-ifo"],
                                   responses: [ExpectationResponse(organisation: "actor-elevhalsa", vote: .no)])
        var linked = gap
        linked.id = "gap-0099"
        linked.activities = []
        linked.role = "4"
        linked.step = "assessment"
        linked.expectation = item.id
        var variant = try XCTUnwrap(workshop.journey(.child)?.role("4"))
        variant.id = "4B"
        variant.variantOf = "4"
        let participant = try XCTUnwrap(workshop.participants.first).id
        try workshop.apply(.batch([
            .expectation(item.id, item),
            .gap(linked.id, linked),
            .role(RoleKey(journey: .child, role: "4B"), variant),
            .roleNote(role4, RoleNote(journey: .child, role: "4")),
            .position(PositionKey(journey: .child, role: "4", actor: "actor-bup"),
                      RolePosition(journey: .child, role: "4", actor: "actor-bup", positions: "kurator")),
            .insight("ins-0099", Insight(id: "ins-0099", kind: .quote, text: "Fyran vet inte vem som kallar", theme: .continuity,
                                         polarity: .challenge, organisation: "actor-bup", journey: .child, step: "assessment",
                                         role: "4", gap: gap.id, handover: handover.id)),
            .mission("actor-bup", OrganisationMission(organisation: "actor-bup", text: "Specialistnivå")),
            .alias("Barnpsykiatrin", OrganisationAlias(name: "Barnpsykiatrin", organisation: "actor-bup")),
            .session("s-0099", Session(id: "s-0099", kind: .main, date: date,
                                       attendance: [Attendance(organisation: "actor-bup", count: 2)])),
            .answer(AnswerKey(participant: participant, subject: .role(journey: .child, role: "4")),
                    VerificationAnswer(participant: participant, subject: .role(journey: .child, role: "4"), vote: .no)),
            .answer(AnswerKey(participant: participant, subject: .expectations("actor-bup")),
                    VerificationAnswer(participant: participant, subject: .expectations("actor-bup"), vote: .yes)),
            .answer(AnswerKey(participant: participant, subject: .handover(handover.id)),
                    VerificationAnswer(participant: participant, subject: .handover(handover.id), vote: .yes)),
            .tally(.gap(gap.id), Tally(subject: .gap(gap.id), yes: 1, no: 0, discuss: 0)),
            .tally(.role(journey: .child, role: "4"), Tally(subject: .role(journey: .child, role: "4"), yes: 0, no: 2, discuss: 1)),
            .revision(RoleRevision(journey: .child, role: "4", before: nil, after: variant, reason: "x", date: date), recorded: true),
        ]))
        XCTAssertEqual(Validation.check(workshop), [], "the saturated workshop is valid")
        return workshop
    }

    // MARK: - Complete

    /// Fields that look like references by their type or name but are not the workshop's:
    /// an entity's own id, snapshots kept for history or to be split out again, and the
    /// record of where a merge conflict was.
    private let notReferences: Set<String> = [
        "revisions.before", "revisions.after", "expectations.merged", "conflicts.collection",
    ]

    func testEveryFieldThatPointsAtSomethingIsReportedByTheTable() throws {
        let workshop = try saturated()
        var reported = Set<String>()
        workshop.forEachReference { reference in
            guard case .key(let collection) = reference.owner.components.first else { return XCTFail("\(reference.owner)") }
            reported.insert(collection + "." + reference.field)
        }
        var found = Set<String>()
        for child in Mirror(reflecting: workshop).children {
            guard let label = child.label else { continue }
            Self.referenceFields(in: child.value, path: label.hasPrefix("_") ? String(label.dropFirst()) : label, into: &found)
        }
        let missing = found.subtracting(reported).filter { field in !notReferences.contains { field == $0 || field.hasPrefix($0 + ".") } }
        XCTAssertEqual(missing, [], "fields that refer to a role, step, actor, gap, handover or item but are not in References.swift "
                       + "(or left empty in this test's workshop)")
        XCTAssertTrue(found.isSuperset(of: ["insights.role", "insights.step", "handovers.from.role", "answers.subject",
                                            "journeys.roles.variantOf", "gaps.expectation", "sessions.attendance.organisation"]),
                      "the walk itself finds what it must: \(found.sorted())")
    }

    /// Walks a value by reflection and names every field that points at something: by its type
    /// (an actor, gap, handover, item or journey id, a verification subject) or, for the plain
    /// strings that hold role and step ids, by its name.
    private static func referenceFields(in value: Any, path: String, into found: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .collection?, .optional?:
            for element in mirror.children { referenceFields(in: element.value, path: path, into: &found) }
        case .struct?:
            for child in mirror.children {
                guard var label = child.label, label != "id" else { continue }
                if label.hasPrefix("_") { label.removeFirst() }
                let name = label == "wrappedValue" ? path : path + "." + label
                let type = String(describing: Swift.type(of: child.value))
                let referenceTypes = ["Tagged<Actor,", "Tagged<Gap,", "Tagged<Handover,", "Tagged<ExpectationItem,", "JourneyID",
                                      "VerificationSubject"]
                if referenceTypes.contains(where: type.contains) || (["role", "step", "variantOf"].contains(label) && type.contains("String")) {
                    found.insert(name)
                } else {
                    referenceFields(in: child.value, path: name, into: &found)
                }
            }
        case .enum?:
            if String(describing: Swift.type(of: value)).contains("Collection") { found.insert(path) }
        default:
            break
        }
    }

    // MARK: - Read alike by everyone

    func testRetiringARoleMovesEverythingTheTableListsIncludingInsights() throws {
        var workshop = try saturated()
        let before = workshop
        let uses = workshop.uses(of: role4)
        XCTAssertEqual(uses[.insights], 1)
        XCTAssertEqual(uses[.variants], 1)
        let inverse = try workshop.apply(workshop.retire(role: role4, movingTo: "3", reason: "Samma som 3", date: date))
        XCTAssertEqual(workshop.uses(of: role4).total, 0)
        XCTAssertEqual(workshop.insights.first { $0.id == "ins-0099" }?.role, "3", "the insight tied to 4 now speaks of 3")
        XCTAssertEqual(workshop.journey(.child)?.role("4B")?.variantOf, "3")
        XCTAssertEqual(workshop.revisions.filter { $0.role == "4" }.count, 2, "the history keeps naming 4")
        XCTAssertEqual(Validation.check(workshop), [])
        try workshop.apply(inverse)
        XCTAssertEqual(workshop, before)
    }

    func testRetiringAStepMovesInsightsTooAndUndoes() throws {
        var workshop = try saturated()
        let before = workshop
        let step = StepKey(journey: .child, step: "assessment")
        XCTAssertGreaterThan(workshop.uses(of: step)[.insights], 0)
        let inverse = try workshop.apply(workshop.retire(step: step, movingTo: "investigation"))
        XCTAssertEqual(workshop.uses(of: step).total, 0)
        XCTAssertEqual(workshop.insights.first { $0.id == "ins-0099" }?.step, "investigation")
        XCTAssertEqual(Validation.check(workshop), [])
        try workshop.apply(inverse)
        XCTAssertEqual(workshop, before)
    }

    func testValidationRefusesAnInsightOnARoleOrStepThatIsNotThereWithItsLine() throws {
        var workshop = try saturated()
        let index = try XCTUnwrap(workshop.insights.firstIndex { $0.id == "ins-0099" })
        workshop.insights[index].role = "4X"
        workshop.insights[index].step = "nowhere"
        let text = try XCTUnwrap(String(data: WorkshopCodec.encode(workshop), encoding: .utf8))
        XCTAssertThrowsError(try WorkshopCodec.decode(Data(text.utf8), file: "w.json")) { error in
            let problems = (error as? LoadError)?.problems ?? []
            let paths = problems.map(\.path?.description)
            XCTAssertTrue(paths.contains("$.insights[\(index)].role") && paths.contains("$.insights[\(index)].step"), "\(problems)")
            let line = problems.first { $0.path?.description == "$.insights[\(index)].role" }?.line
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.contains("\"role\" : \"4X\"") }.map { $0 + 1 }
            XCTAssertEqual(line, expected, "the problem names the line of the role")
        }
    }

    func testAGapParticipantsAnsweredAboutIsNotDeletedFromUnderTheirAnswers() throws {
        var workshop = try saturated()
        let gap = try XCTUnwrap(workshop.tallies.compactMap { if case .gap(let id) = $0.subject { id } else { nil } }.first)
        // The insight goes first, so what is left is the show of hands.
        workshop.insights.removeAll { $0.gap == gap }
        XCTAssertThrowsError(try workshop.apply(.gap(gap, nil))) { error in
            XCTAssertEqual((error as? EditRefusal)?.message(.sv), "\(gap.rawValue) används av 1 handuppräckning; ta bort det först")
        }
        XCTAssertEqual(Validation.check(workshop), [], "the file stays valid")
    }

    func testAnActorOnlyAnAnswerAboutItsExpectationsNamesStays() throws {
        var workshop = try Fixtures.example()
        let actor = Actor(id: "actor-ny", name: "Ny aktör", abbreviation: "NY", principal: .region)
        let participant = try XCTUnwrap(workshop.participants.first).id
        try workshop.apply(.actor(actor.id, actor))
        try workshop.apply(.answer(AnswerKey(participant: participant, subject: .expectations(actor.id)),
                                   VerificationAnswer(participant: participant, subject: .expectations(actor.id), vote: .yes)))
        XCTAssertThrowsError(try workshop.apply(.actor(actor.id, nil)))
        XCTAssertEqual(Validation.check(workshop), [])
    }

    func testTheMergeBringsBackARoleTheOtherSideStillHasAnInsightOn() throws {
        let base = try saturated()
        var ours = base
        ours.insights.removeAll { $0.role == "4" }
        var theirs = base
        // Theirs takes 4 out by hand with everything else that used it, but keeps a new insight on it.
        theirs = try Self.without(role: role4, in: theirs)
        XCTAssertNil(theirs.journey(.child)?.role("4"))
        theirs.insights.append(Insight(id: "ins-0100", kind: .observation, text: "Ny iakttagelse om 4", theme: .collaboration,
                                       polarity: .positive, journey: .child, role: "4"))
        let merged = try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertNotNil(merged.workshop.journey(.child)?.role("4"), "the role an insight still speaks of comes back")
        XCTAssertEqual(Validation.check(merged.workshop), [])
    }

    /// The workshop with a role and everything that used it taken out, as a careless edit by hand would.
    private static func without(role key: RoleKey, in workshop: Workshop) throws -> Workshop {
        var changed = workshop
        changed.assignments.removeAll { $0.journey == key.journey && $0.role == key.role }
        changed.gaps.removeAll { $0.journey == key.journey && $0.role == key.role }
        changed.handovers.removeAll { [$0.from, $0.to].contains { $0.journey == key.journey && $0.role == key.role } }
        changed.roleNotes.removeAll { $0.key == key }
        changed.positions.removeAll { $0.journey == key.journey && $0.role == key.role }
        changed.answers.removeAll { $0.subject == .role(journey: key.journey, role: key.role) }
        changed.tallies.removeAll { $0.subject == .role(journey: key.journey, role: key.role) }
        changed.insights.removeAll { $0.role == key.role }
        let journey = try XCTUnwrap(changed.journeys.firstIndex { $0.id == key.journey })
        changed.journeys[journey].roles.removeAll { $0.id == key.role || $0.variantOf == key.role }
        return changed
    }
}
