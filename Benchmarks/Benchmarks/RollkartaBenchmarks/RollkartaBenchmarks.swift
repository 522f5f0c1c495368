import Benchmark
import Foundation
import RollkartaApp
import RollkartaModel
import WorkshopGenerator

/// Load (with validation), save, and one key press through update and render into a
/// 200x60 buffer, on generated workshops of 1k, 10k and 100k items; wall clock and peak memory.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident], warmupIterations: 2,
                                           maxDuration: .seconds(5), maxIterations: 200)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rollkarta-bench-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

    for items in [1_000, 10_000, 100_000] {
        let workshop = WorkshopGenerator.make(items: items)
        let path = "\(folder)/w\(items).rollkarta.json"
        try? WorkshopStore.save(workshop, to: path)
        let label = "\(items / 1000)k items"

        Benchmark("Load and validate, \(label)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try WorkshopStore.load(path))
            }
        }

        Benchmark("Save, \(label)") { benchmark in
            for _ in benchmark.scaledIterations {
                try WorkshopStore.save(workshop, to: path)
            }
        }

        // Arrow keys alternate so the selection keeps moving; each press is update + render.
        for (view, key) in [("map", Character("1")), ("role walk", Character("2")), ("gaps", Character("3")),
                            ("handovers", Character("4")), ("verification", Character("5")), ("summary", Character("6"))] {
            Benchmark("Key press to 200x60 buffer (\(view)), \(label)") { benchmark in
                var state = AppState(workshop: workshop, filePath: path, width: 200, height: 60)
                _ = update(&state, .key(.character(key)))
                blackHole(Screen.render(state))
                var down = true
                benchmark.startMeasurement()
                for _ in benchmark.scaledIterations {
                    _ = update(&state, .key(down ? .down : .up))
                    down.toggle()
                    blackHole(Screen.render(state))
                }
                // Freeing the state (and its cached maps) is the harness's, not a key press's.
                benchmark.stopMeasurement()
                withExtendedLifetime(state) {}
            }
        }
    }
}
