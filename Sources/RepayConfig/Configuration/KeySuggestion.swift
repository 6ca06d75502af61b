/// "Did you mean": the known name closest to a misspelt one, when it is close enough that the
/// suggestion is more likely to help than to confuse.
enum KeySuggestion {
  /// The candidate nearest to `name` by edit distance, if at most a third of the name's length
  /// (at least 1, at most 3) edits away.
  static func nearest(to name: String, among candidates: [String]) -> String? {
    let limit = min(3, max(1, name.count / 3))
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(Array(name.lowercased()), Array(candidate))
      if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    return best?.name
  }

  /// Levenshtein distance, with a swap of neighbours counting as one edit (a common typo).
  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previousRow = [Int](0...b.count)
    var beforePrevious = previousRow
    for i in 1...a.count {
      var row = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          row[j] = min(row[j], beforePrevious[j - 2] + 1)
        }
      }
      beforePrevious = previousRow
      previousRow = row
    }
    return previousRow[b.count]
  }
}
