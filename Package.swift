// swift-tools-version: 6.1
// repayd: a repayment-reminder daemon for Linux. See docs/architecture.md for the module graph
// and the reason behind each dependency.

import PackageDescription

// What repayd links, and so what repay-idle (its baseline for idle memory) links too.
let daemonDependencies: [Target.Dependency] = [
  "ControlInterface",
  "RepayCore",
  "RepayConfig",
  "RepayControl",
  "RepayStore",
  "RepayDelivery",
  "RepayDaemon",
  "Systemd",
  .product(name: "ArgumentParser", package: "swift-argument-parser"),
  .product(name: "Logging", package: "swift-log"),
  .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
  .product(name: "UnixSignals", package: "swift-service-lifecycle"),
]

let package = Package(
  name: "repayd",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "repayctl", targets: ["repayctl"]),
    .executable(name: "repayctl-commands", targets: ["repayctl-commands"]),
    .executable(name: "repay-bench", targets: ["repay-bench"]),
    .executable(name: "repayd", targets: ["repayd"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
  ],
  targets: [
    // Pure domain code: no I/O, no clock, no globals. The daemon's timer state keeps its notices
    // on the (equally pure) timing wheel.
    .target(name: "RepayCore", dependencies: ["TimerWheel"]),
    // The hierarchical timing wheel: a plain data structure over integer ticks; reads no clock.
    .target(name: "TimerWheel"),
    // JSON read with the standard library alone: a strict parser that keeps each value's text, for
    // repayctl's status front, which must start without Foundation.
    .target(name: "PlainJSON"),
    // Our TOML 1.0 reader with source positions, and (later) the mapping to the core model.
    .target(name: "RepayConfig", dependencies: ["RepayCore"]),
    // The state database (SQLite through GRDB): the only code that touches SQLite.
    .target(name: "RepayStore", dependencies: ["RepayCore", .product(name: "GRDB", package: "GRDB.swift")]),
    // libsystemd's headers and what Swift's Glibc module lacks (timerfd, struct ucred), linked
    // against libsystemd; only `Systemd` imports it.
    .target(name: "CSystemd", linkerSettings: [.linkedLibrary("systemd")]),
    // The one gate to libsystemd: the journal, sd_notify, the watchdog, the session bus (sd-bus)
    // and the desktop's notification server; errors name the call.
    .target(name: "Systemd", dependencies: ["CSystemd"]),
    // glibc's mallopt for repayctl-commands (Swift's Glibc module lacks it), without libsystemd:
    // a header only.
    .systemLibrary(name: "CHeap"),
    // The sinks a delivered notice goes to (the journal, standard error, the desktop's
    // notification server) and the delivery queue that keeps them off the timer's path; the
    // daemon's own log through swift-log.
    .target(
      name: "RepayDelivery",
      dependencies: ["RepayCore", "Systemd", .product(name: "Logging", package: "swift-log")]
    ),
    // The records, calls and replies of the `io.repayd.Control` interface, the socket's address,
    // Varlink's framing and a blocking client socket, in the standard library alone: what both
    // sides share, and all that repayctl's status front needs of the interface (it starts
    // without Foundation or SwiftNIO).
    .target(name: "ControlInterface", dependencies: ["RepayCore"]),
    // The control socket: the Varlink protocol, the `io.repayd.Control` interface's definition
    // (its one `.varlink` file embedded in the code, served as it is) and errors, the server on
    // SwiftNIO and the client repayctl uses.
    .target(
      name: "RepayControl",
      dependencies: [
        "ControlInterface",
        "RepayCore",
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      ],
      resources: [
        .embedInCode("Interface/io.repayd.Control.varlink"),
        .embedInCode("Varlink/org.varlink.service.varlink"),
      ]
    ),
    // What repayctl shows people, in the standard library alone: tables fitted to the terminal,
    // amounts, local and relative times, emphasis, the user's language; shared by repayctl and
    // its status front, which starts without Foundation.
    .target(name: "RepayDisplay", dependencies: ["ControlInterface", "RepayConfig", "RepayCore"]),
    // The daemon's engine: the one state owner (ReminderService) and its planner, the wall-clock
    // timer, the clock-change watch, the one reader of the clock.
    .target(
      name: "RepayDaemon",
      dependencies: [
        "ControlInterface",
        "RepayCore",
        "RepayConfig",
        "RepayControl",
        "RepayStore",
        "RepayDelivery",
        "Systemd",
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "UnixSignals", package: "swift-service-lifecycle"),
      ]
    ),
    // The daemon executable: the command line and the start-up story.
    .executableTarget(
      name: "repayd",
      dependencies: daemonDependencies
    ),
    // repayctl's front: answers `repayctl status` with the standard library alone and hands every
    // other command line to repayctl-commands (see docs/architecture.md).
    .executableTarget(
      name: "repayctl",
      dependencies: ["ControlInterface", "PlainJSON", "RepayDisplay"]
    ),
    // The full control CLI: every command on swift-argument-parser, the daemon's client, and the
    // state store for `repayctl backup`.
    .executableTarget(
      name: "repayctl-commands",
      dependencies: [
        "CHeap",
        "ControlInterface",
        "RepayDisplay",
        "RepayCore",
        "RepayConfig",
        "RepayControl",
        "RepayStore",
        // repayd's instance lock, which `restore` takes so that no repayd runs meanwhile.
        "Systemd",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // The example configurations for `repayctl init`: links to config/*.toml, compiled in, so
      // that an installed repayctl needs nothing beside it.
      resources: [
        .embedInCode("Examples/repayd.toml"),
        .embedInCode("Examples/repayd.zh-Hans.toml"),
      ]
    ),
    // Benchmarks, run in release builds; figures go to docs/performance.md.
    .executableTarget(
      name: "repay-bench",
      dependencies: [
        "BenchmarkReport",
        "ControlInterface",
        "RepayCore",
        "RepayConfig",
        "RepayControl",
        "RepayDaemon",
        "RepayStore",
        "Systemd",
        "TimerWheel",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What `repay-bench all` reports (measures, one table, one JSON) and the scale goals: pure.
    .target(name: "BenchmarkReport"),
    // The baseline of `repay-bench daemon` for idle memory: links what repayd links, does nothing.
    .executableTarget(
      name: "repay-idle",
      dependencies: daemonDependencies
    ),

    // The baseline of `repay-bench ctl` for repayctl's whole-process time: prints a line, nothing
    // else, built the same way as repayctl.
    .executableTarget(name: "repay-minimal"),

    // What several test targets share: running the real tools as child processes.
    .target(name: "RepayTestSupport", dependencies: ["Systemd"], path: "Tests/RepayTestSupport"),
    // A child process for the notifier tests: sd_notify and sd_watchdog_enabled read the
    // environment, which a test cannot change in its own (multi-threaded) process.
    .executableTarget(name: "systemd-probe", dependencies: ["Systemd"], path: "Tests/SystemdProbe"),
    // A child process for the hook sink's memory test, whose peak memory is the sink's alone.
    .executableTarget(
      name: "hook-probe",
      dependencies: ["RepayDelivery", "RepayCore", .product(name: "Logging", package: "swift-log")],
      path: "Tests/HookProbe"
    ),
    // A child process for the control socket's tests: a server under systemd-socket-activate, and a
    // client run as another user (setpriv), which the test process itself cannot become.
    .executableTarget(
      name: "control-probe",
      dependencies: ["ControlInterface", "RepayControl", "RepayControlTestSupport"],
      path: "Tests/ControlProbe"
    ),
    // The control tests' handler, shared by the tests and the probe.
    .target(
      name: "RepayControlTestSupport", dependencies: ["ControlInterface", "RepayControl"],
      path: "Tests/RepayControlTestSupport"),
    // What the configuration's tests and the core's tests that read a configuration or the
    // system's zones share: a configuration in a temporary folder, the tz database and zdump.
    .target(
      name: "RepayConfigTestSupport", dependencies: ["RepayConfig", "RepayCore"],
      path: "Tests/RepayConfigTestSupport"),

    .testTarget(name: "BenchmarkReportTests", dependencies: ["BenchmarkReport"]),
    // The core's types; those a configuration describes (the schedule, the agenda) and the zones
    // and calendar held to zdump and systemd-analyze read it through the real reader.
    .testTarget(
      name: "RepayCoreTests",
      dependencies: ["RepayCore", "RepayConfig", "RepayConfigTestSupport", "RepayTestSupport"]),
    .testTarget(
      name: "RepayDisplayTests",
      dependencies: ["RepayDisplay", "RepayConfig", "RepayCore", "RepayTestSupport"]),
    // The framing and the blocking socket, on real Unix sockets.
    .testTarget(name: "ControlInterfaceTests", dependencies: ["ControlInterface", "RepayTestSupport"]),
    // Runs the server on real sockets (with a test handler), socket activation and Python's
    // varlink client, and repayctl's dossier bundle against it; depends on the probe and repayctl
    // to have them built.
    .testTarget(
      name: "RepayControlTests",
      dependencies: [
        "ControlInterface", "RepayControl", "RepayControlTestSupport", "RepayCore", "RepayTestSupport",
        "control-probe", "repayctl", "repayctl-commands",
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOEmbedded", package: "swift-nio"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      ]
    ),
    .testTarget(
      name: "PlainJSONTests",
      dependencies: ["PlainJSON"]
    ),
    .testTarget(
      name: "TimerWheelTests",
      dependencies: [
        "TimerWheel",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "RepayConfigTests",
      dependencies: [
        "RepayConfig",
        "RepayConfigTestSupport",
        "RepayTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    // Reads its fixture (a state file the released repayd wrote) from the source folder.
    .testTarget(
      name: "RepayStoreTests",
      dependencies: [
        "RepayStore", "RepayCore", "RepayTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
      ],
      exclude: ["Fixtures"]
    ),
    // Talks to a real journald, a real notify socket, and a real session bus with a real
    // notification server; depends on the probe to have it built.
    .testTarget(name: "SystemdTests", dependencies: ["Systemd", "systemd-probe", "RepayTestSupport"]),
    // The sinks, the desktop's against a real session bus with a real notification server.
    .testTarget(
      name: "RepayDeliveryTests",
      dependencies: [
        "RepayDelivery",
        "RepayCore",
        "Systemd",
        "RepayTestSupport",
        "hook-probe",
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .testTarget(
      name: "RepayDaemonTests",
      dependencies: [
        "ControlInterface", "RepayDaemon", "RepayConfig", "RepayControl", "RepayCore", "RepayStore",
        "RepayDelivery", "RepayTestSupport",
      ]
    ),
    // Runs the real repayd binary against a real journald, and scripts/install with the built
    // repayd and repayctl; depends on both executables to have them built, and on the control
    // probe to call the daemon as another user.
    .testTarget(
      name: "repaydTests",
      dependencies: [
        "repayd", "repayctl", "repayctl-commands", "control-probe", "ControlInterface", "RepayConfig",
        "RepayControl",
        "RepayControlTestSupport",
        "RepayCore", "RepayTestSupport",
      ]
    ),
    // Runs the real repayctl binaries, also against the real repayd on a real socket, so it depends
    // on the executables to have them built; reads the front's status reply against JSONDecoder.
    // The expected screens of its terminal test are read from the source folder.
    .testTarget(
      name: "repayctlTests",
      dependencies: [
        "repayctl", "repayctl-commands", "repayd", "ControlInterface", "PlainJSON", "RepayCore",
        "RepayDisplay", "RepayTestSupport",
        "Systemd", .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Screens"]),
    // The pure parts of `repay-bench remind`, and the comparison itself on a small household
    // through the real repayctl and the real remind.
    .testTarget(
      name: "repay-benchTests",
      dependencies: ["repay-bench", "repayctl", "repayctl-commands", "RepayCore"]),
  ],
  swiftLanguageModes: [.v6]
)

// The libFuzzer targets (Fuzz/, docs/reliability.md), only for `scripts/fuzz`: it sets
// REPAYD_FUZZ=1 and builds them in their own folder with `-sanitize=fuzzer,address`, which every
// module they link is then compiled with. The ordinary build and the tests never see them.
if Context.environment["REPAYD_FUZZ"] == "1" {
  // libFuzzer's driver behind each target's entry point.
  package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/FuzzDriver"))
  let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
    ("fuzz-toml", ["RepayConfig"]),
    ("fuzz-configuration", ["RepayConfig", "RepayCore"]),
    ("fuzz-calendar", ["RepayConfig", "RepayCore"]),
    (
      "fuzz-varlink",
      [
        "ControlInterface", "PlainJSON", "RepayControl", "RepayControlTestSupport",
        .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOEmbedded", package: "swift-nio"),
      ]
    ),
    ("fuzz-json", ["PlainJSON"]),
    ("fuzz-holidays", ["RepayConfig", "RepayCore"]),
    ("fuzz-tzif", ["RepayCore"]),
  ]
  for target in fuzzTargets {
    package.targets.append(
      .executableTarget(
        name: target.name, dependencies: ["FuzzDriver"] + target.dependencies, path: "Fuzz/\(target.name)"))
  }
}
