import Foundation
import RollkartaModel
import WorkshopGenerator

// make-workshop ITEMS FILE [SHAPE]: writes a generated workshop, for scripts/bench-compare.
// SHAPE: mix (default), gaps, handovers, answers, crowded-cells.
let arguments = CommandLine.arguments
guard arguments.count >= 3, let items = Int(arguments[1]),
      let shape = arguments.count > 3 ? WorkshopGenerator.Shape(rawValue: arguments[3]) : .mix else {
    FileHandle.standardError.write(Data("usage: make-workshop ITEMS FILE [mix|gaps|handovers|answers|crowded-cells]\n".utf8))
    exit(2)
}
try WorkshopStore.save(WorkshopGenerator.make(items: items, shape: shape), to: arguments[2])
