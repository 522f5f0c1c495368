import Foundation
import RollkartaModel

// A test helper for the kill -9 loop (Tests/EndToEndTests/CrashSafetyTests): loads a
// workshop, then saves it again and again with a changing title until it is killed.
// Usage: SaveLoop FILE
let path = CommandLine.arguments[1]
var workshop = try WorkshopStore.load(path)
var round = 0
while true {
    round += 1
    workshop.title = "Sparning \(round)"
    try WorkshopStore.save(workshop, to: path)
}
