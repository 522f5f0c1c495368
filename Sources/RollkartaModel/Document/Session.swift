import Tagged

/// A session of the workshop: the main one, or a catch-up ("uppsamlingstillfälle", FAQ 6) for
/// those who could not come. Attendance as the seed records it: how many came from each
/// organisation; initials optional, names never required.
public struct Session: Codable, Equatable, Sendable {
    public typealias ID = Tagged<Session, String>

    public enum Kind: String, StrictEnum {
        case main
        case catchUp = "catch-up"
    }

    public var id: ID
    public var kind: Kind
    /// ISO date.
    public var date: String
    public var attendance: [Attendance]

    public init(id: ID, kind: Kind, date: String, attendance: [Attendance] = []) {
        self.id = id
        self.kind = kind
        self.date = date
        self.attendance = attendance
    }

    public var total: Int { attendance.map(\.count).reduce(0, +) }
}

public struct Attendance: Codable, Equatable, Sendable {
    public var organisation: Actor.ID
    public var count: Int
    /// Optional initials, comma-separated as typed.
    public var initials: String

    public init(organisation: Actor.ID, count: Int, initials: String = "") {
        self.organisation = organisation
        self.count = count
        self.initials = initials
    }
}

extension Session.Kind: Labelled {
    public func label(_ language: Language) -> String {
        switch self {
        case .main: return language == .sv ? "workshop" : "workshop"
        case .catchUp: return language == .sv ? "uppsamlingstillfälle" : "catch-up session"
        }
    }
}

extension Workshop {
    /// The sessions, the main one first, with "N deltagare" and who, as reports and the start page say it.
    public func attendanceLines(_ language: Language) -> [String] {
        sessions.map { session in
            let who = session.attendance.filter { $0.count > 0 }.map { entry in
                "\(actor(entry.organisation)?.abbreviation ?? entry.organisation.rawValue) \(entry.count)"
            }.joined(separator: ", ")
            let people = language == .sv ? "\(session.total) deltagare" : "\(session.total) participants"
            return "\(session.kind.label(language).capitalizedFirst) \(session.date): \(people)" + (who.isEmpty ? "" : " (\(who))")
        }
    }

    /// The id a new catch-up session gets (`session-2`).
    public var nextSessionID: Session.ID {
        Session.ID(rawValue: Identifiers.next(prefix: "session", existing: sessions.map(\.id.rawValue)))
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
