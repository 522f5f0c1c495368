/// Creates workshops from the catalog.
public enum WorkshopFactory {
    /// A new workshop on the given journeys, with its own copy of the catalog's steps and roles
    /// in the catalog's order (primary roles first).
    public static func make(title: String, journeys: [JourneyID], date: String,
                            kind: WorkshopKind = .roleValidation, catalog: Catalog = .bundled) -> Workshop {
        let copies = journeys.compactMap { id -> WorkshopJourney? in
            guard let journey = catalog.journey(id) else { return nil }
            let roles = catalog.roles(for: id).compactMap { role -> WorkshopRole? in
                guard let wording = role.wording(for: id) else { return nil }
                return WorkshopRole(id: role.id, tier: role.tier, variantOf: role.variantOf, title: wording.title,
                                    label: wording.label, description: wording.description, examples: wording.examples)
            }
            return WorkshopJourney(id: id, name: journey.name, steps: journey.steps, roles: roles)
        }
        return Workshop(id: workshopID(title: title, date: date), title: title, date: date, kind: kind,
                        catalogVersion: catalog.catalogVersion, journeys: copies)
    }

    /// "ws-2026-03-14-bup-och-elevhalsa": readable, stable, derived from what the user typed.
    public static func workshopID(title: String, date: String) -> String {
        let slug = Identifiers.slug(title, maxLength: 32)
        return slug.isEmpty ? "ws-\(date)" : "ws-\(date)-\(slug)"
    }
}

/// Short, stable, readable ids such as `gap-0007`; never random.
public enum Identifiers {
    /// The next free id with this prefix: one more than the highest number in use.
    public static func next(prefix: String, existing: [String]) -> String {
        let highest = existing.compactMap { id -> Int? in
            guard id.hasPrefix(prefix + "-") else { return nil }
            return Int(id.dropFirst(prefix.count + 1))
        }.max() ?? 0
        return "\(prefix)-" + String(highest + 1).leftPadded(to: 4)
    }

    /// An id made from a name ("Vårdcentral Närhälsan" -> "vardcentral-narhalsan"), with -2, -3 ...
    /// appended until it is free.
    public static func fromName(_ name: String, prefix: String, existing: [String]) -> String {
        let slug = self.slug(name, maxLength: 24)
        let base = slug.isEmpty ? prefix : "\(prefix)-\(slug)"
        var candidate = base
        var counter = 2
        while existing.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        return candidate
    }

    /// Lower-case ASCII letters and digits separated by single dashes; å/ä -> a, ö -> o.
    public static func slug(_ text: String, maxLength: Int) -> String {
        var result = ""
        var pendingDash = false
        for character in text.lowercased() {
            let mapped: Character?
            switch character {
            case "å", "ä", "à", "á", "â": mapped = "a"
            case "ö", "ø", "ó", "ò", "ô": mapped = "o"
            case "é", "è", "ê", "ë": mapped = "e"
            case "ü", "ú", "ù": mapped = "u"
            case "a"..."z", "0"..."9": mapped = character
            default: mapped = nil
            }
            if let mapped {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.append(mapped)
                if result.count >= maxLength { break }
            } else {
                pendingDash = true
            }
        }
        return result
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
