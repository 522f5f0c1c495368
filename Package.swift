// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way: rollkarta -> RollkartaTerminal -> RollkartaApp -> RollkartaModel -> RollkartaJSON.
let package = Package(
    name: "Rollkarta",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rollkarta", targets: ["rollkarta"]),
        .library(name: "RollkartaModel", targets: ["RollkartaModel"]),
        .library(name: "RollkartaApp", targets: ["RollkartaApp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Exports: an HTML DSL that escapes all text, and an RFC 4180 CSV writer.
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // Distinct id types (a gap's id is not an actor's), at no cost at run time.
        .package(url: "https://github.com/pointfreeco/swift-tagged", from: "0.10.0"),
        // Imports: spreadsheets (.xlsx are zip archives) from survey tools and managers.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Turns the files of the top-level data/ folder into Swift source at build time,
        // so the binary carries its catalog and example wherever it is copied.
        .executableTarget(name: "EmbedData", path: "Sources/EmbedData"),
        .plugin(name: "EmbedDataPlugin", capability: .buildTool(), dependencies: ["EmbedData"],
                path: "Plugins/EmbedData"),

        // The JSON the documents are written in: a strict scanner with line and column, a tape,
        // the decoder and the deterministic encoder. Knows nothing of workshops.
        .target(name: "RollkartaJSON"),
        .target(name: "RollkartaModel", dependencies: ["RollkartaJSON", .product(name: "Tagged", package: "swift-tagged")],
                plugins: ["EmbedDataPlugin"]),
        .target(name: "RollkartaApp", dependencies: ["RollkartaModel"]),
        .target(name: "RollkartaExport", dependencies: [
            "RollkartaModel",
            .product(name: "Plot", package: "Plot"),
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Survey answers and spreadsheets in: CSV and XLSX read into rows, then checked and
        // applied to a workshop all or nothing.
        .target(name: "RollkartaImport", dependencies: [
            "RollkartaModel",
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw",
                       providers: [.apt(["libncurses-dev"])]),
        .target(name: "RollkartaTerminal", dependencies: ["RollkartaApp", "CNcursesw"]),
        // glibc's mallopt, which Swift's Glibc module leaves out.
        .systemLibrary(name: "CMalloc"),
        .executableTarget(name: "rollkarta", dependencies: [
            "RollkartaModel", "RollkartaApp", "RollkartaTerminal", "RollkartaExport", "RollkartaImport",
            .target(name: "CMalloc", condition: .when(platforms: [.linux])),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "RollkartaJSONTests", dependencies: ["RollkartaJSON", "RollkartaModel"]),
        .testTarget(name: "RollkartaModelTests", dependencies: ["RollkartaModel", "RollkartaJSON"], exclude: ["schema1-example.rollkarta.json"]),
        .testTarget(name: "RollkartaAppTests", dependencies: ["RollkartaApp"], exclude: ["Golden"]),
        // ncurses key codes to the app's keys, without a terminal.
        .testTarget(name: "RollkartaTerminalTests", dependencies: ["RollkartaTerminal"]),
        .testTarget(name: "RollkartaExportTests", dependencies: ["RollkartaExport"],
                    exclude: ["Golden"]),
        .testTarget(name: "RollkartaImportTests", dependencies: [
            "RollkartaImport", "RollkartaExport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Saves in a loop until killed: the kill -9 test's victim.
        .executableTarget(name: "SaveLoop", dependencies: ["RollkartaModel"], path: "Tests/SaveLoop"),
        .testTarget(name: "EndToEndTests", dependencies: ["RollkartaModel", "rollkarta", "SaveLoop"]),
    ]
)
