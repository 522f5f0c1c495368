import Foundation
import RollkartaApp
import RollkartaModel
import WorkshopGenerator

// profile-keys ITEMS VIEW-KEY [PRESSES]: a generated workshop, the view chosen by its key
// ("1" map, "5" verification), then arrow presses through update and render into a 200x60
// buffer; prints the median per press. Run under `perf record` to see where a key goes.
let arguments = CommandLine.arguments
let workshop = WorkshopGenerator.make(items: Int(arguments[1])!)
let presses = arguments.count > 3 ? Int(arguments[3])! : 500
var state = AppState(workshop: workshop, filePath: "generated.rollkarta.json", width: 200, height: 60)
_ = update(&state, .key(.character(Character(arguments[2]))))
_ = Screen.render(state)
var samples: [Double] = []
for press in 0..<presses {
    let start = DispatchTime.now().uptimeNanoseconds
    _ = update(&state, .key(press % 2 == 0 ? .down : .up))
    _ = Screen.render(state)
    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3)
}
print("median per key press:", samples.sorted()[samples.count / 2], "µs")
