import Foundation
import RollkartaModel

/// The agenda's running timer: which item, and for how long it has run. In memory only: not
/// saved, not undoable. Overrun shows and never blocks anything.
public struct AgendaTimer: Equatable, Sendable {
    public var item = 0
    /// When the current run started; nil while paused or not started.
    public var startedAt: Date?
    /// Time run before the current start (pauses in between).
    public var elapsedBefore: TimeInterval = 0
    public var isStarted = false

    public var isRunning: Bool { startedAt != nil }

    public func elapsed(at now: Date) -> TimeInterval {
        elapsedBefore + (startedAt.map { now.timeIntervalSince($0) } ?? 0)
    }

    /// Start, or pause a running timer.
    public mutating func toggle(at now: Date) {
        if let startedAt {
            elapsedBefore += now.timeIntervalSince(startedAt)
            self.startedAt = nil
        } else {
            startedAt = now
            isStarted = true
        }
    }

    /// The next item, its clock from zero, running if the timer ran.
    public mutating func next(count: Int, at now: Date) {
        guard count > 0 else { return }
        item = min(item + 1, count - 1)
        elapsedBefore = 0
        startedAt = startedAt == nil ? nil : now
    }

    /// "Rollerna: genomgång 12:34 kvar", "+02:10 över": for the header, in words and digits.
    public func text(_ agenda: [AgendaItem], at now: Date, _ language: Language) -> String? {
        guard isStarted, agenda.indices.contains(item) else { return nil }
        let entry = agenda[item]
        let left = Int((Double(entry.minutes * 60) - elapsed(at: now)).rounded(.up))  // a fresh item shows its full time
        let clock = String(format: "%02d:%02d", abs(left) / 60, abs(left) % 60)
        let sv = language == .sv
        let state = left >= 0 ? (sv ? "\(clock) kvar" : "\(clock) left") : (sv ? "+\(clock) över" : "+\(clock) over")
        let paused = isRunning ? "" : (sv ? " (pausad)" : " (paused)")
        return "⏱ \(item + 1)/\(agenda.count) \(entry.name) · \(state)\(paused)"
    }
}
