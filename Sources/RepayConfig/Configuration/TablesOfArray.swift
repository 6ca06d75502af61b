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
  func makeIterator() -> Iterator { Iterator(arrays: arrays) }

  /// The tables of the arrays in order, each with where it starts. Written out rather than as a
  /// lazy chain of the standard library's (joined, then compactMap), whose generic types the
  /// Swift runtime made at first use with a scan of every conformance record each: seven scans,
  /// about 0.3 ms of every command that reads the configuration (docs/performance.md, "repayctl
  /// plan").
  struct Iterator: IteratorProtocol {
    private let arrays: [[TOMLValue]]
    private var array = 0
    private var index = 0

    /// Before the first table of `arrays`.
    fileprivate init(arrays: [[TOMLValue]]) { self.arrays = arrays }

    /// The next table and where it starts; nil after the last.
    mutating func next() -> (table: TOMLTable, location: SourceLocation)? {
      while array < arrays.count {
        guard index < arrays[array].count else {
          array += 1
          index = 0
          continue
        }
        let element = arrays[array][index]
        index += 1
        if case .table(let table) = element.kind { return (table, element.location) }
      }
      return nil
    }
  }
}
