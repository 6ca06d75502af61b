import Foundation

/// The programs `repay-bench daemon` runs, found beside `repay-bench` in its build folder: build
/// them in the same configuration, so that the comparison is between like builds.
struct DaemonBinaries {
  /// The daemon under test.
  let repayd: String
  /// The idle program that links what repayd links (Sources/repay-idle).
  let repayIdle: String
  /// This benchmark's own binary, which runs the ticking wheel as a child.
  let repayBench: String

  /// Looks for the programs beside this one; throws naming the build command when one is missing.
  init() throws {
    let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let folder = own.deletingLastPathComponent().path
    repayd = folder + "/repayd"
    repayIdle = folder + "/repay-idle"
    repayBench = own.path
    for path in [repayd, repayIdle] where !FileManager.default.isExecutableFile(atPath: path) {
      throw ValidationFailure(
        "\(path) is missing: build it beside repay-bench, e.g. swift build -c release --product "
          + URL(fileURLWithPath: path).lastPathComponent)
    }
  }
}
