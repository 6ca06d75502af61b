import FuzzDriver
import RepayConfig

/// The TOML reader on any bytes: it must return a document or a syntax error, never trap, hang
/// or leak (the address sanitizer watches memory).
@main
enum FuzzTOML {
  static func main() { FuzzDriver.run(testOneInput) }
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  _ = try? TOMLDocument(parsing: FuzzDriver.bytes(data, count), file: "fuzz.toml")
  return 0
}
