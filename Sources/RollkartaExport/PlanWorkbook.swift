import Foundation
import RollkartaModel

/// `export --format xlsx`: the workbook the responsible managers keep after the workshop.
/// Handlingsplan (one row per activity, `PlanColumn`, plus the timeline's last day as a date),
/// Glapp and Överlämningar; `rollkarta import-plan` reads the first sheet back.
enum PlanWorkbook {
    static func render(_ report: ReportData) -> Data {
        let language = report.language
        let workshop = report.workshop
        let t = ReportText.of(language)
        let sv = language == .sv
        let planRows: [[Workbook.Cell]] = workshop.planRows(language, gaps: report.gaps).map { row in
            let timeline = row[PlanColumn.allCases.firstIndex(of: .timeline)!]
            let end = TimelineRange(timeline, year: workshop.year).map { Workbook.Cell.date($0.end) } ?? .text("")
            return row.map { .text($0) } + [end]
        }
        let plan = Workbook.Sheet(
            name: sv ? "Handlingsplan" : "Action plan",
            header: PlanColumn.allCases.map { $0.heading(language) } + [sv ? "Senast (ur tidplanen)" : "Due (from the timeline)"],
            rows: planRows, widths: [15, 10, 40, 14, 20, 24, 10, 40, 24, 16, 32, 24, 12, 14, 14],
            lists: [(PlanColumn.allCases.firstIndex(of: .status)!, PlanStatus.allCases.map { $0.label(language) }),
                    (PlanColumn.allCases.firstIndex(of: .level)!, ActivityLevel.allCases.map { $0.label(language) })],
            printsLandscape: true)
        let gaps = Workbook.Sheet(
            name: sv ? "Glapp" : "Gaps",
            header: [t.gap, t.journey, t.step, t.role, t.description, t.gapKind, t.cause, t.priority, t.effectGoals],
            rows: report.gaps.map { gap in
                [gap.id.rawValue, report.journeyName(gap.journey), report.stepName(gap.journey, gap.step),
                 report.roleName(gap.journey, gap.role), report.text(gap.description), gap.kind.label(language),
                 gap.causes.map { $0.label(language) }.joined(separator: ", "), gap.priority.label(language),
                 gap.effectGoals.joined(separator: ", ")].map { .text($0) }
            },
            widths: [10, 14, 20, 24, 50, 18, 20, 10, 14], printsLandscape: true)
        let handovers = Workbook.Sheet(
            name: t.handovers,
            header: ["Id", t.from, t.to, t.what, t.status, t.flags, t.note],
            rows: report.handovers.map { handover in
                [handover.id.rawValue, report.endName(handover.from), report.endName(handover.to), report.text(handover.what),
                 handover.status.label(language), handover.flags.map { $0.label(language) }.joined(separator: ", "),
                 report.text(handover.note)].map { .text($0) }
            },
            widths: [9, 36, 36, 36, 14, 24, 36], printsLandscape: true)
        do {
            return try Workbook(sheets: [plan, gaps, handovers]).data()
        } catch {
            // Zipping into memory cannot fail; an error here is a bug.
            preconditionFailure("writing the workbook failed: \(error)")
        }
    }
}
