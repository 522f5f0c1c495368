/// What the start page says about the workshop and the project, where this workshop words it
/// differently from the catalog (the seed's texts): nil fields read the catalog's.
public struct WorkshopFrame: Codable, Equatable, Sendable {
    public var purpose: String?
    public var vision: String?
    public var hypothesis: String?
    public var targetGroups: String?
    public var delimitations: String?

    public init(purpose: String? = nil, vision: String? = nil, hypothesis: String? = nil, targetGroups: String? = nil,
                delimitations: String? = nil) {
        self.purpose = purpose
        self.vision = vision
        self.hypothesis = hypothesis
        self.targetGroups = targetGroups
        self.delimitations = delimitations
    }

    public enum Field: String, CaseIterable, Sendable {
        case purpose, vision, hypothesis, targetGroups, delimitations
    }

    public subscript(field: Field) -> String? {
        get {
            switch field {
            case .purpose: return purpose
            case .vision: return vision
            case .hypothesis: return hypothesis
            case .targetGroups: return targetGroups
            case .delimitations: return delimitations
            }
        }
        set {
            switch field {
            case .purpose: purpose = newValue
            case .vision: vision = newValue
            case .hypothesis: hypothesis = newValue
            case .targetGroups: targetGroups = newValue
            case .delimitations: delimitations = newValue
            }
        }
    }
}

extension Workshop {
    /// The start page's text for a field: the workshop's own wording, else the catalog's.
    public func frameText(_ field: WorkshopFrame.Field, _ language: Language, catalog: Catalog = .bundled) -> String {
        if let own = frame?[field], !own.isEmpty { return own }
        guard let project = catalog.project else { return "" }
        switch field {
        case .purpose: return project.purposes[kind.rawValue]?[language] ?? ""
        case .vision: return project.vision[language]
        case .hypothesis: return project.hypothesis[language]
        case .targetGroups: return project.targetGroups[language]
        case .delimitations: return project.delimitations[language]
        }
    }
}
