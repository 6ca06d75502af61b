import Foundation

/// The `control-probe` executable, built beside the tests.
enum ControlProbe {
  /// The binary: in the same build folder as the running test bundle.
  static let path = URL(
    fileURLWithPath: try! FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
  )
  .deletingLastPathComponent().appendingPathComponent("control-probe").path
}
