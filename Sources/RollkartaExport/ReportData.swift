import RollkartaModel

/// The content every report shares, gathered once from the workshop. All text is sanitised
/// here, so no format can carry a control character out of the file.
struct ReportData {
    /// A gap, a handover or an expectations page: what kind, its name, the votes and comments.
    struct OtherTally {
        var kind: String
        var name: String
        var yes = 0, no = 0, discuss = 0
        var comments: [(organisation: String, vote: Vote, text: String)] = []
    }

    struct Tally {
        var journey: WorkshopJourney
        var role: WorkshopRole
        var yes = 0, no = 0, discuss = 0
        var comments: [(organisation: String, vote: Vote, text: String)] = []
    }

    let workshop: Workshop
    let language: Language
    let journeys: [WorkshopJourney]
    let maps: [MapModel]

    init(_ workshop: Workshop, options: ExportOptions) {
        self.workshop = workshop
        self.language = options.language
        journeys = workshop.journeys.filter { options.journeys?.contains($0.id) ?? true }
        maps = journeys.map { MapModel(workshop: workshop, journey: $0) }
    }

    /// Line breaks survive (a multi-line action plan stays multi-line in CSV); each format decides how to show them.
    func text(_ value: String) -> String { DisplayText.sanitized(value, keepNewlines: true) }
    /// Text from the file on one line (a table cell, a list item).
    func oneLine(_ value: String) -> String { DisplayText.sanitized(value) }

    var title: String { text(workshop.title) }

    /// The organisations taking part: the participants' organisations, each once, in order.
    var organisations: [String] {
        var seen = Set<String>()
        return workshop.participants.map { text($0.organisation) }.filter { seen.insert($0).inserted }
    }

    var actors: [Actor] { workshop.actors }

    var journeyIDs: Set<JourneyID> { Set(journeys.map(\.id)) }

    /// Gaps of the chosen journeys, most urgent first, then by id.
    var gaps: [Gap] {
        workshop.gaps.filter { journeyIDs.contains($0.journey) }
            .sorted { ($0.priority, $0.id) < ($1.priority, $1.id) }
    }

    /// Handovers touching the chosen journeys, in journey order of where they start.
    var handovers: [Handover] {
        workshop.handoversInJourneyOrder.filter { journeyIDs.contains($0.from.journey) || journeyIDs.contains($0.to.journey) }
    }

    /// What the workshop changed in the catalog's roles and steps, in words, per journey shown.
    var roleChanges: [(journey: String, lines: [String])] {
        let shown = workshop.journeys.filter { journeyIDs.contains($0.id) }.map { $0.name[language] }
        return RoleDiff(workshop, against: Catalog.bundled.journeysAsWorkshop, language: language)
            .text(workshop, language).filter { shown.contains($0.journey) }
    }

    var roleNotes: [RoleNote] {
        workshop.roleNotes.filter { journeyIDs.contains($0.journey) }
    }

    /// Per role the counted votes (stale answers left out, a show of hands included) and
    /// the comments of the counted answers.
    var tallies: [Tally] {
        let results = VerificationResults(workshop)
        return maps.flatMap { map in
            map.roles.compactMap { role -> Tally? in
                guard let result = results.result(for: .role(journey: map.journey.id, role: role.id)),
                      result.total > 0 else { return nil }
                return Tally(journey: map.journey, role: role, yes: result.yes, no: result.no, discuss: result.discuss,
                             comments: comments(of: result))
            }
        }
    }

    /// The counted votes on what else the participants verified (gaps, handovers, the pages of
    /// what others expect of an organisation), with their comments, in walk order.
    var otherTallies: [OtherTally] {
        return VerificationResults(workshop).all.compactMap { result -> OtherTally? in
            guard result.subject.kind != .roles, result.total > 0, let name = subjectName(result.subject) else { return nil }
            return OtherTally(kind: ReportText.of(language).subjectKind(result.subject.kind), name: name,
                              yes: result.yes, no: result.no, discuss: result.discuss, comments: comments(of: result))
        }
    }

    /// The comments of the counted answers, each with the participant's organisation and vote.
    private func comments(of result: VerificationResult) -> [(organisation: String, vote: Vote, text: String)] {
        let organisation = Dictionary(workshop.participants.map { ($0.id, $0.organisation) },
                                      uniquingKeysWith: { first, _ in first })
        return result.answers.filter { !$0.comment.isEmpty }.map { answer in
            (text(organisation[answer.participant] ?? answer.participant.rawValue), answer.vote, text(answer.comment))
        }
    }

    /// What a participant answered about, as the reader knows it: the gap's description, the
    /// handover's route and what is handed over, the organisation whose expectations they were.
    private func subjectName(_ subject: VerificationSubject) -> String? {
        switch subject {
        case .role(let journey, let role):
            return roleName(journey, role)
        case .gap(let id):
            return workshop.gaps.first { $0.id == id }.map { oneLine($0.description) }
        case .handover(let id):
            guard let handover = workshop.handovers.first(where: { $0.id == id }) else { return nil }
            return "\(endName(handover.from)) → \(endName(handover.to)): " + oneLine(handover.what)
        case .expectations(let id):
            return workshop.actor(id).map { text($0.name) }
        }
    }

    /// Answers and shows of hands given to an earlier version of what they are about.
    var staleAnswers: Int { VerificationResults(workshop).all.map(\.staleCount).reduce(0, +) }

    // MARK: - Naming things

    func journeyName(_ id: JourneyID) -> String {
        text(workshop.journey(id)?.name[language] ?? id.label(language))
    }

    func roleName(_ journey: JourneyID, _ role: String?) -> String {
        guard let role else { return "" }
        return text("\(role) " + (workshop.journey(journey)?.role(role)?.title[language] ?? ""))
    }

    func stepName(_ journey: JourneyID, _ step: String?) -> String {
        guard let step else { return "" }
        return text(workshop.journey(journey)?.step(step)?.title[language] ?? step)
    }

    func actorName(_ id: Actor.ID?) -> String {
        guard let id else { return "" }
        return text(workshop.actor(id).map { "\($0.abbreviation) (\($0.name))" } ?? id.rawValue)
    }

    func endName(_ end: HandoverEnd) -> String {
        var name = "\(roleName(end.journey, end.role)) · \(stepName(end.journey, end.step))"
        if let actor = end.actor { name += " · " + actorName(actor) }
        return name
    }

    /// The map cell as text: marks, then the actors' abbreviations.
    func cellText(_ info: MapModel.CellInfo) -> String {
        let actors = (info.assignment?.actors ?? []).map { workshop.actor($0)?.abbreviation ?? $0.rawValue }
        let marks = (CellMarks.status(info) + CellMarks.gap(info) + CellMarks.handover(info))
            .replacingOccurrences(of: " ", with: "")
        return text(actors.isEmpty ? marks : marks + " " + actors.joined(separator: ", "))
    }
}
