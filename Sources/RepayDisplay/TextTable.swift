/// A table for people: columns aligned by terminal width (wide characters count two), two
/// spaces before the first column and between columns, the header in bold, and the whole fitted
/// to the terminal by cutting the columns marked `shrinkable` (names, notes, messages) with "…".
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
  /// The narrowest a cut column becomes.
  public static let minimumColumn = 6

  /// Rows of plain cells, for tables without emphasis.
  public init(header: [String] = [], rows: [[String]] = [], shrinkable: [Int] = []) {
    self.header = header
    self.rows = rows.map { $0.map { Cell($0) } }
    self.shrinkable = shrinkable
  }

  /// Adds a row.
  public mutating func append(_ row: [Cell]) {
    rows.append(row)
  }

  /// The table's lines, each ending in a newline, no wider than `width` columns when that is
  /// possible by cutting the shrinkable columns (nil: no limit).
  public func text(width: Int?) -> String {
    let all = (header.isEmpty ? [] : [header.map { Cell($0, .bold) }]) + rows
    let count = all.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: count)
    for row in all {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], TerminalWidth.columns(cell.text))
      }
    }
    if let width { Self.fit(&widths, into: width, shrinkable: shrinkable) }
    return all.map { row in
      let cells = row.enumerated().map { index, cell in
        let text = TerminalWidth.truncated(cell.text, to: widths[index])
        // The last column is not padded: no trailing blanks.
        let padding = index == row.count - 1 ? 0 : widths[index] - TerminalWidth.columns(text)
        return (cell.emphasis?.apply(text) ?? text) + String(repeating: " ", count: padding)
      }
      return "  " + cells.joined(separator: "  ") + "\n"
    }.joined()
  }

  /// Narrows the shrinkable columns, in order, until the table fits in `width` or each is at
  /// the minimum.
  private static func fit(_ widths: inout [Int], into width: Int, shrinkable: [Int]) {
    var excess = 2 + widths.reduce(0, +) + 2 * max(0, widths.count - 1) - width
    for index in shrinkable where excess > 0 && index < widths.count {
      let cut = min(excess, max(0, widths[index] - minimumColumn))
      widths[index] -= cut
      excess -= cut
    }
  }
}
