import Foundation
import RollkartaModel

// stage-times FILE [RUNS]: the median time of each stage of loading, summarising and saving a
// workshop, in milliseconds, one "stage ms" line each (scripts/bench-compare reads "save").
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: stage-times FILE [RUNS]\n".utf8))
    exit(2)
}
let path = arguments[1]
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
let copy = path + ".stage-times.json"
var samples: [(String, [Double])] = []

@MainActor func time<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    if let index = samples.firstIndex(where: { $0.0 == label }) { samples[index].1.append(milliseconds) }
    else { samples.append((label, [milliseconds])) }
    return result
}

for _ in 0..<runs {
    _ = try time("read") { try AtomicFile.read(path) }
    let workshop = try time("load") { try WorkshopStore.load(path) }
    _ = time("summary") { Summary(workshop) }
    _ = time("checks") { Check.run(workshop) }
    _ = time("verification") { VerificationResults(workshop) }
    let encoded = time("encode") { WorkshopCodec.encode(workshop) }
    // Foundation's encoder, the reference: the same bytes, and how much longer it takes.
    let reference = time("encode-foundation") { WorkshopCodec.foundationEncode(workshop) }
    guard encoded == reference else {
        FileHandle.standardError.write(Data("stage-times: the encoder's bytes differ from Foundation's\n".utf8))
        exit(1)
    }
    try time("save") { try WorkshopStore.save(workshop, to: copy) }
    // As the app saves: the lock and the outside-change check first, the fingerprint after.
    try time("save-checked") {
        _ = FileLock.otherHolder(copy)
        _ = FileFingerprint.of(copy)
        try WorkshopStore.save(workshop, to: copy)
        _ = FileFingerprint.of(copy)
    }
}
try? FileManager.default.removeItem(atPath: copy)
try? FileManager.default.removeItem(atPath: copy + ".bak")
for (label, values) in samples {
    let sorted = values.sorted()
    print(label, String(format: "%.1f", sorted[sorted.count / 2]), "ms")
}
