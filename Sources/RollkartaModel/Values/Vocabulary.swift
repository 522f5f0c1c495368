// The closed vocabularies of a workshop file. Raw values are what the file holds;
// their labels in Swedish and English live in Vocabulary+Labels.swift.

public enum JourneyID: String, StrictEnum, Comparable {
    case child
    case adult

    public static func < (lhs: JourneyID, rhs: JourneyID) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public enum RoleTier: String, StrictEnum {
    case primary
    case secondary
}

public enum Principal: String, StrictEnum {
    case region
    case municipality
    case `private`
    case civilSociety = "civil-society"
    case school
}

public enum WorkshopKind: String, StrictEnum {
    case expectationMapping = "expectation-mapping"
    case roleValidation = "role-validation"
    case other
}

/// How firmly the actors of a role x step cell hold the role.
public enum AssignmentStatus: String, StrictEnum {
    case holds
    case partly
    case unclear
}

public enum GapKind: String, StrictEnum {
    case roleMissing = "role-missing"
    case taskMissing = "task-missing"
    case unclearResponsibility = "unclear-responsibility"
    case contested
    case capacity
}

/// The Lippitt-Knoster conditions for change: a missing one is a useful cause of a gap.
public enum GapCause: String, StrictEnum {
    case vision
    case competence
    case motivation
    case resources
    case plan
}

public enum Priority: String, StrictEnum, Comparable {
    case high
    case medium
    case low

    public static func < (lhs: Priority, rhs: Priority) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Seed 000's statuses: "Pågår", "Återkommande", "Bevakar", "Avvakta", and not started and done.
public enum PlanStatus: String, StrictEnum {
    case notStarted = "not-started"
    case ongoing
    case done
    case recurring
    case monitoring
    case waiting
}

public enum HandoverStatus: String, StrictEnum {
    case works
    case partly
    case fails
    case missing
}

public enum HandoverFlag: String, StrictEnum {
    case bouncesBack = "bounces-back"
    case silentTransfer = "silent-transfer"
    case patientWaits = "patient-waits"
}

public enum Vote: String, StrictEnum {
    case yes
    case no
    case discuss
}
