import RollkartaModel

/// How a verification subject (a role, a gap, a handover) reads on screen: a one-line name
/// for lists, and the full text a participant is asked to confirm.
enum SubjectText {
    /// "3 Den som möter …", "gap-0002 Ingen fångar upp …", "ho-0001 Remiss BUP → PSA".
    static func name(_ subject: VerificationSubject, in workshop: Workshop, _ language: Language) -> String {
        switch subject {
        case .role(let journey, let role):
            let title = workshop.journey(journey)?.role(role)?.title[language] ?? ""
            return "\(role) \(title)"
        case .gap(let id):
            let description = workshop.gaps.first { $0.id == id }?.description.replacingNewlines() ?? ""
            return "\(id) \(description)"
        case .handover(let id):
            let what = workshop.handovers.first { $0.id == id }?.what.replacingNewlines() ?? ""
            return "\(id) \(what)"
        case .expectations(let organisation):
            return VerificationSubject.Kind.expectations.label(language) + ": " + (workshop.actor(organisation)?.name ?? organisation.rawValue)
        }
    }

    /// The full text (`SubjectLines`, shared with the verification page), wrapped to `width`;
    /// `maps` holds the workshop's journey maps.
    static func lines(_ subject: VerificationSubject, in workshop: Workshop, maps: [JourneyID: MapModel],
                      _ language: Language, width: Int) -> [StyledLine] {
        var lines = WrappedLines(width: width)
        for line in SubjectLines.lines(subject, in: workshop, maps: maps, language) {
            if line.text.isEmpty { lines.append(StyledLine(text: "")) } else { lines.add(line.text, style(line.style), indent: line.indent) }
        }
        return lines.lines
    }

    /// A role's description and examples, indented under its title.
    static func addDescription(of role: WorkshopRole, _ language: Language, to lines: inout WrappedLines) {
        for line in SubjectLines.description(of: role, language) { lines.add(line.text, style(line.style), indent: line.indent) }
    }

    /// One line per step: the cell's marks, the step, who holds the role there and how well.
    static func holders(_ model: MapModel, row: Int, workshop: Workshop, _ language: Language) -> [String] {
        SubjectLines.holders(model, row: row, workshop: workshop, language)
    }

    private static func style(_ style: SubjectLine.Style) -> Style {
        switch style {
        case .normal: return .normal
        case .heading: return .heading
        case .dim: return .dim
        }
    }
}
