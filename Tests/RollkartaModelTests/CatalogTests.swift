import Foundation
import XCTest
@testable import RollkartaModel

final class CatalogTests: XCTestCase {
    func testCompiledCatalogEqualsDataFolder() throws {
        let onDisk = try String(contentsOfFile: Fixtures.catalogPath, encoding: .utf8)
        XCTAssertEqual(Catalog.bundledJSON, onDisk, "the binary's catalog differs from data/catalog.json: rebuild")
    }

    func testThirteenRolesWithVariantsOnTheChildJourney() {
        let ids = Catalog.bundled.roles(for: .child).map(\.id)
        XCTAssertEqual(ids, ["1", "2", "3", "4", "5", "5B", "6", "6B", "7", "8", "9", "10", "11", "12", "13"])
        XCTAssertEqual(Catalog.bundled.roles(for: .child).filter { $0.tier == .primary }.count, 10)
    }

    func testAdultJourneyAddsTheRoleThatCatchesLostContact() throws {
        let adult = Catalog.bundled.roles(for: .adult)
        XCTAssertEqual(adult.count, 16)
        let lost = try XCTUnwrap(adult.first { $0.id == "14" }?.wording(for: .adult))
        XCTAssertEqual(lost.title.sv, "Den som fångar upp när kontakt tappas")
        XCTAssertNil(Catalog.bundled.roles(for: .child).first { $0.id == "14" })
    }

    func testTheCatalogSaysWhatIsTheSeedsAndWhatRollkartaAdded() throws {
        let provenance = try XCTUnwrap(Catalog.bundled.provenance)
        let added = provenance.filter { $0.source == "rollkarta" }.map(\.what).joined(separator: " | ")
        for part in ["adult wording", "Role 14", "adult journey that the seed does not give", "'Familjecentral' for the seed's 'FCA'"] {
            XCTAssertTrue(added.contains(part), "\(part) is marked as Rollkarta's: \(added)")
        }
        XCTAssertTrue(provenance.contains { $0.source == "seed" && $0.what.contains("roles 1-13, 5B and 6B") })
        XCTAssertTrue(Set(provenance.map(\.source)).isSubset(of: ["seed", "rollkarta"]))
        let sixB = try XCTUnwrap(Catalog.bundled.roles.first { $0.id == "6B" }?.adult?.description.sv)
        XCTAssertTrue(sixB.contains("förmåga att hantera vardag, sysselsättning och boende och att skapa struktur"), sixB)
    }

    func testRoleTextsAreFaithfulToTheSeedAndTranslated() throws {
        let catalog = Catalog.bundled
        let three = try XCTUnwrap(catalog.roles.first { $0.id == "3" })
        XCTAssertEqual(three.wording(for: .child)?.title.sv, "Den som möter och kommunicerar med barnet")
        XCTAssertEqual(three.wording(for: .adult)?.title.sv, "Den som möter och kommunicerar med personen")
        XCTAssertTrue(three.wording(for: .child)!.examples.sv.contains("skolsköterska"))
        for role in catalog.roles {
            for journey in role.journeys {
                let wording = try XCTUnwrap(role.wording(for: journey), "role \(role.id) has no wording for \(journey)")
                XCTAssertFalse(wording.title.sv.isEmpty || wording.title.en.isEmpty, "role \(role.id) title")
                XCTAssertFalse(wording.description.sv.isEmpty || wording.description.en.isEmpty, "role \(role.id)")
                XCTAssertEqual(wording.examples.sv.count, wording.examples.en.count, "role \(role.id) examples")
                if role.id != "1" { XCTAssertFalse(wording.examples.sv.isEmpty, "role \(role.id) has no examples") }
            }
        }
        XCTAssertEqual(catalog.roles.first { $0.id == "5B" }?.variantOf, "5")
        XCTAssertEqual(catalog.roles.first { $0.id == "6B" }?.variantOf, "6")
    }

    func testEffectGoalsAndJourneySteps() {
        let catalog = Catalog.bundled
        XCTAssertEqual(catalog.effectGoals.map(\.id), ["1", "2", "3", "4A", "4B", "5", "V1"])
        XCTAssertEqual(catalog.effectGoals(for: .child).map(\.id), ["1", "2", "3", "4A", "5", "V1"])
        XCTAssertEqual(catalog.effectGoals(for: .adult).map(\.id), ["1", "2", "3", "4B", "5", "V1"])
        for journey in catalog.journeys { XCTAssertGreaterThanOrEqual(journey.steps.count, 6) }
    }

    func testActorKindsCoverBothJourneysWithPrincipals() {
        let kinds = Catalog.bundled.actorKinds
        XCTAssertTrue(kinds.contains { $0.abbreviation == "BUP" && $0.principal == .region })
        XCTAssertTrue(kinds.contains { $0.id == "nsph" && $0.principal == .civilSociety })
        XCTAssertTrue(kinds.contains { $0.id == "elevhalsa" && $0.principal == .municipality })
        XCTAssertTrue(kinds.contains { $0.id == "vc-privat" && $0.principal == .private })
        XCTAssertEqual(Set(kinds.map(\.id)).count, kinds.count)
    }
}

/// The map's short role names: the room must tell every row apart on the narrowest map.
final class RoleLabelTests: XCTestCase {
    func testNoTwoRolesOfAJourneyShareTheStartOfTheirLabelInEitherLanguage() throws {
        let workshop = WorkshopFactory.make(title: "Etiketter", journeys: [.child, .adult], date: "2026-11-23")
        for journey in workshop.journeys {
            XCTAssertFalse(journey.roles.isEmpty)
            for language in Language.allCases {
                let starts = journey.roles.map { String($0.gridLabel[language].lowercased().prefix(WorkshopRole.distinctLabelLength)) }
                XCTAssertEqual(Set(starts).count, starts.count, "\(journey.id) \(language): \(starts)")
                XCTAssertTrue(journey.labelClashes(language).isEmpty)
            }
            for role in journey.roles {
                XCTAssertNotNil(role.label, "\(journey.id) \(role.id) has a label from the catalog")
                XCTAssertFalse(role.gridLabel.sv.hasPrefix("Den som"), "\(role.id): the label drops the shared start")
            }
        }
    }

    func testAFileWithoutLabelsShowsTheTitleWithoutItsSharedStart() {
        let role = WorkshopRole(id: "4", tier: .primary, title: Localized(sv: "Den som bedömer och styr vidare", en: "The one who assesses"),
                                description: Localized(""), examples: LocalizedList(sv: [], en: []))
        XCTAssertEqual(role.gridLabel.sv, "Bedömer och styr vidare")
        XCTAssertEqual(role.gridLabel.en, "Assesses")
    }

    func testAClashInAWorkshopIsReportedByTheChecks() throws {
        var workshop = try Fixtures.example()
        let child = try XCTUnwrap(workshop.journeys.firstIndex { $0.id == .child })
        workshop.journeys[child].roles[5].label = Localized(sv: "Utreder kliniskt, vuxna", en: "Clinical work")
        let clashes = Check.run(workshop).filter { if case .labelClash = $0 { return true } else { return false } }
        XCTAssertEqual(clashes.count, 1)
        let text = try XCTUnwrap(clashes.first).text(workshop, .sv)
        XCTAssertTrue(text.contains("rollerna 5 och 5B har samma korta namn i kartan på svenska (\"Utreder kliniskt…\")"), text)
    }
}
