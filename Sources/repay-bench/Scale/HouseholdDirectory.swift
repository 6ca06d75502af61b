import Foundation

/// The daemon benchmark's household (`IdleHousehold`: the generated loans, in the zone that keeps
/// every notice hours away) written as a configuration directory, `repayd.toml` with the
/// settings and `loans.d/` with the loans, `loansPerFile` a file: repayd reads no file larger
/// than 16 MiB, and 100,000 generated loans are 31 MB of TOML (a file of 10,000 is 3 MB).
struct HouseholdDirectory {
  /// The directory, for `--config`.
  let path: String
  /// Its files, as repayd reads them: `repayd.toml`, then `loans.d/*.toml` in lexical order.
  let files: [(name: String, bytes: [UInt8])]

  /// Writes `loans` loans into `path` (created).
  init(loans: Int, path: String, loansPerFile: Int = 10_000) throws {
    let text = Array(GeneratedHousehold(loans: loans, timezone: IdleHousehold.zoneNow()).toml.utf8)
    let marker = Array("[[loan]]\n".utf8)
    // Where each loan's block starts: a line that is exactly the marker.
    var starts: [Int] = []
    starts.reserveCapacity(loans)
    var index = 0
    while index + marker.count <= text.count {
      if (index == 0 || text[index - 1] == UInt8(ascii: "\n")) && text[index] == UInt8(ascii: "[")
        && text[index..<index + marker.count].elementsEqual(marker)
      {
        starts.append(index)
        index += marker.count
      } else {
        index += 1
      }
    }
    var files = [("repayd.toml", Array(text[..<(starts.first ?? text.count)]))]
    for first in stride(from: 0, to: starts.count, by: loansPerFile) {
      let end = first + loansPerFile < starts.count ? starts[first + loansPerFile] : text.count
      files.append(
        (String(format: "loans.d/%06d.toml", first / loansPerFile), Array(text[starts[first]..<end])))
    }
    try FileManager.default.createDirectory(atPath: path + "/loans.d", withIntermediateDirectories: true)
    for (name, bytes) in files {
      try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
    }
    self.path = path
    self.files = files
  }
}
