import RollkartaModel

/// The words every screen shares, in Swedish and English, looked up by key. Each screen and
/// area has a table of its own beside it (MapText, ListText, VerificationText, ConflictsText,
/// FormText, FileText, VerifyText).
public enum UIText: Sendable {
    case appName, viewMap, viewSummary, role, step, actors, gaps, handovers, description, examples, notes
    case tooSmall(width: Int, height: Int), helpTitle, roleNeeds, roleObstacles, roleEnters, roleTakesOver
    case nothingToUndo, nothingToRedo, undone(remaining: Int), redone, viewRoles, viewGaps, viewHandovers
    case whoHoldsIt, all, viewVerification, viewConflicts, journeyShort(JourneyID), closesWith([String])
    case screenName(AppState.View), everyScreen

    public func text(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .appName: return "Rollkarta"
        case .viewMap: return sv ? "Karta" : "Map"
        case .viewSummary: return sv ? "Sammanfattning" : "Summary"
        case .role: return sv ? "Roll" : "Role"
        case .step: return sv ? "Steg" : "Step"
        case .actors: return sv ? "Aktörer" : "Actors"
        case .gaps: return sv ? "Glapp" : "Gaps"
        case .handovers: return sv ? "Överlämningar" : "Handovers"
        case .description: return sv ? "Beskrivning" : "Description"
        case .examples: return sv ? "Exempel" : "Examples"
        case .notes: return sv ? "Anteckningar" : "Notes"
        case .tooSmall(let width, let height):
            return sv ? "Terminalen är för liten (behöver 80×24, är \(width)×\(height))"
                      : "Terminal too small (need 80×24, is \(width)×\(height))"
        case .helpTitle: return sv ? "Tangenter" : "Keys"
        case .roleNeeds: return sv ? "Behöver för att bidra till effektmålen" : "Needs to contribute to the effect goals"
        case .roleObstacles: return sv ? "Största hinder/utmaningar" : "Biggest obstacles"
        case .roleEnters: return sv ? "Kommer in i resan" : "Enters the journey"
        case .roleTakesOver: return sv ? "Vem tar vid" : "Who takes over"
        case .nothingToUndo: return sv ? "Inget att ångra" : "Nothing to undo"
        case .nothingToRedo: return sv ? "Inget att göra om" : "Nothing to redo"
        case .undone(let remaining): return sv ? "Ångrat (\(remaining) steg kvar)" : "Undone (\(remaining) steps left)"
        case .redone: return sv ? "Gjort om" : "Redone"
        case .viewRoles: return sv ? "Roller" : "Roles"
        case .viewGaps: return sv ? "Glapp" : "Gaps"
        case .viewHandovers: return sv ? "Överlämningar" : "Handovers"
        case .whoHoldsIt: return sv ? "Vem har rollen, steg för steg:" : "Who holds it, step by step:"
        case .all: return sv ? "alla" : "all"
        case .viewVerification: return sv ? "Verifiering" : "Verification"
        case .viewConflicts: return sv ? "Konflikter" : "Conflicts"
        case .journeyShort(let journey): return journey == .child ? (sv ? "Barn" : "Child") : (sv ? "Vuxna" : "Adult")
        case .closesWith(let keys):
            let list = keys.count > 1 ? keys.dropLast().joined(separator: ", ") + (sv ? " eller " : " or ") + keys.last! : keys.joined()
            return list + (sv ? " stänger" : " closes")
        case .screenName(let view): return view.title(language)
        case .everyScreen: return sv ? "I alla vyer" : "In every view"
        }
    }
}
