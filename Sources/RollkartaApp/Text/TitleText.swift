import RollkartaModel

extension GapsState.Column {
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
