import FuzzDriver
import PlainJSON

/// The plain JSON reader (repayctl's status front reads the daemon's replies with it) on any
/// bytes: a value or an error, never a trap or a hang.
@main
enum FuzzJSON {
  static func main() { FuzzDriver.run(testOneInput) }
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  _ = try? JSONReader.read(FuzzDriver.bytes(data, count))
  return 0
}
