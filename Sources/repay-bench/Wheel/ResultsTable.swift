/// The wheel benchmark's results as a plain-text table, one row per structure and size.
struct ResultsTable {
  /// The rows, in the order measured.
  let measurements: [TimerMeasurement]

  private static let headings = [
    "entries", "structure", "insert p50", "p99", "cancel p50", "p99", "expire p50", "p99",
    "cpu/insert", "cpu/cancel", "cpu/expire", "bytes/entry",
  ]

  /// The table: a heading line, then one line per measurement; times in ns per operation.
  var text: String {
    let rows = [Self.headings] + measurements.map(Self.cells)
    let widths = Self.headings.indices.map { column in rows.map { $0[column].count }.max()! }
    return rows.map { row in
      zip(row, widths).enumerated().map { column, cell in
        let padding = String(repeating: " ", count: cell.1 - cell.0.count)
        return column == 1 ? cell.0 + padding : padding + cell.0
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }

  private static func cells(_ measurement: TimerMeasurement) -> [String] {
    [
      grouped(measurement.size), measurement.structure,
      nanoseconds(measurement.insert.p50), nanoseconds(measurement.insert.p99),
      nanoseconds(measurement.cancel.p50), nanoseconds(measurement.cancel.p99),
      nanoseconds(measurement.expire.p50), nanoseconds(measurement.expire.p99),
      nanoseconds(measurement.cpuPerInsert), nanoseconds(measurement.cpuPerCancel),
      nanoseconds(measurement.cpuPerExpiry), nanoseconds(measurement.bytesPerEntry),
    ]
  }

  /// `value` rounded to a whole number, with one decimal below 10; "n/a" for nil.
  static func nanoseconds(_ value: Double?) -> String {
    guard let value else { return "n/a" }
    return decimal(value, places: value < 10 ? 1 : 0)
  }

  /// `value` with `places` decimals and thousands separated by commas.
  static func decimal(_ value: Double, places: Int) -> String {
    var scale = 1
    for _ in 0..<places {
      scale *= 10
    }
    let scaled = Int((value.magnitude * Double(scale)).rounded())
    let whole = (value < 0 && scaled > 0 ? "-" : "") + grouped(scaled / scale)
    guard places > 0 else { return whole }
    let fraction = String(scaled % scale)
    return whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
  }

  /// `value` with thousands separated by commas.
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    let groups = stride(from: digits.count, to: 0, by: -3).reversed().map { end in
      let start = max(0, end - 3)
      return String(digits.dropFirst(start).prefix(end - start))
    }
    return (value < 0 ? "-" : "") + groups.joined(separator: ",")
  }
}
