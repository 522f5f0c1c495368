import RollkartaModel

/// The words every screen shares, in Swedish and English, looked up by key. Each screen and
/// area has a table of its own beside it (MapText, ListText, VerificationText, ConflictsText,
/// FormText, FileText, VerifyText).
public struct UIText: TextTable {
    public let appName: String
    public let viewMap: String
    public let viewSummary: String
    public let role: String
    public let step: String
    public let actors: String
    public let gaps: String
    public let handovers: String
    public let description: String
    public let examples: String
    public let notes: String
    public let tooSmall: @Sendable (Int, Int) -> String
    public let helpTitle: String
    public let roleNeeds: String
    public let roleObstacles: String
    public let roleEnters: String
    public let roleTakesOver: String
    public let nothingToUndo: String
    public let nothingToRedo: String
    /// What was undone ("glappet"), and how many steps are left to undo.
    public let undone: @Sendable (String, Int) -> String
    public let redone: @Sendable (String) -> String
    public let viewRoles: String
    public let viewGaps: String
    public let viewHandovers: String
    public let whoHoldsIt: String
    public let all: String
    public let viewVerification: String
    public let viewConflicts: String
    public let journeyShort: @Sendable (JourneyID) -> String
    public let closesWith: @Sendable ([String]) -> String
    public let screenName: @Sendable (AppState.View) -> String
    public let everyScreen: String
    /// What a page longer than the screen has out of sight, and the keys that show it.
    public let morePage: @Sendable (_ above: Int, _ below: Int, _ down: String, _ up: String) -> String
}

extension UIText {
    /// Svenska.
    public static let sv = UIText(
        appName: "Rollkarta",
        viewMap: "Karta",
        viewSummary: "Sammanfattning",
        role: "Roll",
        step: "Steg",
        actors: "Aktörer",
        gaps: "Glapp",
        handovers: "Överlämningar",
        description: "Beskrivning",
        examples: "Exempel",
        notes: "Anteckningar",
        tooSmall: { width, height in "Terminalen är för liten (behöver 80×24, är \(width)×\(height))" },
        helpTitle: "Tangenter",
        roleNeeds: "Behöver för att bidra till effektmålen",
        roleObstacles: "Största hinder/utmaningar",
        roleEnters: "Kommer in i resan",
        roleTakesOver: "Vem tar vid",
        nothingToUndo: "Inget att ångra",
        nothingToRedo: "Inget att göra om",
        undone: { what, remaining in "Ångrat: \(what) (\(remaining) steg kvar)" },
        redone: { what in "Gjort om: \(what)" },
        viewRoles: "Roller",
        viewGaps: "Glapp",
        viewHandovers: "Överlämningar",
        whoHoldsIt: "Vem har rollen, steg för steg:",
        all: "alla",
        viewVerification: "Verifiering",
        viewConflicts: "Konflikter",
        journeyShort: { journey in journey == .child ? "Barn" : "Vuxna" },
        closesWith: { keys in
            let list = keys.count > 1 ? keys.dropLast().joined(separator: ", ") + " eller " + keys.last! : keys.joined()
            return list + " stänger"
        },
        screenName: { view in view.title(.sv) },
        everyScreen: "I alla vyer",
        morePage: { above, below, down, up in
            var parts: [String] = []
            if below > 0 { parts.append("▼ \(below) rader till – \(down) visar dem") }
            if above > 0 { parts.append("▲ \(above) rader ovanför – \(up)") }
            return parts.joined(separator: " · ")
        }
    )
}

extension UIText {
    /// English.
    public static let en = UIText(
        appName: "Rollkarta",
        viewMap: "Map",
        viewSummary: "Summary",
        role: "Role",
        step: "Step",
        actors: "Actors",
        gaps: "Gaps",
        handovers: "Handovers",
        description: "Description",
        examples: "Examples",
        notes: "Notes",
        tooSmall: { width, height in "Terminal too small (need 80×24, is \(width)×\(height))" },
        helpTitle: "Keys",
        roleNeeds: "Needs to contribute to the effect goals",
        roleObstacles: "Biggest obstacles",
        roleEnters: "Enters the journey",
        roleTakesOver: "Who takes over",
        nothingToUndo: "Nothing to undo",
        nothingToRedo: "Nothing to redo",
        undone: { what, remaining in "Undone: \(what) (\(remaining) steps left)" },
        redone: { what in "Redone: \(what)" },
        viewRoles: "Roles",
        viewGaps: "Gaps",
        viewHandovers: "Handovers",
        whoHoldsIt: "Who holds it, step by step:",
        all: "all",
        viewVerification: "Verification",
        viewConflicts: "Conflicts",
        journeyShort: { journey in journey == .child ? "Child" : "Adult" },
        closesWith: { keys in
            let list = keys.count > 1 ? keys.dropLast().joined(separator: ", ") + " or " + keys.last! : keys.joined()
            return list + " closes"
        },
        screenName: { view in view.title(.en) },
        everyScreen: "In every view",
        morePage: { above, below, down, up in
            var parts: [String] = []
            if below > 0 { parts.append("▼ \(below) more lines – \(down) shows them") }
            if above > 0 { parts.append("▲ \(above) lines above – \(up)") }
            return parts.joined(separator: " · ")
        }
    )
}
