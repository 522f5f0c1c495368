import RollkartaJSON

/// The three-way rules, and the conflicts they find.
struct Merger {
    var conflicts: [MergeConflict] = []

    /// One value: whoever changed it wins; both changed it differently: ours, and a conflict.
    mutating func field<Value: Codable & Equatable>(_ collection: MergeConflict.Collection, _ key: String, _ name: String,
                                                    _ base: Value, _ ours: Value, _ theirs: Value) -> Value {
        if ours == theirs || theirs == base { return ours }
        if ours == base { return theirs }
        conflicts.append(MergeConflict(id: "", collection: collection, key: key, field: name,
                                       ours: JSONValue.of(ours).text, theirs: JSONValue.of(theirs).text, kept: .ours))
        return ours
    }

    /// Journeys: one both sides kept has its name merged as a field and its steps and roles as
    /// lists by id, so that two facilitators rewording different roles both get through.
    mutating func journeys(_ base: [WorkshopJourney], _ ours: [WorkshopJourney],
                           _ theirs: [WorkshopJourney]) -> [WorkshopJourney] {
        var oursCombined = ours, theirsCombined = theirs
        for (index, journey) in ours.enumerated() {
            guard let original = base.first(where: { $0.id == journey.id }),
                  let theirIndex = theirs.firstIndex(where: { $0.id == journey.id }), theirs[theirIndex] != journey
            else { continue }
            let other = theirs[theirIndex]
            let key = journey.id.rawValue
            var combined = journey
            combined.name = field(.journeys, key, "name", original.name, journey.name, other.name)
            combined.steps = list(.steps(journey.id), original.steps, journey.steps, other.steps) { $0.id }
            combined.roles = list(.roles(journey.id), original.roles, journey.roles, other.roles) { $0.id }
            oursCombined[index] = combined
            theirsCombined[theirIndex] = combined
        }
        return list(.journeys, base, oursCombined, theirsCombined) { $0.id.rawValue }
    }

    /// Gaps: one both sides kept and changed has its activities merged as a list by activity
    /// id first, so that each side's new activity is kept and only the same field of the same
    /// activity changed on both sides is a conflict; the rest of the gap merges field by field.
    mutating func gaps(_ base: [Gap], _ ours: [Gap], _ theirs: [Gap]) -> [Gap] {
        var oursCombined = ours, theirsCombined = theirs
        let baseByID = Dictionary(base.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let theirIndex = Dictionary(theirs.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        for (index, gap) in ours.enumerated() {
            guard let other = theirIndex[gap.id].map({ theirs[$0] }), other.activities != gap.activities else { continue }
            let original = baseByID[gap.id]?.activities ?? []
            let combined = list(.activities(gap.id), original, gap.activities, other.activities) { $0.id.rawValue }
            oursCombined[index].activities = combined
            theirsCombined[theirIndex[gap.id]!].activities = combined
        }
        return list(.gaps, base, oursCombined, theirsCombined) { $0.id.rawValue }
    }

    /// A list of entities, matched by key: our order, then what only they added.
    mutating func list<E: Codable & Equatable>(_ collection: MergeConflict.Collection, _ base: [E], _ ours: [E], _ theirs: [E],
                                               key: (E) -> String) -> [E] {
        let baseByKey = Dictionary(base.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let theirsByKey = Dictionary(theirs.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let ourKeys = Set(ours.map(key))
        var result: [E] = []
        for entity in ours {
            let name = key(entity)
            switch (baseByKey[name], theirsByKey[name]) {
            case (nil, nil):
                result.append(entity)  // we added it
            case (let original?, nil):
                // They deleted it: gone, unless we changed it meanwhile.
                if entity != original {
                    result.append(entity)
                    wholeConflict(collection, name, ours: entity, theirs: nil, kept: .ours)
                }
            case (let original, let other?):
                if entity == other || other == original { result.append(entity) }
                else if entity == original { result.append(other) }
                else { result.append(fields(collection, name, base: original, ours: entity, theirs: other)) }
            }
        }
        for entity in theirs where !ourKeys.contains(key(entity)) {
            let name = key(entity)
            guard let original = baseByKey[name] else {
                result.append(entity)  // they added it
                continue
            }
            // We deleted it: gone, unless they changed it meanwhile.
            if entity != original {
                result.append(entity)
                wholeConflict(collection, name, ours: nil, theirs: entity, kept: .theirs)
            }
        }
        return result
    }

    /// Both changed one entity: field by field, lists of ids as sets.
    private mutating func fields<E: Codable>(_ collection: MergeConflict.Collection, _ key: String, base: E?, ours: E, theirs: E) -> E {
        guard case .object(let baseFields) = base.map(JSONValue.of) ?? .object([:]),
              case .object(let ourFields) = JSONValue.of(ours),
              case .object(let theirFields) = JSONValue.of(theirs) else { return ours }
        var merged: [String: JSONValue] = [:]
        var found: [MergeConflict] = []
        for name in Set(ourFields.keys).union(theirFields.keys).sorted() {
            let (was, mine, other) = (baseFields[name], ourFields[name], theirFields[name])
            if mine == other || other == was { merged[name] = mine }
            else if mine == was { merged[name] = other }
            else if let union = Self.mergedIDList(was, mine, other) { merged[name] = union }
            else {
                merged[name] = mine
                found.append(MergeConflict(id: "", collection: collection, key: key, field: name, ours: mine?.text,
                                           theirs: other?.text, kept: .ours))
            }
        }
        guard let result = JSONValue.object(merged).decoded(as: E.self) else {
            wholeConflict(collection, key, ours: ours, theirs: theirs, kept: .ours)
            return ours
        }
        conflicts += found
        return result
    }

    /// Lists of strings (a cell's actors, flags, effect goals) merge as sets: what either side
    /// added is in, what either side removed is out.
    static func mergedIDList(_ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?) -> JSONValue? {
        func strings(_ value: JSONValue?) -> [String]? {
            guard case .array(let items)? = value else { return value == nil ? [] : nil }
            var result: [String] = []
            for item in items {
                guard case .string(let text) = item else { return nil }
                result.append(text)
            }
            return result
        }
        guard let was = strings(base), let mine = strings(ours), let other = strings(theirs),
              ours != nil, theirs != nil else { return nil }
        let removed = Set(was).subtracting(mine).union(Set(was).subtracting(other))
        var result: [String] = []
        for item in mine + other where !removed.contains(item) && !result.contains(item) { result.append(item) }
        return .array(result.map { .string($0) })
    }

    private mutating func wholeConflict<E: Encodable>(_ collection: MergeConflict.Collection, _ key: String, ours: E?, theirs: E?,
                                                      kept: MergeConflict.Side) {
        conflicts.append(MergeConflict(id: "", collection: collection, key: key, field: nil,
                                       ours: ours.map { JSONValue.of($0).text }, theirs: theirs.map { JSONValue.of($0).text },
                                       kept: kept))
    }
}
