import Foundation
import RollkartaModel

// The kill -9 test's victim (Tests/EndToEndTests/CrashSafetyTests): loads a workshop, then
// saves it again and again, titled "LABEL/ROUND", until it is killed.
// Usage: SaveLoop FILE LABEL [PAUSE_ROUND PAUSE_STEP]
// With a pause, save PAUSE_ROUND stops at PAUSE_STEP (an AtomicFile.SaveStep), prints
// "inside ROUND STEP" and waits there, so that the test kills it inside the save for certain.
let arguments = CommandLine.arguments
let path = arguments[1], label = arguments[2]
let pauseRound = arguments.count > 4 ? Int(arguments[3]) : nil
let pauseStep = arguments.count > 4 ? AtomicFile.SaveStep(rawValue: arguments[4]) : nil
var workshop = try WorkshopStore.load(path)
var round = 0
while true {
    round += 1
    workshop.title = "\(label)/\(round)"
    let pausing = round == pauseRound
    let current = round
    let faults = AtomicFile.FaultInjection(reached: { step in
        guard pausing, step == pauseStep else { return }
        FileHandle.standardOutput.write(Data("inside \(current) \(step.rawValue)\n".utf8))
        sleep(30)  // killed long before
    })
    try WorkshopStore.save(workshop, to: path, faults: faults)
}
