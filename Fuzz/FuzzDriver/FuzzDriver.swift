#if canImport(Glibc)
  import Glibc
#endif

/// libFuzzer's entry point for a program that has its own `main` (each fuzz target's `@main`,
/// which SwiftPM's link makes the program's `main`): parses libFuzzer's options and runs the
/// target's callback on each input it makes. In libFuzzer, linked by `-sanitize=fuzzer`.
@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// One fuzz target: `FuzzDriver.run(Target.testOneInput)` from the target's `main`.
///
/// Each target also exports its callback as `LLVMFuzzerTestOneInput` (`@_cdecl`), the name
/// libFuzzer's own `main` refers to; that `main` is linked in but never runs.
public enum FuzzDriver {
  /// Runs libFuzzer with the process's arguments (`-max_total_time=N CORPUS…`, or files to
  /// run once each) and exits with its status: 0 when no input failed.
  public static func run(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(llvmFuzzerRunDriver(&argc, &argv, callback))
  }

  /// The input's bytes (an empty input may come with a null pointer).
  public static func bytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
    guard let data, count > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: count))
  }
}
