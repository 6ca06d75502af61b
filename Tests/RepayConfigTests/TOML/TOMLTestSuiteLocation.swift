import Foundation

/// Where the official toml-test suite is: `$REPAYD_TOML_TEST_DIR`, or `../shared/toml-test`
/// beside the package (where CI and every engineer's machine have it). The suite is read in
/// place, never copied into the repository.
enum TOMLTestSuiteLocation {
  /// The suite's root folder (the one holding `tests/`), or nil when it is absent.
  static let root: URL? = {
    let packageRoot = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // TOML
      .deletingLastPathComponent()  // RepayConfigTests
      .deletingLastPathComponent()  // Tests
      .deletingLastPathComponent()
    let candidate =
      ProcessInfo.processInfo.environment["REPAYD_TOML_TEST_DIR"].map { URL(fileURLWithPath: $0) }
      ?? packageRoot.appendingPathComponent("../shared/toml-test").standardizedFileURL
    let list = candidate.appendingPathComponent("tests/files-toml-1.0.0").path
    guard FileManager.default.fileExists(atPath: list) else {
      FileHandle.standardError.write(
        Data(
          """
          ********************************************************************************
          SKIPPED: the toml-test suite is not at \(candidate.path).
          The TOML 1.0 conformance tests did not run. Set REPAYD_TOML_TEST_DIR to the
          folder that holds tests/files-toml-1.0.0 to run them.
          ********************************************************************************

          """.utf8))
      return nil
    }
    return candidate
  }()

  /// The TOML 1.0 cases the suite lists, as paths relative to `tests/` without extension,
  /// split into the valid and the invalid ones.
  static let cases: (valid: [String], invalid: [String]) = {
    guard let root,
      let list = try? String(
        contentsOf: root.appendingPathComponent("tests/files-toml-1.0.0"), encoding: .utf8)
    else { return ([], []) }
    let tomlFiles = list.split(separator: "\n").map(String.init).filter { $0.hasSuffix(".toml") }
    let names = tomlFiles.map { String($0.dropLast(".toml".count)) }
    return (names.filter { $0.hasPrefix("valid/") }, names.filter { $0.hasPrefix("invalid/") })
  }()

  /// The bytes of `tests/NAME.EXTENSION`.
  static func contents(of name: String, extension pathExtension: String) throws -> Data {
    try Data(contentsOf: root!.appendingPathComponent("tests/\(name).\(pathExtension)"))
  }
}
