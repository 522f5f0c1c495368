import CSV
import Foundation
import RollkartaModel

/// The gap action plan for spreadsheets: the seed's columns (gap, action, responsible,
/// timeline, goal, measure, status) plus where the gap is. RFC 4180: CRLF, quoted as needed.
enum ActionPlanCSV {
    static func render(_ report: ReportData, byteOrderMark: Bool) -> Data {
        let language = report.language
        func t(_ key: ReportText) -> String { key.text(language) }
        let stream = OutputStream.toMemory()
        stream.open()
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: ["id", t(.gap), t(.action), t(.responsible), t(.timeline), t(.goal), t(.measure),
                                   t(.status), t(.journey), t(.step), t(.role), t(.priority)])
            for gap in report.gaps {
                let plan = gap.plan
                try writer.write(row: [gap.id.rawValue, gap.description, plan.action, plan.responsible, plan.timeline, plan.goal,
                                       plan.measure].map { report.text($0) }
                    + [plan.status.label(language), report.journeyName(gap.journey), report.stepName(gap.journey, gap.step),
                       report.roleName(gap.journey, gap.role), gap.priority.label(language)])
            }
            writer.stream.close()
        } catch {
            // Writing to memory cannot fail; an error here is a bug in the writer.
            preconditionFailure("CSV to memory failed: \(error)")
        }
        var data = byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) : Data()
        data.append(stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data())
        data.append(contentsOf: [0x0D, 0x0A])
        return data
    }
}
