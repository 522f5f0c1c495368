import Foundation
import RollkartaModel

// profile-load FILE: times each stage of loading and summarising a workshop.
func time<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
    let start = Date()
    let result = try body()
    print(label, String(format: "%.1f ms", Date().timeIntervalSince(start) * 1000))
    return result
}
let path = CommandLine.arguments[1]
let data = try time("read") { try AtomicFile.read(path) }
_ = try time("load (all of it)") { try WorkshopStore.load(path) }
let workshop = try time("decode") { try JSONDecoder().decode(Workshop.self, from: data) }
_ = time("validate") { Validation.check(workshop) }
_ = time("summary") { Summary(workshop) }
_ = time("verification") { VerificationResults(workshop) }
_ = time("checks") { Check.run(workshop) }
_ = time("checks again") { Check.run(workshop) }
_ = time("held cells") { workshop.heldCells }
_ = time("personal numbers") { PersonalNumber.findAll(in: workshop) }
_ = time("encode") { WorkshopCodec.encode(workshop) }
_ = try time("save") { try WorkshopStore.save(workshop, to: path + ".copy.json") }
