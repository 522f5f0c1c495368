extension WorkshopRole {
    /// How many characters of a label the narrowest map shows for sure: two roles' labels
    /// must differ within them, or the room cannot tell the rows apart.
    public static let distinctLabelLength = 16

    /// The map's short name: the workshop's label, or for a file without one the title
    /// without its shared "Den som" / "The one who".
    public var gridLabel: Localized {
        if let label { return label }
        return Localized(sv: Self.dropSharedStart(title.sv, "Den som "), en: Self.dropSharedStart(title.en, "The one who "))
    }

    private static func dropSharedStart(_ title: String, _ start: String) -> String {
        guard title.hasPrefix(start) else { return title }
        let rest = title.dropFirst(start.count)
        return rest.prefix(1).uppercased() + rest.dropFirst()
    }
}

extension WorkshopJourney {
    /// Roles whose map labels read the same within the first characters, in one language:
    /// each group of two or more, in the journey's order.
    public func labelClashes(_ language: Language) -> [[WorkshopRole]] {
        var groups: [String: [WorkshopRole]] = [:]
        var order: [String] = []
        for role in roles {
            let key = String(role.gridLabel[language].lowercased().prefix(WorkshopRole.distinctLabelLength))
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(role)
        }
        return order.compactMap { groups[$0]!.count > 1 ? groups[$0] : nil }
    }
}
