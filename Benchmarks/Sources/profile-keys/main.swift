import RollkartaApp
import RollkartaModel
import WorkshopGenerator
import Foundation
let workshop = WorkshopGenerator.make(items: Int(CommandLine.arguments[1])!)
var state = AppState(workshop: workshop, filePath: "x", width: 200, height: 60)
_ = update(&state, .key(.character(Character(CommandLine.arguments[2]))))
_ = Screen.render(state)
let start = Date()
for i in 0..<500 {
    _ = update(&state, .key(i % 2 == 0 ? .down : .up))
    _ = Screen.render(state)
}
print("per key ms", Date().timeIntervalSince(start) * 1000 / 500)
