import RollkartaModel

extension AppState.View {
    /// The screen's name, as the tabs and the help show it.
    func title(_ language: Language) -> String {
        switch self {
        case .map: return UIText.viewMap.text(language)
        case .roles: return UIText.viewRoles.text(language)
        case .gaps: return UIText.viewGaps.text(language)
        case .handovers: return UIText.viewHandovers.text(language)
        case .verification: return UIText.viewVerification.text(language)
        case .summary: return UIText.viewSummary.text(language)
        case .conflicts: return UIText.viewConflicts.text(language)
        case .expectations: return ExpectationsText.viewTitle.text(language)
        case .followUp: return FollowUpText.viewTitle.text(language)
        case .start: return StartText.viewTitle.text(language)
        }
    }
}

extension GapsViewState.Column {
    /// The Gaps table's column heading.
    func title(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .id: return "Id"
        case .journey: return sv ? "Resa" : "Journey"
        case .step: return sv ? "Steg" : "Step"
        case .role: return sv ? "Roll" : "Role"
        case .priority: return "Prio"
        case .kind: return sv ? "Typ" : "Kind"
        case .status: return "Status"
        case .responsible: return sv ? "Ansvarig" : "Responsible"
        case .description: return sv ? "Beskrivning" : "Description"
        }
    }
}
