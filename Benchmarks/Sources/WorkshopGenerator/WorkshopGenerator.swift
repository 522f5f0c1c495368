import RollkartaModel

/// A workshop of `items` recorded things over both journeys with every cell held and 300
/// actors, generated the same every time (no randomness), in one of the shapes a user's file
/// can have: a benchmark on one shape alone can flatter the loader.
public enum WorkshopGenerator {
    public enum Shape: String, CaseIterable, Sendable {
        /// A third each gaps, handovers and verification answers.
        case mix
        case gaps
        case handovers
        /// Verification answers from many participants, each answering every subject.
        case answers
        /// Every actor in every cell, and gaps between ten actors each (the items).
        case crowdedCells = "crowded-cells"
    }

    public static func make(items: Int, shape: Shape = .mix) -> Workshop {
        var workshop = WorkshopFactory.make(title: "Benchmark \(items)", journeys: [.child, .adult], date: "2026-11-22")
        workshop.actors = (1...300).map { number in
            Actor(id: "actor-\(number)", name: "Verksamhet nr \(number) – öppenvård", abbreviation: "V\(number)",
                  principal: Principal.allCases[number % Principal.allCases.count])
        }
        var cells: [(JourneyID, String, String)] = []
        for journey in workshop.journeys {
            for step in journey.steps {
                for role in journey.roles { cells.append((journey.id, step.id, role.id)) }
            }
        }
        let perCell = shape == .crowdedCells ? 300 : 0
        workshop.assignments = cells.enumerated().map { index, cell in
            Assignment(journey: cell.0, step: cell.1, role: cell.2,
                       actors: (0..<(perCell > 0 ? perCell : index % 3 + 1)).map { "actor-\((index + $0 * 7) % 300 + 1)" },
                       status: AssignmentStatus.allCases[index % AssignmentStatus.allCases.count])
        }
        let (gaps, handovers, answers): (Int, Int, Int)
        switch shape {
        case .mix: (gaps, handovers, answers) = (items / 3, items / 3, items - 2 * (items / 3))
        case .gaps: (gaps, handovers, answers) = (items, 0, 0)
        case .handovers: (gaps, handovers, answers) = (0, items, 0)
        case .answers: (gaps, handovers, answers) = (0, 0, items)
        case .crowdedCells: (gaps, handovers, answers) = (items, 0, 0)
        }
        workshop.gaps = (0..<gaps).map { index in
            let cell = cells[index % cells.count]
            return Gap(id: "gap-\(index + 1)", journey: cell.0, step: cell.1, role: cell.2,
                       actors: shape == .crowdedCells ? (0..<10).map { "actor-\((index + $0 * 31) % 300 + 1)" } : [],
                       description: "Glapp \(index + 1): ingen äger övergången mellan vårdnivåerna; familjen får vänta.",
                       kind: GapKind.allCases[index % GapKind.allCases.count],
                       priority: Priority.allCases[index % Priority.allCases.count],
                       activities: [Activity(id: Activity.ID(rawValue: "gap-\(index + 1)-a1"), action: "Gemensam rutin för överlämning",
                                             responsible: "Områdeschef \(index % 40)", timeline: "Q\(index % 4 + 1) 2027",
                                             goal: "Ingen väntar utan kontakt", measure: "Andel med planerat överlämningsmöte")])
        }
        workshop.handovers = (0..<handovers).map { index in
            let from = cells[index % cells.count], to = cells[(index * 7 + 1) % cells.count]
            return Handover(id: "ho-\(index + 1)",
                            from: HandoverEnd(journey: from.0, step: from.1, role: from.2, actor: "actor-\(index % 300 + 1)"),
                            to: HandoverEnd(journey: to.0, step: to.1, role: to.2),
                            what: "Remiss och journalkopia, nr \(index + 1)",
                            status: HandoverStatus.allCases[index % HandoverStatus.allCases.count],
                            note: "Fungerar när någon ringer.")
        }
        let subjects = workshop.verificationSubjects()
        let hashes = workshop.subjectHashes
        let participantCount = (answers + subjects.count - 1) / max(1, subjects.count)
        workshop.participants = (0..<participantCount).map {
            Participant(id: "p-\($0 + 1)", organisation: "Organisation \($0 + 1)", initials: "AB")
        }
        workshop.answers = (0..<answers).map { index in
            let subject = subjects[index % subjects.count]
            return VerificationAnswer(participant: "p-\(index / subjects.count + 1)", subject: subject,
                                      vote: Vote.allCases[index % 3], comment: index % 5 == 0 ? "Stämmer inte helt." : "",
                                      seen: hashes[subject], answeredAt: "2026-11-20T10:00:00Z")
        }
        return workshop
    }

    /// Workshop 1's items (`items` of them, over the 300 organisations, half answered) and merge
    /// conflicts (one per ten items), for the screens that show them: the start page, workshop 1,
    /// the follow-up and the conflicts view are measured on the same workshop plus these.
    public static func addWorkshopOneAndConflicts(to workshop: inout Workshop, items: Int) {
        let sides: [ExpectationSide] = [.own, .perception]
        let areas: [ExpectationArea] = [.targetGroup, .services]
        workshop.expectations = (0..<items).map { index in
            ExpectationItem(id: ExpectationItem.ID(rawValue: "exp-\(index + 1)"), organisation: "actor-\(index % 300 + 1)",
                            area: areas[index / 300 % 2], side: sides[index / 600 % 2],
                            text: "Förväntan nr \(index + 1): tar emot barn med samsjuklighet och samordnar insatser",
                            sources: index % 4 == 0 ? ["actor-\((index + 1) % 300 + 1)", "actor-\((index + 2) % 300 + 1)"] : [],
                            answer: index % 2 == 0 ? ExpectationAnswer(vote: Vote.allCases[index % 3]) : nil)
        }
        workshop.conflicts = (0..<(items / 10)).map { index in
            MergeConflict(id: "conflict-\(index + 1)", collection: .gaps, key: "gap-\(index + 1)", field: "description",
                          ours: "Vår text \(index + 1)", theirs: "Deras text \(index + 1)", kept: .ours)
        }
    }
}
