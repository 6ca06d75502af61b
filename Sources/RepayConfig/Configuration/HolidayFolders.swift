#if canImport(Glibc)
  import Glibc
#endif

/// Where holiday calendars named in `[daemon].holidays` (such as `cn`) are found, in the order
/// they are searched: `$XDG_DATA_HOME/repayd/holidays` (`~/.local/share`, where `scripts/install`
/// puts them), each of `$XDG_DATA_DIRS` (`/usr/local/share:/usr/share`, where the package puts
/// them) with `/repayd/holidays`, and, for a program run from a build folder (`.build/…`), the
/// source tree's `seeds/holidays`.
public struct HolidayFolders: Sendable, Hashable {
  /// The folders, in the order searched; the source tree's only when it exists.
  public var paths: [String]

  /// Folders given as they are.
  public init(paths: [String]) {
    self.paths = paths
  }

  /// The folders for `environment` (`XDG_DATA_HOME`, `XDG_DATA_DIRS`, `HOME`) and a program at
  /// `executable` (nil: none from a build folder), as the XDG base directory specification says:
  /// a relative entry is ignored, and an unset or empty variable means its default.
  public static func standard(environment: [String: String], executable: String?) -> HolidayFolders {
    let bases =
      [XDGBaseDirectories.dataHome(environment: environment)].compactMap { $0 }
      + XDGBaseDirectories.dataDirectories(environment: environment)
    var paths = bases.map { $0 + "/repayd/holidays" }
    if let seeds = executable.flatMap(sourceTreeSeeds) { paths.append(seeds) }
    return HolidayFolders(paths: paths)
  }

  /// `seeds/holidays` of the source tree whose `.build` folder holds `executable`, when it
  /// exists. The whole path is looked at, because the kernel names `.build/debug/repayd` by the
  /// folder that link points to, `.build/x86_64-unknown-linux-gnu/debug`.
  static func sourceTreeSeeds(of executable: String) -> String? {
    let components = executable.split(separator: "/", omittingEmptySubsequences: false)
    guard let build = components.lastIndex(of: ".build"), build > 0 else { return nil }
    let seeds = components[..<build].joined(separator: "/") + "/seeds/holidays"
    var status = stat()
    guard stat(seeds, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return nil }
    return seeds
  }

  /// Whether `entry` of `[daemon].holidays` names a calendar rather than a file: it has no `/`
  /// and does not end in `.ics` or `.txt`.
  public static func isName(_ entry: String) -> Bool {
    !entry.contains("/") && !entry.hasSuffix(".ics") && !entry.hasSuffix(".txt")
  }

  /// The files of the calendar `name`, one a year in the order of the years: for each year the
  /// first folder that has it, and there `NAME-YYYY.txt` rather than `NAME-YYYY.ics` (the two
  /// hold the same days). Empty when no folder has a year of it.
  public func files(of name: String) -> [String] {
    var chosen: [Int: String] = [:]
    for folder in paths {
      var found: [Int: String] = [:]
      for entry in Self.entries(of: folder) where entry.name == name {
        if found[entry.year] == nil || entry.file.hasSuffix(".txt") {
          found[entry.year] = folder + "/" + entry.file
        }
      }
      chosen.merge(found) { first, _ in first }
    }
    return chosen.keys.sorted().map { chosen[$0]! }
  }

  /// The names of every calendar in the folders, sorted, each once.
  public func names() -> [String] {
    Set(paths.flatMap { Self.entries(of: $0).map(\.name) }).sorted()
  }

  /// The calendar files in `folder`, `NAME-YYYY.txt` or `NAME-YYYY.ics`; none when it cannot be
  /// listed.
  private static func entries(of folder: String) -> [(name: String, year: Int, file: String)] {
    (DirectoryListing.names(in: folder) ?? []).compactMap { file in
      guard file.hasSuffix(".txt") || file.hasSuffix(".ics") else { return nil }
      let stem = file.dropLast(4)
      guard let dash = stem.lastIndex(of: "-"), dash > stem.startIndex else { return nil }
      let digits = stem[stem.index(after: dash)...]
      guard digits.utf8.count == 4, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
        let year = Int(digits)
      else { return nil }
      return (String(stem[..<dash]), year, file)
    }
  }
}
