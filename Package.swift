// swift-tools-version: 6.0
import PackageDescription

/// Settings every target shares: Swift 6 language mode plus the strictest checks
/// that the toolchain offers without third-party tooling.
let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "DisclosureKit",
  products: [
    .library(name: "DisclosureKit", targets: ["DisclosureKit"]),
    .library(name: "DisclosureModel", targets: ["DisclosureModel"]),
    .library(name: "TabSeparatedLayout", targets: ["TabSeparatedLayout"]),
    .library(name: "MarkdownLayout", targets: ["MarkdownLayout"]),
    .library(name: "CellPerLineLayout", targets: ["CellPerLineLayout"]),
    .library(name: "DisclosureSynthesis", targets: ["DisclosureSynthesis"]),
    .executable(name: "disclosure", targets: ["disclosure"]),
    .executable(name: "disclosure-bench", targets: ["disclosure-bench"]),
  ],
  targets: [
    .target(name: "DisclosureModel", swiftSettings: strictSettings),
    .target(name: "TabSeparatedLayout", dependencies: ["DisclosureModel"], swiftSettings: strictSettings),
    .target(name: "MarkdownLayout", dependencies: ["DisclosureModel"], swiftSettings: strictSettings),
    .target(name: "CellPerLineLayout", dependencies: ["DisclosureModel"], swiftSettings: strictSettings),
    .target(
      name: "DisclosureKit",
      dependencies: ["DisclosureModel", "TabSeparatedLayout", "MarkdownLayout", "CellPerLineLayout"],
      swiftSettings: strictSettings
    ),
    .target(name: "DisclosureSynthesis", dependencies: ["DisclosureModel"], swiftSettings: strictSettings),
    .executableTarget(name: "disclosure", dependencies: ["DisclosureKit"], swiftSettings: strictSettings),
    .executableTarget(
      name: "disclosure-bench",
      dependencies: ["DisclosureKit", "DisclosureSynthesis"],
      path: "Benchmarks/disclosure-bench",
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "DisclosureModelTests",
      dependencies: ["DisclosureModel", "DisclosureSynthesis"],
      resources: [.copy("Resources")],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AdapterTests",
      dependencies: ["DisclosureKit"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "DisclosureKitTests",
      dependencies: ["DisclosureKit", "DisclosureSynthesis"],
      resources: [.copy("Fixtures")],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "DisclosureSynthesisTests",
      dependencies: ["DisclosureKit", "DisclosureSynthesis"],
      swiftSettings: strictSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
