import Foundation
import RollkartaApp
import RollkartaModel
import WorkshopGenerator

// profile-keys ITEMS SCREEN [PRESSES]: a generated workshop, the screen, then PRESSES key
// presses through update and render into a 200x60 buffer; prints the median per press.
// SCREEN is a view key ("0" start page, "1" map, "2" role walk, "3" gaps, "4" handovers,
// "5" verification, "6" summary, "7" workshop 1's organisations, "8" the follow-up, "K" merge
// conflicts), "3s" (gaps sorted by another column, filtered to one journey), "7p" (one
// organisation's page in workshop 1), "7r" (workshop 1's results), or "walk"
// (the participant's verification walk over roles, gaps and handovers, answering Yes with
// every press, its save reported written), or "edit" (on the map, `s` cycles the selected
// cell's status: a change to the workshop, its undo step and the redraw, the save not counted).
// Run under `perf record` to see where a key goes,
// or under callgrind (scripts/key-instructions) to count its instructions.
let arguments = CommandLine.arguments
let screen = arguments[2]
var workshop = WorkshopGenerator.make(items: Int(arguments[1])!)
if ["0", "7", "7p", "7r", "8", "K"].contains(screen) {
    WorkshopGenerator.addWorkshopOneAndConflicts(to: &workshop, items: Int(arguments[1])!)
}
let presses = arguments.count > 3 ? Int(arguments[3])! : 500

func measure(_ press: (Int) -> Void) {
    var samples: [Double] = []
    for index in 0..<presses {
        let start = DispatchTime.now().uptimeNanoseconds
        press(index)
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3)
    }
    print("median per key press:", samples.sorted()[samples.count / 2], "µs")
}

if screen == "walk" {
    let file = ParticipantFile(for: workshop, organisation: "Organisation 1", initials: "AB", onBehalf: false,
                               include: [.roles, .gaps, .handovers])
    var state = VerifyState(workshop: workshop, file: file, filePath: "answers.json", width: 200, height: 60)
    _ = VerifyScreen.render(state)
    measure { _ in
        if updateVerify(&state, .key(.character("1"))).contains(.save) { _ = updateVerify(&state, .saved(.written)) }
        _ = VerifyScreen.render(state)
    }
} else if screen == "edit" {
    var state = AppState(workshop: workshop, filePath: "generated.rollkarta.json", width: 200, height: 60)
    _ = Screen.render(state)
    measure { _ in
        _ = update(&state, .key(.character("s")))
        _ = Screen.render(state)
    }
} else {
    var state = AppState(workshop: workshop, filePath: "generated.rollkarta.json", width: 200, height: 60)
    _ = update(&state, .key(.character(screen.first!)))
    if screen == "7p" { _ = update(&state, .key(.enter)) }
    if screen == "7r" { _ = update(&state, .key(.character("r"))) }
    if screen == "3s" {
        state.gapsView.filter.journey = .adult  // as the filter form would set it
        _ = update(&state, .key(.character("s")))
    }
    _ = Screen.render(state)
    measure { index in
        _ = update(&state, .key(index % 2 == 0 ? .down : .up))
        _ = Screen.render(state)
    }
}
