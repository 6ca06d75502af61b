import FuzzDriver
import RepayConfig
import RepayCore

/// The configuration reader on a whole file set: the input is cut at each line `%%%` into
/// `repayd.toml` and up to three files of `loans.d/`. It must give a configuration or
/// diagnostics, never trap or hang; a configuration it accepts has no error among them.
@main
enum FuzzConfiguration {
  static func main() { FuzzDriver.run(testOneInput) }
}

private let separator = Array("\n%%%\n".utf8)

/// The parts of `bytes` between separators, at most `limit` (the last keeps the rest).
private func files(_ bytes: [UInt8], limit: Int) -> [[UInt8]] {
  var parts: [[UInt8]] = []
  var start = 0
  var index = 0
  while index + separator.count <= bytes.count, parts.count < limit - 1 {
    if bytes[index..<index + separator.count].elementsEqual(separator) {
      parts.append(Array(bytes[start..<index]))
      index += separator.count
      start = index
    } else {
      index += 1
    }
  }
  parts.append(Array(bytes[start...]))
  return parts
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let parts = files(FuzzDriver.bytes(data, count), limit: 4)
  let sources = parts.enumerated().map { index, bytes in
    (
      path: index == 0 ? "/nonexistent/repayd/repayd.toml" : "/nonexistent/repayd/loans.d/\(index).toml",
      bytes: bytes
    )
  }
  let report = ConfigurationReader.read(
    sources, environment: ["TZ": "Asia/Shanghai", "HOME": "/nonexistent"], language: .english)
  if report.configuration != nil, report.diagnostics.contains(where: { $0.severity == .error }) {
    fatalError("a configuration was accepted with errors: \(report.diagnostics)")
  }
  return 0
}
