import Foundation
import RepayConfig
import RepayCore

/// A configuration written into a fresh temporary directory, so that holiday files and hook
/// commands are real files, read through `ConfigurationReader` as `repayctl check` reads it.
///
/// Lines may mark the place a diagnostic must point at with `⟨` just before it; the marker is
/// taken out of the file, and `expected(...)` turns it into `FILE:LINE:COLUMN`.
public final class ConfigurationFixture {
  /// The directory; removed by `remove()`.
  public let directory: URL
  private var markers: [String: SourceLocation] = [:]

  /// An empty directory.
  public init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayd-config-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  /// The path of `name` inside the directory.
  public func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  /// Writes `text` to `name` (markers removed; a marker `⟨k⟩` with a name `k` may be used when
  /// one file holds several), creating directories as needed.
  public func write(_ name: String, _ text: String) throws {
    var clean = ""
    // Split by scalars: "\r\n" is one Character, and iCalendar files end lines with it.
    for (number, line) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      var scalars = Array(line)
      while let index = scalars.firstIndex(of: "⟨") {
        let close = scalars[index...].firstIndex(of: "⟩")
        let label = close.map { String(String.UnicodeScalarView(scalars[(index + 1)..<$0])) } ?? ""
        scalars.removeSubrange(index...(close ?? index))
        markers[label] = SourceLocation(file: path(name), line: number + 1, column: index + 1)
      }
      clean += String(String.UnicodeScalarView(scalars)) + "\n"
    }
    clean.removeLast()
    let url = directory.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(clean.utf8).write(to: url)
  }

  /// `LOCATION: error: MESSAGE` at the marker `label`.
  public func expected(_ label: String = "", _ message: String, severity: Diagnostic.Severity = .error)
    -> String
  {
    Diagnostic(severity, at: markers[label]!, message).description
  }

  /// Every diagnostic of the configuration at `name` (a file or this directory when nil).
  public func check(_ name: String? = nil, language: Language = .english) -> [String] {
    read(name, language: language).diagnostics.map(\.description)
  }

  /// The report of the configuration at `name` (a file or this directory when nil), read in
  /// the test's environment with `TZ=Asia/Shanghai` and `extra` added.
  public func read(
    _ name: String? = nil, language: Language = .english, environment extra: [String: String] = [:]
  )
    -> ConfigurationReport
  {
    var environment = ProcessInfo.processInfo.environment
    environment["TZ"] = "Asia/Shanghai"
    environment.merge(extra) { _, new in new }
    return ConfigurationReader.read(
      configPath: name.map(path) ?? directory.path, environment: environment, language: language)
  }

  /// Deletes the directory.
  public func remove() {
    try? FileManager.default.removeItem(at: directory)
  }
}
