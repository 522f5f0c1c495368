import Foundation
import RollkartaModel
import WorkshopGenerator

// make-workshop ITEMS FILE: writes a generated workshop, for scripts/bench-compare.
let arguments = CommandLine.arguments
guard arguments.count == 3, let items = Int(arguments[1]) else {
    FileHandle.standardError.write(Data("usage: make-workshop ITEMS FILE\n".utf8))
    exit(2)
}
try WorkshopStore.save(WorkshopGenerator.make(items: items), to: arguments[2])
