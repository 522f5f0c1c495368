import Benchmark
import Foundation
import RollkartaApp
import RollkartaModel
import WorkshopGenerator

/// Load (with validation) and save on generated workshops of 1k, 10k and 100k items and on each
/// file shape at 10k; one key press through update and render into a 200x60 buffer on every
/// screen, and one answer in the participant's verification walk; wall clock and peak memory.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident], warmupIterations: 2,
                                           maxDuration: .seconds(5), maxIterations: 200)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rollkarta-bench-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

    func loadAndSave(_ workshop: Workshop, _ label: String) {
        let path = "\(folder)/\(label.replacingOccurrences(of: " ", with: "-")).rollkarta.json"
        try? WorkshopStore.save(workshop, to: path)
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
    }

    for shape in WorkshopGenerator.Shape.allCases where shape != .mix {
        loadAndSave(WorkshopGenerator.make(items: 10_000, shape: shape), "10k items, \(shape.rawValue)")
    }

    for items in [1_000, 10_000, 100_000] {
        var workshop = WorkshopGenerator.make(items: items)
        let label = "\(items / 1000)k items"
        loadAndSave(workshop, label)
        // The screens of workshop 1, the follow-up, the start page and conflicts have items of their own.
        WorkshopGenerator.addWorkshopOneAndConflicts(to: &workshop, items: items)

        // Arrow keys alternate so the selection keeps moving; each press is update + render.
        let screens: [(String, Character)] = [
            ("start page", "0"), ("map", "1"), ("role walk", "2"), ("gaps", "3"), ("handovers", "4"),
            ("verification", "5"), ("summary", "6"), ("workshop 1", "7"), ("follow-up", "8"), ("conflicts", "K"),
        ]
        for (view, key) in screens {
            Benchmark("Key press to 200x60 buffer (\(view)), \(label)") { benchmark in
                var state = AppState(workshop: workshop, filePath: "generated.rollkarta.json", width: 200, height: 60)
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

        // One answer (Yes) in the walk over roles, gaps and handovers; the save reported written.
        Benchmark("Answer in the verification walk, \(label)") { benchmark in
            let file = ParticipantFile(for: workshop, organisation: "Organisation 1", initials: "AB", onBehalf: false,
                                       include: [.roles, .gaps, .handovers])
            var state = VerifyState(workshop: workshop, file: file, filePath: "answers.json", width: 200, height: 60)
            blackHole(VerifyScreen.render(state))
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                if updateVerify(&state, .key(.character("1"))).contains(.save) { _ = updateVerify(&state, .saved(.written)) }
                blackHole(VerifyScreen.render(state))
            }
            benchmark.stopMeasurement()
            withExtendedLifetime(state) {}
        }
    }
}
