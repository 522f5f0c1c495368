import Foundation
import RollkartaModel

/// What the views derive from the workshop (the journey maps, the verification results),
/// computed once per version of the workshop instead of several times per key: at 10,000
/// recorded items, rebuilding them was most of a key press. `AppState` replaces the box
/// whenever its workshop changes, so copies of a state never share a stale one.
final class DerivedViews: @unchecked Sendable {
    private let lock = NSLock()
    private var maps: [JourneyID: MapModel] = [:]
    private var verification: VerificationResults?
    /// Whatever else a screen derives from the workshop alone (and the view's own settings
    /// in the key): its rows filtered and sorted, its lines formatted.
    private var memos: [AnyHashable: Any] = [:]

    /// The value for the key, computed once per version of the workshop.
    func memo<Value>(_ key: AnyHashable, _ compute: () -> Value) -> Value {
        lock.lock()
        if let value = memos[key] as? Value {
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = compute()
        lock.lock()
        memos[key] = value
        lock.unlock()
        return value
    }

    func map(_ workshop: Workshop, _ journey: WorkshopJourney) -> MapModel {
        lock.lock()
        defer { lock.unlock() }
        if let model = maps[journey.id] { return model }
        let model = MapModel(workshop: workshop, journey: journey)
        maps[journey.id] = model
        return model
    }

    func verificationResults(_ workshop: Workshop) -> VerificationResults {
        lock.lock()
        defer { lock.unlock() }
        if let results = verification { return results }
        let results = VerificationResults(workshop)
        verification = results
        return results
    }
}

extension AppState {
    /// The map of a journey of the current workshop.
    func mapModel(_ journey: WorkshopJourney) -> MapModel { derived.map(workshop, journey) }

    var verificationResults: VerificationResults { derived.verificationResults(workshop) }

    /// A value derived from this version of the workshop, computed once.
    func derive<Value>(_ key: AnyHashable, _ compute: () -> Value) -> Value { derived.memo(key, compute) }
}
