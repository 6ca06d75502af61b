import RepayCore

/// The tables of one array of tables (`[[loan]]`) across the files of a configuration, in order,
/// each with where it starts.
///
/// Each file's array is kept whole and its tables are taken out only as they are read: copying
/// every table out when the files are collected would touch and retain each one once more, a
/// cache miss and two atomic operations per loan.
struct TablesOfArray: Sequence {
  private var arrays: [[TOMLValue]] = []
  /// How many tables there are.
  private(set) var count = 0

  /// Adds the tables among `elements`, the elements of one file's array, in order; the caller
  /// reports any element that is not a table, which is left out.
  mutating func append(_ elements: [TOMLValue]) {
    arrays.append(elements)
    // By index: an element taken out whole would retain its table only to look at its type.
    count += elements.indices.count { elements[$0].type == .table }
  }

  /// The tables in order, each with where it starts.
  func makeIterator() -> some IteratorProtocol<(table: TOMLTable, location: SourceLocation)> {
    arrays.lazy.joined().compactMap { element -> (table: TOMLTable, location: SourceLocation)? in
      guard case .table(let table) = element.kind else { return nil }
      return (table, element.location)
    }.makeIterator()
  }
}
