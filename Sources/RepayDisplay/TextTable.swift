/// A table for people: columns aligned by terminal width (wide characters count two), two
/// spaces before the first column and between columns, the header in bold, and the whole fitted
/// to the terminal by cutting the columns marked `shrinkable` (names, notes, messages) with "…",
/// then by wrapping the columns marked `wrapping` (figures that must be seen whole, such as an
/// overdue instalment's penalty) onto further lines.
///
/// Emphasis is applied after the padding, so that escape sequences never count as columns.
public struct TextTable {
  /// One cell: its text and how it is emphasised.
  public struct Cell: ExpressibleByStringLiteral {
    /// The text.
    public var text: String
    /// The emphasis, if any.
    public var emphasis: Emphasis?

    /// A cell with `text` and `emphasis`.
    public init(_ text: String, _ emphasis: Emphasis? = nil) {
      self.text = text
      self.emphasis = emphasis
    }

    /// A plain cell.
    public init(stringLiteral value: String) {
      self.init(value)
    }
  }

  /// The column headings; none when empty.
  public var header: [String] = []
  /// The rows, each with as many cells as the widest row.
  public var rows: [[Cell]] = []
  /// The columns that may be cut to fit, most willing first.
  public var shrinkable: [Int] = []
  /// The columns whose cells wrap onto further lines at their spaces rather than being cut:
  /// narrowed after the shrinkable ones, never below their longest word, so that no word of
  /// theirs is ever lost.
  public var wrapping: [Int] = []
  /// The narrowest a cut column becomes.
  public static let minimumColumn = 6

  /// Rows of plain cells, for tables without emphasis.
  public init(header: [String] = [], rows: [[String]] = [], shrinkable: [Int] = [], wrapping: [Int] = []) {
    self.header = header
    self.rows = rows.map { $0.map { Cell($0) } }
    self.shrinkable = shrinkable
    self.wrapping = wrapping
  }

  /// Adds a row.
  public mutating func append(_ row: [Cell]) {
    rows.append(row)
  }

  /// The table's lines, each ending in a newline, no wider than `width` columns when that is
  /// possible by cutting the shrinkable columns and wrapping the wrapping ones (nil: no limit).
  public func text(width: Int?) -> String {
    let all = (header.isEmpty ? [] : [header.map { Cell($0, .bold) }]) + rows
    let count = all.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: count)
    for row in all {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], TerminalWidth.columns(cell.text))
      }
    }
    if let width {
      Self.fit(&widths, into: width, shrinkable: shrinkable)
      let narrowest = wrapping.map { index in
        all.map { $0.count > index ? Self.longestWord(of: $0[index].text) : 0 }.max() ?? 0
      }
      Self.fit(&widths, into: width, shrinkable: wrapping, minimums: narrowest)
    }
    return all.map { row in
      let lines = row.enumerated().map { index, cell in
        wrapping.contains(index)
          ? Self.wrapped(cell.text, to: widths[index])
          : [TerminalWidth.truncated(cell.text, to: widths[index])]
      }
      return (0..<(lines.map(\.count).max() ?? 1)).map { line in
        let cells = row.enumerated().map { index, cell in
          let text = line < lines[index].count ? lines[index][line] : ""
          // The last column is not padded: no trailing blanks.
          let padding = index == row.count - 1 ? 0 : widths[index] - TerminalWidth.columns(text)
          let shown = text.isEmpty ? text : cell.emphasis?.apply(text) ?? text
          return shown + String(repeating: " ", count: padding)
        }
        let text = "  " + cells.joined(separator: "  ")
        // A wrapped line may end in the blank cells of the columns after it.
        return (line == 0 ? text : String(text.reversed().drop { $0 == " " }.reversed())) + "\n"
      }.joined()
    }.joined()
  }

  /// The columns of `text`'s widest word (its runs between spaces).
  private static func longestWord(of text: String) -> Int {
    text.split(separator: " ").map { TerminalWidth.columns(String($0)) }.max() ?? 0
  }

  /// `text` broken at its spaces into lines of at most `limit` columns, each as long as it can
  /// be; a word wider than that stays whole on a line of its own.
  private static func wrapped(_ text: String, to limit: Int) -> [String] {
    var lines: [String] = []
    for word in text.split(separator: " ") {
      if let last = lines.last, TerminalWidth.columns(last + " " + word) <= limit {
        lines[lines.count - 1] = last + " " + word
      } else {
        lines.append(String(word))
      }
    }
    return lines.isEmpty ? [""] : lines
  }

  /// Narrows the columns `narrowed`, in order, until the table fits in `width` or each is at
  /// its minimum (`minimums`, by position in `narrowed`; else `minimumColumn`).
  private static func fit(
    _ widths: inout [Int], into width: Int, shrinkable narrowed: [Int], minimums: [Int] = []
  ) {
    var excess = 2 + widths.reduce(0, +) + 2 * max(0, widths.count - 1) - width
    for (position, index) in narrowed.enumerated() where excess > 0 && index < widths.count {
      let minimum = position < minimums.count ? minimums[position] : minimumColumn
      let cut = min(excess, max(0, widths[index] - minimum))
      widths[index] -= cut
      excess -= cut
    }
  }
}
