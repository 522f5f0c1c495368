/// What the facilitator should look at before the workshop ends: holes in the map and
/// action plans that cannot be followed up.
public enum Check: Equatable, Sendable {
    /// At this step no one holds any primary role.
    case stepWithoutPrimaryRole(journey: JourneyID, step: String)
    /// No one holds this role at any step.
    case roleHeldNowhere(journey: JourneyID, role: String)
    /// The role receiving a handover is held by no one at that step.
    case handoverToNobody(handover: Handover.ID)
    /// A high-priority gap whose plan lacks a responsible, a timeline or a measure.
    case incompletePlan(gap: Gap.ID, missing: [String])
    /// An activity under way without all of Lippitt-Knoster's conditions, and what the model predicts.
    case conditionsMissing(activity: Activity.ID, missing: [GapCause])
    /// Text that looks like a personal identity number: no patient data belongs here.
    case personalNumber(place: String, text: String)
    /// A git merge left this for a person to decide.
    case unsettledConflict(id: String, place: String)
    /// Roles whose short names on the map read the same at the start, in one language: the
    /// room could not tell their rows apart.
    case labelClash(journey: JourneyID, roles: [String], language: Language)

    public static func run(_ workshop: Workshop) -> [Check] {
        let held = workshop.heldCells
        func isHeld(_ journey: JourneyID, _ step: String, _ role: String) -> Bool { held.contains(journey, step, role) }
        var checks: [Check] = []
        for journey in workshop.journeys {
            let primary = journey.roles.filter { $0.tier == .primary }
            for step in journey.steps where !primary.contains(where: { isHeld(journey.id, step.id, $0.id) }) {
                checks.append(.stepWithoutPrimaryRole(journey: journey.id, step: step.id))
            }
            for role in journey.roles where !journey.steps.contains(where: { isHeld(journey.id, $0.id, role.id) }) {
                checks.append(.roleHeldNowhere(journey: journey.id, role: role.id))
            }
            for language in Language.allCases {
                checks += journey.labelClashes(language).map {
                    .labelClash(journey: journey.id, roles: $0.map(\.id), language: language)
                }
            }
        }
        for handover in workshop.handovers where !isHeld(handover.to.journey, handover.to.step, handover.to.role) {
            checks.append(.handoverToNobody(handover: handover.id))
        }
        for gap in workshop.gaps where gap.priority == .high {
            var missing: [String] = gap.activities.isEmpty ? ["activity"] : []
            for field in ["responsible", "timeline", "measure"] where !missing.contains(field) {
                let values: [String] = gap.activities.map { activity in
                    field == "responsible" ? activity.responsible : field == "timeline" ? activity.timeline : activity.measure
                }
                if values.contains(where: { $0.allSatisfy(\.isWhitespace) }) { missing.append(field) }
            }
            if !missing.isEmpty { checks.append(.incompletePlan(gap: gap.id, missing: missing)) }
        }
        // Assessed (some condition ticked) but not all five in place, and not done yet.
        for activity in workshop.gaps.flatMap(\.activities) where activity.status != .done
            && !activity.conditions.inPlace.isEmpty && !activity.conditions.missing.isEmpty {
            checks.append(.conditionsMissing(activity: activity.id, missing: activity.conditions.missing))
        }
        checks += PersonalNumber.findAll(in: workshop).map { .personalNumber(place: $0.place, text: $0.match) }
        checks += workshop.conflicts.map {
            .unsettledConflict(id: $0.id, place: "\($0.collection.name) \($0.key)" + ($0.field.map { " · \($0)" } ?? ""))
        }
        return checks
    }

    public func text(_ workshop: Workshop, _ language: Language) -> String {
        let sv = language == .sv
        func journeyName(_ id: JourneyID) -> String { workshop.journey(id)?.name[language] ?? id.rawValue }
        func stepName(_ journey: JourneyID, _ step: String) -> String {
            workshop.journey(journey)?.step(step)?.title[language] ?? step
        }
        func roleName(_ journey: JourneyID, _ role: String) -> String {
            "\(role) " + (workshop.journey(journey)?.role(role)?.title[language] ?? "")
        }
        switch self {
        case .labelClash(let journey, let roles, let clashLanguage):
            let label = workshop.journey(journey)?.role(roles[0])?.gridLabel[clashLanguage] ?? ""
            let start = String(label.prefix(WorkshopRole.distinctLabelLength))
            let list = roles.dropLast().joined(separator: ", ") + (sv ? " och " : " and ") + (roles.last ?? "")
            let tongue = clashLanguage == .sv ? (sv ? "på svenska" : "in Swedish") : (sv ? "på engelska" : "in English")
            return sv ? "\(journeyName(journey)): rollerna \(list) har samma korta namn i kartan \(tongue) (\"\(start)…\")"
                + " – ge dem namn som skiljer sig i de första \(WorkshopRole.distinctLabelLength) tecknen"
                : "\(journeyName(journey)): roles \(list) have the same short name on the map \(tongue) (\"\(start)…\")"
                + " – give them names that differ in the first \(WorkshopRole.distinctLabelLength) characters"
        case .stepWithoutPrimaryRole(let journey, let step):
            return sv ? "\(journeyName(journey)), steg \(stepName(journey, step)): ingen har någon primär roll"
                      : "\(journeyName(journey)), step \(stepName(journey, step)): no one holds any primary role"
        case .roleHeldNowhere(let journey, let role):
            return sv ? "\(journeyName(journey)): ingen har roll \(roleName(journey, role)) i något steg"
                      : "\(journeyName(journey)): no one holds role \(roleName(journey, role)) at any step"
        case .handoverToNobody(let id):
            guard let handover = workshop.handovers.first(where: { $0.id == id }) else { return id.rawValue }
            let to = handover.to
            return sv ? "\(id): mottagande roll \(roleName(to.journey, to.role)) har ingen i steget \(stepName(to.journey, to.step))"
                      : "\(id): no one holds the receiving role \(roleName(to.journey, to.role)) at step \(stepName(to.journey, to.step))"
        case .personalNumber(let place, let text):
            return sv ? "\(place): \"\(text)\" ser ut som ett personnummer – ingen patientdata hör hemma här; ta bort det"
                      : "\(place): \"\(text)\" looks like a personal identity number – no patient data belongs here; remove it"
        case .unsettledConflict(let id, let place):
            return sv ? "\(id): \(place) skiljer sig mellan de sammanslagna kopiorna; lös det med K i Rollkarta"
                      : "\(id): \(place) differs between the merged copies; settle it with K in Rollkarta"
        case .incompletePlan(let gap, let missing):
            let names = missing.map { field -> String in
                switch field {
                case "responsible": return sv ? "ansvarig" : "responsible"
                case "timeline": return sv ? "tidplan" : "timeline"
                case "activity": return sv ? "aktivitet" : "activity"
                default: return sv ? "mått" : "measure"
                }
            }.joined(separator: ", ")
            return sv ? "\(gap) (hög prioritet): handlingsplanen saknar \(names)"
                      : "\(gap) (high priority): the action plan lacks \(names)"
        case .conditionsMissing(let activity, let missing):
            let factors = missing.map { $0.label(language) }.joined(separator: ", ")
            let predicted = missing.map { $0.predicted(language) }.joined(separator: ", ")
            return sv ? "\(activity): saknar \(factors) – Lippitt-Knoster förutsäger \(predicted)"
                      : "\(activity): lacks \(factors) – Lippitt-Knoster predicts \(predicted)"
        }
    }
}
