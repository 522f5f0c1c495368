/// The workshop's agenda: timeboxed items, each with the view it is held in, saved in the file
/// and editable. The running timer is the app's, in memory only. A workshop without its own
/// agenda has the default for its kind (2-3 hours, as the seed's workshops were).
public struct AgendaItem: Codable, Equatable, Sendable {
    public var name: String
    public var minutes: Int
    /// The view the item uses (map, roles, expectations …), where one fits.
    public var view: ScreenID?

    public init(name: String, minutes: Int, view: ScreenID? = nil) {
        self.name = name
        self.minutes = minutes
        self.view = view
    }
}

extension Workshop {
    /// The workshop's own agenda, else the default for its kind.
    public var effectiveAgenda: [AgendaItem] {
        agenda.isEmpty ? Self.defaultAgenda(kind) : agenda
    }

    public static func defaultAgenda(_ kind: WorkshopKind) -> [AgendaItem] {
        switch kind {
        case .expectationMapping:
            return [AgendaItem(name: "Välkommen, syfte och vision", minutes: 10, view: .start),
                    AgendaItem(name: "Verksamheternas uppdrag", minutes: 20, view: .expectations),
                    AgendaItem(name: "Målgrupp: egen beskrivning och andras uppfattning", minutes: 40, view: .expectations),
                    AgendaItem(name: "Paus", minutes: 15),
                    AgendaItem(name: "Insatser: egen beskrivning och andras uppfattning", minutes: 40, view: .expectations),
                    AgendaItem(name: "Förväntningar utanför uppdraget och nästa steg", minutes: 20, view: .expectations)]
        case .roleValidation, .other:
            return [AgendaItem(name: "Välkommen, syfte och vision", minutes: 10, view: .start),
                    AgendaItem(name: "Rollerna: genomgång och sortering", minutes: 30, view: .roles),
                    AgendaItem(name: "Vem har rollen, steg för steg", minutes: 45, view: .map),
                    AgendaItem(name: "Paus", minutes: 15),
                    AgendaItem(name: "Glapp och överlämningar", minutes: 30, view: .gaps),
                    AgendaItem(name: "Validering och nästa steg", minutes: 20, view: .verification)]
        }
    }
}
