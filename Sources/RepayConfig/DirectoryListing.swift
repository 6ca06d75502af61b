#if canImport(Glibc)
  import Glibc
#endif

/// The names in a directory, for the places a configuration and its holiday calendars are
/// looked up.
enum DirectoryListing {
  /// The names of the entries in `directory` but `.` and `..`, in no particular order; nil when
  /// it cannot be listed.
  static func names(in directory: String) -> [String]? {
    guard let stream = opendir(directory) else { return nil }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != ".", name != ".." { names.append(name) }
    }
    return names
  }
}
