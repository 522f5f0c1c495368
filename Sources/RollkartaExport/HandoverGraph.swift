import RollkartaModel

/// The handover flow per journey for Graphviz: one box per role at a step, one arrow per
/// handover; failing and missing handovers dashed and red.
enum HandoverGraph {
    static func render(_ report: ReportData) -> String {
        let language = report.language
        var out = ["digraph handovers {",
                   "  graph [rankdir=LR, fontname=\"Helvetica\", label=\(quote(report.title)), labelloc=t];",
                   "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
                   "  edge [fontname=\"Helvetica\", fontsize=10];"]
        let handovers = report.handovers
        var declared = Set<String>()
        for journey in report.journeys {
            let ends = handovers.flatMap { [$0.from, $0.to] }.filter { $0.journey == journey.id }
            guard !ends.isEmpty else { continue }
            out.append("  subgraph \(quote("cluster_" + journey.id.rawValue)) {")
            out.append("    label=\(quote(report.journeyName(journey.id)));")
            for end in ends where declared.insert(nodeID(end)).inserted {
                var label = report.roleName(end.journey, end.role) + "\n" + report.stepName(end.journey, end.step)
                if let actor = end.actor { label += "\n" + (report.workshop.actor(actor)?.abbreviation ?? actor.rawValue) }
                out.append("    \(quote(nodeID(end))) [label=\(quote(label))];")
            }
            out.append("  }")
        }
        for handover in handovers {
            // A handover from or to a journey left out of the report still shows its far end.
            for end in [handover.from, handover.to] where declared.insert(nodeID(end)).inserted {
                out.append("  \(quote(nodeID(end))) [label=\(quote(report.endName(end)))];")
            }
            var attributes = ["label=\(quote(report.text(handover.what) + "\n" + handover.status.label(language)))"]
            if handover.status.isFailing {
                attributes += ["style=dashed", "color=red", "fontcolor=red", "penwidth=2"]
            } else if handover.status == .partly {
                attributes += ["color=orange"]
            }
            out.append("  \(quote(nodeID(handover.from))) -> \(quote(nodeID(handover.to))) [\(attributes.joined(separator: ", "))];")
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    private static func nodeID(_ end: HandoverEnd) -> String {
        "\(end.journey.rawValue)/\(end.step)/\(end.role)/\(end.actor?.rawValue ?? "")"
    }

    /// A DOT string: quotes and backslashes escaped, line breaks as \n.
    static func quote(_ text: String) -> String {
        var result = "\""
        for character in DisplayText.sanitized(text, keepNewlines: true) {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
